/**
 * The codebook as a Word document a person wants to read: title and date, then per code its path as a
 * heading, definition, criteria, the researcher's chosen example, up to three quotes from the codings with
 * speaker and perspective (in their own labelled part), and a small
 * table of codings per perspective. docx is loaded only when this export is asked for.
 */
import type * as DocxModule from 'docx';
import type { ProjectData } from '../model.ts';
import { codebookData, type CodebookRow } from './codebookData.ts';
import { label, type Lang } from './labels.ts';

type Docx = typeof DocxModule;

function codeSection(
  docx: Docx,
  row: CodebookRow,
  perspectives: string[],
  lang: Lang,
): InstanceType<Docx['Paragraph'] | Docx['Table']>[] {
  const { Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType } = docx;
  const levels = [
    HeadingLevel.HEADING_1,
    HeadingLevel.HEADING_2,
    HeadingLevel.HEADING_3,
    HeadingLevel.HEADING_4,
  ];
  const { code } = row;
  const out: InstanceType<Docx['Paragraph'] | Docx['Table']>[] = [
    new Paragraph({ text: row.path, heading: levels[Math.min(row.depth, levels.length - 1)] }),
  ];
  if (!code.codable)
    out.push(new Paragraph({ children: [new TextRun({ text: label(lang, 'category'), italics: true })] }));
  if (code.description) out.push(new Paragraph({ text: code.description, spacing: { after: 120 } }));
  for (const key of ['inclusion', 'exclusion'] as const) {
    if (!code[key]) continue;
    out.push(
      new Paragraph({
        children: [new TextRun({ text: `${label(lang, key)}: `, bold: true }), new TextRun(code[key])],
        spacing: { after: 80 },
      }),
    );
  }
  // The researcher's chosen example comes first and stays; quotes drawn from the codings follow under
  // their own heading, so a reader can tell the one from the others.
  const parts: { heading: string; quotes: { text: string; who: string }[] }[] = [];
  if (code.example.trim())
    parts.push({ heading: label(lang, 'example'), quotes: [{ text: code.example, who: '' }] });
  if (row.quotes.length)
    parts.push({
      heading: label(lang, 'codedExamples'),
      quotes: row.quotes.map((q) => ({
        text: q.text,
        who: [q.speaker, q.perspective].filter(Boolean).join(', '),
      })),
    });
  for (const part of parts) {
    out.push(new Paragraph({ children: [new TextRun({ text: part.heading, bold: true })] }));
    for (const q of part.quotes) {
      out.push(
        new Paragraph({
          indent: { left: 567 },
          spacing: { after: 80 },
          children: [
            new TextRun({ text: q.text, italics: true }),
            ...(q.who ? [new TextRun({ text: ` — ${q.who}` })] : []),
          ],
        }),
      );
    }
  }
  if (code.codable && row.total) {
    const cell = (text: string, bold = false, right = false): InstanceType<Docx['TableCell']> =>
      new TableCell({
        children: [
          new Paragraph({
            alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [new TextRun({ text, bold })],
          }),
        ],
      });
    const rows = [
      new TableRow({
        children: [cell(label(lang, 'perspective'), true), cell(label(lang, 'codings'), true, true)],
      }),
    ];
    perspectives.forEach((p, i) => {
      const n = row.perPerspective[i] ?? 0;
      if (n)
        rows.push(
          new TableRow({
            children: [cell(p || label(lang, 'noPerspective')), cell(n.toLocaleString(lang), false, true)],
          }),
        );
    });
    rows.push(
      new TableRow({
        children: [cell(label(lang, 'total'), true), cell(row.total.toLocaleString(lang), true, true)],
      }),
    );
    out.push(
      new Paragraph({
        children: [new TextRun({ text: label(lang, 'frequency'), bold: true })],
        spacing: { before: 120 },
      }),
    );
    out.push(new Table({ rows, width: { size: 60, type: WidthType.PERCENTAGE } }));
  } else if (code.codable) {
    out.push(new Paragraph({ children: [new TextRun({ text: label(lang, 'noCodings'), italics: true })] }));
  }
  out.push(new Paragraph({ text: '' }));
  return out;
}

/** The codebook as a Word (.docx) document. */
export async function codebookToDocx(
  project: ProjectData,
  lang: Lang,
  date = new Date(),
): Promise<Uint8Array> {
  const docx = await import('docx');
  const { Document, Packer, Paragraph, HeadingLevel } = docx;
  const data = codebookData(project);
  const dateText = date.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const intro = [
    new Paragraph({
      text: `${label(lang, 'codebook')}${project.name ? `: ${project.name}` : ''}`,
      heading: HeadingLevel.TITLE,
    }),
    new Paragraph({ text: label(lang, 'date', { date: dateText }) }),
    new Paragraph({
      text: `${label(lang, 'codeCount', { count: project.codes.length })}, ${label(lang, 'codingCount', {
        count: project.codings.length,
        formatted: project.codings.length.toLocaleString(lang),
      })}`,
      spacing: { after: 240 },
    }),
  ];
  const body = data.rows.flatMap((row) => codeSection(docx, row, data.perspectives, lang));
  const document = new Document({
    creator: 'Koor',
    title: label(lang, 'codebook'),
    sections: [{ children: [...intro, ...body] }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
