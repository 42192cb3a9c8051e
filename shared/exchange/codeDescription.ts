/**
 * A code's definition, criteria, example and search terms in one REFI-QDA <Description>, readable in any
 * tool and parsed back on import:
 *
 *   Voor een uitspraak die ... (the definition, unlabelled, first)
 *
 *   Inclusie: ...
 *   Exclusie: ...
 *   Voorbeeld: ...
 *   Zoektermen: label*; diagnose*
 *
 * Labels are read in Dutch and English; a description without labels is all definition.
 */
import type { Code } from '../model.ts';

type Field = 'description' | 'inclusion' | 'exclusion' | 'example' | 'searchTerms';
type Lang = 'nl' | 'en';

const LABELS: Record<Lang, Record<Exclude<Field, 'description'>, string>> = {
  nl: { inclusion: 'Inclusie', exclusion: 'Exclusie', example: 'Voorbeeld', searchTerms: 'Zoektermen' },
  en: { inclusion: 'Inclusion', exclusion: 'Exclusion', example: 'Example', searchTerms: 'Search terms' },
};

const READ_LABELS: [RegExp, Field][] = [
  [/^(definitie|definition|omschrijving|beschrijving|description)\s*:\s?/i, 'description'],
  [
    /^(inclusie(criteria|criterium)?|inclusion( criteria)?|include|wanneer wel|when to use)\s*:\s?/i,
    'inclusion',
  ],
  [
    /^(exclusie(criteria|criterium)?|exclusion( criteria)?|exclude|wanneer niet|when not to use)\s*:\s?/i,
    'exclusion',
  ],
  [/^(voorbeeld(en)?|example(s)?|ankervoorbeeld)\s*:\s?/i, 'example'],
  [/^(zoektermen|search terms)\s*:\s?/i, 'searchTerms'],
];

export type CodeTexts = Pick<Code, 'description' | 'inclusion' | 'exclusion' | 'example'> & {
  searchTerms?: string[];
};

/** Writes a code's texts as one description; '' when the code has none. */
export function formatCodeDescription(code: CodeTexts, lang: Lang = 'nl'): string {
  const labels = LABELS[lang];
  const parts: string[] = [];
  if (code.description.trim()) parts.push(code.description.trim());
  const lines: string[] = [];
  if (code.inclusion.trim()) lines.push(`${labels.inclusion}: ${code.inclusion.trim()}`);
  if (code.exclusion.trim()) lines.push(`${labels.exclusion}: ${code.exclusion.trim()}`);
  if (code.example.trim()) lines.push(`${labels.example}: ${code.example.trim()}`);
  if (code.searchTerms?.length) lines.push(`${labels.searchTerms}: ${code.searchTerms.join('; ')}`);
  if (lines.length) parts.push(lines.join('\n'));
  return parts.join('\n\n');
}

/** Splits a description written by Koor (or by a person using the same labels) back into its fields. */
export function parseCodeDescription(text: string): CodeTexts {
  const fields: Record<Field, string[]> = {
    description: [],
    inclusion: [],
    exclusion: [],
    example: [],
    searchTerms: [],
  };
  let current: Field = 'description';
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.trimStart();
    const label = READ_LABELS.find(([pattern]) => pattern.test(trimmed));
    if (label) {
      current = label[1];
      fields[current].push(trimmed.replace(label[0], ''));
    } else {
      fields[current].push(line);
    }
  }
  const join = (field: Field): string => fields[field].join('\n').trim();
  const terms = join('searchTerms')
    .split(/[;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const result: CodeTexts = {
    description: join('description'),
    inclusion: join('inclusion'),
    exclusion: join('exclusion'),
    example: join('example'),
  };
  if (terms.length) result.searchTerms = terms;
  return result;
}
