/**
 * The shapes a speaker label can take at the start of a line, and the checks that keep ordinary
 * sentences ("Let op: …", "Zoals ik zei: …", "https://…", "10:30") from becoming speakers.
 */
import { guessRole } from './build.ts';

export type LabelKind = 'strong' | 'colon' | 'alone';

export type LabelMatch = {
  label: string;
  /** The text after the label on the same line (timestamps removed). */
  rest: string;
  kind: LabelKind;
  time?: number;
  /** True when `time` is a time of day (Zoom's saved captions), not time since the recording began. */
  clock?: true;
  /** True for "hh:mm:ss Name:", where the time may be a time of day (Zoom's live transcript) or time since the start. */
  led?: true;
  roleNote?: string;
};

const TS = String.raw`(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)`;
const LABEL = String.raw`([^:\[\]()@\n]{1,63}?)`;
const R_BRACKET_TS = new RegExp(
  String.raw`^[\[(]${TS}[\])]\s*(?:-\s*)?${LABEL}\s*(?:\(([^()]{1,40})\))?\s*:(?:\s+(.*)|$)`,
);
// MAXQDA's focus-group layout glues the time to the name ("00:03:40.5Zack: …"): no space needed.
// Captions mark a change of speaker with ">>" ("19:30:15 >> HANNEKE: …", Zoom's live transcript as converters read it).
const R_TS_PLAIN = new RegExp(
  String.raw`^${TS}\s*(?:-\s*|>>\s*)?${LABEL}\s*(?:\(([^()]{1,40})\))?\s*:(?:\s+(.*)|$)`,
);
// Happy Scribe "[00:00:03.00] - Name", Trint "[00:00:07] Name", NVivo "00:00:01 Speaker 1": a timed name alone.
const R_TS_ALONE = new RegExp(String.raw`^[\[(]?${TS}[\])]?\s*(?:-\s*)?([^:\[\]@\n]{0,62}[^:\[\]@\n.,;!?])$`);
const R_NAME_TS = new RegExp(String.raw`^${LABEL}\s*[\[(]${TS}[\])]\s*:?(?:\s+(.*)|$)`);
// Otter and Teams .docx: "Name  0:02", display names may carry a suffix ("Bram (Gast)   0:25").
const R_OTTER = new RegExp(String.raw`^([^:\[\]@\n]{1,63}?)\s+${TS}$`);
const R_AT = /^@([^:@\n]{1,63}?):(?:\s+(.*)|$)/;
const R_BRACKET = /^\[([^\]\d:][^\]:]{0,62})\]\s*:?(?:\s+(.*)|$)/;
/** Lower-case codes in brackets, as QualCoder's own examples write them: "[id1] text", "[mod] text". */
const LOWER_CODE = /^\p{Ll}{1,4}\d{0,3}$/u;
/** Numbered or unknown speakers as services name them: "Speaker 3", "Spreker2", "Unknown Speaker". */
const NUMBERED =
  /^(?:speaker|spreker|sprecher|participant|deelnemer|respondent|persoon|person)[\s_]?\d{1,3}$|^(?:unknown speaker|onbekende spreker)$/i;
/** A timestamp right after the label ("Name: [00:00:05] text", Sonix). */
const R_REST_TS = new RegExp(String.raw`^[\[(]${TS}[\])]\s*`);
/** A display name's suffix in parentheses ("(SL)", "(Gast)", "(Host)"), judged without it. */
const SUFFIX = /\s*\([^()]{1,40}\)$/;
const R_ROLE = /^([^:()[\]@\n]{1,63}?)\s*\(([^()\d]{1,40})\)\s*:(?:\s+(.*)|$)/;
const R_COLON = /^([^:\n]{1,63}?):(?:\s+(.*)|$)/;
const R_EMPHASIS = /^([*_]{1,2})([^*_:\n]{1,63}?)(?::\1|\1:)(\s|$)/;
/** Brackets, parentheses or an at sign before a colon: not the plain "Name:" shape. */
const BRACKETED = /[[\]()@]/;

