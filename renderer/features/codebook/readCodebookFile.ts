import { readCodebook } from '../../../shared/exchange/codebook.ts';
import { readCodebookCsv } from '../../../shared/exchange/codebookCsv.ts';
import type { Code, Result } from '../../../shared/model.ts';
import type { PickedFile } from '../../platform/types.ts';

/** The extensions a codebook can be imported from. */
export const CODEBOOK_EXTENSIONS = ['qdc', 'csv'];

/** Reads a chosen codebook file (.qdc from any REFI-QDA tool, or CSV); GUIDs are kept. */
export function readCodebookFile(file: PickedFile): Result<Code[]> {
  const text = new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '');
  if (file.name.toLowerCase().endsWith('.csv')) return readCodebookCsv(text);
  return readCodebook(text);
}
