/**
 * Speaker detection on a text that must not change: the same labels and acceptance as transcript import
 * (speakers.ts), but turns are offsets into the text as it is, labels included, so that codings made on
 * that text by another tool stay on their words.
 */
import { guessRole } from './build.ts';
import { sinceFirstClock } from './labels.ts';
import { acceptLabels, scanLines } from './speakers.ts';
import type { ParsedSpeaker, ParsedTurn } from './types.ts';

/** Speakers and turns found in a text; turn offsets cover the spoken words after each label. */
export type InPlaceTurns = { speakers: ParsedSpeaker[]; turns: ParsedTurn[]; preambleEnd: number };

/**
 * Detects speaker turns in a text without rewriting it (UTF-16 offsets); null when no label is accepted.
 * Consecutive turns of one speaker merge, as in transcript import.
 */
export function detectTurnsInPlace(text: string): InPlaceTurns | null {
  const lines = scanLines(text);
  const accepted = acceptLabels(lines);
  if (accepted.size === 0) return null;
  const speakers: ParsedSpeaker[] = [];
  const known = new Map<string, ParsedSpeaker>();
  const turns: ParsedTurn[] = [];
  let current: ParsedTurn | undefined;
  let open = false; // the current turn has no spoken words yet
  let preambleEnd = -1;
  let offset = 0;
  const clocked: ParsedTurn[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const rawStart = offset;
    offset += raw.length + 1;
    const { text: line, match } = lines[index]!;
    if (!line) continue;
    const lineStart = rawStart + (raw.length - raw.trimStart().length);
    const lineEnd = rawStart + raw.trimEnd().length;
    if (match && accepted.has(match.label)) {
      if (preambleEnd < 0) preambleEnd = lineStart;
      const rest = match.rest;
      const restStart = rest && line.endsWith(rest) ? lineEnd - rest.length : lineEnd;
      if (current && current.speakerLabel === match.label) {
        // The same speaker again: one turn, as transcript import merges it.
        if (rest) {
          if (open) current.start = restStart;
          current.end = lineEnd;
          open = false;
        }
      } else {
        current = { speakerLabel: match.label, start: restStart, end: lineEnd };
        if (match.time !== undefined) current.time = match.time;
        if (match.clock) clocked.push(current);
        open = !rest;
        turns.push(current);
      }
      let speaker = known.get(match.label);
      if (!speaker) {
        speaker = { label: match.label, role: guessRole(match.label) };
        known.set(match.label, speaker);
        speakers.push(speaker);
      }
      if (!speaker.roleNote && match.roleNote) speaker.roleNote = match.roleNote;
    } else if (current) {
      if (open) current.start = lineStart;
      open = false;
      current.end = lineEnd;
    }
  }
  const elapsed = sinceFirstClock(clocked.map((t) => t.time!));
  clocked.forEach((t, i) => (t.time = elapsed[i]));
  return { speakers, turns, preambleEnd: Math.max(0, preambleEnd) };
}
