/**
 * Pseudonymisation: real names replaced by pseudonyms in speaker names and labels and in the text, as whole
 * words (no letter or digit on either side), case-insensitive and diacritic-insensitive ("Zoe" also finds
 * "Zoë": a missed name is worse than a preview line to untick). Longer names go first, so "Jan de Vries" wins
 * over "Jan". The key (real → pseudonym) is exported on its own and never stored in an exported project.
 */
import { applyTextEdits, type TextEdit } from '../coding/offsets.ts';
import type { Id, KeyQuote, ProjectData, Speaker, Summary, SynthesisParts } from '../model.ts';

export type PseudonymEntry = { real: string; pseudonym: string };

/** One replacement in a document's text, for the preview. */
export type TextReplacement = {
  documentId: Id;
  start: number;
  end: number;
  before: string;
  after: string;
  context: { before: string; match: string; after: string };
};

export type SpeakerRename = { speakerId: Id; field: 'name' | 'label'; before: string; after: string };

/** A key quote's shortened display with the names in it replaced, so it still fits the pseudonymised text. */
export type DisplayRename = { keyQuoteId: Id; before: string; after: string };

/**
 * A researcher's own text in the summary grid (a cell summary, a profile, or one part of a theme's synthesis) with
 * the names in it replaced: what the researcher typed goes into the report as the transcripts' words do.
 */
export type SummaryTextRename = {
  summaryId: Id;
  field: 'text' | keyof SynthesisParts;
  before: string;
  after: string;
};

export type PseudonymisationPlan = {
  replacements: TextReplacement[];
  speakers: SpeakerRename[];
  /** Key quotes' shortened displays (quotes carry the pseudonym); absent means none. */
  displays?: DisplayRename[];
  /** Summaries', syntheses' and profiles' texts; absent means none. */
  summaryTexts?: SummaryTextRename[];
};

const VARIANTS: Record<string, string> = {
  a: 'aàáâäã',
  e: 'eèéêë',
  i: 'iìíîï',
  o: 'oòóôöõ',
  u: 'uùúûü',
  y: 'yÿý',
  c: 'cç',
  n: 'nñ',
};

/** A whole-word, case- and diacritic-insensitive pattern for a name. */
export function namePattern(real: string): RegExp | null {
  const folded = real.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded === '') return null;
  const body = [...folded]
    .map((char) => {
      const variants = VARIANTS[char];
      if (variants) return `[${variants}${variants.toUpperCase()}]\\p{M}*`;
      if (/\s/u.test(char)) return '\\s+';
      return char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    })
    .join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
}

/** Every replacement the table would make, for a preview before anything changes. */
export function planPseudonymisation(
  project: ProjectData,
  table: readonly PseudonymEntry[],
): PseudonymisationPlan {
  const entries = compile(table);
  const replacements: TextReplacement[] = [];
  for (const document of project.documents) {
    const text = document.text;
    for (const { start, end, pseudonym } of findNames(text, entries)) {
      replacements.push({
        documentId: document.id,
        start,
        end,
        before: text.slice(start, end),
        after: pseudonym,
        context: {
          before: text.slice(Math.max(0, start - 40), start),
          match: text.slice(start, end),
          after: text.slice(end, end + 40),
        },
      });
    }
  }
  replacements.sort((a, b) =>
    a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start,
  );
  const speakers: SpeakerRename[] = [];
  for (const speaker of project.speakers) {
    for (const field of ['name', 'label'] as const) {
      const after = replaceAll(speaker[field], entries);
      if (after !== speaker[field])
        speakers.push({ speakerId: speaker.id, field, before: speaker[field], after });
    }
  }
  return {
    replacements,
    speakers,
    displays: planQuoteDisplays(project.keyQuotes ?? [], table),
    summaryTexts: planSummaryTexts(project.summaries ?? [], table),
  };
}

const SYNTHESIS_PARTS: readonly (keyof SynthesisParts)[] = ['agree', 'differ', 'unique'];

/** The summaries, syntheses and profiles whose text names someone of the table, with the pseudonym put in. */
export function planSummaryTexts(
  summaries: readonly Summary[],
  table: readonly PseudonymEntry[],
): SummaryTextRename[] {
  const entries = compile(table);
  const renames: SummaryTextRename[] = [];
  for (const summary of summaries) {
    const fields: [SummaryTextRename['field'], string][] =
      summary.kind === 'synthesis'
        ? SYNTHESIS_PARTS.map((part) => [part, summary.parts[part]])
        : [['text', summary.text]];
    for (const [field, before] of fields) {
      const after = replaceAll(before, entries);
      if (after !== before) renames.push({ summaryId: summary.id, field, before, after });
    }
  }
  return renames;
}

/** The key quotes whose shortened display names someone of the table, with the pseudonym put in. */
export function planQuoteDisplays(
  keyQuotes: readonly KeyQuote[],
  table: readonly PseudonymEntry[],
): DisplayRename[] {
  const entries = compile(table);
  const displays: DisplayRename[] = [];
  for (const quote of keyQuotes) {
    if (quote.display === undefined) continue;
    const after = replaceAll(quote.display, entries);
    if (after !== quote.display) displays.push({ keyQuoteId: quote.id, before: quote.display, after });
  }
  return displays;
}

/** The table's names as patterns, longer names first. */
function compile(table: readonly PseudonymEntry[]): CompiledEntry[] {
  return [...table]
    .filter((e) => e.real.trim() !== '')
    .sort((a, b) => b.real.trim().length - a.real.trim().length)
    .flatMap((entry) => {
      const pattern = namePattern(entry.real);
      return pattern ? [{ entry, pattern }] : [];
    });
}

