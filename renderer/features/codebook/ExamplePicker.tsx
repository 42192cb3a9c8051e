import { Dialog } from '../../components/Dialog.tsx';
import type { Code } from '../../../shared/model.ts';
import { useCodeFragments } from '../../db/fragments.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';

const MAX_QUOTE = 600;

/** Lists a code's coded fragments so one can become its example quote. */
export function ExamplePicker({
  code,
  onClose,
  onChoose,
}: {
  code: Code;
  onClose: () => void;
  onChoose: (text: string) => void;
}) {
  const { db } = useProject();
  const { t } = useTranslation();
  const fragments = useCodeFragments(db, code.id);
  return (
    <Dialog title={t('codebook.examplesTitle', { name: code.name })} onClose={onClose} wide>
      {fragments === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : fragments.length === 0 ? (
        <p>{t('codebook.examplesEmpty')}</p>
      ) : (
        <ul className="fragment-list">
          {fragments.map((f) => {
            const text = f.text.length > MAX_QUOTE ? `${f.text.slice(0, MAX_QUOTE)}…` : f.text;
            return (
              <li key={f.codingId} className="fragment">
                <blockquote>{text}</blockquote>
                <div className="fragment-meta">
                  <span className="muted">
                    {f.speaker
                      ? t('codebook.fragmentSource', { document: f.documentName, speaker: f.speaker })
                      : f.documentName}
                  </span>
                  <button type="button" onClick={() => onChoose(text)}>
                    {t('codebook.useExample')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
