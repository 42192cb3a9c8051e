/**
 * The content of the synthesis report, computed once and written by every format (Word, Excel, Markdown, JSON):
 * the study's facts, then per row (theme) its definition, synthesis and per column its summary, citations and
 * key quotes. Quotes are always exactly the coded text; a key quote's shortened display is kept beside it.
 */
import type { AnalysisIndex } from '../analysis/analysisIndex.ts';
import { parseColumnBy, type Column, type ColumnBy } from '../analysis/columns.ts';
import { quotesFor } from '../analysis/quotes.ts';
import { perspectiveOf, type Code, type Id, type Summary, type SynthesisParts } from '../model.ts';
import { agreementReport } from '../rigour/report.ts';
import { citationLookup, resolveCitation } from './citations.ts';
import { summaryGrid, type CellState, type GridContent, type GridOptions, type SummaryGrid } from './grid.ts';
import { keyQuoteText } from './keyQuotes.ts';
import { hasText } from './summaryKeys.ts';

/** A quote with its attribution: speaker (display name, i.e. the pseudonym once pseudonymised), perspective, group. */
export type ReportQuote = {
  codingId: Id;
  /** Exactly the coded text. */
  text: string;
  /** What the report shows: the key quote's valid shortened display, else the coded text. */
  display: string;
  speaker: string;
  perspective: string;
  document: string;
  start: number;
  end: number;
};

/** A citation as the report lists it under its summary. */
export type ReportCitation = { number: number; quote: ReportQuote | null; broken: boolean };

export type ReportCell = {
  column: Column;
  codings: number;
  state: CellState;
  summary: string | null;
  citations: ReportCitation[];
  keyQuotes: ReportQuote[];
};

export type ReportRow = {
  code: Code;
  path: string;
  depth: number;
  synthesis: SynthesisParts | null;
  synthesisCitations: ReportCitation[];
  cells: ReportCell[];
};

export type StudyFacts = {
  groups: number;
  perspectives: string[];
  participants: number;
  spokenWords: number;
  coders: string[];
  /** Between the two coders with most codings, over the documents both coded; null when nobody double-coded. */
  agreement: { coders: [string, string]; percent: number; kappa: number | null; alpha: number } | null;
  codes: number;
  codings: number;
};

export type SynthesisReport = {
  projectName: string;
  lang: 'nl' | 'en';
  grid: SummaryGrid;
  facts: StudyFacts;
  rows: ReportRow[];
  /** Every code of the project, for the appendix. */
  codebook: Code[];
  /** Per column: its profile text, or null. */
  profiles: { column: Column; text: string | null; citations: ReportCitation[] }[];
  /**
   * Whether anything was written for these rows and columns: a cell summary, synthesis, profile or key quote.
   * When not, the formats say so once and show the counts, rather than tables of empty summaries.
   */
  written: boolean;
  /** Other kinds of columns with something written for these rows (or a profile), e.g. perspective. */
  writtenElsewhere: ColumnBy[];
};

/** Builds the report's content from the grid of the given options (see grid.ts for the options). */
export function synthesisReport(
  index: AnalysisIndex,
  options: GridOptions & { lang?: 'nl' | 'en'; agreement?: boolean } = {},
  content: GridContent = {},
): SynthesisReport {
  const lang = options.lang ?? 'nl';
  const grid = summaryGrid(index, { ...options, lang }, content);
  const { project } = index;
  const quoteOf = quoteResolver(index);
  const lookup = citationLookup(project.codings, project.documents);
  const citations = (summary: Summary | undefined): ReportCitation[] =>
    (summary?.citations ?? []).map((citation, i) => {
      const resolved = resolveCitation(citation, lookup);
      const quote = resolved.status === 'ok' ? quoteOf(citation.codingId) : null;
      if (quote && resolved.status === 'ok')
        return {
          number: i + 1,
          quote: {
            ...quote,
            text: resolved.text,
            display: resolved.text,
            start: citation.start,
            end: citation.end,
          },
          broken: false,
        };
      return { number: i + 1, quote: null, broken: true };
    });
  const codes = new Map(project.codes.map((c) => [c.id, c]));
  const rows = grid.rows.map((row, r): ReportRow => {
    const synthesis = grid.syntheses[r];
    return {
      code: codes.get(row.codeId)!,
      path: row.path,
      depth: row.depth,
      synthesis: synthesis ? synthesis.parts : null,
      synthesisCitations: citations(synthesis),
      cells: grid.columns.map((column, c): ReportCell => {
        const cell = grid.cells[r]![c]!;
        const summary = cell.summary && cell.summary.text.trim() !== '' ? cell.summary.text : null;
        return {
          column,
          codings: cell.count,
          state: cell.state,
          summary,
          citations: citations(cell.summary),
          keyQuotes: cell.keyQuotes.flatMap((kq) => {
            const quote = quoteOf(kq.codingId);
            return quote ? [{ ...quote, display: keyQuoteText(quote.text, kq.display) }] : [];
          }),
        };
      }),
    };
  });
  const profiles = grid.columns.map((column, c) => {
    const profile = grid.profiles[c];
    return {
      column,
      text: profile && profile.text.trim() !== '' ? profile.text : null,
      citations: citations(profile),
    };
  });
  const written =
    profiles.some((p) => p.text !== null) ||
    grid.syntheses.some((s) => s !== undefined && hasText(s)) ||
    rows.some((row) => row.cells.some((c) => c.summary !== null || c.keyQuotes.length > 0));
  return {
    projectName: project.name,
    lang,
    grid,
    facts: studyFacts(index, options.agreement ?? true),
    rows,
    codebook: project.codes,
    profiles,
    written,
    writtenElsewhere: writtenElsewhere(index, grid, content),
  };
}

