/**
 * What a drill-down shows behind a number: its quotes, and what the number counted among them. A crosstab of
 * documents counts the documents its quotes lie in, so the quotes are grouped by document and the heading names
 * both ("5 groepen · 28 citaten"); the same for speakers and turns. Every figure here is computed from the
 * quotes' codings the way crosstab() and cooccurrence() compute the number, so they agree (tests).
 */
import type { AnalysisIndex } from './analysisIndex.ts';
import type { Cooccurrence } from './cooccurrence.ts';
import { crosstabPositions, type Crosstab } from './crosstab.ts';
import { fragmentsAt, pairsAt, quotesAt, type Quote } from './quotes.ts';

/** Which codings lie behind the number, and how they become quotes. */
export type DrillItems =
  /** Positions in the index (ascending, each once); one quote per coding. */
  | { kind: 'codings'; positions: ArrayLike<number> }
  /** As codings, but overlapping codings are one quote (a crosstab row's fragments). */
  | { kind: 'fragments'; positions: ArrayLike<number> }
  /** Pairs of positions, flattened; one quote per pair over the text of both. */
  | { kind: 'pairs'; pairs: ArrayLike<number> };

/** What the number counts. */
export type DrillCount =
  /** Quotes (codings, fragments, pairs of codings). */
  | { unit: 'quotes' }
  /** Distinct documents / speakers / turns of the quotes; `of`: turns in the number's column. */
  | { unit: 'documents' | 'speakers' }
  | { unit: 'turns'; of?: number }
  /** Coded words (overlapping text once) of the words spoken in the number's column. */
  | { unit: 'words'; spoken: number }
  /** The quotes as part of all codings in the number's column. */
  | { unit: 'codings'; of: number };

export type DrillUnit = DrillCount['unit'];

/** Quotes that share what the number counts (a document, a speaker, a turn). */
export type QuoteGroup = {
  key: string;
  unit: 'documents' | 'speakers' | 'turns';
  /** False for quotes without a speaker, which a count of speakers leaves out. */
  counted: boolean;
  documentName: string;
  /** The speaker (of a speaker's or a turn's group); '' when none. */
  speakerName: string;
  /**
   * The quotes, in document order. A quote joined from overlapping codings in two turns (a coding reaching
   * into the next speaker's answer) belongs to the group of each, as it counts for each.
   */
  quotes: Quote[];
};

export type Drill = {
  quotes: Quote[];
  /** The quotes grouped by what the number counts; null when it counts the quotes themselves. */
  groups: QuoteGroup[] | null;
  /** The counted documents, speakers, turns, or coded words; the number of quotes otherwise. */
  counted: number;
  /** Codings behind the quotes (more than quotes when overlapping codings were joined). */
  codings: number;
};

/** The quotes behind a number and what it counted among them. */
export function drill(index: AnalysisIndex, items: DrillItems, count: DrillCount): Drill {
  const quotes =
    items.kind === 'pairs'
      ? pairsAt(index, items.pairs)
      : (items.kind === 'fragments' ? fragmentsAt : quotesAt)(index, items.positions);
  const codings =
    items.kind === 'pairs'
      ? new Set(Array.from(items.pairs)).size
      : quotes.reduce((n, q) => n + q.codingIds.length, 0);
  switch (count.unit) {
    case 'quotes':
    case 'codings':
      return { quotes, groups: null, counted: quotes.length, codings };
    case 'words':
      return {
        quotes,
        groups: null,
        counted: items.kind === 'pairs' ? 0 : codedWords(index, items.positions),
        codings,
      };
    default: {
      if (items.kind === 'pairs') return { quotes, groups: null, counted: quotes.length, codings };
      const groups = groupQuotes(index, quotes, items.positions, count.unit);
      return { quotes, groups, counted: groups.filter((g) => g.counted).length, codings };
    }
  }
}

/**
 * Quotes grouped by the document, speaker or turn of each of their codings (`positions`: the codings the quotes
 * were made of, in order), groups in the order they first occur, quotes without a speaker last.
 */
