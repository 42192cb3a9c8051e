/**
 * Offset arithmetic: how a text edit moves the ranges (codings, turns) that point into a document.
 *
 * An edit replaces [start, end) of the old text by `insert`. For a range [a, b) the rules are:
 * - edit wholly before the range (end <= a; a pure insertion at a counts as before): shift by the length change;
 * - edit wholly after the range (start >= b; a pure insertion at b counts as after): unchanged;
 * - edit inside the range (a <= start, end <= b, and not a pure insertion at a boundary): the range grows or
 *   shrinks with it, so replacing a word inside (or exactly) a coded passage keeps it coded;
 * - edit over the start (start < a < end < b): the deleted head is lost, the range starts after the insertion;
 * - edit over the end (a < start < b < end): the deleted tail is lost, the range ends where the edit starts;
 * - edit covering the whole range and more: the coded words are gone, the range collapses to an empty range at
 *   the edit's start and is reported as collapsed (the caller asks the user or removes it, never silently).
 * Ranges are never moved onto other words: what stays covered is always the same text it covered before.
 */

export type TextEdit = { start: number; end: number; insert: string };

export type OffsetRange = { start: number; end: number };

/** What happened to one range under an edit. */
export type RangeChange = 'unchanged' | 'shifted' | 'resized' | 'clamped' | 'collapsed';

export type MovedRange = { start: number; end: number; change: RangeChange };

/** Moves one range [start, end) through an edit, following the rules in this module's comment. */
export function moveRange(range: OffsetRange, edit: TextEdit): MovedRange {
  const { start: a, end: b } = range;
  const { start: s, end: e } = edit;
  const inserted = edit.insert.length;
  const delta = inserted - (e - s);
  if (e <= a) {
    return delta === 0
      ? { start: a, end: b, change: 'unchanged' }
      : { start: a + delta, end: b + delta, change: 'shifted' };
  }
  if (s >= b) {
    return { start: a, end: b, change: 'unchanged' };
  }
  if (a <= s && e <= b) {
    if (a === s && e === b && inserted === 0) {
      return { start: s, end: s, change: 'collapsed' };
    }
    return { start: a, end: b + delta, change: delta === 0 ? 'unchanged' : 'resized' };
  }
  if (s < a && e < b) {
    return { start: s + inserted, end: b + delta, change: 'clamped' };
  }
  if (a < s && b < e) {
    return { start: a, end: s, change: 'clamped' };
  }
  return { start: s, end: s, change: 'collapsed' };
}

export type EditResult<T extends OffsetRange> = {
  text: string;
  /** Every range in the input order, moved; collapsed ones are empty and also listed in `collapsed`. */
  ranges: T[];
  collapsed: T[];
};

/** Applies one edit to a text and moves every range with it (see the rules above). */
export function applyTextEdit<T extends OffsetRange>(
  text: string,
  ranges: readonly T[],
  edit: TextEdit,
): EditResult<T> {
  const start = clamp(edit.start, 0, text.length);
  const end = clamp(edit.end, start, text.length);
  const safe: TextEdit = { start, end, insert: edit.insert };
  const collapsed: T[] = [];
  const moved = ranges.map((range) => {
    const next = moveRange(range, safe);
    if (next.change === 'unchanged' && next.start === range.start && next.end === range.end) {
      return range;
    }
    const copy: T = { ...range, start: next.start, end: next.end };
    if (next.change === 'collapsed') {
      collapsed.push(copy);
    }
    return copy;
  });
  return { text: text.slice(0, start) + edit.insert + text.slice(end), ranges: moved, collapsed };
}

/**
 * Applies several non-overlapping edits (offsets in the original text) at once, last first, so each edit's
 * offsets stay valid; throws when two edits overlap, which is a programming error.
 */
export function applyTextEdits<T extends OffsetRange>(
  text: string,
  ranges: readonly T[],
  edits: readonly TextEdit[],
): EditResult<T> {
  const ordered = [...edits].sort((x, y) => y.start - x.start || y.end - x.end);
  for (let i = 1; i < ordered.length; i++) {
    const later = ordered[i - 1];
    const earlier = ordered[i];
    if (later && earlier && earlier.end > later.start) {
      throw new Error('applyTextEdits: edits overlap');
    }
  }
  let current: EditResult<T> = { text, ranges: [...ranges], collapsed: [] };
  const collapsed = new Set<number>();
  for (const edit of ordered) {
    const next = applyTextEdit(current.text, current.ranges, edit);
    next.ranges.forEach((range, index) => {
      if (range.start === range.end && next.collapsed.includes(range)) {
        collapsed.add(index);
      }
    });
    current = next;
  }
  return {
    text: current.text,
    ranges: current.ranges,
    collapsed: [...collapsed].sort((x, y) => x - y).flatMap((i) => current.ranges[i] ?? []),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
