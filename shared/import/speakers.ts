import {
  isCodeLabel,
  isNumberedLabel,
  matchSpeakerLabel,
  parseTimestamp,
  sinceFirstClock,
  stripLeadingTimestamp,
  type LabelMatch,
} from './labels.ts';
import { guessRole } from './build.ts';
import { findFrontMatter, type Declared } from './frontMatter.ts';
import { matchCustomLabel } from './pattern.ts';
import { unsureWarnings, type LineUnit } from './unsure.ts';
import type { Segmented, Utterance } from './types.ts';

/** Share of paragraphs that must start with a label before a one-off `Name:` counts as a speaker. */
const DENSE = 0.75;

/** A trimmed line (or cue/paragraph) with the label candidate at its start. */
export type Line = { text: string; match: LabelMatch | null };

/** Options of `detectSpeakers`. */
export type DetectOptions = {
  withoutSpeakers?: boolean;
  /** The user's own label pattern (compiled by `compileLabelPattern`): it alone decides what a label is. */
  labelPattern?: RegExp;
  /** How warnings count lines: text lines, or paragraphs (Word, where every paragraph is a line). */
  unit?: LineUnit;
};

/** A title or header line read as such: where it is and the label it would have given a speaker. */
export type Title = { line: number; label: string };

type Scanned = { lines: Line[]; declared: Declared | null; front: Set<number>; header: Title[] };

/** A title or header line is short: a one-off opening turn is usually longer. */
const TITLE_LENGTH = 100;
/** At most this many `Label: value` lines make a document's header. */
const HEADER_LINES = 6;
/** "Datum: 12 maart 2024", "Locatie: Utrecht": a short key, a colon, a value (also when the key is no speaker label). */
const HEADER_LINE = /^([^:]{1,40}?)\s*:\s+\S/;

/** A label that is a speaker even when it occurs once at the top: a code, a numbered speaker, a moderator, a declared one. */
function speakerAnyway(label: string, declared: Declared | null): boolean {
  return (
    isCodeLabel(label) ||
    isNumberedLabel(label) ||
    guessRole(label) === 'moderator' ||
    declared?.labels.includes(label) === true
  );
}

/**
 * The document's header: the block of short `Label: value` lines at the very top ("Focusgroep 1: Wat is
 * ieders normaal?" then "Datum: 12 maart 2024", with or without a blank line after) rather than turns.
 * The block ends at a blank line or at the first turn of a speaker who speaks again; each of its labels
 * occurs nowhere else and is no code, numbered speaker, moderator or declared speaker. A line of plain
 * text below a labelled line makes that line a turn going on (the lines above it can still be the header);
 * more than six lines are no header. Empty when there is none.
 */
function findHeader(lines: Line[], declared: Declared | null): Title[] {
  let i = 0;
  while (i < lines.length && lines[i]!.text === '') i++;
  const block: Title[] = [];
  let k = i;
  for (; k < lines.length && lines[k]!.text !== ''; k++) {
    const { text, match } = lines[k]!;
    const ownLabel = match && match.kind === 'colon' && match.time === undefined ? match.label : null;
    const once =
      ownLabel !== null &&
      !speakerAnyway(ownLabel, declared) &&
      !lines.some((l, j) => j !== k && l.match?.label === ownLabel);
    if (match && !once) break; // the first real turn
    const key = ownLabel ?? (match ? null : HEADER_LINE.exec(text)?.[1]);
    if (block.length === HEADER_LINES) return []; // a long block is no header
    if (!key || text.length > TITLE_LENGTH) {
      // A long labelled line after the header is the first turn; plain text continues the turn of the line above.
      if (!match && lines[k - 1]?.match) block.pop();
      else if (!match) return [];
      break;
    }
    block.push({ line: k, label: key });
  }
  // Only a block that held a would-be speaker changes anything; lines without a label stay in the preamble anyway.
  return block.some((h) => lines[h.line]!.match) ? block : [];
}

function scan(text: string, pattern: RegExp | undefined): Scanned {
  const lines: Line[] = [];
  let headerEnd = -1;
  // indexOf rather than split(): no array of untrimmed lines beside the trimmed ones.
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trim();
    from = to + 1;
    const match = !line ? null : pattern ? matchCustomLabel(line, pattern) : matchSpeakerLabel(line);
    if (match && headerEnd < 0) headerEnd = lines.length;
    lines.push({ text: line, match });
  }
  const front = findFrontMatter(lines, headerEnd < 0 ? lines.length : headerEnd);
  for (const i of front.lines) lines[i]!.match = null;
  if (pattern) return { lines, declared: front.declared, front: front.lines, header: [] };
  const header = findHeader(lines, front.declared);
  // The header stays in the document's text, before the first turn (the preamble).
  for (const h of header) lines[h.line]!.match = null;
  // A name alone on a line only counts when text follows it; that text line is never a label itself.
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.match?.kind !== 'alone') continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text === '') j++;
    const next = lines[j];
    if (!next || front.lines.has(j) || (next.match && next.match.kind !== 'alone')) lines[i]!.match = null;
    else {
      next.match = null;
      i = j;
    }
  }
  return { lines, declared: front.declared, front: front.lines, header };
}

