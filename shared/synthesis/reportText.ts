/** Words and numbers of the synthesis report shared by its formats (Word, Excel, Markdown). */
import type { ColumnBy } from '../analysis/columns.ts';
import { formatMessage } from '../messages.ts';
import type { MessageParams } from '../model.ts';
import type { ReportCell, ReportQuote, StudyFacts, SynthesisReport } from './reportData.ts';

export type Lang = 'nl' | 'en';

/** A report label in the given language. */
export function t(lang: Lang, key: string, params: MessageParams = {}): string {
  return formatMessage(lang, `synthesis.report.${key}`, params);
}

/** A number the way the language writes it (1.234 / 1,234). */
export function num(lang: Lang, n: number, digits = 0): string {
  return n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** The name of the kind of column ("Perspectief", "Kenmerk: regio"). */
export function byLabel(lang: Lang, by: ColumnBy): string {
  if (by.kind === 'documentAttribute' || by.kind === 'speakerAttribute')
    return formatMessage(lang, 'analysis.by.attribute', { name: by.name });
  return formatMessage(lang, `analysis.by.${by.kind}`);
}

/** "R3, ouders, Groep A": speaker (pseudonym when pseudonymised), perspective and group of a quote. */
export function attribution(quote: ReportQuote): string {
  return [quote.speaker, quote.perspective, quote.document].filter((part) => part !== '').join(', ');
}

/** What a cell says in a table: its summary, or in words why there is none. Never blank. */
export function cellText(lang: Lang, cell: ReportCell): string {
  if (cell.summary !== null) return cell.summary;
  return t(lang, cell.codings === 0 ? 'notDiscussed' : 'notSummarised');
}

/** A cell's count where the report gives counts only: the number, "0 (niet besproken)" for none. */
export function countText(lang: Lang, codings: number): string {
  return codings > 0 ? num(lang, codings) : `0 (${t(lang, 'notDiscussed').toLowerCase()})`;
}

/** The facts of the study as label/value pairs, in the order the report shows them. */
export function factLines(lang: Lang, facts: StudyFacts): [string, string][] {
  const agreement = facts.agreement
    ? t(lang, 'agreementValue', {
        a: facts.agreement.coders[0],
        b: facts.agreement.coders[1],
        percent: `${num(lang, facts.agreement.percent * 100, 1)}%`,
        kappa: facts.agreement.kappa === null ? '–' : num(lang, facts.agreement.kappa, 2),
        alpha: num(lang, facts.agreement.alpha, 2),
      })
    : t(lang, 'notMeasured');
  return [
    [t(lang, 'groups'), num(lang, facts.groups)],
    [t(lang, 'perspectives'), facts.perspectives.length > 0 ? facts.perspectives.join(', ') : '–'],
    [t(lang, 'participants'), num(lang, facts.participants)],
    [t(lang, 'spokenWords'), num(lang, facts.spokenWords)],
    [t(lang, 'coders'), facts.coders.length > 0 ? facts.coders.join(', ') : '–'],
    [t(lang, 'agreement'), agreement],
    [
      t(lang, 'codebook'),
      t(lang, 'codebookSize', {
        codes: t(lang, 'codeCount', { count: facts.codes, n: num(lang, facts.codes) }),
        codings: t(lang, 'codingCount', { count: facts.codings, n: num(lang, facts.codings) }),
      }),
    ],
  ];
}

/**
 * What the report says once, near its top, when nothing was written for its rows and columns (and which other
 * columns do have summaries); [] when something was written.
 */
export function notWrittenLines(report: SynthesisReport): string[] {
  const { lang } = report;
  if (report.written) return [];
  const lines = [t(lang, 'nothingWritten', { by: byLabel(lang, report.grid.by) })];
  if (report.writtenElsewhere.length > 0)
    lines.push(
      t(lang, 'writtenElsewhere', {
        columns: report.writtenElsewhere.map((by) => `‘${byLabel(lang, by)}’`).join(', '),
      }),
    );
  return lines;
}
