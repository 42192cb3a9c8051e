import { LaneLayout } from '../../../../shared/coding/lanes.ts';
import type { Code, Coding } from '../../../../shared/model.ts';

/** A coding's stripe beside one row: its code (undefined when deleted) and its lane. */
export type Stripe = { coding: Coding; code: Code | undefined; lane: number };

type Range = { start: number; end: number };
type Known = { coding: Coding; index: number; seen: number };

/** Where `coding` (that very object) is in `codings` (in text order), found by a binary search on its start; -1 when absent. */
function positionOf(codings: readonly Coding[], coding: Coding): number {
  let lo = 0;
  let hi = codings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (codings[mid]!.start < coding.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < codings.length && codings[i]!.start === coding.start; i++) {
    if (codings[i] === coding) return i;
  }
  return -1;
}

/** Binary search: the index of the row that contains an offset (or the last one before it). */
export function rowIndexAt(rows: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rows[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Calls `visit` with the index of every row that a range overlaps. */
function forRowsOf(rows: readonly Range[], range: Range, visit: (row: number) => void): void {
  for (let r = rowIndexAt(rows, range.start); r < rows.length && rows[r]!.start < range.end; r++) {
    if (rows[r]!.end > range.start) visit(r);
  }
}

/**
 * Whether two codings are the same in every field. Storing one coding reads the document's list back as new
 * objects; the codings that did not change keep their stripes (and their rows stay as they are).
 */
export function sameCoding(a: Coding, b: Coding): boolean {
  if (a === b) return true;
  let fields = 0;
  for (const key in a) {
    if (a[key as keyof Coding] !== b[key as keyof Coding]) return false;
    fields++;
  }
  for (const key in b) if (key) fields--;
  return fields === 0;
}

function sameStripes(a: readonly Stripe[], b: readonly Stripe[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => sameCoding(s.coding, b[i]!.coding) && s.lane === b[i]!.lane && s.code === b[i]!.code)
  );
}

/**
 * The stripes of every row (a coding spanning rows appears in each), in the order of the codings, kept up to
 * date incrementally: when codings are added, removed or replaced, only the rows they touch get a new list; the
 * others keep theirs (the same array, so memo(TurnRow) skips them), and no stripe objects are made for them. A
 * change of the rows or of the codes, or codings that come back in another order, lays out every row again.
 * The result always equals laying out all codings from scratch (rowStripes.test.ts).
 */
export class RowStripes {
  private byRow = new Map<number, Stripe[]>();
  private known = new Map<string, Known>();
  private rows: readonly Range[] | undefined;
  private codesById: ReadonlyMap<string, Code> | undefined;
  private generation = 0;
  /** Whether the last layout had an id twice (`known` then cannot tell what changed). */
  private duplicates = false;

  /**
   * Brings the stripes to `codings` (in text order), whose lanes `laneOf` gives (a LaneLayout updated with the
   * same codings: a coding keeps its lane while its range stays the same). Returns the stripes by row index;
   * rows without stripes are absent.
   */
  update(
    rows: readonly Range[],
    codings: readonly Coding[],
    codesById: ReadonlyMap<string, Code>,
    laneOf: (id: string) => number,
  ): ReadonlyMap<number, Stripe[]> {
    const generation = ++this.generation;
    if (rows !== this.rows || codesById !== this.codesById || this.duplicates) {
      return this.rebuild(rows, codings, codesById, laneOf, generation);
    }
    const added: Coding[] = [];
    const gone: Coding[] = [];
    let lastKept = -1;
    for (let i = 0; i < codings.length; i++) {
      const coding = codings[i]!;
      const known = this.known.get(coding.id);
      // An id that comes twice is laid out from scratch, as the rest of the view would show it.
      if (known?.seen === generation) return this.rebuild(rows, codings, codesById, laneOf, generation);
      // Identity first: the common case, and cheaper than comparing fields.
      if (known && (known.coding === coding || sameCoding(known.coding, coding))) {
        // Codings kept in another order would reorder rows nobody marks as changed.
        if (known.index < lastKept) return this.rebuild(rows, codings, codesById, laneOf, generation);
        lastKept = known.index;
        // The object last read, so that the next update finds it by identity (rows may keep an equal older one).
        known.coding = coding;
        known.index = i;
        known.seen = generation;
      } else {
        if (known) gone.push(known.coding);
        added.push(coding);
        this.known.set(coding.id, { coding, index: i, seen: generation });
      }
    }
    if (this.known.size > codings.length) {
      for (const [id, known] of this.known) {
        if (known.seen === generation) continue;
        gone.push(known.coding);
        this.known.delete(id);
      }
    }
    if (added.length === 0 && gone.length === 0) return this.byRow;

    // By id: a kept row may hold an equal coding read earlier, not the very object `known` has.
    return this.relayRows(gone, added, codesById, laneOf);
  }

  /**
   * Adds codings that `codings` (the list last given to `update` or `add`, with them inserted in text order)
   * holds and the layout does not yet: only the rows they touch get a new list, and nothing goes through the
   * other codings. Returns null when that cannot be done (other rows or codes than the last layout's, a coding
   * already known, or no room between its neighbours' positions); `update` then does it.
   */
  add(
    rows: readonly Range[],
    codings: readonly Coding[],
    fresh: readonly Coding[],
    codesById: ReadonlyMap<string, Code>,
    laneOf: (id: string) => number,
  ): ReadonlyMap<number, Stripe[]> | null {
    if (rows !== this.rows || codesById !== this.codesById || this.duplicates) return null;
    if (fresh.some((coding) => this.known.has(coding.id))) return null;
    const placed = fresh.map((coding) => ({ coding, at: positionOf(codings, coding) }));
    if (placed.some((p) => p.at < 0)) return null;
    placed.sort((a, b) => a.at - b.at);
    // Each takes a position between its neighbours' (known codings keep theirs), so that the order of `known`
    // stays the order of the list, as the next `update` expects.
    const positions: number[] = [];
    for (const { coding, at } of placed) {
      const before = at > 0 ? this.known.get(codings[at - 1]!.id)?.index : undefined;
      let after: number | undefined;
      for (let i = at + 1; i < codings.length && after === undefined; i++) {
        after = this.known.get(codings[i]!.id)?.index;
      }
      const index =
        before === undefined
          ? after === undefined
            ? 0
            : after - 1
          : after === undefined
            ? before + 1
            : (before + after) / 2;
      if ((before !== undefined && index <= before) || (after !== undefined && index >= after)) {
        for (const c of placed.slice(0, positions.length)) this.known.delete(c.coding.id);
        return null;
      }
      positions.push(index);
      this.known.set(coding.id, { coding, index, seen: this.generation });
    }
    return this.relayRows(
      [],
      placed.map((p) => p.coding),
      codesById,
      laneOf,
    );
  }

  /** Gives the rows that codings left (`gone`) or joined (`added`) their new lists, in the codings' order. */
  private relayRows(
    gone: readonly Coding[],
    added: readonly Coding[],
    codesById: ReadonlyMap<string, Code>,
    laneOf: (id: string) => number,
  ): ReadonlyMap<number, Stripe[]> {
    const rows = this.rows!;
    const stale = new Set(gone.map((c) => c.id));
    const dirty = new Map<number, Coding[]>();
    for (const coding of gone) forRowsOf(rows, coding, (r) => dirty.has(r) || dirty.set(r, []));
    for (const coding of added) {
      forRowsOf(rows, coding, (r) => {
        const list = dirty.get(r);
        if (list) list.push(coding);
        else dirty.set(r, [coding]);
      });
    }
    for (const [r, incoming] of dirty) {
      const old = this.byRow.get(r) ?? [];
      const codingsOfRow = old.filter((s) => !stale.has(s.coding.id)).map((s) => s.coding);
      codingsOfRow.push(...incoming);
      codingsOfRow.sort((a, b) => this.known.get(a.id)!.index - this.known.get(b.id)!.index);
      const list = codingsOfRow.map((coding) => ({
        coding,
        code: codesById.get(coding.codeId),
        lane: laneOf(coding.id),
      }));
      if (list.length === 0) this.byRow.delete(r);
      // A row touched by a change always differs: it lost a coding or gained one.
      else this.byRow.set(r, list);
    }
    return this.byRow;
  }

  /** Lays out every row; a row whose stripes are the same as before keeps its array. */
  private rebuild(
    rows: readonly Range[],
    codings: readonly Coding[],
    codesById: ReadonlyMap<string, Code>,
    laneOf: (id: string) => number,
    generation: number,
  ): ReadonlyMap<number, Stripe[]> {
    const byRow = new Map<number, Stripe[]>();
    this.known = new Map();
    codings.forEach((coding, index) => {
      this.known.set(coding.id, { coding, index, seen: generation });
      const stripe = { coding, code: codesById.get(coding.codeId), lane: laneOf(coding.id) };
      forRowsOf(rows, coding, (r) => {
        const list = byRow.get(r);
        if (list) list.push(stripe);
        else byRow.set(r, [stripe]);
      });
    });
    for (const [r, list] of byRow) {
      const old = this.byRow.get(r);
      if (old && sameStripes(old, list)) byRow.set(r, old);
    }
    this.byRow = byRow;
    this.rows = rows;
    this.codesById = codesById;
    this.duplicates = this.known.size !== codings.length;
    return byRow;
  }
}

/** Codings that are stored ones with pending ones inserted (usePendingCodings): which were inserted into which. */
export type PendingInsertions = { stored: readonly Coding[]; added: readonly Coding[] };

/**
 * The margin of the coding view: the lanes (LaneLayout) and the stripes per row (RowStripes) of the codings shown.
 * Applying a coding shows it before it is stored, as the stored list with it inserted; told so (`pending`), the
 * layout places just the codings new since its last call, instead of going through all of a long transcript's
 * codings in the key press's own task. Otherwise, and whenever that cannot be done, it brings both up to date
 * from the whole list. Either way the result is the same (rowStripes.test.ts).
 */
export class StripeLayout {
  private lanes = new LaneLayout();
  private stripes = new RowStripes();
  private last: PendingInsertions | undefined;

  update(
    rows: readonly Range[],
    codings: readonly Coding[],
    codesById: ReadonlyMap<string, Code>,
    pending?: PendingInsertions,
  ): { byRow: ReadonlyMap<number, Stripe[]>; laneCount: number } {
    const laneOf = (id: string) => this.lanes.laneOf(id);
    const last = this.last;
    let byRow: ReadonlyMap<number, Stripe[]> | null = null;
    if (pending && last && pending.stored === last.stored && startsWith(pending.added, last.added)) {
      // The codings are the last ones with `fresh` inserted: placing those is what updating the lanes would do.
      const fresh = pending.added.slice(last.added.length);
      this.lanes.add(fresh);
      byRow = this.stripes.add(rows, codings, fresh, codesById, laneOf);
    }
    if (!byRow) {
      this.lanes.update(codings);
      byRow = this.stripes.update(rows, codings, codesById, laneOf);
    }
    this.last = pending ?? { stored: codings, added: [] };
    return { byRow, laneCount: this.lanes.count };
  }

  /** The lane of a coding shown. */
  laneOf(id: string): number {
    return this.lanes.laneOf(id);
  }
}

function startsWith(list: readonly Coding[], prefix: readonly Coding[]): boolean {
  return prefix.length <= list.length && prefix.every((coding, i) => list[i] === coding);
}
