import type { Id } from '../../../shared/model.ts';

/**
 * What the drill-down opens: a heading ("Taal × ouders") and the codings behind a number. `fragments`: the
 * codings are one crosstab row's (a cell, a row total, a bar), counted as coded fragments, so overlapping
 * codings are shown as the one quote the number counts.
 */
export type DrillRequest = { title: string; codingIds: Id[]; fragments?: boolean };

/** The colour of the table and heatmap scale (the app's accent). */
export const SCALE_COLOR = '#1f5f8b';