/** The other kinds of columns (by their stored names) that have summaries or key quotes for the grid's rows. */
function writtenElsewhere(index: AnalysisIndex, grid: SummaryGrid, content: GridContent): ColumnBy[] {
  const { project } = index;
  const rowCodes = new Set(grid.rows.map((r) => r.codeId));
  const names = new Set<string>();
  for (const s of content.summaries ?? project.summaries ?? [])
    if (hasText(s) && (s.kind === 'profile' || rowCodes.has(s.codeId))) names.add(s.column.by);
  for (const q of content.keyQuotes ?? project.keyQuotes ?? [])
    if (rowCodes.has(q.cell.codeId)) names.add(q.cell.column.by);
  names.delete(grid.byName);
  // Perspective first (the study's own comparison), then the others by name.
  return [...names]
    .sort((a, b) => Number(b === 'perspective') - Number(a === 'perspective') || a.localeCompare(b, 'nl'))
    .map((name) => parseColumnBy(name, index));
}

/** A function giving the attributed quote of a coding (null for an unknown one). */
function quoteResolver(index: AnalysisIndex): (codingId: Id) => ReportQuote | null {
  return (codingId) => {
    const [quote] = quotesFor(index, [codingId]);
    if (!quote) return null;
    return {
      codingId,
      text: quote.text,
      display: quote.text,
      speaker: quote.speakerName,
      perspective: quote.perspective,
      document: quote.documentName,
      start: quote.start,
      end: quote.end,
    };
  };
}

/** The cell's fragments as report quotes, in document order, each exactly its coded text. */
export function cellQuotes(index: AnalysisIndex, codingIds: readonly Id[]): ReportQuote[] {
  return quotesFor(index, codingIds).map((q) => ({
    codingId: q.codingId,
    text: q.text,
    display: q.text,
    speaker: q.speakerName,
    perspective: q.perspective,
    document: q.documentName,
    start: q.start,
    end: q.end,
  }));
}

/** Groups, perspectives, participants, spoken words, coders, agreement and codebook size. */
export function studyFacts(index: AnalysisIndex, withAgreement = true): StudyFacts {
  const { project } = index;
  const documents = new Map(project.documents.map((d) => [d.id, d]));
  const participants = project.speakers.filter((s) => s.role === 'participant');
  const perspectives = new Set<string>();
  for (const s of participants) {
    const p = perspectiveOf(s, documents.get(s.documentId));
    if (p) perspectives.add(p);
  }
  if (participants.length === 0)
    for (const d of project.documents)
      if (d.attributes.perspective) perspectives.add(d.attributes.perspective);
  let spokenWords = 0;
  for (let t = 0; t < index.turnWords.length; t++) spokenWords += index.turnWords[t]!;
  const perCoder = new Map<Id, number>();
  for (const c of project.codings) perCoder.set(c.coderId, (perCoder.get(c.coderId) ?? 0) + 1);
  const coderName = (id: Id): string => project.coders.find((c) => c.id === id)?.name ?? id;
  const active = [...perCoder.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return {
    groups: project.documents.length,
    perspectives: [...perspectives],
    participants: participants.length,
    spokenWords,
    coders: active.map(coderName),
    agreement: withAgreement ? measuredAgreement(index, active, coderName) : null,
    codes: project.codes.length,
    codings: project.codings.length,
  };
}

/** Agreement of the two most active coders over the documents both of them coded, if any. */
function measuredAgreement(
  index: AnalysisIndex,
  coders: Id[],
  coderName: (id: Id) => string,
): StudyFacts['agreement'] {
  if (coders.length < 2) return null;
  const [a, b] = [coders[0]!, coders[1]!];
  const { project } = index;
  const codedBy = (id: Id) =>
    new Set(project.codings.filter((c) => c.coderId === id).map((c) => c.documentId));
  const byA = codedBy(a);
  const both = new Set([...codedBy(b)].filter((d) => byA.has(d)));
  if (both.size === 0) return null;
  const report = agreementReport(
    {
      ...project,
      documents: project.documents.filter((d) => both.has(d.id)),
      codings: project.codings.filter((c) => both.has(c.documentId)),
    },
    [a, b],
  );
  return {
    coders: [coderName(a), coderName(b)],
    percent: report.overall.percentAgreement,
    kappa: report.overall.cohenKappa ?? null,
    alpha: report.overall.krippendorffAlpha,
  };
}
