/**
 * The view of the summary grid (rows and columns) as kept per project and handed to the report, so the report
 * written from the Export screen shows what the researcher arranged in Samenvatten.
 */
import { columnByName, type ColumnBy } from '../analysis/columns.ts';
import type { Code } from '../model.ts';
import type { GridOptions } from './grid.ts';
import { rowCodeIds, type RowChoice } from './rows.ts';

export type SynthesisView = { rows: RowChoice; by: ColumnBy };

/** The vision's themes (or the top-level codes) × perspective. */
export const DEFAULT_VIEW: SynthesisView = { rows: { kind: 'default' }, by: { kind: 'perspective' } };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function readRows(value: unknown): RowChoice | null {
  if (!isObject(value)) return null;
  if (value.kind === 'default' || value.kind === 'all') return { kind: value.kind };
  if (value.kind === 'subtree' && typeof value.codeId === 'string')
    return { kind: 'subtree', codeId: value.codeId };
  return null;
}

function readBy(value: unknown): ColumnBy | null {
  if (!isObject(value)) return null;
  if (value.kind === 'perspective' || value.kind === 'document' || value.kind === 'speaker')
    return { kind: value.kind };
  if (
    (value.kind === 'documentAttribute' || value.kind === 'speakerAttribute') &&
    typeof value.name === 'string'
  )
    return { kind: value.kind, name: value.name };
  return null;
}

/**
 * A stored view checked against the project: a subtree whose code is gone falls back to the default rows, columns
 * the project no longer offers (an attribute removed; `columns` are the names columnByName gives the choices) to
 * perspective. Anything unreadable is the default view.
 */
export function readView(value: unknown, codes: readonly Code[], columns: readonly string[]): SynthesisView {
  if (!isObject(value)) return DEFAULT_VIEW;
  let rows = readRows(value.rows) ?? DEFAULT_VIEW.rows;
  if (rows.kind === 'subtree') {
    const codeId = rows.codeId;
    if (!codes.some((c) => c.id === codeId)) rows = DEFAULT_VIEW.rows;
  }
  let by = readBy(value.by) ?? DEFAULT_VIEW.by;
  if (!columns.includes(columnByName(by))) by = DEFAULT_VIEW.by;
  return { rows, by };
}

/** The grid (and report) options of a view. */
export function viewOptions(
  codes: readonly Code[],
  view: SynthesisView,
): Pick<GridOptions, 'by' | 'codeIds'> {
  const codeIds = rowCodeIds(codes, view.rows);
  return codeIds ? { by: view.by, codeIds } : { by: view.by };
}
