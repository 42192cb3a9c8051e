import type { Result } from '../model.ts';
import { decodeText } from './decode.ts';
import { formatOfFile, parseTranscript } from './parse.ts';

/**
 * The lines a label pattern is tried on, for the preview's live count: the text lines of a plain
 * text file; the cues, paragraphs or rows of other formats, read without speaker detection so that
 * their labels are still in the text.
 */
export async function patternLines(fileName: string, bytes: Uint8Array): Promise<Result<string[]>> {
  if (formatOfFile(fileName) === 'txt') {
    const decoded = decodeText(bytes);
    return decoded.ok ? { ok: true, data: decoded.data.text.split('\n') } : decoded;
  }
  const parsed = await parseTranscript(fileName, bytes, { withoutSpeakers: true });
  if (!parsed.ok) return parsed;
  const { text, turns, preambleEnd } = parsed.data;
  const lines = preambleEnd > 0 ? text.slice(0, preambleEnd).split('\n') : [];
  for (const turn of turns) lines.push(text.slice(turn.start, turn.end));
  return { ok: true, data: lines };
}
