import { matchSpeakerLabel, timestampIn, type LabelMatch } from './labels.ts';
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

/** Options of `segmentCues`. */
export type CueOptions = { withoutSpeakers?: boolean; labelPattern?: RegExp };

const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]*)>/g;
/** A voice tag where a cue's payload starts. */
const VOICE_AT = /<v(?:\.[^\s>]*)?\s+([^>]*)>/y;
/**
 * What a payload line must not hold to be taken as it stands: a tag or an entity, or white space
 * that collapsing would change (two spaces, or any white space of \s but the space and the newline,
 * written out: the negated class [^\S \n] takes twice as long to scan; the line is trimmed already).
 */
const SPECIAL = /[<&\t\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/g;

/** White space as `String.prototype.trim` and `\s` see it (line terminators included). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
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

/** Where the text before `end` ends once trailing spaces (not before `start`) are dropped. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The first match of a global regular expression at or after a position. Lines are read in order,
 * so each match is searched for once however many lines ask (a search per line would scan on to
 * the next match each time, and a file without one end to end, every line).
 */
class NextMatch {
  private from = 0;
  private at = -1;
  private readonly text: string;
  private readonly pattern: RegExp;

  constructor(text: string, pattern: RegExp) {
    this.text = text;
    this.pattern = pattern;
  }

  after(position: number): number {
    if (position > this.at || position < this.from) {
      this.pattern.lastIndex = position;
      const m = this.pattern.exec(this.text);
      this.from = position;
      this.at = m ? m.index : Infinity;
    }
    return this.at;
  }
}

/**
 * Sets the cue's start and end times from a (trimmed) timing line in `text` between `from` and `to`,
 * read as /^\s*(\S+)\s+-->\s+(\S+)/ would, without making strings (or an array per cue): both
 * undefined when it does not match.
 */
function readTiming(cue: OpenCue, text: string, from: number, to: number): void {
  cue.time = undefined;
  cue.endTime = undefined;
  const firstEnd = wordEnd(text, from, to);
  const arrow = spaceEnd(text, firstEnd, to);
  if (arrow === firstEnd || !text.startsWith('-->', arrow)) return;
  const second = spaceEnd(text, arrow + 3, to);
  if (second === arrow + 3 || second === to) return;
  cue.time = timestampIn(text, from, firstEnd);
  cue.endTime = timestampIn(text, second, wordEnd(text, second, to));
}

/** A label candidate as cues take it: a name alone is no label in a cue; a display name keeps its suffix. */
function cueLabel(match: LabelMatch | null): LabelMatch | null {
  if (!match || match.kind === 'alone') return null;
  // Meeting tools write display names: a suffix in parentheses is part of the name, not a role.
  if (match.roleNote) {
    match.label = `${match.label} (${match.roleNote})`;
    delete match.roleNote;
  }
  return match;
}

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

/**
 * The cue being read: its number, times and the [start, end) offsets of its (trimmed) payload lines,
 * `lines` pairs of them in `spans` (an array kept for all cues: emptied, it would be allocated anew).
 */
type OpenCue = { index: number; time?: number; endTime?: number; spans: number[]; lines: number };

/**
 * Appends the rows of a cue, with their label candidates when `labels` is set. A cue whose lines hold
 * no tags, entities or white space to collapse (a voice tag at its start and its closing tag aside)
 * is taken as it stands: its text is its lines joined by spaces (a single line stays a slice of the
 * file, never copied until the transcript is built). Any other cue is read as a whole payload.
 */
function cueRows(rows: CueRow[], text: string, cue: OpenCue, special: NextMatch, labels: boolean): void {
  const { index, time, endTime, spans, lines } = cue;
  let first = lines > 0 ? spans[0]! : 0;
  let last = lines > 0 ? spans[2 * lines - 1]! : 0;
  let voice: string | null = null;
  let plain = lines > 0;
  if (plain && text.charCodeAt(first) === 60) {
    VOICE_AT.lastIndex = first;
    const m = VOICE_AT.exec(text);
    if (m && VOICE_AT.lastIndex <= spans[1]!) {
      voice = decodeEntities(m[1]!).trim() || null;
      first = spaceEnd(text, VOICE_AT.lastIndex, spans[1]!);
      if (text.startsWith('</v>', last - 4) && last - 4 >= first) last = trimmedEnd(text, first, last - 4);
    } else plain = false;
  }
  let joined = '';
  for (let i = 0; plain && i < lines; i++) {
    const start = i === 0 ? first : spans[2 * i]!;
    const end = i === lines - 1 ? last : spans[2 * i + 1]!;
    if (start >= end) continue;
    if (special.after(start) < end) plain = false;
    else joined = joined === '' ? text.slice(start, end) : `${joined} ${text.slice(start, end)}`;
  }
  if (plain) {
    const match = labels && voice === null && joined !== '' ? cueLabel(matchSpeakerLabel(joined)) : null;
    rows.push({ text: joined, match, speaker: null, cue: index, voice, time, endTime });
    return;
  }
  const payload: string[] = [];
  for (let i = 0; i < 2 * lines; i += 2) payload.push(text.slice(spans[i]!, spans[i + 1]!));
  const from = rows.length;
  payloadRows(rows, index, payload.join(' '), time, endTime);
  if (!labels) return;
  for (let i = from; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.voice === null && r.text) r.match = cueLabel(matchSpeakerLabel(r.text));
  }
}

