/**
 * Summaries, syntheses, profiles and key quotes in a .qdpx.
 * - What other tools show: one REFI-QDA <Note> per summary and key quote, in readable words ("Samenvatting:
 *   Taal — ouders", the text, then the cited fragments), referenced by <NoteRef> from the code (cell summaries and
 *   syntheses), from each cited or quoted coding, and from the project (profiles). Other tools list them as memos.
 * - What only Koor needs (kinds, columns, citation offsets, display texts, ids) lives in its own zip entry
 *   koor/synthesis.json, which other tools ignore; Koor reads it back as summaries and drops the notes it wrote
 *   from the memos, so export → import → export is lossless.
 */
import { perspectiveLabel } from '../analysis/perspectives.ts';
import type {
  Citation,
  Coding,
  Id,
  KeyQuote,
  ProjectData,
  Summary,
  SummaryColumn,
  Warning,
} from '../model.ts';
import { derivedGuid, exportGuid } from './guids.ts';
import { escapeAttr, escapeText, xsdDateTime } from './xml.ts';

/** The zip entry with Koor's own summary data. */
export const SYNTHESIS_ENTRY = 'koor/synthesis.json';

/** The GUID of the note that shows a summary (or a key quote) to other tools. */
export function summaryNoteGuid(id: Id): string {
  return derivedGuid(`summary-note:${id}`);
}

const WORDS = {
  nl: {
    cell: 'Samenvatting',
    synthesis: 'Synthese',
    profile: 'Profiel',
    keyQuote: 'Kernquote',
    agree: 'Eens',
    differ: 'Verschillen',
    unique: 'Alleen één perspectief',
    broken: 'verbroken verwijzing',
  },
  en: {
    cell: 'Summary',
    synthesis: 'Synthesis',
    profile: 'Profile',
    keyQuote: 'Key quote',
    agree: 'Agree',
    differ: 'Differ',
    unique: 'Only one perspective',
    broken: 'broken citation',
  },
};

/** Note GUIDs by target ("code:<id>", "coding:<id>", "project"), to merge into the exporter's NoteRef map. */
export function summaryNoteRefs(project: ProjectData): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  const add = (target: string, guid: string): void => {
    const list = refs.get(target) ?? [];
    if (!list.includes(guid)) list.push(guid);
    refs.set(target, list);
  };
  for (const summary of project.summaries ?? []) {
    const guid = summaryNoteGuid(summary.id);
    add(summary.codeId === null ? 'project' : `code:${summary.codeId}`, guid);
    for (const citation of summary.citations) add(`coding:${citation.codingId}`, guid);
  }
  for (const quote of project.keyQuotes ?? []) add(`coding:${quote.codingId}`, summaryNoteGuid(quote.id));
  return refs;
}

/** The readable <Note> elements of the summaries and key quotes (inside <Notes>), '' when there are none. */
export function summaryNotesXml(project: ProjectData, lang: 'nl' | 'en' = 'nl'): string {
  const words = WORDS[lang];
  const codes = new Map(project.codes.map((c) => [c.id, c.name]));
  // Only the codings cited or quoted: a map of all of a study's 100,000 cost more than writing the notes.
  const wanted = new Set<string>();
  for (const summary of project.summaries ?? [])
    for (const citation of summary.citations) wanted.add(citation.codingId);
  for (const quote of project.keyQuotes ?? []) wanted.add(quote.codingId);
  const codings = new Map<string, Coding>();
  if (wanted.size)
    for (const coding of project.codings) if (wanted.has(coding.id)) codings.set(coding.id, coding);
  const documents = new Map(project.documents.map((d) => [d.id, d]));
  const speakers = new Map(project.speakers.map((s) => [s.id, s]));
  const columnLabel = (column: { by: string; value: string }): string => {
    if (column.by === 'document') return documents.get(column.value)?.name ?? column.value;
    if (column.by === 'speaker') return speakers.get(column.value)?.name ?? column.value;
    if (column.by === 'perspective') return perspectiveLabel(column.value, lang);
    return column.value;
  };
  const cited = (citation: Citation, n: number): string => {
    const document = documents.get(citation.documentId);
    if (!codings.has(citation.codingId) || !document || citation.end <= citation.start)
      return `[${n}] (${words.broken})`;
    return `[${n}] “${document.text.slice(citation.start, citation.end)}” (${document.name})`;
  };
  const notes: string[] = [];
  for (const summary of project.summaries ?? []) {
    const code = summary.codeId === null ? '' : (codes.get(summary.codeId) ?? '');
    const body =
      summary.kind === 'synthesis'
        ? [
            `${words.agree}: ${summary.parts.agree}`,
            `${words.differ}: ${summary.parts.differ}`,
            `${words.unique}: ${summary.parts.unique}`,
          ].join('\n')
        : summary.text;
    const name =
      summary.kind === 'cell'
        ? `${words.cell}: ${code} — ${columnLabel(summary.column)}`
        : summary.kind === 'synthesis'
          ? `${words.synthesis}: ${code}`
          : `${words.profile}: ${columnLabel(summary.column)}`;
    const references = summary.citations.map((c, i) => cited(c, i + 1));
    const text = references.length ? `${body}\n\n${references.join('\n')}` : body;
    notes.push(note(summaryNoteGuid(summary.id), name, text, summary.updatedAt));
  }
  for (const quote of project.keyQuotes ?? []) {
    const coding = codings.get(quote.codingId);
    const document = coding && documents.get(coding.documentId);
    const text = quote.display ?? (coding && document ? document.text.slice(coding.start, coding.end) : '');
    const name = `${words.keyQuote}: ${codes.get(quote.cell.codeId) ?? ''} — ${columnLabel(quote.cell.column)}`;
    notes.push(note(summaryNoteGuid(quote.id), name, text, quote.createdAt));
  }
  return notes.join('');
}

