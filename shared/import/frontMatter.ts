/**
 * What a transcript says about itself: a service's header and footer lines (Otter's SUMMARY
 * KEYWORDS block, "Transcribed by …", Teams' "started transcription") are front matter, never
 * speech; a list of speakers in the header (Otter's SPEAKERS line, "Deelnemers: …", an f4 legend
 * "I = interviewer, B = bewoner") names the speakers to expect.
 */
import { isCodeLabel, isSpeakerLabel } from './labels.ts';

/** The speakers a file declares, and the (0-based) line that declares them. */
export type Declared = { labels: string[]; line: number };

export type FrontMatter = {
  /** Indexes of lines that are a service's header or footer. */
  lines: Set<number>;
  declared: Declared | null;
};

const BOILERPLATE = [
  /^(?:automatically\s+)?transcribed\s+(?:by|with|using)\b/i,
  /^(?:automatisch\s+)?getranscribeerd\s+(?:door|met)\b/i,
  /^transcripti?e?\s+(?:generated|created|gemaakt)\s+(?:by|with|door|met)\b/i,
  /\b(?:started|stopped)\s+transcription\.?$/i,
  /\bheeft\s+de\s+transcriptie\s+(?:gestart|gestopt|beëindigd)\.?$/i,
  /\bhat\s+die\s+transkription\s+(?:gestartet|beendet)\.?$/i,
  // Google Meet ends its transcript document with "Meeting ended after 01:02:03 👋".
  /^meeting\s+ended\s+after\s+\d{1,2}:\d{2}(?::\d{2})?\b/i,
];

const LIST_HEADS = new Set([
  'speakers', 'sprekers', 'sprecher', 'deelnemers', 'participants', 'aanwezig', 'aanwezigen',
  'attendees', 'present', 'teilnehmende', 'teilnehmer',
]); // prettier-ignore

/** True for a line a transcription service writes around the transcript (never speech). */
export function isBoilerplate(line: string): boolean {
  // Every pattern names a transcription or a meeting's end: test that cheaply before the regular expressions.
  if (line.length > 160) return false;
  if (!line.includes('ranscri') && !line.includes('ranskri') && !/^meeting ended/i.test(line)) return false;
  return BOILERPLATE.some((re) => re.test(line));
}

function names(list: string): string[] {
  return list
    .split(/\s*[,;]\s*|\s+(?:en|and|und|&)\s+/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** Codes of a legend line "I = interviewer, B = bewoner" or "I = …; B1, B2, B3 = deelnemers". */
function legend(line: string): string[] | null {
  if (!line.includes('=') || line.length > 200) return null;
  const parts = line.split('=');
  const codes: string[] = [];
  for (let k = 0; k < parts.length - 1; k++) {
    const items = parts[k]!.split(/[,;]/).map((i) => i.trim());
    // Before the first "=" everything is codes; later parts end with the codes of the next entry.
    const tail: string[] = [];
    for (let i = items.length - 1; i >= 0 && isCodeLabel(items[i]!); i--) tail.unshift(items[i]!);
    if (tail.length === 0 || (k === 0 && tail.length !== items.length)) return null;
    codes.push(...tail);
  }
  return codes.length > 0 ? codes : null;
}

/** Finds the front matter and a declared speaker list among trimmed lines (looking at the header only for lists). */
export function findFrontMatter(rows: readonly { text: string }[], headerEnd: number): FrontMatter {
  const at = (k: number): string => rows[k]?.text ?? '';
  const found = new Set<number>();
  let declared: Declared | null = null;
  let i = 0;
  while (i < rows.length && at(i) === '') i++;
  // Otter: SUMMARY KEYWORDS, a keyword line, SPEAKERS, the names.
  if (/^(?:summary keywords|speakers)$/i.test(at(i))) {
    for (; i < rows.length && i < 50; i++) {
      found.add(i);
      if (/^speakers$/i.test(at(i))) {
        let j = i + 1;
        while (j < rows.length && at(j) === '') j++;
        if (j < rows.length) {
          found.add(j);
          declared = { labels: names(at(j)), line: j };
        }
        break;
      }
    }
  }
  for (let k = 0; k < rows.length; k++) {
    const line = rows[k]!.text;
    if (line !== '' && isBoilerplate(line)) found.add(k);
    if (declared || k >= headerEnd || line === '') continue;
    const colon = line.indexOf(':');
    const head = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (LIST_HEADS.has(head)) {
      const list = names(line.slice(colon + 1)).map((n) => n.replace(/\s*\([^()]*\)$/, ''));
      if (list.length > 0 && list.every(isSpeakerLabel)) declared = { labels: list, line: k };
      continue;
    }
    const codes = legend(line);
    if (codes) declared = { labels: codes, line: k };
  }
  return { lines: found, declared };
}
