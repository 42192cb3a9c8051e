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
  return text.replace(/\s+/g, ' ').trim();
}

type PendingTurn = Utterance & { parts: string[] };

function mergeUtterances(utterances: Utterance[], plain: boolean): PendingTurn[] {
  const turns: PendingTurn[] = [];
  let last: PendingTurn | undefined;
  for (const u of utterances) {
    const text = collapseWhitespace(u.text);
    if (last && !plain && u.speaker !== null && last.speaker === u.speaker) {
      if (text) last.parts.push(text);
      if (u.endTime !== undefined) last.endTime = u.endTime;
      if (last.time === undefined && u.time !== undefined) last.time = u.time;
      continue;
    }
    if (!text && (plain || u.speaker === null)) continue;
    last = { ...u, parts: text ? [text] : [] };
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
    const spoken = pending.parts.join(' ');
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
