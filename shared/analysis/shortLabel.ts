/**
 * A label shortened to at most `max` characters for a chart axis, keeping its beginning and its end: sub-codes
 * and groups often differ only at the end ("acceptatie van imperfectie: voorbeeld" / "…: ervaring"), which
 * cutting off the end would make identical. Whole words are kept where they fit; the full name stays in the
 * tooltip or accessible name.
 */
export function shortLabel(text: string, max: number): string {
  const label = text.trim().replace(/\s+/g, ' ');
  if (label.length <= max) return label;
  if (max < 8) return `${label.slice(0, Math.max(1, max - 1))}…`;
  const words = label.split(' ');
  // The end gets up to 60% of the room (what tells siblings apart), the beginning what is left.
  let tail = '';
  for (let i = words.length - 1; i > 0; i--) {
    const next = tail ? `${words[i]} ${tail}` : words[i]!;
    if (next.length > Math.floor(max * 0.6)) break;
    tail = next;
  }
  if (!tail) tail = label.slice(label.length - Math.floor(max * 0.6));
  const room = max - tail.length - 2; // "… " between the two parts
  let head = '';
  for (const word of words) {
    const next = head ? `${head} ${word}` : word;
    if (next.length > room) break;
    head = next;
  }
  if (!head) head = label.slice(0, Math.max(1, room));
  return `${head}… ${tail}`;
}
