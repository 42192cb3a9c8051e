/** Public API of shared/exchange: REFI-QDA codebooks and projects, CSV/XLSX/Markdown/Word exports. */
export { writeCodebook, readCodebook, CODEBOOK_NAMESPACE } from './codebook.ts';
export { readCodebookCsv } from './codebookCsv.ts';
export { writeProject, writeProjectXml, PROJECT_NAMESPACE } from './projectWrite.ts';
export { readProject, readProjectXml, type ProjectImport, type ProjectReadOptions } from './projectRead.ts';
export { codebookToCsv, codebookToMarkdown, codebookToXlsx } from './codebookExport.ts';
export { codebookToDocx } from './codebookDocx.ts';
export { segmentsToCsv, segmentsToXlsx } from './segments.ts';
export { exchangeMessages } from './messages.ts';
