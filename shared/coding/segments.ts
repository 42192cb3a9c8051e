/** A highlight over a range of the document: a coding in a code's colour, or a find match. */
export type Highlight = { start: number; end: number; key: string; color: string; kind: 'coding' | 'find' };

/** A run of text with the same highlights, as the document view paints it. */
export type Segment = { start: number; end: number; highlights: Highlight[] };

/**
 * Splits [from, to) of a text into runs at every highlight boundary, so overlapping codings paint as
 * stacked layers. Highlights are clipped to the range; the result covers [from, to) without gaps.
 */
export function segmentRange(from: number, to: number, highlights: readonly Highlight[]): Segment[] {
  const inside = highlights.filter((h) => h.end > from && h.start < to && h.end > h.start);
  const cuts = new Set<number>([from, to]);
  for (const h of inside) {
    cuts.add(Math.max(from, h.start));
    cuts.add(Math.min(to, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    segments.push({ start, end, highlights: inside.filter((h) => h.start <= start && h.end >= end) });
  }
  return segments;
}

/** All places where `query` occurs in `text`, case- and accent-insensitively (same length folding). */
export function findAll(text: string, query: string, limit = 10_000): { start: number; end: number }[] {
  const needle = fold(query.trim());
  if (!needle) return [];
  const haystack = fold(text);
  const hits: { start: number; end: number }[] = [];
  for (
    let at = haystack.indexOf(needle);
    at >= 0 && hits.length < limit;
    at = haystack.indexOf(needle, at + 1)
  ) {
    hits.push({ start: at, end: at + needle.length });
  }
  return hits;
}

// Lower-cases and strips combining accents one character at a time, so offsets stay those of the original.
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}
