import { newId } from '../ids.ts';
import type { Code, Coding, Id, Turn } from '../model.ts';

/** Codings that share at least one character with [start, end); for an empty range, those containing start. */
export function codingsOverlapping<T extends { start: number; end: number }>(
  codings: readonly T[],
  start: number,
  end: number,
): T[] {
  if (start === end) return codings.filter((c) => c.start <= start && start < c.end);
  return codings.filter((c) => c.start < end && c.end > start);
}

/** Index of the turn holding an offset in turns sorted by start (binary search), or -1 between turns. */
export function turnIndexAt(turns: readonly Turn[], offset: number): number {
  let low = 0;
  let high = turns.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const turn = turns[mid];
    if (turn && turn.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const turn = turns[found];
  return turn && offset < Math.max(turn.end, turn.start + 1) ? found : -1;
}

/** The turn holding an offset, in turns of one document sorted by start. */
export function turnAt(turns: readonly Turn[], offset: number): Turn | undefined {
  return turns[turnIndexAt(turns, offset)];
}

/** A new coding covering one whole speaker turn. */
export function codeWholeTurn(
  turn: Turn,
  codeId: Id,
  coderId: Id,
  createdAt = new Date().toISOString(),
): Coding {
  return {
    id: newId(),
    documentId: turn.documentId,
    codeId,
    start: turn.start,
    end: turn.end,
    coderId,
    createdAt,
  };
}

/** Lower case without diacritics, for matching what people type ("e" finds "é"). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The quick picker's filter: codes whose name matches the query, case- and diacritic-insensitive, best first:
 * exact name, name prefix, word prefix, substring, then initials in order ("pb" → "Positieve blik"). Ties keep codebook order.
 */
export function filterCodes(codes: readonly Code[], query: string): Code[] {
  const q = foldForSearch(query.trim());
  if (q === '') return [...codes];
  const ranked: { code: Code; rank: number; index: number }[] = [];
  codes.forEach((code, index) => {
    const rank = matchRank(foldForSearch(code.name), q);
    if (rank !== null) ranked.push({ code, rank, index });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.code);
}

function matchRank(name: string, q: string): number | null {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.some((word) => word.startsWith(q))) return 2;
  if (name.includes(q)) return 3;
  // Initials in order: "pb" finds "Positieve blik".
  let at = 0;
  for (const word of words) {
    if (word[0] === q[at]) at++;
    if (at === q.length) return 4;
  }
  return null;
}
