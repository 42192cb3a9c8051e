import type { Id, KoorDocument } from '../model.ts';
import type { AnalysisIndex } from './analysisIndex.ts';
import { codedRanges, scanWordsInRanges } from './codedRanges.ts';
import { assignColumns, type Column, type ColumnBy } from './columns.ts';
import { detectLanguage, type TextLanguage } from './language.ts';
import { stemWord } from './stem.ts';
import { DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS } from './stopwords.ts';
import { formInterner, withRoom, type FormInterner } from './forms.ts';
import { scanWords } from './words.ts';

/** Word counts of the spoken text per column, with inflections grouped by their stem in each document's language. */
export type WordCounts = {
  columns: Column[];
  /** All words spoken per column (stop words included): the corpus sizes for rates and log-likelihood. */
  tokens: number[];
  stems: string[];
  /** counts[stem * columns.length + column] */
  counts: Int32Array;
  /** Lowercase surface forms, their stem, their counts per column (formCounts[form * C + column]). */
  forms: string[];
  formStem: Int32Array;
  formCounts: Int32Array;
  /** The forms of each stem. */
  stemForms: number[][];
  /** 1 when the stem's most frequent form is a stop word (or a number, or shorter than two letters). */
  stop: Uint8Array;
  /** The language each counted document was read in (detected), by document id. */
  languages: Map<Id, TextLanguage>;
};

export type WordCountOptions = {
  by?: ColumnBy;
  includeModerator?: boolean;
  /** Only words inside codings of these codes (sub-codes included); the coded words are then the corpus. */
  withinCodeIds?: readonly Id[];
  lang?: 'nl' | 'en';
};

// Documents are immutable per project state: their language is read once.
const detected = new WeakMap<KoorDocument, TextLanguage>();

/** The detected language of a document's text (remembered per document object). */
export function documentLanguage(doc: KoorDocument): TextLanguage {
  let lang = detected.get(doc);
  if (lang === undefined) {
    lang = detectLanguage(doc.text);
    detected.set(doc, lang);
  }
  return lang;
}

/** Counts every word in the turns (or coded parts) per column, moderator left out by default, in one pass. */
export function countWords(index: AnalysisIndex, options: WordCountOptions = {}): WordCounts {
  const { columns, turnColumn } = assignColumns(
    index,
    options.by ?? { kind: 'perspective' },
    options.includeModerator ?? false,
    options.lang ?? 'nl',
  );
  const C = columns.length;
  // A form is a word in a language: English "not" and "note" keep their own stems, and Dutch "not" is another form.
  const interners: Record<TextLanguage, FormInterner> = { nl: formInterner(), en: formInterner() };
  const formOf: Record<TextLanguage, number[]> = { nl: [], en: [] };
  const formNames: string[] = [];
  const formLanguage: TextLanguage[] = [];
  const languages = new Map<Id, TextLanguage>();
  const languageOf = index.documents.map(documentLanguage);
  let lang: TextLanguage = 'nl';
  const formStem: number[] = [];
  let formCounts = new Int32Array(1024 * Math.max(1, C));
  const stemIds = new Map<string, number>();
  const stems: string[] = [];
  let counts = new Int32Array(1024 * Math.max(1, C));
  const tokens = new Array<number>(C).fill(0);
  let column = 0;
  let text = '';
  const onWord = (start: number, end: number): void => {
    const local = interners[lang].intern(text.slice(start, end));
    let form = formOf[lang][local];
    if (form === undefined) {
      form = formNames.length;
      formOf[lang][local] = form;
      formNames.push(interners[lang].forms[local]!);
      formLanguage.push(lang);
      const stem = stemWord(formNames[form]!, lang);
      const key = lang === 'nl' ? stem : `${lang}:${stem}`;
      let stemId = stemIds.get(key);
      if (stemId === undefined) {
        stemId = stems.length;
        stems.push(stem);
        stemIds.set(key, stemId);
        counts = withRoom(counts, (stemId + 1) * C);
      }
      formStem.push(stemId);
      formCounts = withRoom(formCounts, (form + 1) * C);
    }
    formCounts[form * C + column]!++;
    counts[formStem[form]! * C + column]!++;
    tokens[column]!++;
  };
  const within = options.withinCodeIds ? codedRanges(index, options.withinCodeIds) : undefined;
  for (let t = 0; t < turnColumn.length; t++) {
    if (turnColumn[t]! < 0) continue;
    column = turnColumn[t]!;
    const d = index.turnDocument[t]!;
    text = index.documents[d]!.text;
    lang = languageOf[d]!;
    languages.set(index.documents[d]!.id, lang);
    if (within) scanWordsInRanges(text, within[d]!, index.turnStart[t]!, index.turnEnd[t]!, onWord);
    else scanWords(text, onWord, index.turnStart[t]!, index.turnEnd[t]!);
  }
  const stemForms: number[][] = stems.map(() => []);
  // A group is as common as its most frequent form: "het" stays a stop word though "heette" shares its stem.
  const stop = new Uint8Array(stems.length);
  const topCount = new Float64Array(stems.length).fill(-1);
  formNames.forEach((form, f) => {
    const s = formStem[f]!;
    stemForms[s]!.push(f);
    let total = 0;
    for (let c = 0; c < C; c++) total += formCounts[f * C + c]!;
    if (total > topCount[s]!) {
      topCount[s] = total;
      const stopWords = formLanguage[f] === 'en' ? ENGLISH_STOP_WORDS : DUTCH_STOP_WORDS;
      const plain = form.replace(/\u2019/g, "'");
      stop[s] = stopWords.has(plain) || form.length <= 1 || /^\p{N}+$/u.test(form) ? 1 : 0;
    }
  });
  return {
    columns,
    tokens,
    stems,
    counts: counts.slice(0, stems.length * C),
    forms: formNames,
    formStem: Int32Array.from(formStem),
    formCounts: formCounts.slice(0, formNames.length * C),
    stemForms,
    stop,
    languages,
  };
}

