import { useState } from 'react';
import type { ProjectData } from '../../../shared/model.ts';
import { saveMemo } from '../../db/memos.ts';
import { formatDateTime, useTranslation } from '../../i18n/index.ts';
import { navigate, type Route } from '../../router.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { ReadOnlyNote } from '../../components/ReadOnlyNote.tsx';
import { useReadOnly } from '../../sync/readOnly.ts';

type Props = { project: ProjectData; route: Extract<Route, { screen: 'project' }> };

/** Every memo of the project (project, documents, codes, codings) in one list, and the project memo editor. */
export function MemoList({ project, route }: Props) {
  const { t, i18n } = useTranslation();
  const session = useProject();
  const readOnly = useReadOnly();
  const projectMemo = project.memos.find((m) => m.target === 'project');
  const [draft, setDraft] = useState(projectMemo?.text ?? '');
  const codingMemos = project.codings.filter((c) => c.memo);
  const name = (target: string) => {
    const [kind, id] = target.split(':');
    if (kind === 'document')
      return `${t('memo.kind.document')}: ${project.documents.find((d) => d.id === id)?.name ?? '?'}`;
    if (kind === 'code')
      return `${t('memo.kind.code')}: ${project.codes.find((c) => c.id === id)?.name ?? '?'}`;
    return t('memo.kind.project');
  };
  return (
    <div className="memo-list">
      <section className="card">
        <h3>{t('memo.projectTitle')}</h3>
        <textarea
          aria-label={t('memo.projectTitle')}
          rows={5}
          value={readOnly ? (projectMemo?.text ?? '') : draft}
          readOnly={readOnly !== null}
          title={readOnly ?? undefined}
          onChange={(e) => readOnly === null && setDraft(e.target.value)}
        />
        <ReadOnlyNote reason={readOnly} />
        <button
          type="button"
          className="primary"
          disabled={readOnly !== null || draft === (projectMemo?.text ?? '')}
          title={readOnly ?? undefined}
          onClick={() => void saveMemo(session, { kind: 'project' }, project.name, draft)}
        >
          {t('app.save')}
        </button>
      </section>
      <ul>
        {project.memos
          .filter((m) => m.target !== 'project')
          .map((m) => (
            <li key={m.id} className="card">
              <strong>{name(m.target)}</strong>{' '}
              <span className="muted small">{formatDateTime(m.updatedAt, i18n.language)}</span>
              <p>{m.text}</p>
              {m.target.startsWith('document:') && (
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    navigate({
                      screen: 'project',
                      projectId: route.projectId,
                      section: 'documents',
                      documentId: m.target.slice(9),
                    })
                  }
                >
                  {t('fragments.goTo')}
                </button>
              )}
            </li>
          ))}
        {codingMemos.map((c) => (
          <li key={c.id} className="card">
            <strong>
              {t('memo.kind.coding')}: {project.codes.find((code) => code.id === c.codeId)?.name}
            </strong>
            <p>{c.memo}</p>
            <button
              type="button"
              className="link"
              onClick={() =>
                navigate({
                  screen: 'project',
                  projectId: route.projectId,
                  section: 'documents',
                  documentId: c.documentId,
                  codingId: c.id,
                })
              }
            >
              {t('fragments.goTo')}
            </button>
          </li>
        ))}
      </ul>
      {project.memos.length === 0 && codingMemos.length === 0 && <p className="muted">{t('memo.none')}</p>}
    </div>
  );
}
