/**
 * The synthesis report as a Word document a researcher continues in Word: Title, then Heading 1 per part and per
 * theme, Heading 2 per section and per perspective (so Word's navigation pane works), key quotes in Word's own
 * "Quote" style with their attribution, summaries in a table, the codebook as appendix. Empty cells are said,
 * never blank; when nothing at all was written for the chosen columns the report says so once and gives per theme
 * the counts instead of tables of empty summaries. docx is loaded only when this export is asked for.
 */
import type * as DocxModule from 'docx';
import { codeTreeRows } from '../analysis/codeTree.ts';
import type { Id } from '../model.ts';
import type { ReportCitation, ReportRow, SynthesisReport } from './reportData.ts';
import {
  attribution,
  byLabel,
  cellText,
  countText,
  factLines,
  notWrittenLines,
  t,
  type Lang,
} from './reportText.ts';

type Docx = typeof DocxModule;
type Block = InstanceType<Docx['Paragraph'] | Docx['Table']>;

export type DocxReportOptions = {
  /** PNG bytes of a chart (or crosstab) per row code, placed under the theme's summaries. */
  charts?: ReadonlyMap<Id, Uint8Array>;
  date?: Date;
};

/** Width and height of a PNG from its IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Writes the report as .docx bytes. */
export async function synthesisDocx(
  report: SynthesisReport,
  options: DocxReportOptions = {},
): Promise<Uint8Array> {
  const docx = await import('docx');
  const { Document, Packer, Paragraph, HeadingLevel } = docx;
  const { lang, grid } = report;
  const by = byLabel(lang, grid.by);
  const date = (options.date ?? new Date()).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const title = t(lang, 'title', { by: by.toLowerCase() });
  const children: Block[] = [
    new Paragraph({
      text: report.projectName ? `${title}: ${report.projectName}` : title,
      heading: HeadingLevel.TITLE,
    }),
    new Paragraph({ text: date, spacing: { after: 240 } }),
    ...notWrittenLines(report).flatMap((line) => textParagraphs(docx, line, true)),
    new Paragraph({ text: t(lang, 'facts'), heading: HeadingLevel.HEADING_1 }),
    labelledTable(docx, factLines(lang, report.facts)),
  ];
  for (const row of report.rows)
    children.push(...themeSection(docx, report, row, by, options.charts?.get(row.code.id)));
  children.push(new Paragraph({ text: t(lang, 'profiles'), heading: HeadingLevel.HEADING_1 }));
  if (!report.written) children.push(...textParagraphs(docx, t(lang, 'noProfiles'), true));
  else
    for (const profile of report.profiles) {
      children.push(new Paragraph({ text: profile.column.label, heading: HeadingLevel.HEADING_2 }));
      children.push(...textParagraphs(docx, profile.text ?? t(lang, 'noProfile'), profile.text === null));
      children.push(...citationParagraphs(docx, lang, profile.citations));
    }
  children.push(...codebookAppendix(docx, report));
  const document = new Document({
    creator: 'Koor',
    title,
    styles: {
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '404040' },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 40 } },
        },
        {
          id: 'QuoteAttribution',
          name: 'Quote Attribution',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 18, color: '595959' },
          paragraph: { indent: { left: 720 }, spacing: { after: 160 } },
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** One theme: Heading 1, definition, synthesis, the summary table, the chart and the key quotes. */
function themeSection(
  docx: Docx,
  report: SynthesisReport,
  row: ReportRow,
  by: string,
  chart: Uint8Array | undefined,
): Block[] {
  const { Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType } = docx;
  const { lang } = report;
  const out: Block[] = [new Paragraph({ text: row.code.name, heading: HeadingLevel.HEADING_1 })];
  out.push(new Paragraph({ text: t(lang, 'definition'), heading: HeadingLevel.HEADING_2 }));
  out.push(
    ...textParagraphs(
      docx,
      row.code.description.trim() || t(lang, 'noDefinition'),
      !row.code.description.trim(),
    ),
  );
  if (!report.written) {
    // Nothing written for these columns (said once at the top): the counts, not a table of empty summaries.
    out.push(new Paragraph({ text: t(lang, 'counts'), heading: HeadingLevel.HEADING_2 }));
    out.push(
      labelledTable(
        docx,
        row.cells.map((cell) => [cell.column.label, countText(lang, cell.codings)]),
        [by, t(lang, 'codings')],
      ),
    );
    out.push(...chartParagraphs(docx, lang, row, chart));
    return out;
  }
  out.push(new Paragraph({ text: t(lang, 'synthesis'), heading: HeadingLevel.HEADING_2 }));
  if (row.synthesis) {
    for (const part of ['agree', 'differ', 'unique'] as const) {
      const text = row.synthesis[part].trim();
      out.push(
        new Paragraph({
          spacing: { before: 80 },
          children: [
            new TextRun({ text: `${t(lang, part)}: `, bold: true }),
            new TextRun({ text: text || t(lang, 'empty'), italics: text === '' }),
          ],
        }),
      );
    }
    out.push(...citationParagraphs(docx, lang, row.synthesisCitations));
  } else out.push(...textParagraphs(docx, t(lang, 'noSynthesis'), true));

  out.push(new Paragraph({ text: t(lang, 'summaries'), heading: HeadingLevel.HEADING_2 }));
  const header = new TableRow({
    tableHeader: true,
    children: [by, t(lang, 'codings'), t(lang, 'summary')].map(
      (text) =>
        new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })] }),
    ),
  });
  const body = row.cells.map(
    (cell) =>
      new TableRow({
        children: [
          new TableCell({
            children: [new Paragraph(cell.column.label)],
            width: { size: 25, type: WidthType.PERCENTAGE },
          }),
          new TableCell({
            children: [new Paragraph(String(cell.codings))],
            width: { size: 10, type: WidthType.PERCENTAGE },
          }),
          new TableCell({
            width: { size: 65, type: WidthType.PERCENTAGE },
            children: [
              ...textParagraphs(docx, cellText(lang, cell), cell.summary === null),
              ...citationParagraphs(docx, lang, cell.citations),
            ],
          }),
        ],
      }),
  );
  out.push(new Table({ rows: [header, ...body], width: { size: 100, type: WidthType.PERCENTAGE } }));

  out.push(...chartParagraphs(docx, lang, row, chart));

  out.push(new Paragraph({ text: t(lang, 'keyQuotes'), heading: HeadingLevel.HEADING_2 }));
  const quotes = row.cells.flatMap((c) => c.keyQuotes);
  if (quotes.length === 0) out.push(...textParagraphs(docx, t(lang, 'noKeyQuotes'), true));
  for (const quote of quotes) {
    out.push(new Paragraph({ style: 'Quote', text: `“${quote.display}”` }));
    out.push(new Paragraph({ style: 'QuoteAttribution', text: `— ${attribution(quote)}` }));
  }
  return out;
}

