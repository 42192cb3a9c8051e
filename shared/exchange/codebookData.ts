/**
 * The codebook as export rows: each code with its path, texts, and codings per perspective, plus
 * example quotes. One computation feeds CSV, XLSX, Markdown and Word.
 */
import { codingContexts, projectPerspectives } from '../codebook/perspectives.ts';
import { codePath, codesInTreeOrder } from '../codebook/tree.ts';
import type { Code, Coding, ProjectData } from '../model.ts';

export type Quote = { text: string; speaker: string; perspective: string; document: string };

export type CodebookRow = {
  code: Code;
  depth: number;
  path: string;
  total: number;
  /** Codings per perspective, in the order of `CodebookData.perspectives`. */
  perPerspective: number[];
  quotes: Quote[];
};

export type CodebookData = { perspectives: string[]; rows: CodebookRow[] };

const QUOTE_LIMIT = 400;

/** Builds the export rows of a project's codebook (up to maxQuotes example quotes per code). */
export function codebookData(project: ProjectData, maxQuotes = 3): CodebookData {
  const context = codingContexts(project);
  const documents = new Map(project.documents.map((d) => [d.id, d]));
  const perspectives = projectPerspectives(project);
  const index = new Map(perspectives.map((p, i) => [p, i]));
  const hasNone = project.codings.some((c) => !context(c).perspective);
  if (hasNone) perspectives.push('');
  const byCode = new Map<string, Coding[]>();
  for (const coding of project.codings) {
    const list = byCode.get(coding.codeId) ?? [];
    list.push(coding);
    byCode.set(coding.codeId, list);
  }
  const rows = codesInTreeOrder(project.codes).map(({ code, depth }) => {
    const codings = byCode.get(code.id) ?? [];
    const perPerspective = perspectives.map(() => 0);
    for (const coding of codings) {
      const p = context(coding).perspective;
      const i = p ? index.get(p)! : perspectives.length - 1;
      perPerspective[i]! += 1;
    }
    const quotes: Quote[] = [];
    for (const coding of codings) {
      if (quotes.length >= maxQuotes) break;
      const document = documents.get(coding.documentId);
      if (!document) continue;
      const raw = document.text.slice(coding.start, coding.end).replace(/\s+/g, ' ').trim();
      if (!raw) continue;
      const { speaker, perspective } = context(coding);
      quotes.push({
        text: raw.length > QUOTE_LIMIT ? `${raw.slice(0, QUOTE_LIMIT)}…` : raw,
        speaker: speaker?.name ?? '',
        perspective,
        document: document.name,
      });
    }
    return {
      code,
      depth,
      path: codePath(project.codes, code.id),
      total: codings.length,
      perPerspective,
      quotes,
    };
  });
  return { perspectives, rows };
}
