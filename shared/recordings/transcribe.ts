/**
 * Transcription mode: a transcript typed while listening is a list of turns (speaker, start time, words). It
 * is stored as an ordinary Koor document — the turns' words joined by a blank line, each turn pointing at its
 * words — so that what is typed is ready to code, and every keystroke can be saved as it is.
 */
import type { Id, Turn } from '../model.ts';
import { clock } from '../exchange/transcriptText.ts';

/** One turn as the transcriber sees it. */
export type DraftTurn = { id: Id; speakerId: Id | null; time?: number; text: string };

const SEPARATOR = '\n\n';

/** The document text and turns of a transcript being typed (turn words joined by a blank line). */
export function composeTranscript(
  documentId: Id,
  drafts: readonly DraftTurn[],
): { text: string; turns: Turn[] } {
  const turns: Turn[] = [];
  let text = '';
  drafts.forEach((draft, index) => {
    if (index > 0) text += SEPARATOR;
    const start = text.length;
    text += draft.text;
    const turn: Turn = { id: draft.id, documentId, speakerId: draft.speakerId, start, end: text.length };
    if (draft.time !== undefined) turn.time = draft.time;
    turns.push(turn);
  });
  return { text, turns };
}

/** The turns of a stored document as the transcriber edits them (in text order). */
export function draftsOf(text: string, turns: readonly Turn[]): DraftTurn[] {
  return [...turns]
    .sort((a, b) => a.start - b.start)
    .map((turn) => {
      const draft: DraftTurn = {
        id: turn.id,
        speakerId: turn.speakerId,
        text: text.slice(turn.start, turn.end),
      };
      if (turn.time !== undefined) draft.time = turn.time;
      return draft;
    });
}

/**
 * Where a new turn started at `time` goes: after the turn being typed in (`after`), moved along so that the
 * timed turns stay in time order (the transcriber may have gone back in the recording).
 */
export function insertAt(drafts: readonly DraftTurn[], after: number, time: number): number {
  let at = Math.min(Math.max(after + 1, 0), drafts.length);
  const timeOf = (i: number) => drafts[i]?.time;
  while (at < drafts.length && timeOf(at) !== undefined && timeOf(at)! <= time) at++;
  while (at > 0 && timeOf(at - 1) !== undefined && timeOf(at - 1)! > time) at--;
  return at;
}

/** The time mark typed into the words with the "insert time" key: "[0:01:23]" (what f4 calls a time stamp). */
export function timeMark(seconds: number): string {
  return `[${clock(seconds)}]`;
}

/** Where to resume after a pause: a little before where it stopped (the "automatic rewind" of f4). */
export function resumeTime(pausedAt: number, rewind: number): number {
  return Math.max(0, pausedAt - Math.max(0, rewind));
}
