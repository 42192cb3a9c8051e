/**
 * How a summary of the summary grid lives in the shared project document (docs/team-sync.md, sync schema 3): its
 * row without texts or citations, each text a Y.Text, and each citation an entry of its own. Two people writing
 * in one summary at once merge character by character, and two people citing in it at once keep both citations:
 * in the shared texts a marker names its citation's id ("[#<id>]"), so the numbers [n] the screen shows are
 * given only when a summary is read, from the merged list.
 */
import * as Y from 'yjs';
import type { Citation, Summary } from '../model.ts';
import { summaryKey, summaryPlaceId } from '../synthesis/summaryKeys.ts';
import { replaceText } from './transcriptDoc.ts';

type Row = Record<string, unknown>;

/** The Y.Texts of summaries, keyed "<summary id>/<field>". */
export const SUMMARY_TEXTS = 'summaryTexts';
/** The citations of summaries, keyed "<summary id>/<citation id>": a citation with its place `at` in the list. */
export const SUMMARY_CITATIONS = 'summaryCitations';

const FIELDS = ['text', 'agree', 'differ', 'unique'] as const;
type Field = (typeof FIELDS)[number];
type SharedCitation = Citation & { at: number };

const texts = (project: Y.Doc) => project.getMap<Y.Text>(SUMMARY_TEXTS);
const citationMap = (project: Y.Doc) => project.getMap<SharedCitation>(SUMMARY_CITATIONS);

/** Defines the summary parts of a project document before any update arrives. */
export function defineSummaryParts(project: Y.Doc): void {
  texts(project);
  citationMap(project);
}

/** A summary's texts by field (a synthesis keeps its texts in `parts`). */
function textsOf(row: Row): [Field, string][] {
  if (row.kind === 'synthesis') {
    const parts = (row.parts ?? {}) as Record<string, unknown>;
    return (['agree', 'differ', 'unique'] as const).map((f) => [f, String(parts[f] ?? '')]);
  }
  return [['text', String(row.text ?? '')]];
}

const citationsOf = (row: Row | undefined): Citation[] => (row?.citations ?? []) as Citation[];

