/** A researcher's mark: the text at `offset` is heard at `time` seconds of the recording. */
export type SyncPoint = { id: string; documentId: string; offset: number; time: number };

/** Where a turn begins in the text and, when the transcript says so, in the recording. */
export type TimedTurn = { start: number; time?: number };

/** A turn's start time, and whether it was interpolated rather than known. */
export type TurnTime = { time: number; estimated: boolean };

/** Text offset ↔ media time, as anchors sorted by offset with times that never go back. */
export type Timeline = { offsets: number[]; times: number[] };

/**
 * The anchors of a document: turn times from the transcript and the researcher's sync points (a sync point
 * wins over a transcript time at the same offset), plus the start (0 s) and, when the duration is known, the
 * end of the text at the end of the recording. Anchors whose time goes back are dropped (a typo in a time
 * should not make the player jump backwards).
 */
export function buildTimeline(
  turns: readonly TimedTurn[],
  syncPoints: readonly Pick<SyncPoint, 'offset' | 'time'>[],
  textLength: number,
  duration?: number,
): Timeline {
  const byOffset = new Map<number, number>();
  for (const turn of turns)
    if (turn.time !== undefined && Number.isFinite(turn.time)) byOffset.set(turn.start, turn.time);
  for (const point of syncPoints) if (Number.isFinite(point.time)) byOffset.set(point.offset, point.time);
  if (!byOffset.has(0)) byOffset.set(0, Math.min(0, ...byOffset.values()));
  const sorted = [...byOffset].sort((a, b) => a[0] - b[0]);
  const offsets: number[] = [];
  const times: number[] = [];
  for (const [offset, time] of sorted) {
    if (times.length && time < times[times.length - 1]!) continue;
    offsets.push(offset);
    times.push(time);
  }
  const last = times[times.length - 1]!;
  if (duration !== undefined && duration > last && textLength > offsets[offsets.length - 1]!) {
    offsets.push(textLength);
    times.push(duration);
  }
  return { offsets, times };
}

/** The index of the last entry of a sorted list that is ≤ value (0 when none is). */
function lastAtOrBefore(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The media time of a text offset: linear between the anchors around it. Past the last anchor there is no
 * time (undefined) unless the offset is that anchor's.
 */
export function timeAtOffset(timeline: Timeline, offset: number): number | undefined {
  const { offsets, times } = timeline;
  const i = lastAtOrBefore(offsets, offset);
  if (offsets[i] === offset || offset < offsets[0]!) return times[i];
  if (i === offsets.length - 1) return undefined;
  const span = offsets[i + 1]! - offsets[i]!;
  return times[i]! + ((times[i + 1]! - times[i]!) * (offset - offsets[i]!)) / span;
}

/** Whether an offset is exactly an anchor (a known time) rather than interpolated. */
export function isAnchor(timeline: Timeline, offset: number): boolean {
  return timeline.offsets[lastAtOrBefore(timeline.offsets, offset)] === offset;
}

/** The start time of every turn (undefined where it cannot be told), marking interpolated ones. */
export function turnTimes(timeline: Timeline, turns: readonly TimedTurn[]): (TurnTime | undefined)[] {
  return turns.map((turn) => {
    const time = timeAtOffset(timeline, turn.start);
    return time === undefined ? undefined : { time, estimated: !isAnchor(timeline, turn.start) };
  });
}

/** The index of the turn being spoken at a media time: the last whose start time is ≤ it (-1 before the first). */
export function turnIndexAt(times: readonly (TurnTime | undefined)[], time: number): number {
  let found = -1;
  let lo = 0;
  let hi = times.length - 1;
  // Binary search over the known times; unknown ones (after the last anchor) sit at the end.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = times[mid];
    if (at !== undefined && at.time <= time) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The media span of a text range (a coding), or undefined when its start has no time. */
export function spanOf(
  timeline: Timeline,
  range: { start: number; end: number },
): { start: number; end: number } | undefined {
  const start = timeAtOffset(timeline, range.start);
  if (start === undefined) return undefined;
  const end = timeAtOffset(timeline, range.end);
  return { start, end: end === undefined || end <= start ? start + 5 : end };
}

/** The latest time the transcript names (to warn when the recording is shorter than the transcript). */
export function latestTime(
  turns: readonly { time?: number; endTime?: number }[],
  syncPoints: readonly { time: number }[],
): number {
  let latest = 0;
  for (const turn of turns) latest = Math.max(latest, turn.endTime ?? 0, turn.time ?? 0);
  for (const point of syncPoints) latest = Math.max(latest, point.time);
  return latest;
}

/** h:mm:ss of a time in seconds (what the turn margin and the player show). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hms = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return `${hms[0]}:${String(hms[1]).padStart(2, '0')}:${String(hms[2]).padStart(2, '0')}`;
}