/** Splits text into trimmed lines with the label candidate at the start of each (a name alone only before text). */
export function scanLines(text: string): Line[] {
  return scan(text, undefined).lines;
}

/** Per candidate label: occurrences, first line, and the shapes it was seen in. */
export type Tally = { n: number; first: number; strong: boolean; colon: boolean; timed: boolean };

/** Counts the label candidates of the lines. */
export function tally(lines: Line[]): Map<string, Tally> {
  const counts = new Map<string, Tally>();
  lines.forEach(({ match }, index) => {
    if (!match) return;
    let c = counts.get(match.label);
    if (!c) {
      c = { n: 0, first: index, strong: false, colon: false, timed: false };
      counts.set(match.label, c);
    }
    c.n++;
    if (match.kind === 'strong') c.strong = true;
    if (match.kind === 'colon') c.colon = true;
    if (match.time !== undefined) c.timed = true;
  });
  return counts;
}

/**
 * True when nearly every paragraph from the first accepted label on starts with a label candidate
 * (paragraphs are blank-line separated; without blank lines every line is one).
 */
function isDense(lines: Line[], accepted: Set<string>): boolean {
  const blankLines = lines.some((l) => l.text === '');
  let paragraphs = 0;
  let labelled = 0;
  let started = false;
  let previousBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!started) started = l.match !== null && accepted.has(l.match.label);
    const startsParagraph = l.text !== '' && (previousBlank || !blankLines);
    previousBlank = l.text === '';
    if (!started || !startsParagraph) continue;
    paragraphs++;
    if (l.match && l.match.kind !== 'alone') labelled++;
  }
  return paragraphs > 0 && labelled / paragraphs >= DENSE;
}

const isShort = (label: string): boolean => label.split(/\s+/).length <= 3;

/**
 * Decides which candidate labels are speakers, by shape and recurrence: `Name:` labels must recur
 * (one-offs only for codes, moderators, or when nearly every line is a turn); timestamped, bracketed
 * and role labels count at once; names alone on a line (bold names in Word, Otter) only when the
 * document has no `Name:` labels and at least two of them recur. Labels the file declares count at once.
 */
export function acceptLabels(lines: Line[], counts = tally(lines), declared?: Set<string>): Set<string> {
  const accepted = new Set<string>();
  for (const [label, c] of counts) {
    if (((c.colon || c.strong) && (c.n >= 2 || c.strong)) || declared?.has(label)) accepted.add(label);
  }
  if ([...accepted].some((label) => counts.get(label)!.colon || counts.get(label)!.strong)) {
    const dense = isDense(lines, accepted);
    for (const [label, c] of counts) {
      if (accepted.has(label) || !c.colon || c.n !== 1) continue;
      if (isCodeLabel(label) || guessRole(label) === 'moderator' || (dense && isShort(label)))
        accepted.add(label);
    }
    return accepted;
  }
  const recurring = [...counts].filter(([, c]) => c.n >= 2);
  if (recurring.length >= 2 || recurring.some(([, c]) => c.timed) || accepted.size > 0) {
    for (const [label] of recurring) accepted.add(label);
    for (const [label, c] of counts) {
      if (c.n === 1 && (c.timed || (recurring.length >= 2 && isShort(label)))) accepted.add(label);
    }
  }
  return accepted;
}

/** "19:30:02 Goedenavond allemaal…": a time with hours, then a caption's text. */
const TIME_LED = /^(\d{1,2}:\d{2}:\d{2})\s+(\S.*)$/;
/** A first time past this is a time of day, not time since the recording began. */
const HOUR = 3600;

/**
 * Zoom's live transcript as older versions save it: every caption a line that starts with the time of day,
 * its text after the time and sometimes on the lines below, no speakers. Each caption is a turn without a
 * speaker, timed from the first caption (a first time under an hour is taken as time since the start).
 * Null unless the text opens with such a line and most of its lines are captions, none naming a speaker
 * (a service's "00:00:01 Speaker 1" above each text is a name, not a caption).
 */
function timeLedCaptions(lines: Line[]): Utterance[] | null {
  const utterances: Utterance[] = [];
  const times: number[] = [];
  let current: Utterance | undefined;
  let other = 0;
  for (const { text, match } of lines) {
    if (!text) continue;
    const m = TIME_LED.exec(text);
    if (m) {
      if (match && match.kind !== 'alone') return null;
      current = { speaker: null, text: m[2]! };
      times.push(parseTimestamp(m[1]!)!);
      utterances.push(current);
    } else if (!current) {
      return null;
    } else {
      current.text += ` ${text}`;
      other++;
    }
  }
  if (utterances.length < 2 || utterances.length <= other) return null;
  const elapsed = times[0]! >= HOUR ? sinceFirstClock(times) : times;
  utterances.forEach((u, i) => (u.time = elapsed[i]));
  return utterances;
}

