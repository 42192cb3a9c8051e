import { useRef, useState } from 'react';
import { splitPoint } from '../../../../shared/coding/turnEdits.ts';
import {
  mergeParsedTurn,
  relabelParsedTurns,
  splitParsedTurn,
} from '../../../../shared/import/corrections.ts';
import type { SpeakerChoice } from '../../../../shared/import/records.ts';
import type { ParsedTranscript } from '../../../../shared/import/types.ts';
import type { Result } from '../../../../shared/model.ts';
import { formatNumber, useTranslation } from '../../../i18n/index.ts';
import { caretOffset } from '../coding/selection.ts';
import { speakerChoiceText } from './importModel.ts';

type Props = {
  parsed: ParsedTranscript;
  /** The speaker table's choices: a renamed speaker is listed by its new name. */
  speakers: Record<string, SpeakerChoice>;
  onChange: (parsed: ParsedTranscript) => void;
};

const FIRST = 40;
const MORE = 100;
const NEW = '\u0000new';
const NONE = '\u0000none';

/**
 * The detected turns of one file, to correct before storing: split a turn where a missed speaker starts,
 * change a turn's speaker, merge a turn with the previous one. Each correction can be taken back.
 */
export function TurnReview({ parsed, speakers, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(FIRST);
  const [caret, setCaret] = useState<number | null>(null);
  const [splitting, setSplitting] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [past, setPast] = useState<ParsedTranscript[]>([]);
  const list = useRef<HTMLOListElement>(null);
  const labels = parsed.speakers.map((s) => s.label);
  const nameOf = (label: string) => speakerChoiceText(label, speakers);
  const apply = (result: Result<ParsedTranscript>) => {
    if (!result.ok) {
      setError(t(result.reason, result.params));
      return;
    }
    setError(null);
    setSplitting(null);
    setCaret(null);
    setPast((p) => [...p, parsed]);
    onChange(result.data);
  };
  const undo = () => {
    const previous = past.at(-1);
    if (!previous) return;
    setPast((p) => p.slice(0, -1));
    setSplitting(null);
    onChange(previous);
  };
  const readCaret = (e: { target: EventTarget }) => {
    // Using a button or a field is not a place in the text: keep the cursor where it was.
    if (e.target instanceof Element && e.target.closest('button, select, input')) return;
    setCaret(list.current ? caretOffset(list.current) : null);
  };
  return (
    <details className="turn-review">
      <summary>
        {t('turns.previewTitle', { count: formatNumber(parsed.turns.length, i18n.language) })}
      </summary>
      <p className="muted small">{t('turns.previewHint')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {past.length > 0 && (
        <button type="button" onClick={undo}>
          {t('app.undo')}
        </button>
      )}
      <ol ref={list} className="turn-review-list" onMouseUp={readCaret} onKeyUp={readCaret}>
        {parsed.turns.slice(0, shown).map((turn, index) => {
          const canSplit =
            caret !== null &&
            caret >= turn.start &&
            caret <= turn.end &&
            splitPoint(parsed.text, turn.start, turn.end, caret) !== null;
          return (
            <li key={`${turn.start}:${turn.speakerLabel ?? ''}`}>
              <div className="turn-review-tools">
                <LabelPicker
                  label={t('turns.previewSpeaker', { n: index + 1 })}
                  labels={labels}
                  nameOf={nameOf}
                  value={turn.speakerLabel}
                  onPick={(label) => apply(relabelParsedTurns(parsed, [index], label))}
                />
                <button
                  type="button"
                  disabled={!canSplit}
                  title={canSplit ? undefined : t('turns.splitHint')}
                  onClick={() => setSplitting(index)}
                >
                  {t('turns.previewSplit')}
                </button>
                <button
                  type="button"
                  disabled={index === 0}
                  onClick={() => apply(mergeParsedTurn(parsed, index))}
                >
                  {t('turns.previewMerge')}
                </button>
              </div>
              <p className="turn-review-text">
                {(caret !== null && caret > turn.start && caret < turn.end
                  ? [
                      [turn.start, caret],
                      [caret, turn.end],
                    ]
                  : [[turn.start, turn.end]]
                ).map(([from, to]) => (
                  <span
                    key={from}
                    data-start={from}
                    data-end={to}
                    data-caret={from === caret ? '' : undefined}
                  >
                    {parsed.text.slice(from, to)}
                  </span>
                ))}
              </p>
              {splitting === index && caret !== null && (
                <div className="turn-review-split" role="group" aria-label={t('turns.splitTitle')}>
                  <LabelPicker
                    label={t('turns.splitWho')}
                    labels={labels}
                    nameOf={nameOf}
                    value={null}
                    confirm={t('turns.splitConfirm')}
                    onPick={(label) => apply(splitParsedTurn(parsed, index, caret, label))}
                    onCancel={() => setSplitting(null)}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {shown < parsed.turns.length && (
        <button type="button" onClick={() => setShown((n) => n + MORE)}>
          {t('turns.previewMore', {
            count: formatNumber(Math.min(MORE, parsed.turns.length - shown), i18n.language),
          })}
        </button>
      )}
    </details>
  );
}

type PickerProps = {
  label: string;
  labels: string[];
  /** How the list names a label. */
  nameOf: (label: string) => string;
  /** The current label; null starts with a new speaker. */
  value: string | null;
  /** With a confirm button the choice waits for it (a split); without, a choice applies at once. */
  confirm?: string;
  onPick: (label: string) => void;
  onCancel?: () => void;
};

/** A speaker label: one of the detected ones, or a new name typed in place. */
function LabelPicker({ label, labels, nameOf, value, confirm, onPick, onCancel }: PickerProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(confirm ? NEW : (value ?? NONE));
  const [name, setName] = useState('');
  const pick = () => onPick(choice === NEW ? name : choice);
  return (
    <span className="label-picker">
      <select
        aria-label={label}
        value={choice}
        onChange={(e) => {
          setChoice(e.target.value);
          if (!confirm && e.target.value !== NEW && e.target.value !== NONE) onPick(e.target.value);
        }}
      >
        {value === null && !confirm && <option value={NONE}>—</option>}
        {labels.map((l) => (
          <option key={l} value={l}>
            {nameOf(l)}
          </option>
        ))}
        <option value={NEW}>{t('turns.previewNew')}</option>
      </select>
      {choice === NEW && (
        <input
          aria-label={t('turns.previewNewPrompt')}
          placeholder={t('turns.previewNewPrompt')}
          value={name}
          autoFocus
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              pick();
            }
          }}
        />
      )}
      {(confirm || choice === NEW) && (
        <button type="button" className={confirm ? 'primary' : undefined} onClick={pick}>
          {confirm ?? t('turns.assign')}
        </button>
      )}
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      )}
    </span>
  );
}
