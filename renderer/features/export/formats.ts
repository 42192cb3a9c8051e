import { writeCodebook } from '../../../shared/exchange/codebook.ts';
import { codebookToDocx } from '../../../shared/exchange/codebookDocx.ts';
import {
  codebookToCsv,
  codebookToMarkdown,
  codebookToXlsx,
} from '../../../shared/exchange/codebookExport.ts';
import { writeProject } from '../../../shared/exchange/projectWrite.ts';
import { segmentsToCsv, segmentsToXlsx } from '../../../shared/exchange/segments.ts';
import type { MediaBytes } from '../../../shared/exchange/mediaWrite.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { buildAnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { synthesisReport } from '../../../shared/synthesis/reportData.ts';
import { synthesisDocx } from '../../../shared/synthesis/reportDocx.ts';
import { synthesisMarkdown } from '../../../shared/synthesis/reportMarkdown.ts';
import { synthesisXlsx } from '../../../shared/synthesis/reportXlsx.ts';
import { DEFAULT_VIEW, viewOptions, type SynthesisView } from '../../../shared/synthesis/view.ts';

type Lang = 'nl' | 'en';

/** What is exported: the codebook, the coded segments, the synthesis report or the whole project. */
export type ExportKind = 'codebook' | 'segments' | 'report' | 'project';

/**
 * Choices the user made for an export: the recordings in the .qdpx; the report's rows and columns (default the
 * vision's themes × perspective) and a chart per theme in its Word version.
 */
export type ExportOptions = { recordings?: boolean; charts?: boolean; view?: SynthesisView };

/** What a build gets besides the project: the recordings' bytes (read for a .qdpx with recordings), report choices. */
export type BuildOptions = { media?: MediaBytes; charts?: boolean; view?: SynthesisView };

/** One way to export: the file it makes and how to build its bytes from the project. */
export type ExportFormat = {
  kind: ExportKind;
  format: 'qdc' | 'docx' | 'xlsx' | 'csv' | 'md' | 'qdpx';
  mime: string;
  build: (project: ProjectData, lang: Lang, options?: BuildOptions) => Promise<Uint8Array> | Uint8Array;
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const utf8 = (text: string) => new TextEncoder().encode(text);

export const CODEBOOK_FORMATS: ExportFormat[] = [
  {
    kind: 'codebook',
    format: 'qdc',
    mime: 'application/xml',
    build: (p, lang) => utf8(writeCodebook(p.codes, { lang })),
  },
  { kind: 'codebook', format: 'docx', mime: DOCX, build: (p, lang) => codebookToDocx(p, lang) },
  { kind: 'codebook', format: 'xlsx', mime: XLSX, build: (p, lang) => codebookToXlsx(p, lang) },
  { kind: 'codebook', format: 'csv', mime: 'text/csv', build: (p, lang) => utf8(codebookToCsv(p, lang)) },
  {
    kind: 'codebook',
    format: 'md',
    mime: 'text/markdown',
    build: (p, lang) => utf8(codebookToMarkdown(p, lang)),
  },
];

export const SEGMENT_FORMATS: ExportFormat[] = [
  { kind: 'segments', format: 'xlsx', mime: XLSX, build: (p, lang) => segmentsToXlsx(p, lang) },
  { kind: 'segments', format: 'csv', mime: 'text/csv', build: (p, lang) => utf8(segmentsToCsv(p, lang)) },
];

/** The summary grid's report of the chosen rows and columns (default: the vision's themes × perspective), in the UI language. */
const report = (p: ProjectData, lang: Lang, view: SynthesisView = DEFAULT_VIEW) =>
  synthesisReport(buildAnalysisIndex(p), { lang, ...viewOptions(p.codes, view) });

export const REPORT_FORMATS: ExportFormat[] = [
  {
    kind: 'report',
    format: 'docx',
    mime: DOCX,
    build: async (p, lang, options) => {
      const content = report(p, lang, options?.view);
      if (!options?.charts) return synthesisDocx(content);
      // Drawing needs a canvas: loaded only when charts are asked for.
      const { reportCharts } = await import('./reportCharts.ts');
      return synthesisDocx(content, { charts: await reportCharts(content) });
    },
  },
  {
    kind: 'report',
    format: 'xlsx',
    mime: XLSX,
    build: (p, lang, options) => synthesisXlsx(report(p, lang, options?.view)),
  },
  {
    kind: 'report',
    format: 'md',
    mime: 'text/markdown',
    build: (p, lang, options) => utf8(synthesisMarkdown(report(p, lang, options?.view))),
  },
];

export const PROJECT_FORMAT: ExportFormat = {
  kind: 'project',
  format: 'qdpx',
  mime: 'application/zip',
  build: (p, lang, options) => writeProject(p, options?.media ? { lang, media: options.media } : { lang }),
};

/** A file name from the project name, what is in it and the date: "Wat is ieders normaal - codeboek - 2026-04-01.qdc". */
export function exportFileName(
  projectName: string,
  what: string,
  extension: string,
  date = new Date(),
): string {
  const safe = projectName
    // Characters Windows, macOS or Linux refuse in a file name, and control characters.
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) =>
    String(n).padStart(2, '0'),
  );
  return `${[safe || 'Koor', what, day.join('-')].filter(Boolean).join(' - ')}.${extension}`;
}
