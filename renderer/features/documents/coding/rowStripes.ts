import type { Code, Coding } from '../../../../shared/model.ts';

/** A coding's stripe beside one row: its code (undefined when deleted) and its lane. */
export type Stripe = { coding: Coding; code: Code | undefined; lane: number };

type Range = { start: number; end: number };
type Known = { coding: Coding; index: number; seen: number };

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
