/**
 * Codebook exports a person reads or a spreadsheet opens: CSV and Markdown here, XLSX and Word in their
 * own modules. Code paths are written with " > " (see shared/codebook/tree.ts).
 */
import Papa from 'papaparse';
import type { ProjectData } from '../model.ts';
import { codebookData, type CodebookData } from './codebookData.ts';
import { BOM, csvDelimiter, label, type Lang } from './labels.ts';
import { writeXlsx } from './xlsx.ts';

/** The header and rows of the codebook table (shared by CSV and XLSX). */
export function codebookTable(
  data: CodebookData,
  lang: Lang,
): { header: string[]; rows: (string | number)[][] } {
  const header = [
    label(lang, 'path'),
    label(lang, 'name'),
    label(lang, 'definition'),
    label(lang, 'inclusion'),
    label(lang, 'exclusion'),
    label(lang, 'example'),
    label(lang, 'color'),
    label(lang, 'codable'),
    label(lang, 'searchTerms'),
    label(lang, 'codings'),
    ...data.perspectives.map((p) =>
      label(lang, 'codingsIn', { perspective: p || label(lang, 'noPerspective') }),
    ),
  ];
  const rows = data.rows.map(({ code, path, total, perPerspective }) => [
    path,
    code.name,
    code.description,
    code.inclusion,
    code.exclusion,
    code.example,
    code.color,
    label(lang, code.codable ? 'yes' : 'no'),
    (code.searchTerms ?? []).join('; '),
    total,
    ...perPerspective,
  ]);
  return { header, rows };
}

/** The codebook as CSV (one row per code; ";" in Dutch, "," in English; with a UTF-8 BOM). */
export function codebookToCsv(project: ProjectData, lang: Lang): string {
  const { header, rows } = codebookTable(codebookData(project, 0), lang);
  return BOM + Papa.unparse([header, ...rows], { delimiter: csvDelimiter(lang), newline: '\r\n' });
}

function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]<|#])/g, '\\$1').replace(/^>/, '\\>');
}

/** The codebook as Markdown: a heading per code, its texts, example quotes and counts per perspective. */
export function codebookToMarkdown(
  project: ProjectData,
  lang: Lang,
  date = new Date().toISOString().slice(0, 10),
): string {
  const data = codebookData(project);
  const out: string[] = [
    `# ${label(lang, 'codebook')}${project.name ? `: ${mdEscape(project.name)}` : ''}`,
    '',
    label(lang, 'date', { date }),
    '',
  ];
  for (const row of data.rows) {
    const { code } = row;
    out.push(`${'#'.repeat(Math.min(6, row.depth + 2))} ${mdEscape(row.path)}`, '');
    if (!code.codable) out.push(`_${label(lang, 'category')}_`, '');
    if (code.description) out.push(mdEscape(code.description), '');
    if (code.inclusion) out.push(`- **${label(lang, 'inclusion')}:** ${mdEscape(code.inclusion)}`);
    if (code.exclusion) out.push(`- **${label(lang, 'exclusion')}:** ${mdEscape(code.exclusion)}`);
    if (code.example) out.push(`- **${label(lang, 'example')}:** ${mdEscape(code.example)}`);
    if (code.inclusion || code.exclusion || code.example) out.push('');
    if (row.quotes.length) {
      out.push(`**${label(lang, 'examples')}**`, '');
      for (const q of row.quotes) {
        const who = [q.speaker, q.perspective].filter(Boolean).join(', ');
        out.push(`> ${mdEscape(q.text)}${who ? ` — ${mdEscape(who)}` : ''}`, '');
      }
    }
    if (code.codable) {
      if (row.total) {
        out.push(`| ${label(lang, 'perspective')} | ${label(lang, 'codings')} |`, '| --- | ---: |');
        data.perspectives.forEach((p, i) => {
          if (row.perPerspective[i])
            out.push(`| ${mdEscape(p || label(lang, 'noPerspective'))} | ${row.perPerspective[i]} |`);
        });
        out.push(`| **${label(lang, 'total')}** | **${row.total}** |`, '');
      } else out.push(`_${label(lang, 'noCodings')}_`, '');
    }
  }
  return out.join('\n');
}

/** The codebook as an Excel workbook (one row per code, counts per perspective). */
export async function codebookToXlsx(project: ProjectData, lang: Lang): Promise<Uint8Array> {
  const { header, rows } = codebookTable(codebookData(project, 0), lang);
  return writeXlsx([
    { name: label(lang, 'codebook'), header, rows, widths: [40, 24, 60, 50, 50, 50, 10, 10, 30, 10] },
  ]);
}
