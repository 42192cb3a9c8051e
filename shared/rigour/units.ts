/**
 * Agreement units from codings. For each code, every unit (a speaker turn, or a stretch of characters) gets per
 * coder the value "1" (coded with the code), "0" (not coded) or null (missing: the coder coded nothing at all in
 * that document, so they did not work on it). The turns (or characters) that no coder coded with a code are
 * pooled into one weighted unit per document, which keeps 100 codes × 10,000 turns cheap; `skipUncoded` leaves
 * them out. Character units are found with an interval sweep over the codings' boundaries, never per character.
 */
import type { Coding, Id, ProjectData, Turn } from '../model.ts';
import type { RatingValue } from './agreement.ts';

export type AgreementUnitKind = 'turn' | 'char';

export type AgreementOptions = {
  /** Speaker turns (default) or characters. */
  unit?: AgreementUnitKind;
  /** One code only; otherwise every code that one of the coders used. */
  codeId?: Id;
  /** Leave out units that no coder coded (with the code in question). */
  skipUncoded?: boolean;
};

export type AgreementUnit = {
  codeId: Id;
  documentId: Id;
  /** The unit's text range; for a pooled uncoded unit, the whole scanned range of the document. */
  start: number;
  end: number;
  turnId?: Id;
  /** Per coder (in the order asked for): "1", "0" or null. */
  values: RatingValue[];
  /** Number of turns, or characters, this unit stands for. */
  weight: number;
  /** True for the pooled unit of everything nobody coded. */
  pooled?: boolean;
};

/** The agreement units of a project for the given coders (see the module comment). */
export function agreementUnits(
  project: ProjectData,
  coderIds: readonly Id[],
  options: AgreementOptions = {},
): AgreementUnit[] {
  const coderIndex = new Map(coderIds.map((id, i) => [id, i]));
  const codings = project.codings.filter(
    (c) => coderIndex.has(c.coderId) && (options.codeId === undefined || c.codeId === options.codeId),
  );
  const codeIds = options.codeId !== undefined ? [options.codeId] : codesInUse(project, codings);
  const coverage = coderCoverage(project.codings, coderIndex);
  const byDocCode = groupCodings(codings);
  const turnsByDoc = groupTurns(project.turns);
  const units: AgreementUnit[] = [];
  for (const codeId of codeIds) {
    for (const document of project.documents) {
      const covered = coderIds.map((_, i) => coverage.get(document.id)?.has(i) ?? false);
      const docCodings = byDocCode.get(`${document.id}\u0000${codeId}`) ?? [];
      const context = { codeId, documentId: document.id, covered, coderIndex };
      const found =
        options.unit === 'char'
          ? charUnits(context, docCodings, document.preambleEnd ?? 0, document.text.length)
          : turnUnits(context, docCodings, turnsByDoc.get(document.id) ?? []);
      for (const unit of found)
        if (!(unit.pooled && (options.skipUncoded || unit.weight === 0))) units.push(unit);
    }
  }
  return units;
}

type UnitContext = { codeId: Id; documentId: Id; covered: boolean[]; coderIndex: Map<Id, number> };

function valuesFor(context: UnitContext, present: (coder: number) => boolean): RatingValue[] {
  return context.covered.map((covered, i) => (covered ? (present(i) ? '1' : '0') : null));
}

function turnUnits(
  context: UnitContext,
  codings: readonly Coding[],
  turns: readonly Turn[],
): AgreementUnit[] {
  const masks = new Map<number, Set<number>>();
  for (const coding of codings) {
    const coder = context.coderIndex.get(coding.coderId) ?? 0;
    for (let t = firstTurnEndingAfter(turns, coding.start); t < turns.length; t++) {
      const turn = turns[t] as Turn;
      if (turn.start >= coding.end) break;
      const set = masks.get(t) ?? new Set<number>();
      set.add(coder);
      masks.set(t, set);
    }
  }
  const units: AgreementUnit[] = [...masks.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([t, coders]) => {
      const turn = turns[t] as Turn;
      return {
        codeId: context.codeId,
        documentId: context.documentId,
        start: turn.start,
        end: turn.end,
        turnId: turn.id,
        values: valuesFor(context, (i) => coders.has(i)),
        weight: 1,
      };
    });
  const first = turns[0];
  const last = turns[turns.length - 1];
  units.push({
    codeId: context.codeId,
    documentId: context.documentId,
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    values: valuesFor(context, () => false),
    weight: turns.length - masks.size,
    pooled: true,
  });
  return units;
}

