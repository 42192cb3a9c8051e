import type { SpeakerRole } from '../model.ts';
import type { ParsedSpeaker, ParsedTranscript, ParsedTurn, Segmented, Utterance } from './types.ts';

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

/** Collapses every run of whitespace to one space and trims. */
export function collapseWhitespace(text: string): string {
  // Most fragments are already clean: check by hand first, allocate only when needed.
  return isCollapsed(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** True when the text has no leading/trailing whitespace, no runs, and no whitespace other than a space. */
function isCollapsed(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (
      c < 32 ||
      c === 0x85 ||
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff
    ) {
      return false;
    } else previousSpace = false;
  }
  return !previousSpace || text.length === 0;
}

/** Collapses each utterance's whitespace and merges consecutive utterances of the same speaker. */
function mergeUtterances(utterances: Utterance[], plain: boolean): Utterance[] {
  const turns: Utterance[] = [];
  let last: Utterance | undefined;
  for (const u of utterances) {
    const text = collapseWhitespace(u.text);
    if (last && !plain && u.speaker !== null && last.speaker === u.speaker) {
      if (text) last.text = last.text ? `${last.text} ${text}` : text;
      if (u.endTime !== undefined) last.endTime = u.endTime;
      if (last.time === undefined && u.time !== undefined) last.time = u.time;
      if (!last.roleNote && u.roleNote) last.roleNote = u.roleNote;
      continue;
    }
    if (!text && (plain || u.speaker === null)) continue;
    last = { speaker: u.speaker, text };
    if (u.time !== undefined) last.time = u.time;
    if (u.endTime !== undefined) last.endTime = u.endTime;
    if (u.roleNote) last.roleNote = u.roleNote;
    turns.push(last);
  }
  return turns;
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
  const pieces: string[] = [];
  let length = 0;
  if (preamble) {
    pieces.push(preamble);
    length = preamble.length;
  }
  const speakers: ParsedSpeaker[] = [];
  const known = new Map<string, ParsedSpeaker>();
  const turns: ParsedTurn[] = [];
  for (const pending of mergeUtterances(segmented.utterances, segmented.plain === true)) {
    const spoken = pending.text;
    if (length > 0) {
      pieces.push('\n\n');
      length += 2;
    }
    const turn: ParsedTurn = { speakerLabel: pending.speaker, start: length, end: length + spoken.length };
    if (pending.time !== undefined) turn.time = pending.time;
    if (pending.endTime !== undefined) turn.endTime = pending.endTime;
    turns.push(turn);
    pieces.push(spoken);
    length += spoken.length;
    if (pending.speaker !== null) {
      const existing = known.get(pending.speaker);
      if (!existing) {
        const speaker: ParsedSpeaker = { label: pending.speaker, role: guessRole(pending.speaker) };
        if (pending.roleNote) speaker.roleNote = pending.roleNote;
        known.set(pending.speaker, speaker);
        speakers.push(speaker);
      } else if (!existing.roleNote && pending.roleNote) {
        existing.roleNote = pending.roleNote;
      }
    }
  }
  const result: ParsedTranscript = {
    format,
    text: pieces.join(''),
    preambleEnd: preamble.length,
    speakers,
    turns,
  };
  if (encoding !== undefined) result.encoding = encoding;
  return result;
}
