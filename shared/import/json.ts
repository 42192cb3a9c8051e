/**
 * Whisper's and WhisperX's own .json output: `{ "segments": [{ "start": 0.03, "end": 6.1, "text": " …",
 * "speaker": "SPEAKER_00" }, …] }`, times in seconds; WhisperX run with --diarize adds the speaker.
 * Anything else in the file (words, tokens, probabilities) is left alone.
 */
import type { Result } from '../model.ts';
import type { Segmented, Utterance } from './types.ts';

type Segment = { start?: unknown; end?: unknown; text?: unknown; speaker?: unknown };

const seconds = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/** The segments of a Whisper/WhisperX result, or null when the value is not one. */
function segmentsOf(value: unknown): Segment[] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const segments = (value as { segments?: unknown }).segments;
  if (!Array.isArray(segments)) return null;
  for (const s of segments)
    if (typeof s !== 'object' || s === null || typeof (s as Segment).text !== 'string') return null;
  return segments as Segment[];
}

/**
 * Utterances of a Whisper/WhisperX .json transcript: one per segment, with its times and (WhisperX with
 * --diarize) its speaker; segments without a speaker stay turns of their own. Other JSON is refused.
 */
export function parseWhisperJson(text: string, withoutSpeakers: boolean): Result<Segmented> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'import.jsonInvalid' };
  }
  const segments = segmentsOf(value);
  if (!segments) return { ok: false, reason: 'import.jsonNotWhisper' };
  const utterances: Utterance[] = [];
  let speakers = false;
  for (const s of segments) {
    const words = (s.text as string).replace(/\s+/g, ' ').trim();
    if (words === '') continue;
    const speaker =
      !withoutSpeakers && typeof s.speaker === 'string' && s.speaker.trim() ? s.speaker.trim() : null;
    if (speaker !== null) speakers = true;
    utterances.push({ speaker, text: words, time: seconds(s.start), endTime: seconds(s.end) });
  }
  return speakers
    ? { ok: true, data: { preamble: [], utterances, collapsed: true } }
    : { ok: true, data: { preamble: [], utterances, plain: true, collapsed: true } };
}
