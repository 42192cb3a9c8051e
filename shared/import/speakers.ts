import { isCodeLabel, matchSpeakerLabel, stripLeadingTimestamp, type LabelMatch } from './labels.ts';
import { guessRole } from './build.ts';
import type { Segmented, Utterance } from './types.ts';

/** Share of paragraphs that must start with a label before a one-off `Name:` counts as a speaker. */
const DENSE = 0.75;

/** A trimmed line (or cue/paragraph) with the label candidate at its start. */
export type Line = { text: string; match: LabelMatch | null };

/** Splits text into trimmed lines with the label candidate at the start of each (a name alone only before text). */
export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    lines.push({ text: line, match: line ? matchSpeakerLabel(line) : null });
  }
  // A name alone on a line only counts when text follows it; that text line is never a label itself.
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.match?.kind !== 'alone') continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text === '') j++;
    const next = lines[j];
    if (!next || (next.match && next.match.kind !== 'alone')) lines[i]!.match = null;
    else {
      next.match = null;
      i = j;
    }
  }
  return lines;
}

type Tally = { n: number; strong: boolean; colon: boolean; timed: boolean };

function tally(lines: Line[]): Map<string, Tally> {
  const counts = new Map<string, Tally>();
  for (const { match } of lines) {
    if (!match) continue;
    const c = counts.get(match.label) ?? { n: 0, strong: false, colon: false, timed: false };
    c.n++;
    if (match.kind === 'strong') c.strong = true;
    if (match.kind === 'colon') c.colon = true;
    if (match.time !== undefined) c.timed = true;
    counts.set(match.label, c);
  }
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
  for (const l of lines) {
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
 * document has no `Name:` labels and at least two of them recur.
 */
export function acceptLabels(lines: Line[]): Set<string> {
  const counts = tally(lines);
  const accepted = new Set<string>();
  for (const [label, c] of counts) {
    if ((c.colon || c.strong) && (c.n >= 2 || c.strong)) accepted.add(label);
  }
  if (accepted.size > 0) {
    const dense = isDense(lines, accepted);
    for (const [label, c] of counts) {
      if (accepted.has(label) || !c.colon || c.n !== 1) continue;
      if (isCodeLabel(label) || guessRole(label) === 'moderator' || (dense && isShort(label)))
        accepted.add(label);
    }
    return accepted;
  }
  const recurring = [...counts].filter(([, c]) => c.n >= 2);
  if (recurring.length >= 2 || recurring.some(([, c]) => c.timed)) {
    for (const [label] of recurring) accepted.add(label);
    for (const [label, c] of counts) {
      if (c.n === 1 && (c.timed || (recurring.length >= 2 && isShort(label)))) accepted.add(label);
    }
  }
  return accepted;
}

function plainParagraphs(text: string): Utterance[] {
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  return blocks.filter((b) => b.trim() !== '').map((b) => ({ speaker: null, text: b }));
}

/**
 * Splits plain text into preamble and speaker utterances: a line that starts with an accepted label
 * starts a turn; other lines continue it. Without accepted labels the text is plain paragraphs.
 */
export function detectSpeakers(text: string, options: { withoutSpeakers?: boolean } = {}): Segmented {
  if (options.withoutSpeakers) return { preamble: [], utterances: plainParagraphs(text), plain: true };
  const lines = scanLines(text);
  const accepted = acceptLabels(lines);
  if (accepted.size === 0) return { preamble: [], utterances: plainParagraphs(text), plain: true };
  const preamble: string[] = [];
  const utterances: Utterance[] = [];
  let current: Utterance | undefined;
  for (const { text: line, match } of lines) {
    if (match && accepted.has(match.label)) {
      current = { speaker: match.label, text: match.rest };
      if (match.time !== undefined) current.time = match.time;
      if (match.roleNote) current.roleNote = match.roleNote;
      utterances.push(current);
    } else if (!line) {
      continue;
    } else if (current) {
      const more = stripLeadingTimestamp(line);
      current.text = current.text ? `${current.text} ${more}` : more;
    } else {
      preamble.push(line);
    }
  }
  return { preamble, utterances };
}