/** A timestamp that opens the rest of a "[Name]" line, alone or before the text. */
const R_REST_BARE_TS = new RegExp(String.raw`^${TS}(?:\s+(.*))?$`);
const R_LEADING_TS = new RegExp(String.raw`^[\[(]?${TS}[\])]?\s+`);

const PARTICLES = new Set([
  'van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'von', 'la', 'le', 'du', 'da', 'di',
  'del', 'dos', 'das', 'el', 'al', 'bin', 'ben', 'en', 'and', '&',
]); // prettier-ignore

/** Words and phrases that end in a colon in headers and notes but never name a speaker. */
const STOP_LABELS = new Set([
  'let op', 'let wel', 'noot', 'nb', 'n.b.', 'ps', 'p.s.', 'datum', 'date', 'duur', 'duration',
  'gespreksduur', 'opnameduur', 'locatie', 'location', 'plaats', 'place', 'aanwezig', 'aanwezigen',
  'present', 'attendees', 'participants', 'deelnemers', 'afwezig', 'opmerking', 'opmerkingen', 'note',
  'notes', 'tijd', 'time', 'tijdstip', 'onderwerp', 'subject', 'topic', 'thema', 'theme', 'titel',
  'title', 'vraag', 'vragen', 'question', 'questions', 'bron', 'source', 'zie', 'see', 'tip',
  'waarschuwing', 'warning', 'http', 'https', 'mailto', 'ftp', 'www', 'email', 'e-mail', 'tel',
  'telefoon', 'adres', 'address', 'samenvatting', 'summary', 'conclusie', 'conclusies', 'conclusion',
  'agenda', 'doel', 'goal', 'opname', 'opgenomen', 'recording', 'transcript', 'transcriptie',
  'getranscribeerd door', 'transcribed by', 'versie', 'version', 'status', 'project', 'organisatie',
  'kenmerk', 'referentie', 'bijlage', 'actiepunten', 'afspraken', 'besluit', 'inleiding',
  'introductie', 'introduction', 'methode', 'method', 'pauze', 'break', 'einde', 'end', 'start',
  'verslag', 'notulist', 'notulen', 'minutes', 'setting', 'groep', 'group', 'sessie', 'session',
  'ronde', 'round', 'deel', 'part', 'stelling', 'statement', 'voorbeeld', 'example', 'spreker',
  'speaker', 'sprekers', 'speakers', 'naam', 'name', 'tekst', 'text', 'onverstaanbaar', 'inaudible',
  'lacht', 'lachen', 'laughs', 'laughter', 'gelach', 'stilte', 'silence', 'crosstalk',
  'door elkaar', 'onduidelijk', 'unclear', 'muziek', 'music', 'applaus', 'kuch', 'zucht',
]); // prettier-ignore