export function groupQuotes(
  index: AnalysisIndex,
  quotes: readonly Quote[],
  positions: ArrayLike<number>,
  unit: QuoteGroup['unit'],
): QuoteGroup[] {
  const groups = new Map<number, QuoteGroup>();
  let p = 0;
  for (const quote of quotes) {
    for (const _ of quote.codingIds) {
      const k = positions[p++]!;
      const d = index.codingDocument[k]!;
      const t = index.codingTurn[k]!;
      const s = t >= 0 ? index.turnSpeaker[t]! : -1;
      const key = unit === 'documents' ? d : unit === 'speakers' ? s : t;
      let group = groups.get(key);
      if (!group) {
        const speaker = s >= 0 ? index.speakers[s]! : undefined;
        group = {
          key:
            unit === 'documents'
              ? index.documents[d]!.id
              : unit === 'speakers'
                ? (speaker?.id ?? '')
                : `${d}:${t}`,
          unit,
          counted: key >= 0,
          documentName: index.documents[d]!.name,
          speakerName: speaker?.name ?? '',
          quotes: [],
        };
        groups.set(key, group);
      }
      if (group.quotes[group.quotes.length - 1] !== quote) group.quotes.push(quote);
    }
  }
  return [...groups.values()].sort((a, b) => Number(b.counted) - Number(a.counted));
}

/** Words inside the codings' text, overlapping text once (as crosstab's per-1,000-words counts them). */
export function codedWords(index: AnalysisIndex, positions: ArrayLike<number>): number {
  const { codingDocument, codingStart, codingEnd, codingStartWord, codingEndWord } = index;
  let words = 0;
  let document = -1;
  let end = 0;
  let endWord = 0;
  for (let i = 0; i < positions.length; i++) {
    const k = positions[i]!;
    if (codingDocument[k] !== document || codingStart[k]! >= end) {
      words += codingEndWord[k]! - codingStartWord[k]!;
      document = codingDocument[k]!;
      end = codingEnd[k]!;
      endWord = codingEndWord[k]!;
    } else if (codingEnd[k]! > end) {
      words += codingEndWord[k]! - endWord;
      end = codingEnd[k]!;
      endWord = codingEndWord[k]!;
    }
  }
  return words;
}

/**
 * What a crosstab's number opens: [row, column] a cell, [row] a row total, [undefined, column] a column total,
 * [] the whole table. A row's codings are counted as fragments; a column total counts each coding once.
 */
export function crosstabDrill(
  table: Crosstab,
  row?: number,
  column?: number,
): { items: DrillItems; count: DrillCount } {
  const positions = crosstabPositions(table, row, column);
  const items: DrillItems = { kind: row === undefined ? 'codings' : 'fragments', positions };
  const spoken = column === undefined ? table.totalSpokenWords : table.spokenWords[column]!;
  const turns = column === undefined ? table.totalTurns : table.turns[column]!;
  const codings = column === undefined ? table.countedCodings : table.columnCodings[column]!;
  const count: DrillCount = (() => {
    switch (table.measure) {
      case 'codings':
        return { unit: 'quotes' };
      case 'documents':
      case 'speakers':
        return { unit: table.measure };
      case 'per1000':
        return { unit: 'words', spoken };
      case 'percentOfColumn':
        return { unit: 'codings', of: codings };
      case 'percentOfTurns':
        return { unit: 'turns', of: turns };
    }
  })();
  return { items, count };
}

/**
 * What a co-occurrence number opens: for overlapping text, each pair of overlapping codings as one quote over
 * both; for the same turn, the two codes' codings in those turns, grouped by turn.
 */
export function cooccurrenceDrill(
  result: Cooccurrence,
  row: number,
  column: number,
): { items: DrillItems; count: DrillCount } {
  const pairs = result.pairPositions[row]?.[column] ?? [];
  if (result.mode === 'overlap') return { items: { kind: 'pairs', pairs }, count: { unit: 'quotes' } };
  const positions = Int32Array.from(new Set(pairs)).sort();
  return { items: { kind: 'codings', positions }, count: { unit: 'turns' } };
}
