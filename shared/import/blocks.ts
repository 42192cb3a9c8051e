import { mapColumns, rowsToSegments } from './csv.ts';
import { detectSpeakers, type DetectOptions } from './speakers.ts';
import type { Segmented, Utterance } from './types.ts';

/** A block of a word-processor document: a paragraph's text, or a table's cell texts. */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** Table rows that look like a transcript: at least three rows with a text and a speaker column. */
function transcriptTable(rows: string[][]): Segmented | null {
  if (rows.length < 3) return null;
  const found = mapColumns(rows);
  if (!found || found.mapping.speaker === undefined) return null;
  return rowsToSegments(rows, found.mapping);
}

/**
 * Turns document blocks into utterances. When a table holds the transcript (speaker and text
 * columns), paragraphs before it are the preamble and its rows the turns; otherwise all paragraphs
 * (table cells flattened row by row) go through speaker detection.
 */
export function blocksToSegments(blocks: Block[], options: DetectOptions = {}): Segmented {
  const withoutSpeakers = options.withoutSpeakers === true;
  const paragraphs: string[] = [];
  const preamble: string[] = [];
  const utterances: Utterance[] = [];
  let tables = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (tables === 0) preamble.push(block.text);
      else if (block.text.trim()) utterances.push({ speaker: null, text: block.text });
      paragraphs.push(block.text);
      continue;
    }
    const table = withoutSpeakers || options.labelPattern ? null : transcriptTable(block.rows);
    if (table) {
      tables++;
      if (tables === 1) preamble.push(...table.preamble);
      else utterances.push(...table.preamble.map((text) => ({ speaker: null, text })));
      utterances.push(...table.utterances);
    } else {
      const lines = block.rows.map((r) => r.join(' '));
      if (tables === 0) preamble.push(...lines);
      else utterances.push(...lines.map((text) => ({ speaker: null, text })));
    }
    paragraphs.push(...block.rows.map((r) => r.join(' ')));
  }
  if (tables > 0) return { preamble, utterances };
  return detectSpeakers(paragraphs.join('\n\n'), { ...options, unit: 'paragraph' });
}
