import type { Warning } from '../../../../shared/model.ts';
import { formatNumber, useTranslation } from '../../../i18n/index.ts';

/** Warnings shown elsewhere in the preview (no speakers, guessed columns). */
const SHOWN_ELSEWHERE = new Set(['import.warning.noSpeakers', 'import.warning.columnsGuessed']);

/** Where speaker detection of one file guessed, each pointing at its line, paragraph or cue. */
export function DetectionWarnings({ warnings }: { warnings: Warning[] }) {
  const { t, i18n } = useTranslation();
  const shown = warnings.filter((w) => !SHOWN_ELSEWHERE.has(w.key));
  if (shown.length === 0) return null;
  return (
    <section className="warning detection-warnings" aria-label={t('import.guessed')}>
      <strong>{t('import.guessed')}</strong> <span className="muted">{t('import.guessedHint')}</span>
      <ul>
        {shown.map((w, i) => {
          const { unit, line, excerpt } = w.params ?? {};
          return (
            <li key={i}>
              {unit !== undefined && typeof line === 'number' && (
                <span className="line-ref">
                  {t(`import.at.${unit}`, { line: formatNumber(line, i18n.language) })}
                </span>
              )}
              <span>{t(w.key, w.params)}</span>
              {excerpt !== undefined && <q className="excerpt">{excerpt}</q>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