/**
 * Applies a (possibly trimmed) plan: new texts, speaker names and labels, key quotes' displays, summaries' texts;
 * codings, turns,
 * summaries' citations and the preamble move with the edits so every coding and citation stays on its words. Returns a new project; the input is not changed.
 */
export function applyPseudonymisation(project: ProjectData, plan: PseudonymisationPlan): ProjectData {
  const byDocument = new Map<Id, TextEdit[]>();
  for (const r of plan.replacements) {
    const list = byDocument.get(r.documentId) ?? [];
    list.push({ start: r.start, end: r.end, insert: r.after });
    byDocument.set(r.documentId, list);
  }
  let codings = project.codings;
  let turns = project.turns;
  let summaries = project.summaries;
  const documents = project.documents.map((document) => {
    const edits = byDocument.get(document.id);
    if (!edits || edits.length === 0) return document;
    const preamble = { start: 0, end: document.preambleEnd ?? 0 };
    const ownCodings = codings.filter((c) => c.documentId === document.id);
    const ownTurns = turns.filter((t) => t.documentId === document.id);
    // Citations in summaries stay on their words, as codings do.
    const ownCitations = (summaries ?? []).flatMap((s) =>
      s.citations.filter((c) => c.documentId === document.id),
    );
    const moved = applyTextEdits(
      document.text,
      [...ownCodings, ...ownTurns, ...ownCitations, preamble],
      edits,
    );
    const movedCodings = new Map(ownCodings.map((c, i) => [c.id, moved.ranges[i]]));
    const movedTurns = new Map(ownTurns.map((t, i) => [t.id, moved.ranges[ownCodings.length + i]]));
    const movedCitations = new Map(
      ownCitations.map((c, i) => [c, moved.ranges[ownCodings.length + ownTurns.length + i]]),
    );
    codings = codings.map((c) => ({ ...c, ...pick(movedCodings.get(c.id)) }));
    turns = turns.map((t) => ({ ...t, ...pick(movedTurns.get(t.id)) }));
    if (summaries && ownCitations.length > 0)
      summaries = summaries.map((s) =>
        s.citations.some((c) => movedCitations.has(c))
          ? { ...s, citations: s.citations.map((c) => ({ ...c, ...pick(movedCitations.get(c)) })) }
          : s,
      );
    const next = { ...document, text: moved.text };
    if (document.preambleEnd !== undefined)
      next.preambleEnd = moved.ranges[moved.ranges.length - 1]?.end ?? 0;
    return next;
  });
  const renames = new Map<Id, SpeakerRename[]>();
  for (const rename of plan.speakers)
    renames.set(rename.speakerId, [...(renames.get(rename.speakerId) ?? []), rename]);
  const speakers = project.speakers.map((speaker): Speaker => {
    const list = renames.get(speaker.id);
    if (!list) return speaker;
    const next = { ...speaker };
    for (const rename of list) next[rename.field] = rename.after;
    return next;
  });
  const next: ProjectData = { ...project, documents, codings, turns, speakers };
  const texts = new Map<Id, SummaryTextRename[]>();
  for (const rename of plan.summaryTexts ?? [])
    texts.set(rename.summaryId, [...(texts.get(rename.summaryId) ?? []), rename]);
  if (summaries && texts.size > 0)
    summaries = summaries.map((summary) => {
      const list = texts.get(summary.id);
      if (!list) return summary;
      if (summary.kind === 'synthesis') {
        const parts = { ...summary.parts };
        for (const rename of list) if (rename.field !== 'text') parts[rename.field] = rename.after;
        return { ...summary, parts };
      }
      const text = list.find((rename) => rename.field === 'text');
      return text ? { ...summary, text: text.after } : summary;
    });
  if (summaries) next.summaries = summaries;
  const displays = new Map((plan.displays ?? []).map((d) => [d.keyQuoteId, d.after]));
  if (project.keyQuotes && displays.size > 0)
    next.keyQuotes = project.keyQuotes.map((q) =>
      displays.has(q.id) ? { ...q, display: displays.get(q.id)! } : q,
    );
  return next;
}

/** The key as CSV (real;pseudonym), to keep apart from the project. */
export function pseudonymKeyToCsv(table: readonly PseudonymEntry[]): string {
  const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return (
    ['real;pseudonym', ...table.map((e) => `${cell(e.real)};${cell(e.pseudonym)}`)].join('\r\n') + '\r\n'
  );
}

function pick(range: { start: number; end: number } | undefined): { start?: number; end?: number } {
  return range ? { start: range.start, end: range.end } : {};
}

type CompiledEntry = { entry: PseudonymEntry; pattern: RegExp };

/** Non-overlapping name matches in one pass over the original text (longer names first), in text order. */
function findNames(
  text: string,
  entries: readonly CompiledEntry[],
): { start: number; end: number; pseudonym: string }[] {
  const found: { start: number; end: number; pseudonym: string }[] = [];
  for (const { entry, pattern } of entries) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!found.some((t) => t.start < end && start < t.end))
        found.push({ start, end, pseudonym: entry.pseudonym });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function replaceAll(value: string, entries: readonly CompiledEntry[]): string {
  let result = '';
  let at = 0;
  for (const { start, end, pseudonym } of findNames(value, entries)) {
    result += value.slice(at, start) + pseudonym;
    at = end;
  }
  return result + value.slice(at);
}
