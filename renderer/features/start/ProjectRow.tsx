import { useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import {
  deleteProject,
  projectSize,
  renameProject,
  useDocumentCount,
  type ProjectEntry,
} from '../../db/projects.ts';
import { formatCount, formatDateTime, useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import type { Freed } from '../../platform/media.ts';
import { navigate } from '../../router.ts';
import { formatBytes } from '../documents/recording/format.ts';

type Size = { documents: number; codings: number; recordings: Freed };

/** What deleting a project removes: its documents and codings, and the recordings this browser keeps for it. */
async function sizeOf(projectId: string): Promise<Size> {
  const [size, recordings] = await Promise.all([
    projectSize(projectId),
    platform.media.storedSize(projectId),
  ]);
  return { ...size, recordings };
}

/** Deletes the project, then the recordings stored for it (nothing of them is kept once it is gone). */
async function deleteWithRecordings(projectId: string): Promise<void> {
  await deleteProject(projectId);
  await platform.media.removeProject(projectId);
}

/** One project on the start screen, with open, rename and delete. */
export function ProjectRow({ project }: { project: ProjectEntry }) {
  const { t, i18n } = useTranslation();
  const documents = useDocumentCount(project.id);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Size | null>(null);
  const open = () => navigate({ screen: 'project', projectId: project.id, section: 'documents' });

  return (
    <li className="project-row">
      <button type="button" className="project-open" onClick={open}>
        <strong>{project.name}</strong>
        <span className="muted">
          {documents === undefined ? '' : t('start.documents', { count: documents })} ·{' '}
          {t('start.updated', { date: formatDateTime(project.updatedAt, i18n.language) })}
        </span>
      </button>
      <div className="row-actions">
        <button
          type="button"
          onClick={() => setRenaming(project.name)}
          aria-label={`${t('app.rename')}: ${project.name}`}
        >
          {t('app.rename')}
        </button>
        <button
          type="button"
          className="danger-link"
          onClick={() => void sizeOf(project.id).then(setDeleting)}
          aria-label={`${t('app.delete')}: ${project.name}`}
        >
          {t('app.delete')}
        </button>
      </div>
      {renaming !== null && (
        <Dialog
          title={t('start.renameTitle')}
          onClose={() => setRenaming(null)}
          confirm={{
            label: t('app.save'),
            disabled: !renaming.trim(),
            onConfirm: () => void renameProject(project.id, renaming).then(() => setRenaming(null)),
          }}
        >
          <label>
            <span>{t('start.newName')}</span>
            <input autoFocus value={renaming} onChange={(e) => setRenaming(e.target.value)} />
          </label>
        </Dialog>
      )}
      {deleting && (
        <Dialog
          title={t('start.deleteTitle')}
          onClose={() => setDeleting(null)}
          confirm={{
            label: t('start.deleteConfirm'),
            danger: true,
            onConfirm: () => void deleteWithRecordings(project.id).then(() => setDeleting(null)),
          }}
        >
          <p>
            {t('start.deleteBody', {
              name: project.name,
              documents: formatCount('documents', deleting.documents, i18n.language),
              codings: formatCount('codings', deleting.codings, i18n.language),
            })}
          </p>
          {deleting.recordings.files > 0 && (
            <p>
              {t('recording.deleteWithProject', {
                count: deleting.recordings.files,
                size: formatBytes(deleting.recordings.bytes, i18n.language),
              })}
            </p>
          )}
        </Dialog>
      )}
    </li>
  );
}
