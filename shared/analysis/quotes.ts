/** The quotes behind a number: codings resolved to their text, speaker, perspective and place. */
import { perspectiveOf, type Id, type ProjectData } from '../model.ts';
import { toAnalysisIndex, type AnalysisIndex } from './analysisIndex.ts';
import { crosstab } from './crosstab.ts';

export type Quote = {
  codingId: Id;
  codeId: Id;
  text: string;
  documentId: Id;
  documentName: string;
  /** The turn the coding belongs to ("" when none, or a document without turns). */
  turnId: Id;
  speakerId: Id | null;
  speakerName: string;
  perspective: string;
  start: number;
  end: number;
};

const positions = new WeakMap<AnalysisIndex, Map<Id, number>>();

function positionOf(index: AnalysisIndex): Map<Id, number> {
  let map = positions.get(index);
  if (!map) {
    map = new Map(index.codingIds.map((id, k) => [id, k]));
    positions.set(index, map);
  }
  return map;
}

/** The quotes of the given codings in document order (unknown ids are skipped); pass an index when you have one. */
export function quotesFor(source: AnalysisIndex | ProjectData, codingIds: readonly Id[]): Quote[] {
  const index = toAnalysisIndex(source);
  const position = positionOf(index);
  const ks = codingIds
    .map((id) => position.get(id))
    .filter((k): k is number => k !== undefined)
    .sort((a, b) => a - b);
  return ks
    .filter((k, i) => i === 0 || ks[i - 1] !== k)
    .map((k) => {
      const coding = index.project.codings[index.codingOrder[k]!]!;
      const doc = index.documents[index.codingDocument[k]!]!;
      const t = index.codingTurn[k]!;
      const speaker =
        t >= 0 && index.turnSpeaker[t]! >= 0 ? index.speakers[index.turnSpeaker[t]!] : undefined;
      return {
        codingId: coding.id,
        codeId: coding.codeId,
        text: doc.text.slice(coding.start, coding.end),
        documentId: doc.id,
        documentName: doc.name,
        turnId: t >= 0 ? index.turnIds[t]! : '',
        speakerId: speaker?.id ?? null,
        speakerName: speaker?.name ?? '',
        perspective: perspectiveOf(speaker, doc),
        start: coding.start,
        end: coding.end,
      };
    });
}

/**
 * Two perspectives' quotes on one code (sub-codes included) next to each other, for the side-by-side view.
 * The moderator is left out unless included, as in the crosstab.
 */
export function sideBySide(
  source: AnalysisIndex | ProjectData,
  codeId: Id,
  perspectiveA: string,
  perspectiveB: string,
  options: { includeModerator?: boolean; rollup?: boolean } = {},
): { a: Quote[]; b: Quote[] } {
  const index = toAnalysisIndex(source);
  const table = crosstab(index, {
    codeIds: [codeId],
    rollup: options.rollup ?? true,
    includeModerator: options.includeModerator ?? false,
  });
  const idsOf = (perspective: string): Id[] => {
    const c = table.columns.findIndex((col) => col.key === perspective);
    return c >= 0 ? (table.codingIds[0]?.[c] ?? []) : [];
  };
  return { a: quotesFor(index, idsOf(perspectiveA)), b: quotesFor(index, idsOf(perspectiveB)) };
}
