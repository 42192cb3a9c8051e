import { useMemo } from 'react';
import type { Id, ProjectData } from '../../../shared/model.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useCurrentCoder } from '../../db/codings.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { useReadOnly } from '../../sync/readOnly.ts';
import { AgreementView } from './AgreementView.tsx';
import { useStatFormat } from './format.ts';
import { MergeDialog } from './MergeDialog.tsx';
import { useCoderImport } from './useCoderImport.ts';

type Props = { data: ProjectData; projectId: string; toast: (text: string) => void };

/** The coders of the project with their work, importing another coder's work, and their agreement. */
export function CodersTab({ data, projectId, toast }: Props) {
  const { t } = useTranslation();
  const { db } = useProject();
  const readOnly = useReadOnly();
  const current = useCurrentCoder(db);
  const { count } = useStatFormat();
  const importer = useCoderImport(data, toast);
  const work = useMemo(() => {
    const byCoder = new Map<Id, { codings: number; documents: Set<Id> }>();
    for (const coding of data.codings) {
      const entry = byCoder.get(coding.coderId) ?? { codings: 0, documents: new Set<Id>() };
      entry.codings++;
      entry.documents.add(coding.documentId);
      byCoder.set(coding.coderId, entry);
    }
    return byCoder;
  }, [data.codings]);
  const active = data.coders.filter((c) => work.has(c.id));

  return (
    <div className="rigour-coders">
      <section className="card rigour-card" aria-labelledby="rigour-coders-title">
        <div className="rigour-card-header">
          <h3 id="rigour-coders-title">{t('rigour.coders.title')}</h3>
          <button
            type="button"
            className="primary"
            disabled={readOnly !== null}
            title={readOnly ?? undefined}
            onClick={() => void importer.choose()}
          >
            {t('rigour.coders.import')}
          </button>
        </div>
        <p className="muted">{t('rigour.coders.importHelp')}</p>
        {data.coders.length === 0 ? (
          <p>{t('rigour.coders.none')}</p>
        ) : (
          <table className="coder-table">
            <thead>
              <tr>
                <th>{t('rigour.coders.name')}</th>
                <th className="num">{t('rigour.coders.codings')}</th>
                <th className="num">{t('rigour.coders.documents')}</th>
              </tr>
            </thead>
            <tbody>
              {data.coders.map((coder) => (
                <tr key={coder.id}>
                  <td>
                    {coder.name}
                    {current?.id === coder.id && <span className="muted"> {t('rigour.coders.you')}</span>}
                  </td>
                  <td className="num">{count(work.get(coder.id)?.codings ?? 0)}</td>
                  <td className="num">{count(work.get(coder.id)?.documents.size ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {/* Compare offers its coder choice from two coders with codings on: before that, the tip points nowhere. */}
        {active.length >= 2 && <p className="muted rigour-hint">{t('rigour.coders.filterHint')}</p>}
      </section>
      {active.length < 2 ? (
        <EmptyState title={t('rigour.oneCoder.title')} body={t('rigour.oneCoder.body')}>
          <button
            type="button"
            disabled={readOnly !== null}
            title={readOnly ?? undefined}
            onClick={() => void importer.choose()}
          >
            {t('rigour.coders.import')}
          </button>
        </EmptyState>
      ) : (
        <AgreementView data={data} coders={active} projectId={projectId} />
      )}
      {importer.pending && (
        <MergeDialog
          pending={importer.pending}
          onConfirm={() => void importer.confirm()}
          onClose={importer.cancel}
        />
      )}
    </div>
  );
}
