/**
 * Where speaker detection guessed: labels seen once or twice, labels that are also common words,
 * names that look like a speaker but were not taken, and a declared speaker list that does not match
 * the turns. Each warning names the line it points at.
 */
import type { Warning } from '../model.ts';
import type { Declared } from './frontMatter.ts';
import type { Line, Tally, Title } from './speakers.ts';

/** What a warning's line number counts: text lines, paragraphs (Word) or subtitle cues. */
export type LineUnit = 'line' | 'paragraph' | 'cue';

/** Words that start sentences ("Maar: …", "So: …") and so make doubtful labels. */
const COMMON = new Set([
  'maar', 'dus', 'ja', 'nee', 'nou', 'oké', 'oke', 'ok', 'okay', 'goed', 'kijk', 'want', 'en', 'of',
  'ik', 'wij', 'we', 'jij', 'je', 'zij', 'ze', 'hij', 'het', 'de', 'een', 'dat', 'dit', 'toen',
  'antwoord', 'reactie', 'mensen', 'kinderen', 'ouders', 'school', 'thuis', 'so', 'but', 'yes', 'no',
  'well', 'and', 'or', 'you', 'they', 'he', 'she', 'it', 'the', 'this', 'that', 'then', 'answer',
  'response', 'people', 'children', 'parents', 'home', 'also', 'ook', 'nu', 'now', 'hier', 'here',
]); // prettier-ignore

const RARE = 2;
/** Below this many labelled lines every speaker is rare: do not warn about rarity. */
const ENOUGH = 8;
const MAX_WARNINGS = 30;

const excerpt = (text: string): string => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** The warnings of one detection, numbering lines 1-based in the given unit. */
export function unsureWarnings(
  lines: Line[],
  counts: Map<string, Tally>,
  accepted: Set<string>,
  declared: Declared | null,
  unit: LineUnit,
  header: readonly Title[] = [],
): Warning[] {
  let numbers: number[] | undefined;
  const number = (index: number): number => {
    if (unit !== 'paragraph') return index + 1;
    // Paragraph documents arrive as paragraphs separated by blank lines: count the non-empty ones.
    if (!numbers) {
      numbers = [];
      let n = 0;
      for (const l of lines) numbers.push(l.text === '' ? n : ++n);
    }
    return numbers[index] ?? index + 1;
  };
  const at = (key: string, label: string, index: number, extra: Record<string, number> = {}): Warning => ({
    key,
    params: { label, line: number(index), unit, excerpt: excerpt(lines[index]?.text ?? ''), ...extra },
  });
  const warnings: Warning[] = [];
  // A title or header is not a turn: said once, at the top, so a one-off speaker read as one can be checked.
  if (header.length === 1 && accepted.size > 0)
    warnings.push(at('import.unsure.title', header[0]!.label, header[0]!.line));
  else if (header.length > 1 && accepted.size > 0) {
    const labels = header.map((h) => h.label).join(', ');
    warnings.push(at('import.unsure.header', labels, header[0]!.line, { lines: header.length }));
  }
  let labelled = 0;
  for (const label of accepted) labelled += counts.get(label)?.n ?? 0;
  const declaredSet = new Set(declared?.labels ?? []);
  for (const [label, c] of counts) {
    if (accepted.has(label)) {
      if (COMMON.has(label.toLowerCase())) warnings.push(at('import.unsure.commonWord', label, c.first));
      // A label with its own time ("Speaker 7 (01:09):", "[Name] 14:02:11") is a turn header a service
      // wrote: speaking once in a long group is no reason to doubt it.
      else if (c.n <= RARE && labelled >= ENOUGH && !declaredSet.has(label) && !c.timed)
        warnings.push(at('import.unsure.rare', label, c.first, { count: c.n }));
      if (declared && !declaredSet.has(label)) warnings.push(at('import.unsure.undeclared', label, c.first));
    } else if (accepted.size > 0 && c.colon && c.n === 1) {
      warnings.push(at('import.unsure.notTaken', label, c.first));
    }
  }
  if (declared) {
    for (const label of declared.labels) {
      if (!accepted.has(label)) warnings.push(at('import.unsure.declaredMissing', label, declared.line));
    }
  }
  return warnings.slice(0, MAX_WARNINGS);
}
