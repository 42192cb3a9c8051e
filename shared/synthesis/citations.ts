/**
 * Citations in summaries: [n] markers in the text pointing at coded fragments. A citation is anchored like a
 * coding (offsets moved by moveRange of shared/coding/offsets.ts under every text edit), so it stays on its
 * words; when its coding is removed or its words are deleted it resolves to "broken" and stays in the list.
 *
 * UI use: addCitation when the researcher cites a fragment (insert the returned marker at the caret),
 * removeCitation to drop one (later markers are renumbered), moveCitations inside the same transaction that
 * moves codings on a text edit (renderer/db/documents.ts), resolveCitation to show or open one.
 */
import { moveRange, type TextEdit } from '../coding/offsets.ts';
import type { Citation, Coding, Id, KoorDocument, Summary } from '../model.ts';

/** A new citation of a coding, on the coding's words. */
export function citeCoding(coding: Coding, id: Id): Citation {
  return { id, codingId: coding.id, documentId: coding.documentId, start: coding.start, end: coding.end };
}

export type ResolvedCitation =
  | { status: 'ok'; citation: Citation; coding: Coding; text: string }
  | { status: 'broken'; citation: Citation; reason: 'codingRemoved' | 'textDeleted' | 'documentRemoved' };

/** Lookups for resolving many citations; build once per render. */
export type CitationLookup = { codings: ReadonlyMap<Id, Coding>; documents: ReadonlyMap<Id, KoorDocument> };

/** Maps of codings and documents by id, for resolveCitation. */
export function citationLookup(
  codings: readonly Coding[],
  documents: readonly KoorDocument[],
): CitationLookup {
  return {
    codings: new Map(codings.map((c) => [c.id, c])),
    documents: new Map(documents.map((d) => [d.id, d])),
  };
}

/** What a citation shows: its words, or why it is broken. Never throws. */
export function resolveCitation(citation: Citation, lookup: CitationLookup): ResolvedCitation {
  const document = lookup.documents.get(citation.documentId);
  if (!document) return { status: 'broken', citation, reason: 'documentRemoved' };
  const coding = lookup.codings.get(citation.codingId);
  if (!coding) return { status: 'broken', citation, reason: 'codingRemoved' };
  if (citation.end <= citation.start || citation.end > document.text.length)
    return { status: 'broken', citation, reason: 'textDeleted' };
  return { status: 'ok', citation, coding, text: document.text.slice(citation.start, citation.end) };
}

/**
 * Moves the citations into one document through a text edit (the same rules as codings). Returns only the
 * summaries that changed, to be stored with the edit; a citation whose words are deleted collapses to an empty
 * range and resolves as broken.
 */
export function moveCitations(summaries: readonly Summary[], documentId: Id, edit: TextEdit): Summary[] {
  const changed: Summary[] = [];
  for (const summary of summaries) {
    let touched = false;
    const citations = summary.citations.map((citation) => {
      if (citation.documentId !== documentId) return citation;
      const moved = moveRange(citation, edit);
      if (moved.start === citation.start && moved.end === citation.end) return citation;
      touched = true;
      return { ...citation, start: moved.start, end: moved.end };
    });
    if (touched) changed.push({ ...summary, citations });
  }
  return changed;
}

const MARKER = /\[(\d+)\]/g;

/** The citation numbers used in a text, in order of appearance ([2] … [1] gives [2, 1]). */
export function citationMarkers(text: string): number[] {
  return [...text.matchAll(MARKER)].map((m) => Number(m[1]));
}

/** The texts of a summary that can carry markers (the three parts of a synthesis). */
function mapTexts(summary: Summary, map: (text: string) => string): Summary {
  if (summary.kind === 'synthesis') {
    const { agree, differ, unique } = summary.parts;
    return { ...summary, parts: { agree: map(agree), differ: map(differ), unique: map(unique) } };
  }
  return { ...summary, text: map(summary.text) };
}

/**
 * Adds a citation of a coding, or reuses the summary's existing citation of it; returns the summary and the
 * marker ("[3]") to insert where the researcher is writing.
 */
export function addCitation(summary: Summary, coding: Coding, id: Id): { summary: Summary; marker: string } {
  const existing = summary.citations.findIndex((c) => c.codingId === coding.id);
  if (existing >= 0) return { summary, marker: `[${existing + 1}]` };
  const citations = [...summary.citations, citeCoding(coding, id)];
  return { summary: { ...summary, citations }, marker: `[${citations.length}]` };
}

/** A text without the markers of citation number `removed`, later markers one lower. */
function dropMarkers(text: string, removed: number): string {
  // A removed marker goes with the space before it ("Eens [1], …" becomes "Eens, …").
  return text
    .replace(/( ?)\[(\d+)\]/g, (all, space: string, n: string) => {
      const number = Number(n);
      if (number === removed) return '';
      return number > removed ? `${space}[${number - 1}]` : all;
    })
    .replace(/ {2,}/g, ' ');
}

/** Removes a citation and its markers; later citations' markers go down by one so [n] stays the n-th. */
export function removeCitation(summary: Summary, citationId: Id): Summary {
  const at = summary.citations.findIndex((c) => c.id === citationId);
  if (at < 0) return summary;
  const renumbered = mapTexts(summary, (text) => dropMarkers(text, at + 1));
  return { ...renumbered, citations: summary.citations.filter((c) => c.id !== citationId) };
}

/** removeCitation for one text being written with its citations (a summary editor's draft). */
export function removeCitationFrom<T extends { text: string; citations: Citation[] }>(
  value: T,
  citationId: Id,
): T {
  const at = value.citations.findIndex((c) => c.id === citationId);
  if (at < 0) return value;
  return {
    ...value,
    text: dropMarkers(value.text, at + 1),
    citations: value.citations.filter((c) => c.id !== citationId),
  };
}

/** Shifts every marker of a text by `offset` (used when two summaries are joined). */
export function shiftMarkers(text: string, offset: number): string {
  return offset === 0 ? text : text.replace(MARKER, (_, n: string) => `[${Number(n) + offset}]`);
}
