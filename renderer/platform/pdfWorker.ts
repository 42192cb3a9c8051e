// The URL of pdf.js's worker, emitted by Vite as a file of its own; shared/import/pdf.ts picks it up
// when a PDF is imported (the worker itself is only loaded then).
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

(globalThis as { koorPdfWorkerSrc?: string }).koorPdfWorkerSrc = workerSrc;
