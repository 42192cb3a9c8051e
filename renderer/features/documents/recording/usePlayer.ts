import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** A fragment the player plays (and loops) from start to end. */
export type Span = { start: number; end: number };

export type Player = {
  media: React.RefObject<HTMLMediaElement | null>;
  /** The ref callback of the media element. */
  attach(element: HTMLMediaElement | null): void;
  seek(time: number): void;
  playing: boolean;
  rate: number;
  span: Span | null;
  loop: boolean;
  playFrom(time: number): void;
  playSpan(span: Span): void;
  toggle(): void;
  back(seconds: number): void;
  setRate(rate: number): void;
  changeRate(step: 1 | -1): void;
  setLoop(loop: boolean): void;
  /** The current media time (read, not state: following reads it per frame without re-rendering). */
  now(): number;
  /** Called by the media element's play/pause events. */
  onPlayState(playing: boolean): void;
  /** Called by the media element's timeupdate events: the time the clock shows. */
  onTimeUpdate(time: number): void;
  /** The clock's time and how to follow it, so that only the clock re-renders four times a second. */
  shownTime(): number;
  subscribeTime(listener: () => void): () => void;
};

/**
 * The state of one media element: play from a time, play a fragment (and loop it), speed, back.
 * `onTick` is called once per animation frame while playing, with the current time; it is how the transcript
 * follows along without a React render per frame.
 */
export function usePlayer(onTick: (time: number) => void): Player {
  const media = useRef<HTMLMediaElement | null>(null);
  const [playing, setPlaying] = useState(false);
  const [rate, setRateState] = useState(1);
  const [span, setSpan] = useState<Span | null>(null);
  const [loop, setLoop] = useState(false);
  const tick = useRef(onTick);
  const spanRef = useRef<Span | null>(null);
  const loopRef = useRef(false);
  useLayoutEffect(() => {
    tick.current = onTick;
    spanRef.current = span;
    loopRef.current = loop;
  });

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    const step = () => {
      const element = media.current;
      if (!element) return;
      const fragment = spanRef.current;
      if (fragment && element.currentTime >= fragment.end) {
        if (loopRef.current) element.currentTime = fragment.start;
        else {
          element.pause();
          setSpan(null);
        }
      }
      tick.current(element.currentTime);
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [playing]);

  const start = useCallback((element: HTMLMediaElement) => {
    void element.play().catch(() => setPlaying(false));
  }, []);

  const playFrom = useCallback(
    (time: number) => {
      const element = media.current;
      if (!element) return;
      setSpan(null);
      element.currentTime = Math.max(0, time);
      tick.current(element.currentTime);
      start(element);
    },
    [start],
  );

  const playSpan = useCallback(
    (fragment: Span) => {
      const element = media.current;
      if (!element) return;
      setSpan(fragment);
      element.currentTime = Math.max(0, fragment.start);
      tick.current(element.currentTime);
      start(element);
    },
    [start],
  );

  const toggle = useCallback(() => {
    const element = media.current;
    if (!element) return;
    if (element.paused) start(element);
    else element.pause();
  }, [start]);

  const back = useCallback((seconds: number) => {
    const element = media.current;
    if (!element) return;
    element.currentTime = Math.max(0, element.currentTime - seconds);
    tick.current(element.currentTime);
  }, []);

  const setRate = useCallback((next: number) => {
    const clamped = Math.min(2, Math.max(0.5, next));
    setRateState(clamped);
    if (media.current) media.current.playbackRate = clamped;
  }, []);

  const changeRate = useCallback(
    (direction: 1 | -1) => {
      const current = media.current?.playbackRate ?? 1;
      const index = SPEEDS.findIndex((s) => s >= current - 1e-6);
      setRate(SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, (index < 0 ? 2 : index) + direction))]!);
    },
    [setRate],
  );

  const now = useCallback(() => media.current?.currentTime ?? 0, []);
  const [clock] = useState(() => {
    let time = 0;
    const listeners = new Set<() => void>();
    return {
      shownTime: () => time,
      onTimeUpdate: (next: number) => {
        if (next === time) return;
        time = next;
        listeners.forEach((listener) => listener());
      },
      subscribeTime: (listener: () => void) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    };
  });

  const attach = useCallback(
    (element: HTMLMediaElement | null) => {
      media.current = element;
      // Another recording starts where its element is, not where the previous one was.
      if (element) clock.onTimeUpdate(element.currentTime);
    },
    [clock],
  );
  const seek = useCallback((time: number) => {
    if (media.current) media.current.currentTime = Math.max(0, time);
  }, []);
  return useMemo(
    () => ({
      media,
      attach,
      seek,
      playing,
      rate,
      span,
      loop,
      playFrom,
      playSpan,
      toggle,
      back,
      setRate,
      changeRate,
      setLoop,
      now,
      onPlayState: setPlaying,
      ...clock,
    }),
    [
      playing,
      rate,
      span,
      loop,
      attach,
      seek,
      playFrom,
      playSpan,
      toggle,
      back,
      setRate,
      changeRate,
      now,
      clock,
    ],
  );
}
