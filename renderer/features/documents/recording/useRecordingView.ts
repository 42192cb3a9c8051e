import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  buildTimeline,
  latestTime,
  spanOf,
  turnIndexAt,
  turnTimes,
  type Timeline,
  type TurnTime,
} from '../../../../shared/recordings/timeline.ts';
import type { Recording } from '../../../../shared/recordings/types.ts';
import { setSyncPoint, useRecording, useSyncPoints } from '../../../db/recordings.ts';
import { useProject } from '../../../session/ProjectContext.tsx';
import type { CodingData } from '../coding/useCodingData.ts';
import { PlayingRow } from './playingRow.ts';
import { usePlayer, type Player } from './usePlayer.ts';

export type RecordingView = {
  recording: Recording | null | undefined;
  timeline: Timeline;
  /** The start time of every row of the transcript (undefined where it cannot be told). */
  rowTimes: (TurnTime | undefined)[];
  /** The latest time the transcript names, to warn when the recording is shorter. */
  latest: number;
  player: Player;
  /** The row being heard: a store, so that a change re-renders the two rows concerned and nothing else. */
  playing: PlayingRow;
  follow: boolean;
  setFollow(follow: boolean): void;
  playRow(index: number): boolean;
  playRange(range: { start: number; end: number }): boolean;
  syncRow(index: number): Promise<number | null>;
};

/**
 * The recording of the open document tied to its transcript: times per row from the transcript's times and the
 * sync points, the player, and which row is being heard. `onFollow` scrolls a row into view while following.
 */
export function useRecordingView(data: CodingData, onFollow: (row: number) => void): RecordingView {
  const session = useProject();
  const documentId = data.document.id;
  const recording = useRecording(session.db, documentId);
  const syncPoints = useSyncPoints(session.db, documentId);
  const { rows } = data;
  const turns = useMemo(() => rows.flatMap((r) => (r.turn ? [r.turn] : [])), [rows]);
  const timeline = useMemo(
    () => buildTimeline(turns, syncPoints ?? [], data.document.text.length, recording?.duration || undefined),
    [turns, syncPoints, data.document.text.length, recording?.duration],
  );
  const rowTimes = useMemo(() => turnTimes(timeline, rows), [timeline, rows]);
  const latest = useMemo(() => latestTime(turns, syncPoints ?? []), [turns, syncPoints]);

  const [playing] = useState(() => new PlayingRow());
  const [follow, setFollowState] = useState(true);
  const current = useRef({ follow: true, rowTimes, onFollow });
  useLayoutEffect(() => {
    current.current.rowTimes = rowTimes;
    current.current.onFollow = onFollow;
  });
  // Per frame: a binary search; when the row being heard changes, it and the previous one re-render (not this
  // view), and the transcript scrolls only when the new row is out of view.
  const player = usePlayer(
    useCallback(
      (time: number) => {
        const state = current.current;
        const row = turnIndexAt(state.rowTimes, time);
        if (playing.set(row) && state.follow && row >= 0) state.onFollow(row);
      },
      [playing],
    ),
  );
  const setFollow = useCallback((on: boolean) => {
    current.current.follow = on;
    setFollowState(on);
  }, []);

  const playRow = useCallback(
    (index: number) => {
      const time = rowTimes[index]?.time;
      if (time === undefined) return false;
      player.playFrom(time);
      return true;
    },
    [rowTimes, player],
  );
  const playRange = useCallback(
    (range: { start: number; end: number }) => {
      const span = spanOf(timeline, range);
      if (!span) return false;
      player.playSpan(span);
      return true;
    },
    [timeline, player],
  );
  const syncRow = useCallback(
    async (index: number) => {
      const row = rows[index];
      if (!row?.turn) return null;
      const time = player.now();
      await setSyncPoint(session, documentId, row.start, time);
      return time;
    },
    [rows, player, session, documentId],
  );

  return {
    recording,
    timeline,
    rowTimes,
    latest,
    player,
    playing,
    follow,
    setFollow,
    playRow,
    playRange,
    syncRow,
  };
}
