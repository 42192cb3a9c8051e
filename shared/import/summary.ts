import type { SpeakerRole } from '../model.ts';
import type { ParsedTranscript } from './types.ts';
import { countWords } from './words.ts';

/** One row of the import preview: a detected speaker with its turns, words and a sample line. */
export type SpeakerSummary = {
  label: string;
  role: SpeakerRole;
  roleNote?: string;
  turns: number;
  words: number;
  /** The start of the speaker's first substantial turn (at most about 160 characters). */
  sample: string;
};

const SAMPLE = 160;

function shorten(text: string): string {
  if (text.length <= SAMPLE) return text;
  const cut = text.lastIndexOf(' ', SAMPLE);
  return `${text.slice(0, cut > SAMPLE / 2 ? cut : SAMPLE)}…`;
}

/** Turns, words and a sample line per speaker, in order of first appearance. */
export function summariseSpeakers(parsed: ParsedTranscript): SpeakerSummary[] {
  const rows = new Map<string, SpeakerSummary>();
  for (const s of parsed.speakers) {
    const row: SpeakerSummary = { label: s.label, role: s.role, turns: 0, words: 0, sample: '' };
    if (s.roleNote) row.roleNote = s.roleNote;
    rows.set(s.label, row);
  }
  for (const turn of parsed.turns) {
    if (turn.speakerLabel === null) continue;
    const row = rows.get(turn.speakerLabel);
    if (!row) continue;
    const text = parsed.text.slice(turn.start, turn.end);
    const words = countWords(text);
    row.turns++;
    row.words += words;
    if (!row.sample || (countWords(row.sample) < 5 && words >= 5)) row.sample = shorten(text);
  }
  return [...rows.values()];
}

/** Words spoken in all turns (preamble excluded). */
export function spokenWords(parsed: ParsedTranscript): number {
  let words = 0;
  for (const turn of parsed.turns) words += countWords(parsed.text.slice(turn.start, turn.end));
  return words;
}