function charUnits(
  context: UnitContext,
  codings: readonly Coding[],
  from: number,
  to: number,
): AgreementUnit[] {
  const events: { at: number; coder: number; delta: number }[] = [];
  for (const coding of codings) {
    const start = Math.max(from, coding.start);
    const end = Math.min(to, coding.end);
    if (end <= start) continue;
    const coder = context.coderIndex.get(coding.coderId) ?? 0;
    events.push({ at: start, coder, delta: 1 }, { at: end, coder, delta: -1 });
  }
  events.sort((a, b) => a.at - b.at);
  const depth = context.covered.map(() => 0);
  const units: AgreementUnit[] = [];
  let coveredChars = 0;
  let i = 0;
  while (i < events.length) {
    const at = (events[i] as { at: number }).at;
    while (i < events.length && (events[i] as { at: number }).at === at) {
      const event = events[i] as { coder: number; delta: number };
      depth[event.coder] = (depth[event.coder] ?? 0) + event.delta;
      i++;
    }
    const next = events[i]?.at;
    if (next === undefined || !depth.some((d) => d > 0)) continue;
    const values = valuesFor(context, (c) => (depth[c] ?? 0) > 0);
    const previous = units[units.length - 1];
    if (previous && previous.end === at && sameValues(previous.values, values)) {
      previous.end = next;
      previous.weight += next - at;
    } else {
      units.push({
        codeId: context.codeId,
        documentId: context.documentId,
        start: at,
        end: next,
        values,
        weight: next - at,
      });
    }
    coveredChars += next - at;
  }
  units.push({
    codeId: context.codeId,
    documentId: context.documentId,
    start: from,
    end: to,
    values: valuesFor(context, () => false),
    weight: Math.max(0, to - from - coveredChars),
    pooled: true,
  });
  return units;
}

function sameValues(a: readonly RatingValue[], b: readonly RatingValue[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Binary search: the first turn (sorted by start) whose end lies after an offset. */
function firstTurnEndingAfter(turns: readonly Turn[], offset: number): number {
  let low = 0;
  let high = turns.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((turns[mid] as Turn).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function codesInUse(project: ProjectData, codings: readonly Coding[]): Id[] {
  const used = new Set(codings.map((c) => c.codeId));
  const known = project.codes.filter((c) => used.has(c.id)).map((c) => c.id);
  const unknown = [...used].filter((id) => !project.codes.some((c) => c.id === id));
  return [...known, ...unknown];
}

function coderCoverage(codings: readonly Coding[], coderIndex: Map<Id, number>): Map<Id, Set<number>> {
  const coverage = new Map<Id, Set<number>>();
  for (const coding of codings) {
    const index = coderIndex.get(coding.coderId);
    if (index === undefined) continue;
    const set = coverage.get(coding.documentId) ?? new Set<number>();
    set.add(index);
    coverage.set(coding.documentId, set);
  }
  return coverage;
}

/** Codings grouped by document and code, each group sorted by start. */
export function groupCodings(codings: readonly Coding[]): Map<string, Coding[]> {
  const groups = new Map<string, Coding[]>();
  for (const coding of codings) {
    const key = `${coding.documentId}\u0000${coding.codeId}`;
    const list = groups.get(key) ?? [];
    list.push(coding);
    groups.set(key, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.start - b.start);
  return groups;
}

function groupTurns(turns: readonly Turn[]): Map<Id, Turn[]> {
  const groups = new Map<Id, Turn[]>();
  for (const turn of turns) {
    const list = groups.get(turn.documentId) ?? [];
    list.push(turn);
    groups.set(turn.documentId, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.start - b.start);
  return groups;
}
