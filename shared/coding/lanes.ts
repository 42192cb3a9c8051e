/** A range with an identity, as a coding is: the lane layout follows it by id. */
export type LaneRange = { id: string; start: number; end: number };

type Placed = { start: number; end: number; lane: number; seen: number };

/**
 * Lanes (columns) for the stripes of overlapping ranges, kept up to date incrementally: a range keeps its lane
 * while it exists, so adding one coding to 5,000 costs a few binary searches instead of a sort of them all, and
 * no other stripe jumps sideways. Placed in start order from scratch, the result equals the greedy layout
 * (each range in the lowest lane that is free when it starts).
 */
export class LaneLayout {
  /** Per lane, its ranges sorted by start (they never overlap, so also by end). */
  private lanes: { start: number; end: number }[][] = [];
  private placed = new Map<string, Placed>();
  private generation = 0;

  /** Brings the layout to `ranges`: new or moved ranges are placed, vanished ones freed. */
  update(ranges: readonly LaneRange[]): void {
    const generation = ++this.generation;
    const incoming: LaneRange[] = [];
    for (const range of ranges) {
      const known = this.placed.get(range.id);
      if (known && known.start === range.start && known.end === range.end) {
        known.seen = generation;
        continue;
      }
      if (known) this.free(range.id, known);
      incoming.push(range);
    }
    if (this.placed.size + incoming.length > ranges.length) {
      for (const [id, known] of this.placed) if (known.seen !== generation) this.free(id, known);
    }
    // Placing in start order (longest first) reproduces the greedy layout on the first update.
    incoming.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const range of incoming) this.place(range, generation);
    while (this.lanes.length > 0 && this.lanes.at(-1)!.length === 0) this.lanes.pop();
  }

  /**
   * Places ranges that are new (what `update` would do with them added to the ranges it last had, without going
   * through those). A range already placed is moved like `update` moves it.
   */
  add(ranges: readonly LaneRange[]): void {
    const incoming = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const range of incoming) {
      const known = this.placed.get(range.id);
      if (known) this.free(range.id, known);
      this.place(range, this.generation);
    }
  }

  /** The lane of a range (0 when unknown). */
  laneOf(id: string): number {
    return this.placed.get(id)?.lane ?? 0;
  }

  /** How many lanes are in use (at least 1, so an empty margin keeps its width). */
  get count(): number {
    return Math.max(1, this.lanes.length);
  }

  private place(range: LaneRange, generation: number): void {
    let lane = 0;
    while (lane < this.lanes.length && overlaps(this.lanes[lane]!, range)) lane++;
    if (lane === this.lanes.length) this.lanes.push([]);
    const list = this.lanes[lane]!;
    const entry = { start: range.start, end: range.end };
    list.splice(firstStartingAtOrAfter(list, range.start), 0, entry);
    this.placed.set(range.id, { start: range.start, end: range.end, lane, seen: generation });
  }

  private free(id: string, known: Placed): void {
    const list = this.lanes[known.lane];
    if (list) {
      const at = firstStartingAtOrAfter(list, known.start);
      for (let i = at; i < list.length && list[i]!.start === known.start; i++) {
        if (list[i]!.end === known.end) {
          list.splice(i, 1);
          break;
        }
      }
    }
    this.placed.delete(id);
  }
}

/** Index of the first range in `list` whose start is ≥ `start`. */
function firstStartingAtOrAfter(list: readonly { start: number }[], start: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a lane (non-overlapping ranges sorted by start) has a range overlapping [start, end). */
function overlaps(list: readonly { start: number; end: number }[], range: { start: number; end: number }) {
  // The last range starting before `end` has the largest end of all that do; only it can reach past `start`.
  const before = firstStartingAtOrAfter(list, range.end) - 1;
  if (before < 0) return false;
  return list[before]!.end > range.start;
}
