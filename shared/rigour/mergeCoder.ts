/**
 * Merging another coder's work into a project: the other's documents are matched to ours by their text
 * (exactly, or equal after collapsing whitespace, then offsets are mapped through the whitespace), never by
 * name, so no document is added twice. Codes match by GUID, then by their path of names; codes not found are
 * added. Coders match by id, then by name. Codings of documents that could not be matched are left out and
 * reported.
 */
import { codePath, codesInTreeOrder } from '../codebook/tree.ts';
import { newId } from '../ids.ts';
import type { Code, Coder, Coding, Id, ProjectData } from '../model.ts';

export type MergeReport = {
  documents: {
    matched: { otherId: Id; baseId: Id; name: string; how: 'exact' | 'whitespace' }[];
    unmatched: { id: Id; name: string }[];
  };
  codes: { byId: number; byPath: number; added: { id: Id; name: string }[] };
  coders: { matched: number; added: Coder[] };
  codings: { added: number; duplicates: number; skipped: number };
};

/** Adds the other project's codings, codes and coders to the base project (see the module comment). */
export function mergeCoderWork(
  base: ProjectData,
  other: ProjectData,
): { project: ProjectData; report: MergeReport } {
  const report: MergeReport = {
    documents: { matched: [], unmatched: [] },
    codes: { byId: 0, byPath: 0, added: [] },
    coders: { matched: 0, added: [] },
    codings: { added: 0, duplicates: 0, skipped: 0 },
  };
  const documentMap = matchDocuments(base, other, report);
  const { codes, codeMap } = mergeCodes(base.codes, other.codes, report);
  const { coders, coderMap } = mergeCoders(base.coders, other.coders, report);

  const key = (c: Pick<Coding, 'documentId' | 'codeId' | 'coderId' | 'start' | 'end'>) =>
    [c.documentId, c.codeId, c.coderId, c.start, c.end].join('\u0000');
  const existing = new Set(base.codings.map(key));
  const ids = new Set(base.codings.map((c) => c.id));
  const codings = [...base.codings];
  for (const coding of other.codings) {
    const target = documentMap.get(coding.documentId);
    const codeId = codeMap.get(coding.codeId);
    if (!target || codeId === undefined) {
      report.codings.skipped++;
      continue;
    }
    const mapped: Coding = {
      ...coding,
      id: ids.has(coding.id) ? newId() : coding.id,
      documentId: target.id,
      codeId,
      coderId: coderMap.get(coding.coderId) ?? coding.coderId,
      start: target.map(coding.start),
      end: target.map(coding.end),
    };
    if (existing.has(key(mapped))) {
      report.codings.duplicates++;
      continue;
    }
    existing.add(key(mapped));
    ids.add(mapped.id);
    codings.push(mapped);
    report.codings.added++;
  }
  return { project: { ...base, codes, coders, codings }, report };
}

type DocumentTarget = { id: Id; map: (offset: number) => number };

function matchDocuments(base: ProjectData, other: ProjectData, report: MergeReport): Map<Id, DocumentTarget> {
  const exact = new Map(base.documents.map((d) => [d.text, d]));
  const loose = new Map(base.documents.map((d) => [normaliseWhitespace(d.text), d]));
  const result = new Map<Id, DocumentTarget>();
  for (const document of other.documents) {
    const same = exact.get(document.text);
    if (same) {
      result.set(document.id, { id: same.id, map: (offset) => offset });
      report.documents.matched.push({ otherId: document.id, baseId: same.id, name: same.name, how: 'exact' });
      continue;
    }
    const similar = loose.get(normaliseWhitespace(document.text));
    if (similar) {
      result.set(document.id, { id: similar.id, map: whitespaceOffsetMap(document.text, similar.text) });
      report.documents.matched.push({
        otherId: document.id,
        baseId: similar.id,
        name: similar.name,
        how: 'whitespace',
      });
      continue;
    }
    report.documents.unmatched.push({ id: document.id, name: document.name });
  }
  return result;
}

function mergeCodes(baseCodes: readonly Code[], otherCodes: readonly Code[], report: MergeReport) {
  const codes = [...baseCodes];
  const byId = new Set(baseCodes.map((c) => c.id));
  const byPath = new Map(baseCodes.map((c) => [codePath(baseCodes, c.id).toLowerCase(), c.id]));
  const codeMap = new Map<Id, Id>();
  for (const { code } of codesInTreeOrder(otherCodes)) {
    if (byId.has(code.id)) {
      codeMap.set(code.id, code.id);
      report.codes.byId++;
      continue;
    }
    const path = byPath.get(codePath(otherCodes, code.id).toLowerCase());
    if (path !== undefined) {
      codeMap.set(code.id, path);
      report.codes.byPath++;
      continue;
    }
    const parentId = code.parentId === null ? null : (codeMap.get(code.parentId) ?? null);
    const added: Code = { ...code, parentId, order: codes.filter((c) => c.parentId === parentId).length };
    codes.push(added);
    byId.add(added.id);
    codeMap.set(code.id, added.id);
    report.codes.added.push({ id: added.id, name: added.name });
  }
  return { codes, codeMap };
}

function mergeCoders(baseCoders: readonly Coder[], otherCoders: readonly Coder[], report: MergeReport) {
  const coders = [...baseCoders];
  const coderMap = new Map<Id, Id>();
  for (const coder of otherCoders) {
    const match =
      coders.find((c) => c.id === coder.id) ??
      coders.find((c) => c.name.trim().toLowerCase() === coder.name.trim().toLowerCase());
    if (match) {
      coderMap.set(coder.id, match.id);
      report.coders.matched++;
    } else {
      coders.push(coder);
      coderMap.set(coder.id, coder.id);
      report.coders.added.push(coder);
    }
  }
  return { coders, coderMap };
}

/** Whitespace runs collapsed to one space, trimmed. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Maps offsets of one text to another that differs only in whitespace: both are read as their normalised form,
 * and an offset goes to the first offset of the other text at the same normalised position.
 */
export function whitespaceOffsetMap(from: string, to: string): (offset: number) => number {
  const fromPositions = normalisedPositions(from);
  const toPositions = normalisedPositions(to);
  const firstOffset = new Int32Array((toPositions[to.length] ?? 0) + 1).fill(-1);
  const leading = to.length - to.trimStart().length;
  for (let i = to.length; i >= leading; i--) firstOffset[toPositions[i] ?? 0] = i;
  return (offset) => {
    const position = fromPositions[Math.max(0, Math.min(offset, from.length))] ?? 0;
    const mapped = firstOffset[Math.min(position, firstOffset.length - 1)] ?? -1;
    return mapped < 0 ? to.length : mapped;
  };
}

/** For every offset (0..length), the number of characters of the normalised text before it. */
function normalisedPositions(text: string): Int32Array {
  const positions = new Int32Array(text.length + 1);
  let count = 0;
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const space = /\s/u.test(text[i] as string);
    if (!space && pendingSpace && started) count++;
    if (!space) pendingSpace = false;
    positions[i] = count;
    if (space) {
      pendingSpace = true;
    } else {
      started = true;
      count++;
    }
  }
  positions[text.length] = count;
  return positions;
}
