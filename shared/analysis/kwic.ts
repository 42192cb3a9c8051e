import { perspectiveOf, type Id, type ProjectData } from '../model.ts';
import { toAnalysisIndex, type AnalysisIndex } from './analysisIndex.ts';
import { formInterner } from './forms.ts';
import { stemDutch } from './stem.ts';
import { codedRanges, insideRanges } from './codedRanges.ts';
import { scanWords, tokenize } from './words.ts';

/**
 * Every word spoken in a turn, in document order, with its stem and form; postings list per stem.
 * Built once per project state, then each keyword-in-context query only reads it.
 */
export type KwicIndex = {
  analysis: AnalysisIndex;
  tokenTurn: Int32Array;
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
  tokenStem: Int32Array;
  tokenForm: Int32Array;
  stemIds: Map<string, number>;
  forms: string[];
  formStem: Int32Array;
  /** Token positions of each stem, ascending. */
  postings: Int32Array[];
};

/** Indexes the words of all turns (the moderator's too; queries filter) for stem-aware KWIC. */
export function buildKwicIndex(source: AnalysisIndex | ProjectData): KwicIndex {
  const analysis = toAnalysisIndex(source);
  const turns: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const tokenForm: number[] = [];
  const interner = formInterner();
  const forms = interner.forms;
  let turn = 0;
  let text = '';
  const onWord = (start: number, end: number): void => {
    const form = interner.intern(text.slice(start, end));
    turns.push(turn);
    starts.push(start);
    ends.push(end);
    tokenForm.push(form);
  };
  for (turn = 0; turn < analysis.turnDocument.length; turn++) {
    text = analysis.documents[analysis.turnDocument[turn]!]!.text;
    scanWords(text, onWord, analysis.turnStart[turn]!, analysis.turnEnd[turn]!);
  }
  const stemIds = new Map<string, number>();
  const formStem = Int32Array.from(forms, (form) => {
    const stem = stemDutch(form);
    let id = stemIds.get(stem);
    if (id === undefined) {
      id = stemIds.size;
      stemIds.set(stem, id);
    }
    return id;
  });
  const n = tokenForm.length;
  const tokenStem = new Int32Array(n);
  const sizes = new Int32Array(stemIds.size);
  for (let i = 0; i < n; i++) sizes[(tokenStem[i] = formStem[tokenForm[i]!]!)]!++;
  const postings = Array.from(sizes, (size) => new Int32Array(size));
  const fill = new Int32Array(stemIds.size);
  for (let i = 0; i < n; i++) postings[tokenStem[i]!]![fill[tokenStem[i]!]!++] = i;
  return {
    analysis,
    tokenTurn: Int32Array.from(turns),
    tokenStart: Int32Array.from(starts),
    tokenEnd: Int32Array.from(ends),
    tokenStem,
    tokenForm: Int32Array.from(tokenForm),
    stemIds,
    forms,
    formStem,
    postings,
  };
}

export type KwicOptions = {
  /** Characters of context on each side (cut back to a whole word). */
  contextChars?: number;
  /** Only hits inside codings of these codes (sub-codes included). */
  withinCodeIds?: readonly Id[];
  /** Only hits spoken from this perspective. */
  perspective?: string;
  includeModerator?: boolean;
  limit?: number;
};

export type KwicHit = {
  documentId: Id;
  documentName: string;
  turnId: Id;
  speakerName: string;
  perspective: string;
  start: number;
  end: number;
  left: string;
  keyword: string;
  right: string;
};

/** A query word matches by stem; "woord*" matches every form starting with "woord". */
function matcher(index: KwicIndex, word: string): ((token: number) => boolean) | undefined {
  if (word.endsWith('*')) {
    const prefix = word.slice(0, -1);
    const forms = new Uint8Array(index.forms.length);
    index.forms.forEach((form, f) => (forms[f] = form.startsWith(prefix) ? 1 : 0));
    return (token) => forms[index.tokenForm[token]!] === 1;
  }
  const stem = index.stemIds.get(stemDutch(word));
  return stem === undefined ? undefined : (token) => index.tokenStem[token] === stem;
}

/** Candidate token positions for the first word of a query. */
function candidates(index: KwicIndex, word: string): Iterable<number> {
  if (!word.endsWith('*')) return index.postings[index.stemIds.get(stemDutch(word)) ?? -1] ?? [];
  const match = matcher(index, word)!;
  const result: number[] = [];
  for (let i = 0; i < index.tokenForm.length; i++) if (match(i)) result.push(i);
  return result;
}

const clean = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * Keyword in context (the context cut at the turn's edges): every place the query's words occur in a row within one turn, matched by Dutch stem
 * ("gesprek" finds "gesprekken"), in document order. Returns at most `limit` hits and the total.
 */
export function kwic(
  index: KwicIndex,
  query: string,
  options: KwicOptions = {},
): { total: number; hits: KwicHit[] } {
  const { contextChars = 60, includeModerator = true, limit = 500 } = options;
  const words = query
    .trim()
    .split(/\s+/)
    .flatMap((part) => {
      const tokens = tokenize(part).map((t) => t.word);
      if (part.endsWith('*') && tokens.length) tokens[tokens.length - 1] += '*';
      return tokens;
    });
  if (words.length === 0) return { total: 0, hits: [] };
  const matchers = words.map((w) => matcher(index, w));
  if (matchers.some((m) => m === undefined)) return { total: 0, hits: [] };
  const { analysis } = index;
  const within = options.withinCodeIds ? codedRanges(analysis, options.withinCodeIds) : undefined;
  const hits: KwicHit[] = [];
  let total = 0;
  for (const first of candidates(index, words[0]!)) {
    const last = first + words.length - 1;
    const t = index.tokenTurn[first]!;
    if (last >= index.tokenTurn.length || index.tokenTurn[last] !== t) continue;
    if (!matchers.every((m, k) => m!(first + k))) continue;
    if (!includeModerator && analysis.turnModerator[t]) continue;
    const d = analysis.turnDocument[t]!;
    const doc = analysis.documents[d]!;
    const speaker = analysis.turnSpeaker[t]! >= 0 ? analysis.speakers[analysis.turnSpeaker[t]!] : undefined;
    const perspective = perspectiveOf(speaker, doc);
    if (options.perspective !== undefined && perspective !== options.perspective) continue;
    const start = index.tokenStart[first]!;
    const end = index.tokenEnd[last]!;
    if (within && !insideRanges(within[d]!, start, end)) continue;
    total++;
    if (hits.length >= limit) continue;
    const text = doc.text;
    // The context stays inside the speaker's turn: a line names one speaker, so it must hold only their words.
    const turnStart = analysis.turnStart[t]!;
    const turnEnd = analysis.turnEnd[t]!;
    const leftFrom = Math.max(turnStart, start - contextChars);
    const rightTo = Math.min(turnEnd, end + contextChars);
    let left = text.slice(leftFrom, start);
    let right = text.slice(end, rightTo);
    if (leftFrom > turnStart) left = left.replace(/^\S*\s?/, '');
    if (rightTo < turnEnd) right = right.replace(/\s?\S*$/, '');
    hits.push({
      documentId: doc.id,
      documentName: doc.name,
      turnId: analysis.turnIds[t]!,
      speakerName: speaker?.name ?? '',
      perspective,
      start,
      end,
      left: clean(left),
      keyword: text.slice(start, end),
      right: clean(right),
    });
  }
  return { total, hits };
}
