import { matchSpeakerLabel, timestampIn } from './labels.ts';
import { acceptLabels, tally, type Line } from './speakers.ts';
import { matchCustomLabel } from './pattern.ts';
import { unsureWarnings } from './unsure.ts';
import { collapseWhitespace } from './build.ts';
import { decodeEntities } from './entities.ts';
import type { Segmented, Utterance } from './types.ts';

/**
 * One payload part of a subtitle cue (a cue holds several when voice tags change speaker inside it).
 * The same object is the line speaker detection looks at and, once labels are decided, the utterance
 * it becomes: a long subtitle file has hundreds of thousands of cues, and one object each keeps the
 * garbage collector's work small.
 */
export type CueRow = Line &
  Utterance & {
    /** 0-based index of the cue the part belongs to. */
    cue: number;
    /** The speaker of a voice tag (`<v Name>`), else null. */
    voice: string | null;
  };

const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]*)>/g;

function stripTags(text: string): string {
  return decodeEntities(text.includes('<') ? text.replace(/<[^>]*>/g, '') : text);
}

function row(cue: number, voice: string | null, raw: string, time?: number, endTime?: number): CueRow {
  return { text: collapseWhitespace(raw), match: null, speaker: null, cue, voice, time, endTime };
}

/** Appends the rows of one cue's payload: one part, or one per voice tag. */
function payloadRows(rows: CueRow[], cue: number, payload: string, start?: number, end?: number): void {
  if (!payload.includes('<v')) {
    rows.push(row(cue, null, stripTags(payload), start, end));
    return;
  }
  let last = 0;
  let voice: string | null = null;
  VOICE.lastIndex = 0;
  for (let m = VOICE.exec(payload); m; m = VOICE.exec(payload)) {
    const before = stripTags(payload.slice(last, m.index));
    if (before.trim()) rows.push(row(cue, voice, before, start, end));
    voice = decodeEntities(m[1]!).trim() || null;
    last = m.index + m[0].length;
  }
  rows.push(row(cue, voice, stripTags(payload.slice(last)), start, end));
}

/** White space as `String.prototype.trim` and `\s` see it (line terminators included). */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Where a run of non-space characters from `at` (below `end`) ends. */
function wordEnd(text: string, at: number, end: number): number {
  while (at < end && !isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Where a run of spaces from `at` (below `end`) ends. */
function spaceEnd(text: string, at: number, end: number): number {
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The start and end times of a (trimmed) timing line in `text` between `from` and `to`, read as
 * /^\s*(\S+)\s+-->\s+(\S+)/ would, without making strings: both undefined when it does not match.
 */
function timing(text: string, from: number, to: number): [number | undefined, number | undefined] {
  const firstEnd = wordEnd(text, from, to);
  const arrow = spaceEnd(text, firstEnd, to);
  if (arrow === firstEnd || !text.startsWith('-->', arrow)) return [undefined, undefined];
  const second = spaceEnd(text, arrow + 3, to);
  if (second === arrow + 3 || second === to) return [undefined, undefined];
  return [timestampIn(text, from, firstEnd), timestampIn(text, second, wordEnd(text, second, to))];
}

/**
 * Parses WebVTT or SubRip text into cue rows (cue ids, NOTE/STYLE/REGION blocks and the header
 * skipped); each payload's lines are joined by spaces, whitespace collapsed.
 */
export function parseCues(text: string): CueRow[] {
  const rows: CueRow[] = [];
  let cues = 0;
  let timed = false;
  let start: number | undefined;
  let end: number | undefined;
  let payload: string | null = null;
  // Line by line with indexOf and offsets rather than split(): long subtitle files have hundreds of
  // thousands of lines, and only payload lines become strings.
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const a = spaceEnd(text, from, to);
    let b = to;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    from = to + 1;
    if (a === b) {
      if (timed) payloadRows(rows, cues++, payload ?? '', start, end);
      timed = false;
      payload = null;
    } else if (timed) {
      const line = text.slice(a, b);
      payload = payload === null ? line : `${payload} ${line}`;
    } else {
      const arrow = text.indexOf('-->', a);
      if (arrow >= 0 && arrow + 3 <= b) {
        timed = true;
        [start, end] = timing(text, a, b);
      }
    }
  }
  if (timed) payloadRows(rows, cues, payload ?? '', start, end);
  return rows;
}

/** Options of `cuesToSegments`. */
export type CueOptions = { withoutSpeakers?: boolean; labelPattern?: RegExp };

/**
 * Turns cues into utterances: the voice tag (Teams) or a `Name:` label at the start of the cue (Zoom,
 * SRT) names the speaker, display names whole ("Anna (SL)"). A cue without one is an utterance of its
 * own, without a speaker and with its own time: only cues of a known speaker merge into turns.
 */
export function cuesToSegments(rows: CueRow[], options: CueOptions = {}): Segmented {
  const { withoutSpeakers = false, labelPattern } = options;
  let hasVoices = false;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.voice !== null) {
      hasVoices = true;
      if (!withoutSpeakers) continue;
    }
    if (withoutSpeakers || !r.text) continue;
    const match = labelPattern ? matchCustomLabel(r.text, labelPattern) : matchSpeakerLabel(r.text);
    if (!match || match.kind === 'alone') continue;
    // Meeting tools write display names: a suffix in parentheses is part of the name, not a role.
    if (match.roleNote) {
      match.label = `${match.label} (${match.roleNote})`;
      delete match.roleNote;
    }
    r.match = match;
  }
  const counts = tally(rows);
  const accepted = labelPattern ? new Set(counts.keys()) : acceptLabels(rows, counts);
  const plain = withoutSpeakers || (!hasVoices && accepted.size === 0);
  if (plain) return { preamble: [], utterances: rows, plain: true };
  // Warnings count cues, not payload parts; they quote the lines before labels come off.
  const warnings = unsureWarnings(rows, counts, accepted, null, 'cue').map((w) => {
    const index = Number(w.params?.['line'] ?? 1) - 1;
    return { ...w, params: { ...w.params, line: (rows[index]?.cue ?? index) + 1 } };
  });
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.voice !== null) r.speaker = r.voice;
    else if (r.match && accepted.has(r.match.label)) {
      r.speaker = r.match.label;
      r.text = r.match.rest;
    }
  }
  const segmented: Segmented = { preamble: [], utterances: rows };
  if (warnings.length > 0) segmented.warnings = warnings;
  return segmented;
}