const NUMBER_MARKER = /\[(\d+)\]/g;
const ID_MARKER = /\[#([A-Za-z0-9_-]{1,64})\]/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The shared form of a text: each marker [n] of a citation names that citation's id. */
export function markersToIds(text: string, citations: readonly Citation[]): string {
  return text.replace(NUMBER_MARKER, (all, n: string) => {
    const citation = citations[Number(n) - 1];
    return citation ? `[#${citation.id}]` : all;
  });
}

/**
 * The screen's form of a shared text: each id marker becomes its citation's number in `citations`. A marker of a
 * citation removed meanwhile goes with it (the remover's intent); any other "[#…]" was typed and stays.
 */
export function idsToMarkers(text: string, citations: readonly Citation[]): string {
  const numbers = new Map(citations.map((c, i) => [c.id, i + 1]));
  return text.replace(ID_MARKER, (all, id: string) => {
    const n = numbers.get(id);
    return n ? `[${n}]` : UUID.test(id) ? '' : all;
  });
}

const same = (a: SharedCitation | undefined, b: SharedCitation) =>
  a !== undefined &&
  a.at === b.at &&
  a.codingId === b.codingId &&
  a.documentId === b.documentId &&
  a.start === b.start &&
  a.end === b.end;

/**
 * Writes a summary's texts and citations (inside the caller's transaction), as changes from `before`, the row this
 * write replaced on this computer: only the citations this person added, moved or removed are written, so a
 * colleague's citation that reached the shared document but not yet this person's screen is kept.
 */
export function putSummary(project: Y.Doc, row: Row, before: Row | undefined): void {
  const id = String(row.id);
  const citations = citationsOf(row);
  const map = citationMap(project);
  const kept = new Set(citations.map((c) => c.id));
  for (const gone of citationsOf(before)) if (!kept.has(gone.id)) map.delete(`${id}/${gone.id}`);
  citations.forEach((citation, at) => {
    const key = `${id}/${citation.id}`;
    const shared: SharedCitation = { ...citation, at };
    if (!same(map.get(key), shared)) map.set(key, shared);
  });
  const all = texts(project);
  for (const [field, value] of textsOf(row)) {
    const key = `${id}/${field}`;
    let text = all.get(key);
    if (!text) {
      text = new Y.Text();
      all.set(key, text);
    }
    replaceText(text, markersToIds(value, citations));
  }
}

/** Deletes a summary's texts and citations (inside the caller's transaction). */
export function deleteSummary(project: Y.Doc, id: string): void {
  for (const field of FIELDS) texts(project).delete(`${id}/${field}`);
  const map = citationMap(project);
  for (const key of [...map.keys()]) if (key.startsWith(`${id}/`)) map.delete(key);
}

/** A summary's citations in their merged order (by place, then id: the same on every computer). */
function sharedCitations(project: Y.Doc, id: string): Citation[] | null {
  const found: SharedCitation[] = [];
  for (const [key, value] of citationMap(project)) if (key.startsWith(`${id}/`)) found.push(value);
  if (found.length === 0) return null;
  found.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return found.map(({ at: _at, ...citation }) => citation);
}

/**
 * A summary row as the screen holds it: the shared row with its citations and texts, markers numbered. A row
 * written in layout 1 still holds its texts, one of layout 2 its citations (with numbered markers in its texts).
 */
export function readSummary(project: Y.Doc, row: Row): Row {
  const id = String(row.id);
  const shared = sharedCitations(project, id);
  const citations = shared ?? citationsOf(row);
  const all = texts(project);
  const read = (field: Field, inline: unknown) =>
    idsToMarkers(all.get(`${id}/${field}`)?.toString() ?? String(inline ?? ''), citations);
  if (row.kind === 'synthesis') {
    const parts = (row.parts ?? {}) as Record<string, unknown>;
    return {
      ...row,
      citations,
      parts: {
        agree: read('agree', parts.agree),
        differ: read('differ', parts.differ),
        unique: read('unique', parts.unique),
      },
    };
  }
  return { ...row, citations, text: read('text', row.text) };
}

/** A summary's row as shared: without its texts and citations, which have their own entries. */
export function shareSummaryRow(row: Row): Row {
  const { text: _text, parts: _parts, citations: _citations, ...rest } = row;
  return rest;
}

/** The ids of the summaries whose texts or citations a transaction changed. */
export function summariesChanged(
  project: Y.Doc,
  changed: ReadonlyMap<unknown, Set<string | null>>,
): string[] {
  const all = texts(project);
  const citations = citationMap(project);
  const ids = new Set<string>();
  for (const [type, keys] of changed) {
    if (type === all || type === citations) {
      for (const key of keys) if (key) ids.add(key.split('/')[0]!);
    } else if (type instanceof Y.Text && type.parent === all) {
      // A Y.Text in a map knows its key through the item that holds it.
      const key = (type as unknown as { _item: { parentSub: string | null } | null })._item?.parentSub;
      if (key) ids.add(key.split('/')[0]!);
    }
  }
  return [...ids];
}

/**
 * A three-way merge of one text: the change from `base` to `local` applied to `remote` (a colleague's change
 * made since `base`), by Yjs itself: both changes are replayed as concurrent edits of one shared start.
 * Where both changed the same words, both insertions stay.
 */
export function mergeText(base: string, local: string, remote: string): string {
  if (local === base) return remote;
  if (remote === base || remote === local) return local;
  const start = new Y.Doc();
  start.getText('t').insert(0, base);
  const state = Y.encodeStateAsUpdate(start);
  const fork = (text: string) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    replaceText(doc.getText('t'), text);
    return doc;
  };
  const mine = fork(local);
  const theirs = fork(remote);
  Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(mine)));
  return mine.getText('t').toString();
}

/** A summary as an editor holds it: its text with markers [n] of its citations. */
export type SummaryDraft = { text: string; citations: Citation[] };

/**
 * What saving `local` (written from `base`) makes of a summary a colleague changed meanwhile to `remote`: the
 * colleague's text and citations with this person's changes applied, so neither person's work is undone.
 * Citations this person removed go, those they added are appended (a coding both cited is cited once); the
 * texts merge with markers by citation id and are numbered again from the merged list.
 */
export function mergeSummaryDraft(
  base: SummaryDraft,
  local: SummaryDraft,
  remote: SummaryDraft,
): SummaryDraft {
  const inBase = new Set(base.citations.map((c) => c.id));
  const inLocal = new Set(local.citations.map((c) => c.id));
  const remoteByCoding = new Map(remote.citations.map((c) => [c.codingId, c]));
  // A citation added here of a coding the colleague cited too becomes the colleague's.
  const renamed = local.citations.map((c) => (inBase.has(c.id) ? c : (remoteByCoding.get(c.codingId) ?? c)));
  const ids = new Set(remote.citations.map((c) => c.id));
  const citations = [
    ...remote.citations.filter((c) => !inBase.has(c.id) || inLocal.has(c.id)),
    ...renamed.filter((c) => !ids.has(c.id)),
  ];
  const text = mergeText(
    markersToIds(base.text, base.citations),
    markersToIds(local.text, renamed),
    markersToIds(remote.text, remote.citations),
  );
  return { text: idsToMarkers(text, citations), citations };
}

