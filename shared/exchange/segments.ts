/**
 * Coded segments: one row per coding with document, speaker, perspective, code path, text, offsets
 * (UTF-16, as everywhere in Koor), coder and memo (the coding's own memo and memos written on it).
 */
import Papa from 'papaparse';
import { codingContexts } from '../codebook/perspectives.ts';
import { codePaths } from '../codebook/tree.ts';
import type { ProjectData } from '../model.ts';
import { BOM, csvDelimiter, label, type Lang } from './labels.ts';
import { writeXlsx } from './xlsx.ts';

/** Header and rows of the coded-segments table, ordered by document then position. */
export function segmentsTable(
  project: ProjectData,
  lang: Lang,
): { header: string[]; rows: (string | number)[][] } {
  const header = ['document', 'speaker', 'perspective', 'code', 'text', 'start', 'end', 'coder', 'memo'].map(
    (k) => label(lang, k),
  );
  const context = codingContexts(project);
  const paths = codePaths(project.codes);
  const documents = new Map(project.documents.map((d) => [d.id, d]));
  const documentOrder = new Map(project.documents.map((d, i) => [d.id, d.order ?? i]));
  const coders = new Map(project.coders.map((c) => [c.id, c.name]));
  const memos = new Map<string, string[]>();
  for (const memo of project.memos) {
    if (!memo.target.startsWith('coding:')) continue;
    const id = memo.target.slice('coding:'.length);
    memos.set(id, [...(memos.get(id) ?? []), memo.title ? `${memo.title}: ${memo.text}` : memo.text]);
  }
  const codings = [...project.codings].sort(
    (a, b) =>
      (documentOrder.get(a.documentId) ?? 0) - (documentOrder.get(b.documentId) ?? 0) ||
      a.documentId.localeCompare(b.documentId) ||
      a.start - b.start ||
      a.end - b.end,
  );
  const rows = codings.map((coding) => {
    const document = documents.get(coding.documentId);
    const { speaker, perspective } = context(coding);
    const memo = [coding.memo ?? '', ...(memos.get(coding.id) ?? [])].filter(Boolean).join('\n');
    return [
      document?.name ?? '',
      speaker?.name ?? '',
      perspective,
      paths.get(coding.codeId) ?? '',
      document ? document.text.slice(coding.start, coding.end) : '',
      coding.start,
      coding.end,
      coders.get(coding.coderId) ?? '',
      memo,
    ];
  });
  return { header, rows };
}

/** Coded segments as CSV (";" in Dutch, "," in English; UTF-8 BOM). */
export function segmentsToCsv(project: ProjectData, lang: Lang): string {
  const { header, rows } = segmentsTable(project, lang);
  return BOM + Papa.unparse([header, ...rows], { delimiter: csvDelimiter(lang), newline: '\r\n' });
}

/** Coded segments as an Excel workbook. */
export async function segmentsToXlsx(project: ProjectData, lang: Lang): Promise<Uint8Array> {
  const { header, rows } = segmentsTable(project, lang);
  return writeXlsx([
    { name: label(lang, 'segments'), header, rows, widths: [24, 18, 24, 36, 80, 8, 8, 16, 40] },
  ]);
}
