import { Dialog } from '../../components/Dialog.tsx';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import type { PendingMerge } from './useCoderImport.ts';

type Props = { pending: PendingMerge; onConfirm: () => void; onClose: () => void };

/** What merging another coder's project would add: recognised documents, new codes, coders and codings. */
export function MergeDialog({ pending, onConfirm, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { report } = pending;
  const plural = (key: string, n: number) => t(key, { count: n, formatted: formatNumber(n, i18n.language) });
  const nothing = report.codings.added === 0;
  return (
    <Dialog
      title={t('rigour.merge.title', { file: pending.fileName })}
      onClose={onClose}
      wide
      confirm={{ label: t('rigour.merge.confirm'), onConfirm, disabled: nothing }}
    >
      <p className="merge-summary">
        {t('rigour.merge.summary', {
          documents: plural('rigour.merge.documents', report.documents.matched.length),
          codings: plural('rigour.merge.codings', report.codings.added),
          duplicates: formatNumber(report.codings.duplicates, i18n.language),
          codes: plural('rigour.merge.newCodes', report.codes.added.length),
        })}
      </p>
      {report.coders.added.length > 0 && (
        <p>{t('rigour.merge.coders', { names: report.coders.added.map((c) => c.name).join(', ') })}</p>
      )}
      {report.coders.matched > 0 && (
        <p className="muted">{t('rigour.merge.knownCoders', { count: report.coders.matched })}</p>
      )}
      {report.documents.matched.length > 0 && (
        <>
          <h3>{t('rigour.merge.matched')}</h3>
          <ul className="merge-list">
            {report.documents.matched.map((m) => (
              <li key={m.otherId}>
                {m.name}
                {m.how === 'whitespace' && <span className="muted"> · {t('rigour.merge.whitespace')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.documents.unmatched.length > 0 && (
        <>
          <h3>{t('rigour.merge.unmatched')}</h3>
          <ul className="merge-list merge-unmatched">
            {report.documents.unmatched.map((u) => (
              <li key={u.id}>{t('rigour.merge.unmatchedDocument', { name: u.name })}</li>
            ))}
          </ul>
        </>
      )}
      {pending.warnings.length > 0 && (
        <>
          <h3>{t('rigour.merge.readNotes')}</h3>
          <ul className="merge-list">
            {pending.warnings.map((w, i) => (
              <li key={i}>{t(w.key, w.params ?? {})}</li>
            ))}
          </ul>
        </>
      )}
      {nothing && <p role="alert">{t('rigour.merge.nothing')}</p>}
    </Dialog>
  );
}
