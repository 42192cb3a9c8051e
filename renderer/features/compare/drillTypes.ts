import type { DrillCount, DrillItems } from '../../../shared/analysis/drill.ts';

/**
 * What the drill-down opens: a heading ("Taal × ouders"), the codings behind a number and how they become quotes
 * (see shared/analysis/drill.ts), and what the number counts among them (quotes, documents, speakers, turns,
 * coded words), which the drill-down names before the quotes.
 */
export type DrillRequest = { title: string; items: DrillItems; count: DrillCount };

/** The colour of the table and heatmap scale (the app's accent). */
export const SCALE_COLOR = '#1f5f8b';