function plainParagraphs(text: string): Utterance[] {
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  return blocks.filter((b) => b.trim() !== '').map((b) => ({ speaker: null, text: b }));
}

/** f4/f5transkript and MAXQDA time marks "#00:01:23-4#" (tenths after the dash), usually at a paragraph's end. */
const MARK = /\s*#(\d{1,2}:\d{2}:\d{2})(?:[-.,](\d{1,2}))?#\s*/g;

function markSeconds(hms: string, fraction: string | undefined): number {
  const [h, m, s] = hms.split(':').map(Number) as [number, number, number];
  const part = fraction ? Number(fraction) / (fraction.length === 1 ? 10 : 100) : 0;
  return h * 3600 + m * 60 + s + part;
}

/** Appends a line to an utterance, taking f4 marks out of the text into the utterance's end time. */
function append(u: Utterance, line: string): boolean {
  let text = line;
  let marked = false;
  if (line.includes('#')) {
    text = line.replace(MARK, (_all, hms: string, fraction: string | undefined) => {
      u.endTime = markSeconds(hms, fraction);
      marked = true;
      return ' ';
    });
    text = text.trim();
  }
  if (text) u.text = u.text ? `${u.text} ${text}` : text;
  return marked;
}

/**
 * Splits plain text into preamble and speaker utterances: a line that starts with an accepted label
 * starts a turn; other lines continue it. A service's header and footer lines go to the preamble.
 * Without accepted labels the text is plain paragraphs. Unsure guesses come back as warnings.
 */
export function detectSpeakers(text: string, options: DetectOptions = {}): Segmented {
  if (options.withoutSpeakers) return { preamble: [], utterances: plainParagraphs(text), plain: true };
  const { lines, declared, front, header } = scan(text, options.labelPattern);
  const captions = options.labelPattern ? null : timeLedCaptions(lines);
  if (captions) {
    // No speaker is named: the import says so and the turns take their speakers in the review.
    const params = { count: captions.length, line: 1, unit: options.unit ?? 'line' };
    return {
      preamble: [],
      utterances: captions,
      plain: true,
      warnings: [{ key: 'import.unsure.captionsWithoutSpeakers', params }],
    };
  }
  const counts = tally(lines);
  const declaredSet = declared ? new Set(declared.labels) : undefined;
  const accepted = options.labelPattern ? new Set(counts.keys()) : acceptLabels(lines, counts, declaredSet);
  if (accepted.size === 0) return { preamble: [], utterances: plainParagraphs(text), plain: true };
  const preamble: string[] = [];
  const footer: string[] = [];
  const utterances: Utterance[] = [];
  let current: Utterance | undefined;
  let marked = false;
  // A time alone on a line (Google Meet writes one every few minutes) is when the next turn starts.
  let mark: number | undefined;
  // Turns whose time is a time of day: counted from the first of them once all are known.
  let clocked: Utterance[] = [];
  // Turns timed "19:30:02 Naam:": times of day when the first of them is past an hour (Zoom's live transcript).
  const led: Utterance[] = [];
  for (let index = 0; index < lines.length; index++) {
    const { text: line, match } = lines[index]!;
    if (match && accepted.has(match.label)) {
      current = { speaker: match.label, text: '', time: match.time ?? mark };
      mark = undefined;
      if (match.clock) clocked.push(current);
      else if (match.led) led.push(current);
      if (match.roleNote) current.roleNote = match.roleNote;
      if (append(current, match.rest)) marked = true;
      utterances.push(current);
    } else if (!line) {
      continue;
    } else if (!current) {
      preamble.push(line);
      mark = parseTimestamp(line);
    } else if (front.has(index)) {
      footer.push(line);
    } else if ((mark = parseTimestamp(line)) !== undefined) {
      // Not speech: the time goes to the turn that follows.
      continue;
    } else if (append(current, stripLeadingTimestamp(line))) {
      marked = true;
    }
  }
  if (clocked.length === 0 && led.length > 0 && led[0]!.time! >= HOUR) clocked = led;
  const elapsed = sinceFirstClock(clocked.map((u) => u.time!));
  clocked.forEach((u, i) => (u.time = elapsed[i]));
  // f4 marks end a paragraph: a turn starts where the previous one ended (the first at 0).
  if (marked) {
    utterances.forEach((u, i) => {
      const start = i === 0 ? 0 : utterances[i - 1]!.endTime;
      if (u.time === undefined && start !== undefined) u.time = start;
    });
  }
  const warnings = unsureWarnings(lines, counts, accepted, declared, options.unit ?? 'line', header);
  const segmented: Segmented = { preamble: [...preamble, ...footer], utterances };
  if (warnings.length > 0) segmented.warnings = warnings;
  return segmented;
}
