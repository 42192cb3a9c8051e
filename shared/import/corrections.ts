import { splitPoint } from '../coding/turnEdits.ts';
import type { Result } from '../model.ts';
import { guessRole } from './build.ts';
import type { ParsedSpeaker, ParsedTranscript, ParsedTurn } from './types.ts';

/**
 * The speaker corrections of the coding view, on a parsed transcript in the import preview (before
 * anything is stored): turns carry speaker labels instead of ids, and the speaker list follows the turns.
 */

/** The speaker list after a correction: speakers in order of first turn, new labels added, unused ones gone. */
function withTurns(parsed: ParsedTranscript, turns: ParsedTurn[]): ParsedTranscript {
  const known = new Map(parsed.speakers.map((s) => [s.label, s]));
  const seen = new Set<string>();
  const speakers: ParsedSpeaker[] = [];
  for (const turn of turns) {
    const label = turn.speakerLabel;
    if (label === null || seen.has(label)) continue;
    seen.add(label);
    speakers.push(known.get(label) ?? { label, role: guessRole(label) });
  }
  return { ...parsed, turns, speakers };
}

function cleanLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ');
}

/** Splits turn `index` at a cursor offset; the second part goes to `label` (a detected or a new speaker). */
export function splitParsedTurn(
  parsed: ParsedTranscript,
  index: number,
  offset: number,
  label: string,
): Result<ParsedTranscript> {
  const turn = parsed.turns[index];
  if (!turn) return { ok: false, reason: 'turns.noTurn' };
  const speakerLabel = cleanLabel(label);
  if (!speakerLabel) return { ok: false, reason: 'turns.emptyName' };
  const point = splitPoint(parsed.text, turn.start, turn.end, offset);
  if (!point) return { ok: false, reason: 'turns.splitEmpty' };
  const first: ParsedTurn = { ...turn, end: point.firstEnd };
  delete first.endTime;
  const second: ParsedTurn = { speakerLabel, start: point.secondStart, end: turn.end };
  if (turn.endTime !== undefined) second.endTime = turn.endTime;
  const turns = [...parsed.turns];
  turns.splice(index, 1, first, second);
  return { ok: true, data: withTurns(parsed, turns) };
}

/** Gives the turns at `indices` to the speaker `label` (a detected or a new one). */
export function relabelParsedTurns(
  parsed: ParsedTranscript,
  indices: readonly number[],
  label: string,
): Result<ParsedTranscript> {
  const speakerLabel = cleanLabel(label);
  if (!speakerLabel) return { ok: false, reason: 'turns.emptyName' };
  if (indices.length === 0 || indices.some((i) => !parsed.turns[i]))
    return { ok: false, reason: 'turns.noTurn' };
  const chosen = new Set(indices);
  const turns = parsed.turns.map((turn, i) => (chosen.has(i) ? { ...turn, speakerLabel } : turn));
  return { ok: true, data: withTurns(parsed, turns) };
}

/** Merges turn `index` into the one before it (which keeps its speaker). */
export function mergeParsedTurn(parsed: ParsedTranscript, index: number): Result<ParsedTranscript> {
  const turn = parsed.turns[index];
  if (!turn) return { ok: false, reason: 'turns.noTurn' };
  const previous = parsed.turns[index - 1];
  if (!previous) return { ok: false, reason: 'turns.noPrevious' };
  const merged: ParsedTurn = { ...previous, end: turn.end };
  const endTime = turn.endTime ?? previous.endTime;
  if (endTime !== undefined) merged.endTime = endTime;
  if (merged.time === undefined && turn.time !== undefined) merged.time = turn.time;
  const turns = [...parsed.turns];
  turns.splice(index - 1, 2, merged);
  return { ok: true, data: withTurns(parsed, turns) };
}
