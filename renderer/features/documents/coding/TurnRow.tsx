import { memo, type MouseEvent } from 'react';
import { perspectiveColor, perspectiveLabel } from '../../../../shared/analysis/perspectives.ts';
import { segmentRange, type Highlight } from '../../../../shared/coding/segments.ts';
import type { Code, Coding } from '../../../../shared/model.ts';
import { formatClock, type TurnTime } from '../../../../shared/recordings/timeline.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { useIsPlaying, type PlayingRow } from '../recording/playingRow.ts';
import type { Stripe } from './rowStripes.ts';
import type { Row } from './useCodingData.ts';

type Props = {
  row: Row;
  index: number;
  text: string;
  perspective: string;
  highlights: Highlight[];
  stripes: Stripe[];
  /** The names of the coders other than this computer's, whose codings say who made them. */
  otherCoders?: ReadonlyMap<string, string> | undefined;
  lanes: number;
  selectedCodingId: string | null;
  focused: boolean;
  /** Chosen (Shift/Ctrl-click) for a speaker change. */
  chosen: boolean;
  /** Where a split would go, when the cursor is in this turn. */
  caret?: number | undefined;
  onSpeakerClick: (index: number, e: MouseEvent<HTMLElement>) => void;
  onSelectCoding: (id: string) => void;
  onFocusRow: (index: number) => void;
  onEdit: (row: Row) => void;
  /** Why the turn's text cannot be edited here (a reader of a shared project), or null. */
  readOnly: string | null;
  /** The turn's start time (known or, with a recording, estimated). */
  time: TurnTime | undefined;
  playable: boolean;
  /** Which row is being heard; this row re-renders only when it starts or stops being the one. */
  playing: PlayingRow;
  onPlay: (index: number) => void;
};

function stripeName(
  code: Code | undefined,
  coding: Coding,
  others: ReadonlyMap<string, string> | undefined,
  deleted: string,
) {
  const coder = others?.get(coding.coderId);
  // A coding whose code a colleague deleted while it was applied is kept, and says so.
  const name = code?.name ?? deleted;
  return coder ? `${name} — ${coder}` : name;
}

/** One speaker turn: speaker chip and time, the text with coded highlights, and coding stripes in the margin. */
export const TurnRow = memo(function TurnRow(props: Props) {
  const { row, text, highlights, stripes, lanes, selectedCodingId } = props;
  const { t, i18n } = useTranslation();
  const playing = useIsPlaying(props.playing, props.index);
  const speaker = row.speaker;
  const moderator = speaker?.role === 'moderator';
  const color = moderator ? '#8a8f96' : perspectiveColor(props.perspective, 0);
  const segments = segmentRange(row.start, row.end, highlights);
  // Without a recording only the transcript's own times are shown; with one, estimates too (marked ≈).
  const time = props.time && (props.playable || !props.time.estimated) ? props.time : undefined;
  const shown = time ? `${time.estimated ? '≈' : ''}${formatClock(time.time)}` : '';
  const perspectiveName = perspectiveLabel(props.perspective, i18n.language === 'en' ? 'en' : 'nl');
  return (
    <div
      className={`turn${moderator ? ' moderator' : ''}${row.turn ? '' : ' preamble-row'}${props.focused ? ' focused' : ''}${playing ? ' playing' : ''}${props.chosen ? ' chosen' : ''}`}
      data-row={props.index}
      tabIndex={props.focused ? 0 : -1}
      role="listitem"
      aria-label={
        speaker
          ? `${speaker.name}${time && row.turn ? `, ${formatClock(time.time)}` : ''}`
          : t('coding.preamble')
      }
      onFocus={() => props.onFocusRow(props.index)}
    >
      <div className="turn-meta">
        {row.turn ? (
          <button
            type="button"
            className={speaker ? 'speaker-chip' : 'speaker-chip no-speaker'}
            style={{ borderColor: color }}
            title={t('turns.chipTitle', {
              name: speaker?.name ?? t('turns.noSpeakerChip'),
              perspective: perspectiveName || '—',
            })}
            aria-haspopup="menu"
            aria-pressed={props.chosen}
            onClick={(e) => props.onSpeakerClick(props.index, e)}
          >
            {speaker?.name ?? t('turns.noSpeakerChip')}
          </button>
        ) : (
          <span className="muted small">{t('coding.preamble')}</span>
        )}
        {time && row.turn && props.playable ? (
          <button
            type="button"
            className={time.estimated ? 'turn-time play estimated' : 'turn-time play'}
            onClick={() => props.onPlay(props.index)}
            title={`${t('recording.playFrom', { time: formatClock(time.time) })}${time.estimated ? ` (${t('recording.estimated')})` : ''}`}
            aria-label={t('recording.playFrom', { time: formatClock(time.time) })}
          >
            ▶ {shown}
          </button>
        ) : (
          time && row.turn && <span className="turn-time">{shown}</span>
        )}
        {row.turn && (
          <button
            type="button"
            className="turn-edit"
            onClick={() => props.onEdit(row)}
            disabled={props.readOnly !== null}
            title={props.readOnly ?? t('coding.editTurn')}
            aria-label={t('coding.editTurn')}
          >
            ✎
          </button>
        )}
      </div>
      <div className="turn-text">
        {segments.map((s) => {
          const codings = s.highlights.filter((h) => h.kind === 'coding');
          const find = s.highlights.some((h) => h.kind === 'find');
          const style = codings.length
            ? {
                backgroundColor: `${codings[codings.length - 1]!.color}33`,
                boxShadow: codings.length > 1 ? `inset 0 -3px 0 ${codings[0]!.color}99` : undefined,
              }
            : undefined;
          const caret = props.caret;
          const pieces: [number, number][] =
            caret !== undefined && caret > s.start && caret < s.end
              ? [
                  [s.start, caret],
                  [caret, s.end],
                ]
              : [[s.start, s.end]];
          return pieces.map(([from, to]) => (
            <span
              key={`${from}`}
              data-start={from}
              data-end={to}
              data-caret={from === caret && from > row.start ? '' : undefined}
              className={
                find
                  ? 'find-hit'
                  : codings.some((c) => c.key === selectedCodingId)
                    ? 'coded selected-coding'
                    : codings.length
                      ? 'coded'
                      : undefined
              }
              style={style}
            >
              {text.slice(from, to)}
            </span>
          ));
        })}
      </div>
      <div
        className="stripes"
        style={{ width: `${Math.max(lanes, 1) * 8 + 4}px` }}
        aria-hidden={stripes.length === 0}
      >
        {stripes.map(({ coding, code, lane }) => (
          <button
            key={coding.id}
            type="button"
            className={coding.id === selectedCodingId ? 'stripe selected' : 'stripe'}
            style={{
              left: `${lane * 8}px`,
              top: `${(100 * (Math.max(coding.start, row.start) - row.start)) / Math.max(1, row.end - row.start)}%`,
              bottom: `${(100 * (row.end - Math.min(coding.end, row.end))) / Math.max(1, row.end - row.start)}%`,
              backgroundColor: code?.color ?? '#999999',
            }}
            title={stripeName(code, coding, props.otherCoders, t('coding.deletedCode'))}
            aria-label={t('coding.stripe', {
              code: stripeName(code, coding, props.otherCoders, t('coding.deletedCode')),
            })}
            onClick={() => props.onSelectCoding(coding.id)}
          />
        ))}
      </div>
    </div>
  );
});