/**
 * Watches for summary texts this computer started at the same moment as a colleague: both made the Y.Text of
 * one summary field, the shared map keeps one of them, and here the other one is replaced by it. `onLost` gets
 * the field's key and the text that is no longer shared (read before Yjs discards it), for restoreLostText.
 */
export function observeLostTexts(project: Y.Doc, onLost: (key: string, lost: string) => void): () => void {
  const map = texts(project);
  const observer = (event: Y.YMapEvent<Y.Text>) => {
    for (const [key, change] of event.changes.keys) {
      if (change.action !== 'update' || !(change.oldValue instanceof Y.Text)) continue;
      // The replaced Y.Text's characters are deleted with it in this transaction, not yet discarded: its text is
      // what was there until now (characters deleted before stay out).
      let lost = '';
      for (let item = change.oldValue._start; item; item = item.right) {
        if (item.content instanceof Y.ContentString && (!item.deleted || event.deletes(item)))
          lost += item.content.str;
      }
      if (lost.trim()) onLost(key, lost);
    }
  };
  map.observe(observer);
  return () => map.unobserve(observer);
}

/**
 * Puts a text lost to a colleague's Y.Text of the same field (observeLostTexts) after the shared one, with an
 * empty line between, unless the shared text holds it already. Returns whether it wrote anything.
 */
export function restoreLostText(project: Y.Doc, key: string, lost: string, origin?: unknown): boolean {
  const text = texts(project).get(key);
  if (!text) return false;
  const now = text.toString();
  if (now.includes(lost)) return false;
  project.transact(() => text.insert(now.length, now.trim() ? `\n\n${lost}` : lost), origin);
  return true;
}

/**
 * Joins summaries of one grid place written as two records (before summaries had an id per place, two people
 * starting a cell's summary at once each made one, and the grid showed only one of them): into the record of
 * the place's id, its texts one after the other (oldest first, an empty line between) and its citations all
 * kept, markers included. Returns the ids removed.
 */
export function foldDuplicateSummaries(project: Y.Doc, origin?: unknown): string[] {
  const rows = project.getMap<Row>('summaries');
  const byPlace = new Map<string, Row[]>();
  for (const row of rows.values()) {
    const key = summaryKey(row as unknown as Summary);
    byPlace.set(key, [...(byPlace.get(key) ?? []), row]);
  }
  const removed: string[] = [];
  const all = texts(project);
  const map = citationMap(project);
  project.transact(() => {
    for (const [place, group] of byPlace) {
      if (group.length < 2) continue;
      const target = summaryPlaceId(place);
      // The same order on every computer: the place's own record first, then oldest first.
      group.sort(
        (a, b) =>
          Number(b.id === target) - Number(a.id === target) ||
          String(a.updatedAt).localeCompare(String(b.updatedAt)) ||
          String(a.id).localeCompare(String(b.id)),
      );
      const read = group.map((row) => readSummary(project, row));
      const fields = group[0]!.kind === 'synthesis' ? FIELDS.slice(1) : FIELDS.slice(0, 1);
      const sharedOf = (row: Row, field: Field) =>
        markersToIds(
          String(field === 'text' ? row.text : ((row.parts as Record<string, string>)[field] ?? '')),
          citationsOf(row),
        );
      let at = 0;
      const citations: SharedCitation[] = [];
      for (const row of read) for (const c of citationsOf(row)) citations.push({ ...c, at: at++ });
      const newest = group.reduce((a, b) => (String(b.updatedAt) > String(a.updatedAt) ? b : a));
      rows.set(target, { ...newest, id: target });
      for (const field of fields) {
        const joined = read
          .map((row) => sharedOf(row, field))
          .filter((t) => t.trim())
          .join('\n\n');
        let text = all.get(`${target}/${field}`);
        if (!text) {
          text = new Y.Text();
          all.set(`${target}/${field}`, text);
        }
        replaceText(text, joined);
      }
      for (const row of group) {
        const id = String(row.id);
        if (id === target) continue;
        rows.delete(id);
        deleteSummary(project, id);
        removed.push(id);
      }
      for (const c of citations) map.set(`${target}/${c.id}`, c);
    }
  }, origin);
  return removed;
}
