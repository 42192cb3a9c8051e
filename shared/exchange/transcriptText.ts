/**
 * A source's text as other tools show it: the speaker label (and the time, when known) at the start of each
 * turn, the way transcripts look ("[00:01:23] Moeder: …"). Koor's own text has no labels (turns carry the
 * speaker), so export inserts them and every offset moves by the labels before it; import removes them again.
 */
import type { Id, KoorDocument, Turn } from '../model.ts';

/** One inserted label: its Koor offset (where the turn's words start) and the label text written there. */
export type Insert = [offset: number, label: string];

/** "hh:mm:ss" for a time in seconds (fractions dropped). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** The label written before a turn: "[00:01:23] Name: ", "Name: ", "[00:01:23] " or ''. */
export function turnLabel(name: string | undefined, time: number | undefined): string {
  // A name never spans lines or carries its own colon at the end, so the label reads as one.
  const clean = name?.replace(/\s+/g, ' ').trim().replace(/:+$/, '') ?? '';
  const stamp = time === undefined ? '' : `[${clock(time)}] `;
  return clean ? `${stamp}${clean}: ` : stamp;
}

/** The labels to insert into a document's text, in text order. */
export function labelInserts(turns: readonly Turn[], names: ReadonlyMap<Id, string>): Insert[] {
  const inserts: Insert[] = [];
  for (const turn of [...turns].sort((a, b) => a.start - b.start)) {
    const label = turnLabel(turn.speakerId ? names.get(turn.speakerId) : undefined, turn.time);
    if (label) inserts.push([turn.start, label]);
  }
  return inserts;
}

/** Moves Koor offsets into the labelled text: a start at a turn's first word stays after its label, an end before the next. */
export type Shift = { start: (offset: number) => number; end: (offset: number) => number };

/** The labelled text of a document and the offset shift into it. */
export function labelledText(
  document: Pick<KoorDocument, 'text'>,
  inserts: readonly Insert[],
): {
  text: string;
  shift: Shift;
} {
  if (!inserts.length) return { text: document.text, shift: { start: (o) => o, end: (o) => o } };
  const pieces: string[] = [];
  let at = 0;
  // before[i] = total label length inserted at offsets < inserts[i][0] … kept as a prefix sum for lookups.
  const positions: number[] = [];
  const sums: number[] = [];
  let total = 0;
  for (const [offset, label] of inserts) {
    const clamped = Math.max(at, Math.min(offset, document.text.length));
    pieces.push(document.text.slice(at, clamped), label);
    at = clamped;
    total += label.length;
    positions.push(clamped);
    sums.push(total);
  }
  pieces.push(document.text.slice(at));
  // Labels inserted at or before an offset (starts) or strictly before it (ends).
  const shiftBy = (offset: number, inclusive: boolean): number => {
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inclusive ? positions[mid]! <= offset : positions[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? offset : offset + sums[lo - 1]!;
  };
  return {
    text: pieces.join(''),
    shift: { start: (o) => shiftBy(o, true), end: (o) => shiftBy(o, false) },
  };
}

/**
 * Removes the labels Koor inserted, giving back Koor's text and the offset map from the labelled text;
 * undefined when the text does not hold those labels where they were written (it was changed elsewhere).
 */
export function unlabelledText(
  labelled: string,
  inserts: readonly Insert[],
): { text: string; toKoor: (offset: number) => number } | undefined {
  if (!inserts.length) return { text: labelled, toKoor: (o) => o };
  const pieces: string[] = [];
  const starts: number[] = []; // where each label starts in the labelled text
  const removed: number[] = []; // label length removed up to and including each label
  let from = 0;
  let shift = 0;
  for (const [offset, label] of inserts) {
    const at = offset + shift;
    if (at < from || labelled.slice(at, at + label.length) !== label) return undefined;
    pieces.push(labelled.slice(from, at));
    starts.push(at);
    shift += label.length;
    removed.push(shift);
    from = at + label.length;
  }
  pieces.push(labelled.slice(from));
  const toKoor = (offset: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return offset;
    const i = lo - 1;
    const labelEnd = starts[i]! + inserts[i]![1].length;
    // Inside a label (or at its start): the position where the label was inserted.
    return offset < labelEnd ? starts[i]! - (removed[i]! - inserts[i]![1].length) : offset - removed[i]!;
  };
  return { text: pieces.join(''), toKoor };
}
