import { useState } from 'react';
import type { Code, Coding } from '../../../../shared/model.ts';
import { useTranslation } from '../../../i18n/index.ts';

type Props = {
  coding: Coding;
  text: string;
  codes: Code[];
  coderName: string;
  onChange: (coding: Coding) => void;
  onRemove: () => void;
  onClose: () => void;
  /** Plays the coded fragment of the recording; absent without a recording. */
  onPlay?: () => void;
  /** Why the coding cannot be changed here (a reader of a shared project), or null. */
  readOnly?: string | null;
};

/** Moves a boundary to the previous or next word edge. */
function nudge(text: string, at: number, direction: -1 | 1): number {
  let i = at + direction;
  while (i > 0 && i < text.length && !(/\s/.test(text[i - 1]!) !== /\s/.test(text[i]!))) i += direction;
  return Math.max(0, Math.min(text.length, i));
}

/** The selected coding: change its code, move its boundaries by word, write a memo, or remove it. */
export function CodingEditor(props: Props) {
  const { coding, text, codes, coderName, onChange, onRemove, onClose, onPlay, readOnly = null } = props;
  const { t } = useTranslation();
  const [memo, setMemo] = useState(coding.memo ?? '');
  const move = (edge: 'start' | 'end', direction: -1 | 1) => {
    const next = { ...coding, [edge]: nudge(text, coding[edge], direction) };
    if (next.end > next.start) onChange(next);
  };
  return (
    <section className="coding-editor" aria-label={t('coding.selectedCoding')}>
      <div className="panel-head">
        <h3>{t('coding.selectedCoding')}</h3>
        <button type="button" className="link" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
      {/* Focusable: a long quote scrolls, and keyboard users must be able to scroll it too. */}
      <blockquote className="quote" tabIndex={0}>
        {text.slice(coding.start, coding.end)}
      </blockquote>
      <p className="muted small">{t('coding.codedBy', { coder: coderName })}</p>
      {onPlay && (
        <button type="button" onClick={onPlay} title={`${t('recording.playCoding')} (F2)`}>
          ▶ {t('recording.playCoding')}
        </button>
      )}
      {readOnly && <p className="muted small read-only-note">{readOnly}</p>}
      {/* A disabled fieldset disables every control in it: a reader reads the coding but cannot change it. */}
      <fieldset className="plain" disabled={readOnly !== null} title={readOnly ?? undefined}>
        <label>
          <span>{t('coding.code')}</span>
          <select value={coding.codeId} onChange={(e) => onChange({ ...coding, codeId: e.target.value })}>
            {!codes.some((c) => c.id === coding.codeId) && (
              <option value={coding.codeId} disabled>
                {t('coding.deletedCode')}
              </option>
            )}
            {codes
              .filter((c) => c.codable || c.id === coding.codeId)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </select>
        </label>
        <div className="boundaries" role="group" aria-label={t('coding.boundaries')}>
          <button
            type="button"
            onClick={() => move('start', -1)}
            title={t('coding.startEarlier')}
            aria-label={t('coding.startEarlier')}
          >
            ⇤
          </button>
          <button
            type="button"
            onClick={() => move('start', 1)}
            title={t('coding.startLater')}
            aria-label={t('coding.startLater')}
          >
            ⇥
          </button>
          <span className="muted small">{t('coding.boundaries')}</span>
          <button
            type="button"
            onClick={() => move('end', -1)}
            title={t('coding.endEarlier')}
            aria-label={t('coding.endEarlier')}
          >
            ⇤
          </button>
          <button
            type="button"
            onClick={() => move('end', 1)}
            title={t('coding.endLater')}
            aria-label={t('coding.endLater')}
          >
            ⇥
          </button>
        </div>
        <label>
          <span>{t('coding.memo')}</span>
          <textarea
            value={memo}
            onChange={(e) => setMemo(e.target.value)}
            onBlur={() => memo !== (coding.memo ?? '') && onChange({ ...coding, memo })}
          />
        </label>
        <button type="button" className="danger-link" onClick={onRemove}>
          {t('coding.remove')}
        </button>
      </fieldset>
    </section>
  );
}