/**
 * Parses WebVTT or SubRip text into cue rows (cue ids, NOTE/STYLE/REGION blocks and the header
 * skipped); each payload's lines are joined by spaces, whitespace collapsed. With `labels`, each row
 * without a voice carries its label candidate.
 */
function parseCues(text: string, labels: boolean): CueRow[] {
  const rows: CueRow[] = [];
  const special = new NextMatch(text, SPECIAL);
  const cue: OpenCue = { index: 0, spans: [], lines: 0 };
  let timed = false;
  let arrow = -1;
  // Line by line with indexOf and offsets rather than split(): long subtitle files have hundreds of
  // thousands of lines, and only payload text becomes strings.
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const a = spaceEnd(text, from, to);
    const b = trimmedEnd(text, a, to);
    from = to + 1;
    if (a === b) {
      if (timed) {
        cueRows(rows, text, cue, special, labels);
        cue.index++;
      }
      timed = false;
      cue.lines = 0;
    } else if (timed) {
      cue.spans[2 * cue.lines] = a;
      cue.spans[2 * cue.lines + 1] = b;
      cue.lines++;
    } else {
      if (arrow < a) {
        arrow = text.indexOf('-->', a);
        if (arrow < 0) arrow = Infinity;
      }
      if (arrow + 3 <= b) {
        timed = true;
        readTiming(cue, text, a, b);
      }
    }
  }
  if (timed) cueRows(rows, text, cue, special, labels);
  return rows;
}

/**
 * Turns WebVTT or SubRip text into utterances: the voice tag (Teams) or a `Name:` label at the start
 * of the cue (Zoom, SRT) names the speaker, display names whole ("Anna (SL)"). A cue without one is
 * an utterance of its own, without a speaker and with its own time: only cues of a known speaker
 * merge into turns. The utterances' text is collapsed already.
 */
export function segmentCues(text: string, options: CueOptions = {}): Segmented {
  const { withoutSpeakers = false, labelPattern } = options;
  const rows = parseCues(text, !withoutSpeakers && !labelPattern);
  let hasVoices = false;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.voice !== null) hasVoices = true;
    else if (labelPattern && !withoutSpeakers && r.text)
      r.match = cueLabel(matchCustomLabel(r.text, labelPattern));
  }
  const counts = tally(rows);
  const accepted = labelPattern ? new Set(counts.keys()) : acceptLabels(rows, counts);
  const plain = withoutSpeakers || (!hasVoices && accepted.size === 0);
  if (plain) return { preamble: [], utterances: rows, plain: true, collapsed: true };
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
  const segmented: Segmented = { preamble: [], utterances: rows, collapsed: true };
  if (warnings.length > 0) segmented.warnings = warnings;
  return segmented;
}