function note(guid: string, name: string, text: string, date: string): string {
  const modified = xsdDateTime(date);
  return (
    `    <Note guid="${guid}" name="${escapeAttr(name)}"${modified ? ` modifiedDateTime="${modified}"` : ''}>` +
    `<PlainTextContent>${escapeText(text)}</PlainTextContent></Note>\n`
  );
}

/** Koor's own entry (koor/synthesis.json), or undefined when the project has no summaries or key quotes. */
export function synthesisEntry(project: ProjectData): Uint8Array | undefined {
  const summaries = project.summaries ?? [];
  const keyQuotes = project.keyQuotes ?? [];
  if (summaries.length === 0 && keyQuotes.length === 0) return undefined;
  // Codes, codings, documents and speakers are GUIDs in the .qdpx; the entry names them the same way.
  const column = (c: SummaryColumn): SummaryColumn =>
    c.by === 'document' || c.by === 'speaker' ? { by: c.by, value: c.value && exportGuid(c.value) } : c;
  const citation = (c: Citation): Citation => ({
    ...c,
    codingId: exportGuid(c.codingId),
    documentId: exportGuid(c.documentId),
  });
  const data = {
    version: 1,
    summaries: summaries.map((s) => ({
      ...s,
      ...(s.codeId === null ? {} : { codeId: exportGuid(s.codeId) }),
      column: column(s.column),
      citations: s.citations.map(citation),
    })),
    keyQuotes: keyQuotes.map((q) => ({
      ...q,
      codingId: exportGuid(q.codingId),
      cell: { codeId: exportGuid(q.cell.codeId), column: column(q.cell.column) },
    })),
  };
  return new TextEncoder().encode(JSON.stringify(data));
}

export type SynthesisContent = { summaries: Summary[]; keyQuotes: KeyQuote[]; noteGuids: Set<string> };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isColumn = (value: unknown): boolean => isRecord(value) && isString(value.by) && isString(value.value);
const isCitation = (value: unknown): boolean =>
  isRecord(value) &&
  isString(value.id) &&
  isString(value.codingId) &&
  isString(value.documentId) &&
  Number.isInteger(value.start) &&
  Number.isInteger(value.end);

/** Whether an untrusted value is a well-formed Summary. */
function isSummary(value: unknown): value is Summary {
  if (!isRecord(value) || !isString(value.id) || !isString(value.updatedAt) || !isColumn(value.column))
    return false;
  if (!Array.isArray(value.citations) || !value.citations.every(isCitation)) return false;
  if (value.kind === 'cell') return isString(value.codeId) && isString(value.text);
  if (value.kind === 'profile') return value.codeId === null && isString(value.text);
  if (value.kind === 'synthesis')
    return (
      isString(value.codeId) &&
      isRecord(value.parts) &&
      isString(value.parts.agree) &&
      isString(value.parts.differ) &&
      isString(value.parts.unique)
    );
  return false;
}

function isKeyQuote(value: unknown): value is KeyQuote {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.codingId) &&
    isString(value.createdAt) &&
    isRecord(value.cell) &&
    isString(value.cell.codeId) &&
    isColumn(value.cell.column) &&
    (value.display === undefined || isString(value.display))
  );
}

/**
 * Reads koor/synthesis.json (untrusted): keeps the well-formed summaries and key quotes of codes the project has,
 * warns about what it drops, and returns the GUIDs of the notes they were shown as (not to be read as memos).
 */
export function readSynthesisEntry(
  bytes: Uint8Array,
  codeIds: ReadonlySet<Id>,
  warnings: Warning[],
): SynthesisContent {
  const empty: SynthesisContent = { summaries: [], keyQuotes: [], noteGuids: new Set() };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    warnings.push({ key: 'synthesis.exchange.unreadable' });
    return empty;
  }
  if (!isRecord(data)) {
    warnings.push({ key: 'synthesis.exchange.unreadable' });
    return empty;
  }
  const rawSummaries = Array.isArray(data.summaries) ? data.summaries : [];
  const rawQuotes = Array.isArray(data.keyQuotes) ? data.keyQuotes : [];
  const summaries = rawSummaries.filter(
    (s): s is Summary => isSummary(s) && (s.codeId === null || codeIds.has(s.codeId)),
  );
  const keyQuotes = rawQuotes.filter((q): q is KeyQuote => isKeyQuote(q) && codeIds.has(q.cell.codeId));
  const dropped = rawSummaries.length + rawQuotes.length - summaries.length - keyQuotes.length;
  if (dropped > 0) warnings.push({ key: 'synthesis.exchange.dropped', params: { count: dropped } });
  // Every note Koor wrote for an entry, also for the dropped ones, so none turns into a stray memo.
  const noteGuids = new Set<string>();
  for (const item of [...rawSummaries, ...rawQuotes])
    if (isRecord(item) && isString(item.id)) noteGuids.add(exportGuid(summaryNoteGuid(item.id)));
  return { summaries, keyQuotes, noteGuids };
}
