import type { Id, Turn } from '../model.ts';

/** A piece of context text; `speaker` is the name to show before it (set only where the speaker changes). */
export type ContextPart = { speaker: string | null; text: string };

type Piece = { speakerId: Id | null; text: string };

/** The turn pieces that cover [from, to) of a document's text, in order; gaps between turns (labels, blank lines) are left out. */
function pieces(text: string, turns: readonly Turn[], from: number, to: number): Piece[] {
  const result: Piece[] = [];
  for (const turn of turns) {
    if (turn.end <= from || turn.start >= to) continue;
    const slice = text.slice(Math.max(from, turn.start), Math.min(to, turn.end));
    const last = result[result.length - 1];
    if (last && last.speakerId === turn.speakerId) last.text += ` ${slice}`;
    else result.push({ speakerId: turn.speakerId, text: slice });
  }
  // A document without turns (or context in its preamble) is one speakerless stretch.
  if (result.length === 0 && from < to) result.push({ speakerId: null, text: text.slice(from, to) });
  return result;
}

/**
 * The text around a quote, split at changes of speaker so a reader cannot quote the wrong person: every part
 * spoken by someone else than the part before it (the quote itself for the first part after it, the quote's
 * speaker for the first part before it) carries that speaker's name. `turns` are the document's turns sorted
 * by start; the context is cut back to whole words.
 */
export function speakerContext(
  text: string,
  turns: readonly Turn[],
  quote: { start: number; end: number; speakerId: Id | null },
  names: ReadonlyMap<Id, string>,
  chars: number,
): { before: ContextPart[]; after: ContextPart[] } {
  const from = Math.max(0, quote.start - chars);
  const to = Math.min(text.length, quote.end + chars);
  const before = pieces(text, turns, from, quote.start);
  const after = pieces(text, turns, quote.end, to);
  // Cut a word the window splits, never a whole one.
  const inWord = (at: number) => /\S/.test(text[at - 1] ?? '') && /\S/.test(text[at] ?? '');
  if (before[0] && inWord(from)) before[0].text = before[0].text.replace(/^\S*\s?/, '');
  const tail = after[after.length - 1];
  if (tail && inWord(to)) tail.text = tail.text.replace(/\s?\S*$/, '');
  // The quote's own turn opens the "after" side and closes the "before" side, even when nothing of it is left.
  if (before[before.length - 1]?.speakerId !== quote.speakerId)
    before.push({ speakerId: quote.speakerId, text: '' });
  const label = (piece: Piece, previous: Id | null): ContextPart => ({
    speaker:
      piece.speakerId !== previous && piece.speakerId !== null ? (names.get(piece.speakerId) ?? '') : null,
    text: piece.text.replace(/\s+/g, ' '),
  });
  const beforeParts = before.map((piece, i) =>
    label(piece, i === 0 ? quote.speakerId : before[i - 1]!.speakerId),
  );
  const afterParts = after.map((piece, i) =>
    label(piece, i === 0 ? quote.speakerId : after[i - 1]!.speakerId),
  );
  return { before: beforeParts.filter((p) => p.text !== '' || p.speaker !== null), after: afterParts };
}

/** Context parts as plain text, each change of speaker written as "[Name] " (for copying). */
export function contextText(parts: readonly ContextPart[]): string {
  return parts
    .map((p) => (p.speaker ? `[${p.speaker}] ${p.text}` : p.text))
    .join(' ')
    .replace(/\s+/g, ' ');
}
