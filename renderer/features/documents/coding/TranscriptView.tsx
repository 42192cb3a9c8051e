import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import {
  forwardRef,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { perspectiveOf } from '../../../../shared/model.ts';
import type { Highlight } from '../../../../shared/coding/segments.ts';
import type { TurnTime } from '../../../../shared/recordings/timeline.ts';
import type { PlayingRow } from '../recording/playingRow.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { caretOffset, selectionOffsets, showSelection, trimRange } from './selection.ts';
import { StripeLayout, rowIndexAt, type Stripe } from './rowStripes.ts';
import { TurnRow } from './TurnRow.tsx';
import type { CodingData, Row } from './useCodingData.ts';

export type TranscriptHandle = {
  /** Scrolls so that a document offset is in view (and focuses its row). */
  reveal: (offset: number) => void;
  /** The index of the row the keyboard is on. */
  focusedRow: () => number;
  /** Scrolls a row into view without moving the focus (following a recording). */
  follow: (index: number) => void;
};

type Props = {
  data: CodingData;
  visibleCodes: Set<string> | null;
  findHits: { start: number; end: number }[];
  selectedCodingId: string | null;
  /** The text selected for coding (null: none). */
  selection: { start: number; end: number } | null;
  onSelection: (range: { start: number; end: number } | null) => void;
  onSelectCoding: (id: string | null) => void;
  onEditRow: (row: Row) => void;
  /** Why text cannot be edited here (a reader of a shared project), or null. */
  readOnly: string | null;
  /** Start times per row, when known or estimated from a recording. */
  rowTimes: (TurnTime | undefined)[];
  /** Whether a recording is linked (times become play buttons). */
  playable: boolean;
  /** The row being heard (each row listens for itself, so a change does not re-render the transcript). */
  playing: PlayingRow;
  onPlayRow: (index: number) => void;
  /** Turns chosen for a speaker change. */
  chosenTurns: ReadonlySet<string>;
  /** The cursor offset shown as the place a split would go (null: none). */
  caret: number | null;
  onCaret: (offset: number | null) => void;
  onSpeakerClick: (index: number, e: MouseEvent<HTMLElement>) => void;
  /** Shift+↑/↓: the turns from one row to another are chosen. */
  onExtendTurns: (from: number, to: number) => void;
};

const NO_STRIPES: Stripe[] = [];

/**
 * How following a recording scrolls to the next page: smoothly when it is near (the eye can follow, and the rows
 * coming into view are rendered a few per frame instead of a page in one task), at once when it is far away or
 * the user asked the system for less motion.
 */
function followBehavior(virtualizer: Virtualizer<HTMLDivElement, Element>, index: number): ScrollBehavior {
  if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return 'auto';
  const target = virtualizer.getOffsetForIndex(index, 'start')?.[0];
  const viewport = virtualizer.scrollRect?.height ?? 0;
  if (target === undefined || viewport === 0) return 'auto';
  return Math.abs(target - (virtualizer.scrollOffset ?? 0)) <= 2 * viewport ? 'smooth' : 'auto';
}

/** The transcript, virtualised: only the turns in view are rendered, so a 1,000,000-character text stays fluid. */
export const TranscriptView = forwardRef<TranscriptHandle, Props>(function TranscriptView(props, ref) {
  const { data, visibleCodes, findHits, selectedCodingId } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusedRow, setFocusedRow] = useState(0);
  const { rows, document, codesById, codings } = data;

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => 44 + Math.ceil((rows[i]!.end - rows[i]!.start) / 95) * 22,
    overscan: 6,
  });

  // Codings per row (a coding spanning turns appears in each), with lanes so overlapping stripes sit side by
  // side, kept incrementally (StripeLayout): a coding just applied is placed with a few binary searches, and only
  // the rows it touches get a new list of stripes; every other row keeps its array, so memo(TurnRow) skips it.
  // One layout for the view's life: switching documents frees the old codings' lanes like any removal.
  const [layout] = useState(() => new StripeLayout());
  const perRow = useMemo(
    () => layout.update(rows, codings, codesById, data.pending),
    [layout, rows, codings, codesById, data.pending],
  );

  // Highlights per row, kept while its stripes, the visible codes and the find hits stay the same.
  const highlightCache = useMemo(
    () => ({ visibleCodes, findHits, byRow: new Map<number, { stripes: Stripe[]; list: Highlight[] }>() }),
    [visibleCodes, findHits],
  ).byRow;
  const highlightsFor = useCallback(
    (stripes: Stripe[], row: Row, index: number): Highlight[] => {
      const cached = highlightCache.get(index);
      if (cached && cached.stripes === stripes) return cached.list;
      const list: Highlight[] = [];
      for (const { coding, code } of stripes) {
        if (visibleCodes && !visibleCodes.has(coding.codeId)) continue;
        list.push({
          start: coding.start,
          end: coding.end,
          key: coding.id,
          color: code?.color ?? '#999999',
          kind: 'coding',
        });
      }
      for (const hit of findHits) {
        if (hit.end > row.start && hit.start < row.end)
          list.push({ ...hit, key: `f${hit.start}`, color: '#ffd54f', kind: 'find' });
      }
      highlightCache.set(index, { stripes, list });
      return list;
    },
    [visibleCodes, findHits, highlightCache],
  );

  const focusRow = useCallback(
    (index: number) => {
      const clamped = Math.max(0, Math.min(rows.length - 1, index));
      setFocusedRow(clamped);
      virtualizer.scrollToIndex(clamped, { align: 'auto' });
      requestAnimationFrame(() =>
        scrollRef.current?.querySelector<HTMLElement>(`[data-row="${clamped}"]`)?.focus(),
      );
    },
    [rows.length, virtualizer],
  );

  const focusedRef = useRef(focusedRow);
  focusedRef.current = focusedRow;
  useImperativeHandle(
    ref,
    () => ({
      reveal: (offset: number) => focusRow(rowIndexAt(rows, offset)),
      focusedRow: () => focusedRef.current,
      follow: (index: number) => {
        const range = virtualizer.range;
        // Only scroll when the row heard is (nearly) out of view, so reading along stays calm.
        if (range && index > range.startIndex && index < range.endIndex) return;
        virtualizer.scrollToIndex(index, { align: 'start', behavior: followBehavior(virtualizer, index) });
      },
    }),
    [focusRow, rows, virtualizer],
  );
  // One callback for every row, so memo(TurnRow) is not defeated by a new function per render.
  const playRef = useRef(props.onPlayRow);
  playRef.current = props.onPlayRow;
  const onPlay = useCallback((index: number) => playRef.current(index), []);

  // The selection last read from the text: the one kept on screen when its turn is drawn anew.
  const selectedInText = useRef<{ start: number; end: number } | null>(null);
  const readSelection = (e?: { target: EventTarget }) => {
    // A click on a chip or a stripe is not a place in the text: keep the selection and the cursor.
    if (e?.target instanceof Element && e.target.closest('button')) return;
    const root = scrollRef.current;
    const range = root ? selectionOffsets(root) : null;
    const selected = range ? trimRange(document.text, range.start, range.end) : null;
    selectedInText.current = selected;
    props.onSelection(selected);
    props.onCaret(root ? caretOffset(root) : null);
  };
  const { selection } = props;
  useLayoutEffect(() => {
    // Once the turns under a new selection are drawn (the split cursor leaves them), before the screen is
    // painted: what is coded is what is seen selected. Only then: during a new drag the old one is still held.
    const root = scrollRef.current;
    if (root && selection && selection === selectedInText.current) showSelection(root, selection);
  }, [selection, document.text]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLElement && e.target.closest('button, input, textarea, select')) return;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && e.shiftKey) {
      e.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, focusedRow + (e.key === 'ArrowDown' ? 1 : -1)));
      props.onExtendTurns(focusedRow, next);
      focusRow(next);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow(focusedRow + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Home' && e.ctrlKey) {
      focusRow(0);
    } else if (e.key === 'End' && e.ctrlKey) {
      focusRow(rows.length - 1);
    } else if ((e.key === 'Enter' || e.key === ' ') && !e.ctrlKey && !e.metaKey) {
      // Select the focused turn's whole text, ready to be coded.
      e.preventDefault();
      const row = rows[focusedRow];
      if (row) props.onSelection({ start: row.start, end: row.end });
    }
  };

  return (
    <div
      ref={scrollRef}
      className="transcript"
      role="list"
      aria-label={t('coding.transcript', { name: document.name })}
      onMouseUp={readSelection}
      onKeyUp={(e) => e.shiftKey && !e.key.startsWith('Arrow') && readSelection()}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const stripes = perRow.byRow.get(item.index) ?? NO_STRIPES;
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="turn-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <TurnRow
                row={row}
                index={item.index}
                text={document.text}
                perspective={perspectiveOf(row.speaker, document)}
                highlights={highlightsFor(stripes, row, item.index)}
                stripes={stripes}
                otherCoders={data.otherCoders}
                lanes={perRow.laneCount}
                selectedCodingId={selectedCodingId}
                focused={item.index === focusedRow}
                chosen={row.turn !== undefined && props.chosenTurns.has(row.turn.id)}
                caret={
                  props.caret !== null && props.caret > row.start && props.caret < row.end
                    ? props.caret
                    : undefined
                }
                onSpeakerClick={props.onSpeakerClick}
                onSelectCoding={props.onSelectCoding}
                onFocusRow={setFocusedRow}
                onEdit={props.onEditRow}
                readOnly={props.readOnly}
                time={props.rowTimes[item.index]}
                playable={props.playable}
                playing={props.playing}
                onPlay={onPlay}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
});
