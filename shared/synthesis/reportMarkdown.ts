/** The summary table of the synthesis report as Markdown: per theme its synthesis, summaries and key quotes. */
import type { ReportCitation, SynthesisReport } from './reportData.ts';
import { attribution, byLabel, cellText, countText, factLines, notWrittenLines, t } from './reportText.ts';

/** Escapes what would break a Markdown table cell. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

/**
 * Writes the report as Markdown; empty cells say "Niet besproken" / "Not discussed", and a report of columns
 * without anything written says so once and lists the counts per theme.
 */
export function synthesisMarkdown(report: SynthesisReport): string {
  const { lang, grid } = report;
  const by = byLabel(lang, grid.by);
  const lines: string[] = [
    `# ${t(lang, 'title', { by: by.toLowerCase() })}${report.projectName ? `: ${report.projectName}` : ''}`,
    '',
  ];
  for (const line of notWrittenLines(report)) lines.push(`*${line}*`, '');
  lines.push(`## ${t(lang, 'facts')}`, '');
  for (const [name, value] of factLines(lang, report.facts)) lines.push(`- **${name}:** ${value}`);
  lines.push('');
  const citationLines = (citations: ReportCitation[]): string[] =>
    citations.map((c) =>
      c.quote
        ? `[${c.number}] “${c.quote.text}” (${attribution(c.quote)})`
        : `[${c.number}] (${t(lang, 'broken')})`,
    );
  for (const row of report.rows) {
    lines.push(`## ${row.code.name}`, '');
    lines.push(row.code.description.trim() || t(lang, 'noDefinition'), '');
    if (!report.written) {
      // Nothing written for these columns (said once at the top): the counts, not a table of empty summaries.
      lines.push(`### ${t(lang, 'counts')}`, '', `| ${cell(by)} | ${t(lang, 'codings')} |`, '| --- | ---: |');
      for (const c of row.cells) lines.push(`| ${cell(c.column.label)} | ${countText(lang, c.codings)} |`);
      lines.push('');
      continue;
    }
    lines.push(`### ${t(lang, 'synthesis')}`, '');
    if (row.synthesis) {
      for (const part of ['agree', 'differ', 'unique'] as const)
        lines.push(`**${t(lang, part)}:** ${row.synthesis[part].trim() || t(lang, 'empty')}`, '');
      const refs = citationLines(row.synthesisCitations);
      if (refs.length > 0) lines.push(...refs.map((r) => `- ${r}`), '');
    } else lines.push(t(lang, 'noSynthesis'), '');
    lines.push(`### ${t(lang, 'summaries')}`, '');
    lines.push(`| ${cell(by)} | ${t(lang, 'codings')} | ${t(lang, 'summary')} |`, '| --- | ---: | --- |');
    for (const c of row.cells) {
      const refs = citationLines(c.citations);
      const text = [cellText(lang, c), ...refs].join('\n');
      lines.push(`| ${cell(c.column.label)} | ${c.codings} | ${cell(text)} |`);
    }
    lines.push('');
    lines.push(`### ${t(lang, 'keyQuotes')}`, '');
    const quotes = row.cells.flatMap((c) => c.keyQuotes);
    if (quotes.length === 0) lines.push(t(lang, 'noKeyQuotes'), '');
    for (const q of quotes) lines.push(`> “${q.display}”`, `> — ${attribution(q)}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
