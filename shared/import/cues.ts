import { parseTimestamp, matchSpeakerLabel } from './labels.ts';
import { acceptLabels, tally, type Line } from './speakers.ts';
import { matchCustomLabel } from './pattern.ts';
import { unsureWarnings } from './unsure.ts';
import { collapseWhitespace } from './build.ts';
import { decodeEntities } from './entities.ts';
import type { Segmented, Utterance } from './types.ts';

/** One subtitle cue: its times and its payload, with voice-tag speakers already split off. */
export type Cue = { start?: number; end?: number; parts: { voice: string | null; text: string }[] };

const TIMING = /^\s*(\S+)\s+-->\s+(\S+)/;
const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]*)>/g;

function payloadParts(payload: string): Cue['parts'] {
  if (!payload.includes('<v')) return [{ voice: null, text: stripTags(payload) }];
  const parts: Cue['parts'] = [];
  let last = 0;
  let voice: string | null = null;
  for (const m of payload.matchAll(VOICE)) {
    const before = stripTags(payload.slice(last, m.index));
    if (before.trim()) parts.push({ voice, text: before });
    voice = decodeEntities(m[1]!).trim() || null;
    last = m.index + m[0].length;
  }
  parts.push({ voice, text: stripTags(payload.slice(last)) });
  return parts;
}

function stripTags(text: string): string {
  return decodeEntities(text.includes('<') ? text.replace(/<[^>]*>/g, '') : text);
}

/** Parses WebVTT or SubRip text into cues (cue ids, NOTE/STYLE/REGION blocks and the header skipped). */
export function parseCues(text: string): Cue[] {
  const cues: Cue[] = [];
  let timing: [string, string] | null = null;
  let payload: string[] = [];
  const flush = (): void => {
    if (!timing) return;
    const cue: Cue = { parts: payloadParts(payload.join(' ')) };
    const start = parseTimestamp(timing[0]);
    const end = parseTimestamp(timing[1]);
    if (start !== undefined) cue.start = start;
    if (end !== undefined) cue.end = end;
    cues.push(cue);
    timing = null;
    payload = [];
  };
  // Scans line by line with indexOf rather than split(): long subtitle files have hundreds of thousands of lines.
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trim();
    from = to + 1;
    if (line === '') flush();
    else if (timing) payload.push(line);
    else if (line.includes('-->')) {
      const m = TIMING.exec(line);
      timing = m ? [m[1]!, m[2]!] : ['', ''];
    }
  }
  flush();
  return cues;
}

/** Options of `cuesToSegments`. */
export type CueOptions = { withoutSpeakers?: boolean; labelPattern?: RegExp };

/**
 * Turns cues into utterances: the voice tag (Teams) or a `Name:` label at the start of the cue (Zoom,
 * SRT) names the speaker, display names whole ("Anna (SL)"). A cue without one is an utterance of its
 * own, without a speaker and with its own time: only cues of a known speaker merge into turns.
 */
export function cuesToSegments(cues: Cue[], options: CueOptions = {}): Segmented {
  const { withoutSpeakers = false, labelPattern } = options;
  const rows: { cue: Cue; voice: string | null; text: string; index: number }[] = [];
  cues.forEach((cue, index) => {
    for (const part of cue.parts) rows.push({ cue, voice: part.voice, text: part.text, index });
  });
  const lines: Line[] = rows.map((r) => {
    const text = collapseWhitespace(r.text);
    if (r.voice !== null || withoutSpeakers || !text) return { text, match: null };
    const match = labelPattern ? matchCustomLabel(text, labelPattern) : matchSpeakerLabel(text);
    if (!match || match.kind === 'alone') return { text, match: null };
    // Meeting tools write display names: a suffix in parentheses is part of the name, not a role.
    if (match.roleNote) {
      match.label = `${match.label} (${match.roleNote})`;
      delete match.roleNote;
    }
    return { text, match };
  });
  const counts = tally(lines);
  const accepted = labelPattern ? new Set(counts.keys()) : acceptLabels(lines, counts);
  const hasVoices = !withoutSpeakers && rows.some((r) => r.voice !== null);
  const plain = withoutSpeakers || (!hasVoices && accepted.size === 0);
  const utterances: Utterance[] = [];
  rows.forEach((row, i) => {
    const line = lines[i]!;
    let text = line.text;
    let speaker: string | null = null;
    if (!plain) {
      if (row.voice !== null) speaker = row.voice;
      else if (line.match && accepted.has(line.match.label)) {
        speaker = line.match.label;
        text = line.match.rest;
      }
    }
    const u: Utterance = { speaker, text };
    if (row.cue.start !== undefined) u.time = row.cue.start;
    if (row.cue.end !== undefined) u.endTime = row.cue.end;
    utterances.push(u);
  });
  if (plain) return { preamble: [], utterances, plain: true };
  // Warnings count cues, not payload parts.
  const warnings = unsureWarnings(lines, counts, accepted, null, 'cue').map((w) => {
    const index = Number(w.params?.['line'] ?? 1) - 1;
    return { ...w, params: { ...w.params, line: (rows[index]?.index ?? index) + 1 } };
  });
  const segmented: Segmented = { preamble: [], utterances };
  if (warnings.length > 0) segmented.warnings = warnings;
  return segmented;
}