/** The forms of a stem with their counts in one column (or all), most frequent first, unused forms left out. */
export function formsOf(
  counts: WordCounts,
  stem: number,
  column?: number,
): { form: string; count: number }[] {
  const C = counts.columns.length;
  const list = counts.stemForms[stem]!.map((f) => {
    let count = 0;
    if (column === undefined) for (let c = 0; c < C; c++) count += counts.formCounts[f * C + c]!;
    else count = counts.formCounts[f * C + column]!;
    return { form: counts.forms[f]!, count };
  });
  return list
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || a.form.localeCompare(b.form, 'nl'));
}

/** One word of a frequency list: the stem's most frequent form stands for all its forms. */
export type WordFrequency = {
  stem: string;
  word: string;
  forms: { form: string; count: number }[];
  count: number;
  /** Occurrences per 1,000 words of the column (or of all columns). */
  per1000: number;
};

/** The most frequent words of one column (or all columns when `column` is undefined), stop words left out. */
export function wordFrequencies(
  counts: WordCounts,
  options: { column?: number; limit?: number; includeStopWords?: boolean } = {},
): WordFrequency[] {
  const C = counts.columns.length;
  const { column, limit = 100, includeStopWords = false } = options;
  const size = column === undefined ? counts.tokens.reduce((a, b) => a + b, 0) : (counts.tokens[column] ?? 0);
  const list: { stem: number; count: number }[] = [];
  counts.stems.forEach((_, s) => {
    if (!includeStopWords && counts.stop[s]) return;
    let count = 0;
    if (column === undefined) for (let c = 0; c < C; c++) count += counts.counts[s * C + c]!;
    else count = counts.counts[s * C + column]!;
    if (count > 0) list.push({ stem: s, count });
  });
  list.sort((a, b) => b.count - a.count || counts.stems[a.stem]!.localeCompare(counts.stems[b.stem]!, 'nl'));
  return list.slice(0, limit).map(({ stem, count }) => {
    const forms = formsOf(counts, stem, column);
    return {
      stem: counts.stems[stem]!,
      word: forms[0]!.form,
      forms,
      count,
      per1000: size > 0 ? (count * 1000) / size : 0,
    };
  });
}