// Capitalised, or a brand written in camel case as device names are ("iPhone van Mo", "iPad").
const WORD = /^(?:[\p{Lu}\p{Lt}\d]|\p{Ll}{1,2}\p{Lu})[\p{L}\p{M}\d'’.-]*$/u;
const CODE = /^\p{Lu}{1,3}\d{0,3}$/u;

/** Judged labels: the label itself when it may name a speaker, else null (bounded). */
const verdicts = new Map<string, string | null>();

/**
 * The label when it may name a speaker, else null. Labels recur thousands of times in a long
 * transcript: the verdict is remembered, and the one remembered copy of the label is returned, so
 * the later lookups of every line (counts, accepted labels, speakers) compare the same string.
 */
function speakerLabel(label: string): string | null {
  let verdict = verdicts.get(label);
  if (verdict === undefined) {
    verdict = judgeLabel(label) ? label : null;
    if (verdicts.size > 10_000) verdicts.clear();
    verdicts.set(label, verdict);
  }
  return verdict;
}

/** True when a label may name a speaker: at most 63 characters, up to five capitalised words, not a stop word. */
export function isSpeakerLabel(label: string): boolean {
  return speakerLabel(label) !== null;
}

function judgeLabel(full: string): boolean {
  if (full.length === 0 || full.length > 63 || !/^\p{L}/u.test(full)) return false;
  if (NUMBERED.test(full)) return true;
  const label = full.includes('(') ? full.replace(SUFFIX, '') : full;
  if (label.length === 0) return false;
  const lower = label.toLowerCase();
  if (STOP_LABELS.has(lower) || STOP_LABELS.has(lower.replace(/\s*\d+$/, ''))) return false;
  const words = label.split(/\s+/);
  if (words.length > 5) return false;
  if (guessRole(label) === 'moderator') return true;
  let capitalised = 0;
  for (const word of words) {
    if (WORD.test(word)) capitalised++;
    else if (!PARTICLES.has(word.toLowerCase())) return false;
  }
  return capitalised > 0;
}

/** True for speakers as services number them: "Speaker 3", "Deelnemer 2", "Unknown Speaker". */
export function isNumberedLabel(label: string): boolean {
  return NUMBERED.test(label);
}

/** True for codes such as R1, I, GL, P03 that are labels even when they occur once. */
export function isCodeLabel(label: string): boolean {
  return CODE.test(label);
}

/** Seconds of a timestamp such as 01:23, 00:01:23 or 00:01:23.456 (comma allowed); undefined otherwise. */
export function parseTimestamp(value: string): number | undefined {
  return timestampIn(value, 0, value.length);
}

/** `parseTimestamp` of `value.slice(from, to)`, without making that string. */
export function timestampIn(value: string, from: number, to: number): number | undefined {
  // Hand-written: subtitle files have one or two timestamps per cue, and a regex per call shows in profiles.
  let fields = 0;
  let field = 0;
  let digits = 0;
  let seconds = 0;
  let fraction = -1;
  let fractionScale = 1;
  let start = from;
  let end = to;
  while (start < end && value.charCodeAt(start) <= 32) start++;
  while (end > start && value.charCodeAt(end - 1) <= 32) end--;
  for (let i = start; i < end; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (fraction >= 0) {
        if (fractionScale >= 1000) return undefined;
        fraction = fraction * 10 + (c - 48);
        fractionScale *= 10;
      } else {
        field = field * 10 + (c - 48);
        if (++digits > 2) return undefined;
      }
    } else if (c === 58 && fraction < 0) {
      if (digits === 0 || fields === 2) return undefined;
      seconds = seconds * 60 + field;
      fields++;
      field = 0;
      digits = 0;
    } else if ((c === 46 || c === 44) && fraction < 0 && fields > 0) {
      if (digits !== 2) return undefined;
      fraction = 0;
    } else return undefined;
  }
  if (fields === 0 || (fraction < 0 && digits !== 2) || (fraction >= 0 && fractionScale === 1))
    return undefined;
  seconds = seconds * 60 + field;
  return fraction >= 0 ? seconds + Math.round((fraction * 1000) / fractionScale) / 1000 : seconds;
}