/** The theme's chart as an image paragraph; nothing without a (PNG) chart. */
function chartParagraphs(docx: Docx, lang: Lang, row: ReportRow, chart: Uint8Array | undefined): Block[] {
  const { Paragraph, ImageRun } = docx;
  const size = chart ? pngSize(chart) : null;
  if (!chart || !size) return [];
  const scale = Math.min(1, 600 / size.width);
  return [
    new Paragraph({
      spacing: { before: 200 },
      children: [
        new ImageRun({
          type: 'png',
          data: chart,
          transformation: {
            width: Math.round(size.width * scale),
            height: Math.round(size.height * scale),
          },
          altText: {
            name: 'chart',
            title: t(lang, 'chart', { code: row.code.name }),
            description: t(lang, 'chart', { code: row.code.name }),
          },
        }),
      ],
    }),
  ];
}

/** A text as paragraphs (one per line), italic when it says that something is missing. */
function textParagraphs(docx: Docx, text: string, missing = false): Block[] {
  const { Paragraph, TextRun } = docx;
  return text
    .split(/\r?\n/)
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, italics: missing })] }));
}

/** "[1] “…” — R3, ouders, Groep A" under a summary; broken citations are said. */
function citationParagraphs(docx: Docx, lang: Lang, citations: ReportCitation[]): Block[] {
  const { Paragraph, TextRun } = docx;
  return citations.map(
    (c) =>
      new Paragraph({
        spacing: { before: 40 },
        children: [
          new TextRun({ text: `[${c.number}] `, bold: true, size: 18 }),
          new TextRun({
            text: c.quote ? `“${c.quote.text}” — ${attribution(c.quote)}` : `(${t(lang, 'broken')})`,
            size: 18,
            italics: c.quote === null,
          }),
        ],
      }),
  );
}

/** A two-column table of labels and values, with a bold header row when given. */
function labelledTable(docx: Docx, lines: [string, string][], header?: [string, string]): Block {
  const { Paragraph, TextRun, Table, TableRow, TableCell, WidthType } = docx;
  const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
  const row = ([name, value]: [string, string], isHeader = false) =>
    new TableRow({
      tableHeader: isHeader,
      children: [
        new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, children: [bold(name)] }),
        new TableCell({
          width: { size: 70, type: WidthType.PERCENTAGE },
          children: [isHeader ? bold(value) : new Paragraph(value)],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [...(header ? [row(header, true)] : []), ...lines.map((line) => row(line))],
  });
}

/** Every code with its definition and criteria, as the appendix. */
function codebookAppendix(docx: Docx, report: SynthesisReport): Block[] {
  const { Paragraph, TextRun, HeadingLevel } = docx;
  const { lang } = report;
  const byId = new Map(report.codebook.map((c) => [c.id, c]));
  const out: Block[] = [new Paragraph({ text: t(lang, 'appendix'), heading: HeadingLevel.HEADING_1 })];
  for (const row of codeTreeRows(report.codebook)) {
    const code = byId.get(row.codeId)!;
    out.push(new Paragraph({ text: row.path, heading: HeadingLevel.HEADING_2 }));
    if (code.description.trim()) out.push(new Paragraph(code.description));
    for (const key of ['inclusion', 'exclusion', 'example'] as const) {
      if (!code[key].trim()) continue;
      out.push(
        new Paragraph({
          children: [new TextRun({ text: `${t(lang, key)}: `, bold: true }), new TextRun(code[key])],
        }),
      );
    }
  }
  return out;
}
