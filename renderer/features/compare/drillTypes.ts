import type { Id } from '../../../shared/model.ts';

/** What the drill-down opens: a heading ("Taal × ouders") and the codings behind a number. */
export type DrillRequest = { title: string; codingIds: Id[] };

/** The colour of the table and heatmap scale (the app's accent). */
export const SCALE_COLOR = '#1f5f8b';