const UNCLEAN = /^[\s*_"'“”‘’]|[\s*_"'“”‘’-]$/;

function clean(label: string): string {
  // Most labels are clean already: test (no allocation) before replacing.
  return UNCLEAN.test(label) ? label.replace(/^[\s*_"'“”‘’]+|[\s*_"'“”‘’-]+$/g, '') : label;
}

function make(
  kind: LabelKind,
  rawLabel: string | undefined,
  rest: string | undefined,
  time?: string,
  roleNote?: string,
): LabelMatch | null {
  const label = speakerLabel(clean(rawLabel ?? ''));
  if (label === null) return null;
  let text = rest ?? '';
  if (time === undefined && text.charCodeAt(0) === 91) {
    const ts = R_REST_TS.exec(text);
    if (ts) {
      time = ts[1];
      text = text.slice(ts[0].length);
    }
  }
  // Built whole rather than extended: a long transcript has a match per line, and an object given
  // properties later costs an extra allocation each.
  const seconds = time === undefined ? undefined : parseTimestamp(time);
  const match: LabelMatch =
    seconds === undefined ? { label, rest: text, kind } : { label, rest: text, kind, time: seconds };
  const note = roleNote?.trim();
  if (note) match.roleNote = note;
  return match;
}

/** Recognises a speaker label at the start of one (trimmed) line; null when the line has none. */
export function matchSpeakerLabel(input: string): LabelMatch | null {
  // Markdown emphasis around a label: "**Name:**", "__Name__:".
  const line = input[0] === '*' || input[0] === '_' ? input.replace(R_EMPHASIS, '$2:$3') : input;
  const c = line.charCodeAt(0);
  let m: RegExpExecArray | null;
  if (c === 91 || c === 40 || (c >= 48 && c <= 57)) {
    // "[00:01:23] Name:", "(00:01:23) Name:", "00:01:23 Name:", "[Name]"
    if ((m = R_BRACKET_TS.exec(line))) return make('strong', m[2], m[4], m[1], m[3]);
    if ((m = R_TS_PLAIN.exec(line))) {
      const led = make('strong', m[2], m[4], m[1], m[3]);
      // A time before the name with hours ("19:30:02 Naam:") may be a time of day: the document decides.
      if (led?.time !== undefined && m[1]!.split(':').length === 3) led.led = true;
      return led;
    }
    if (c === 91 && (m = R_BRACKET.exec(line))) {
      const code = m[1]!.trim();
      // Lower-case codes must recur like "Name:" labels: a lone "[sic]" is no speaker.
      if (LOWER_CODE.test(code) && !STOP_LABELS.has(code))
        return { label: code, rest: m[2] ?? '', kind: 'colon' };
      // Zoom's saved captions put the time after the name: "[Anna de Vries] 14:02:11".
      const timed = m[2] ? R_REST_BARE_TS.exec(m[2]) : null;
      if (!timed) return make('strong', m[1], m[2]);
      const caption = make('strong', m[1], timed[2] ?? '', timed[1]);
      if (caption?.time !== undefined) caption.clock = true;
      return caption;
    }
    if ((m = R_TS_ALONE.exec(line))) return make('alone', m[2], '', m[1]);
    return null;
  }
  // Fast path for the common "Name: text": a colon within 63 characters, no brackets before it.
  const colon = line.indexOf(':');
  if (colon > 0 && colon <= 63 && c !== 91 && c !== 40 && c !== 64 && !(c >= 48 && c <= 57)) {
    const after = line.charCodeAt(colon + 1);
    const head = line.slice(0, colon);
    if ((Number.isNaN(after) || after === 32 || after === 9) && !BRACKETED.test(head)) {
      // The blank after the colon would be trimmed anyway: slicing past it saves one string per line.
      const rest = line.slice(Number.isNaN(after) ? colon + 1 : colon + 2).trim();
      return rest.startsWith('//') ? null : make('colon', head, rest);
    }
  }
  if (c === 64) {
    m = R_AT.exec(line);
    return m ? make('strong', m[1], m[2]) : null;
  }
  if ((m = R_NAME_TS.exec(line))) return make('strong', m[1], m[3], m[2]);
  if ((m = R_OTTER.exec(line))) return make('alone', m[1], '', m[2]);
  if ((m = R_ROLE.exec(line))) return make('strong', m[1], m[3], undefined, m[2]);
  if ((m = R_COLON.exec(line))) {
    if (m[2]?.startsWith('//')) return null;
    return make('colon', m[1], m[2]);
  }
  if (line.length <= 63 && !/[.,;!?:]$/.test(line)) return make('alone', line, '');
  return null;
}

/** Removes a leading timestamp ("[00:05:10] ", "00:05:10 ") from a continuation line. */
export function stripLeadingTimestamp(line: string): string {
  return R_LEADING_TS.test(line) ? line.replace(R_LEADING_TS, '') : line;
}

const DAY = 24 * 60 * 60;

/**
 * Times of day (Zoom's saved captions write the clock time of every caption) as seconds since the
 * first of them, so a turn can be played against the recording; a meeting past midnight goes on counting.
 */
export function sinceFirstClock(clockTimes: readonly number[]): number[] {
  const first = clockTimes[0];
  if (first === undefined) return [];
  let days = 0;
  let previous = first;
  return clockTimes.map((time) => {
    // Captions are written in order: a time half a day earlier than the last is the next day.
    if (time < previous - DAY / 2) days++;
    previous = time;
    return Math.max(0, time + days * DAY - first);
  });
}
