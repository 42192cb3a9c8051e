/**
 * Key quotes: a coded fragment marked for a grid cell, with an optional shortened display text. The display may
 * only leave words out, each omission shown as an ellipsis, so a shortened quote never puts words in a
 * participant's mouth; the coding itself is never changed.
 */
import type { Result } from '../model.ts';

const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)\s*/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * Checks a shortened display against the coded text: pieces between ellipses ("…", "...", "[…]") must be whole
 * words of the coded text, in order, each ellipsis must stand for words actually left out, and words left out at
 * the start or end need an ellipsis there too. Whitespace differences are ignored. Returns the display with
 * its ellipses written as " … ", or a reason key of shared/synthesis/messages.ts.
 */
export function validateQuoteDisplay(coded: string, display: string): Result<string> {
  const source = collapse(coded);
  const pieces = collapse(display).split(ELLIPSIS);
  if (pieces.every((p) => p.trim() === '')) return { ok: false, reason: 'synthesis.quote.empty' };
  const leading = pieces[0]!.trim() === '';
  const trailing = pieces.at(-1)!.trim() === '';
  const kept = pieces.map((p) => p.trim()).filter((p) => p !== '');
  if (kept.length !== pieces.length - Number(leading) - Number(trailing))
    return { ok: false, reason: 'synthesis.quote.doubleEllipsis' };
  const isWordChar = (i: number): boolean => i >= 0 && i < source.length && WORD_CHAR.test(source[i]!);
  let position = 0;
  for (let i = 0; i < kept.length; i++) {
    const piece = kept[i]!;
    const at = findWholeWords(source, piece, position, isWordChar);
    if (at < 0) return { ok: false, reason: 'synthesis.quote.notInFragment', params: { piece } };
    const omitted = source.slice(position, at).trim();
    const ellipsisBefore = i > 0 || leading;
    if (omitted !== '' && !ellipsisBefore)
      return { ok: false, reason: 'synthesis.quote.missingEllipsis', params: { words: omitted } };
    if (omitted === '' && ellipsisBefore) return { ok: false, reason: 'synthesis.quote.nothingLeftOut' };
    position = at + piece.length;
  }
  const rest = source.slice(position).trim();
  if (rest !== '' && !trailing)
    return { ok: false, reason: 'synthesis.quote.missingEllipsis', params: { words: rest } };
  if (rest === '' && trailing) return { ok: false, reason: 'synthesis.quote.nothingLeftOut' };
  const body = kept.join(' … ');
  return { ok: true, data: `${leading ? '… ' : ''}${body}${trailing ? ' …' : ''}` };
}

/** The first place from `from` where `piece` stands as whole words (no letter or digit glued on either side). */
function findWholeWords(
  source: string,
  piece: string,
  from: number,
  isWordChar: (i: number) => boolean,
): number {
  for (let at = source.indexOf(piece, from); at >= 0; at = source.indexOf(piece, at + 1)) {
    const startsClean = !(isWordChar(at - 1) && isWordChar(at));
    const end = at + piece.length;
    const endsClean = !(isWordChar(end - 1) && isWordChar(end));
    if (startsClean && endsClean) return at;
  }
  return -1;
}

/** The text to show for a key quote: its valid display, else exactly the coded text. */
export function keyQuoteText(coded: string, display: string | undefined): string {
  if (display === undefined) return coded;
  const checked = validateQuoteDisplay(coded, display);
  return checked.ok ? checked.data : coded;
}
