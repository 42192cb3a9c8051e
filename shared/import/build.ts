import type { SpeakerRole } from '../model.ts';
import type { ParsedSpeaker, ParsedTranscript, ParsedTurn, Segmented } from './types.ts';

const MODERATOR_LABELS = new Set([
  'gespreksleider',
  'gespreksleidster',
  'moderator',
  'interviewer',
  'interviewster',
  'i',
  'int',
  'gl',
  'mod',
  'facilitator',
  'begeleider',
  'onderzoeker',
  'researcher',
  'voorzitter',
  'host',
]);

/** Guesses whether a speaker label names the moderator (Gespreksleider, Interviewer, I, GL …). */
export function guessRole(label: string): SpeakerRole {
  const key = label
    .toLowerCase()
    .replace(/[\s._-]*\d+$/, '')
    .replace(/[^\p{L}]/gu, '');
  return MODERATOR_LABELS.has(key) ? 'moderator' : 'participant';
}

/** Whitespace that `collapseWhitespace` would change: any but a space, two spaces, a space at either end. */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/;

/** Collapses every run of whitespace to one space and trims. */
export function collapseWhitespace(text: string): string {
  // Most fragments are already clean: one regular-expression scan (faster than a loop in JavaScript)
  // finds out, and only text that needs it is copied.
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * The same string, flat: made by appends, it is a rope that a character read walks, until something
 * makes V8 copy it into one string. Reading it as a number does that first thing (and stops at its
 * first letter), so the copy happens once, here.
 */
function flat(text: string): string {
  Number(text);
  return text;
}

/** A turn built whole rather than extended: one allocation per turn, and a long transcript has tens of thousands. */
function turnOf(
  speakerLabel: string | null,
  start: number,
  end: number,
  time: number | undefined,
  endTime: number | undefined,
): ParsedTurn {
  if (time === undefined)
    return endTime === undefined ? { speakerLabel, start, end } : { speakerLabel, start, end, endTime };
  return endTime === undefined
    ? { speakerLabel, start, end, time }
    : { speakerLabel, start, end, time, endTime };
}

/** Joins preamble and utterances into one text with turn offsets; consecutive utterances of one speaker merge. */
export function buildTranscript(
  segmented: Segmented,
  format: ParsedTranscript['format'],
  encoding?: string,
): ParsedTranscript {
  const preamble = segmented.preamble
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  // Appended piece by piece rather than collected and joined: V8 keeps the appends as a rope and
  // copies it once (`flat`), and that costs a fraction of joining a list of a hundred thousand pieces.
  let written = preamble;
  let length = preamble.length;
  const speakers: ParsedSpeaker[] = [];
  const known = new Map<string, ParsedSpeaker>();
  const turns: ParsedTurn[] = [];
  const plain = segmented.plain === true;
  const collapsed = segmented.collapsed === true;
  // One pass: consecutive utterances of one known speaker merge into the open turn, whose text is the
  // last piece written; the turn is recorded when the next one opens (no intermediate merged copies).
  // Plain local variables, not a closure: the loop runs once per line of a long transcript.
  let open = false;
  let speaker: string | null = null;
  let start = 0;
  let time: number | undefined;
  let endTime: number | undefined;
  const utterances = segmented.utterances;
  // Index loops over the per-line arrays here and in detection: they hold tens of thousands of entries.
  for (let i = 0; i < utterances.length; i++) {
    const u = utterances[i]!;
    const text = collapsed ? u.text : collapseWhitespace(u.text);
    if (open && !plain && u.speaker !== null && speaker === u.speaker) {
      if (text) {
        if (length > start) {
          written += ' ';
          length++;
        }
        written += text;
        length += text.length;
      }
      if (u.endTime !== undefined) endTime = u.endTime;
      if (time === undefined && u.time !== undefined) time = u.time;
    } else {
      if (!text && (plain || u.speaker === null)) continue;
      if (open) turns.push(turnOf(speaker, start, length, time, endTime));
      open = true;
      if (length > 0) {
        written += '\n\n';
        length += 2;
      }
      speaker = u.speaker;
      start = length;
      time = u.time;
      endTime = u.endTime;
      written += text;
      length += text.length;
      if (speaker !== null && !known.has(speaker)) {
        const parsed: ParsedSpeaker = { label: speaker, role: guessRole(speaker) };
        known.set(speaker, parsed);
        speakers.push(parsed);
      }
    }
    // A speaker's role note is the first one written beside any of its utterances.
    if (u.roleNote && speaker !== null) {
      const parsed = known.get(speaker)!;
      if (!parsed.roleNote) parsed.roleNote = u.roleNote;
    }
  }
  if (open) turns.push(turnOf(speaker, start, length, time, endTime));
  const result: ParsedTranscript = {
    format,
    text: flat(written),
    preambleEnd: preamble.length,
    speakers,
    turns,
  };
  if (encoding !== undefined) result.encoding = encoding;
  return result;
}
