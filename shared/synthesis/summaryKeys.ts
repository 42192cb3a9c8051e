/**
 * Stable keys of grid places, so a summary, synthesis, profile or key quote is found for its cell, row or
 * column (the UI can use them as Map keys; the database can store them as an indexed field).
 */
import { digest } from 'lib0/hash/sha256';
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

/**
 * The id of the summary at a grid place (a key of cellKey, synthesisKey or profileKey): the same on every
 * computer, so two people starting one cell's summary at once write one summary, whose texts and citations
 * merge, not two of which the grid shows one. Shaped as a UUID (from the key's SHA-256).
 */
export function summaryPlaceId(key: string): Id {
  const bytes = digest(new TextEncoder().encode(key)).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
