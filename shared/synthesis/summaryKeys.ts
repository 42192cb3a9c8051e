/**
 * Stable keys of grid places, so a summary, synthesis, profile or key quote is found for its cell, row or
 * column (the UI can use them as Map keys; the database can store them as an indexed field).
 */
import type { Id, Summary, SummaryCell, SummaryColumn } from '../model.ts';

/** The key of a cell (code × column); a cell summary and the cell's key quotes share it. */
export function cellKey(cell: SummaryCell): string {
  return `cell|${cell.codeId}|${cell.column.by}|${cell.column.value}`;
}

/** The key of a row's synthesis across columns of one kind (`by`, e.g. "perspective"). */
export function synthesisKey(codeId: Id, by: string): string {
  return `synthesis|${codeId}|${by}`;
}

/** The key of a column's profile. */
export function profileKey(column: SummaryColumn): string {
  return `profile|${column.by}|${column.value}`;
}

/** The grid place of a summary: one summary per key. */
export function summaryKey(summary: Summary): string {
  switch (summary.kind) {
    case 'cell':
      return cellKey(summary);
    case 'synthesis':
      return synthesisKey(summary.codeId, summary.column.by);
    case 'profile':
      return profileKey(summary.column);
  }
}

/** Whether the researcher wrote anything in a summary (whitespace alone does not count). */
export function hasText(summary: Summary): boolean {
  if (summary.kind === 'synthesis')
    return [summary.parts.agree, summary.parts.differ, summary.parts.unique].some((t) => t.trim() !== '');
  return summary.text.trim() !== '';
}
