import { useDeferredValue, useMemo, useState, type DragEvent } from 'react';
import { speakerOverview } from '../../../shared/import/overview.ts';
import { perspectiveColor, perspectiveLabel } from '../../../shared/analysis/perspectives.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { StartTranscriptButton } from './transcribe/StartTranscriptButton.tsx';
import { deleteDocument, knownHashes, useAllTurns, useDocuments, useSpeakers } from '../../db/documents.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import type { PickedFile } from '../../platform/types.ts';
import { navigate, type Route } from '../../router.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { useReadOnly } from '../../sync/readOnly.ts';
import { ImportDialog } from './import/ImportDialog.tsx';
import { IMPORT_EXTENSIONS } from './import/importModel.ts';
import { RECOGNISED_MEDIA_EXTENSIONS } from '../../../shared/recordings/media.ts';
import { useRecordedDocumentIds } from '../../db/recordings.ts';
import { linkRecordingsByName } from './recording/linkByName.ts';
import { SpeakerOverview } from './SpeakerOverview.tsx';
import { useTurnWords } from './turnWords.ts';

type Props = { route: Extract<Route, { screen: 'project' }>; toast: (text: string) => void };

/** The list of transcripts with import (button or drop), and the speaker overview. */
export function DocumentList({ route, toast }: Props) {
  const { t, i18n } = useTranslation();
  const session = useProject();
  const readOnly = useReadOnly();
  const documents = useDocuments(session.db);
  const speakers = useSpeakers(session.db);
  const turns = useAllTurns(session.db);
  const recorded = useRecordedDocumentIds(session.db);
  const [batch, setBatch] = useState<{
    picked: PickedFile[];
    recordings: PickedFile[];
    known: Map<string, string>;
  } | null>(null);
  const [dragging, setDragging] = useState(false);
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  // Counted once per change of the data, not per render; until speakers and turns are read, no counts (not 0).
  // The words of 70 transcripts are counted a slice at a time (turnWords.ts), never in one long task.
  const words = useTurnWords(documents, turns);
  const overview = useMemo(
    () =>
      documents && speakers && turns && words
        ? speakerOverview(documents, speakers, turns, words)
        : undefined,
    [documents, speakers, turns, words],
  );
  // The overview of 70 groups (hundreds of rows) follows the table in a render that yields to the page, so
  // the table with its counts shows at once and no single task draws both.
  const deferredOverview = useDeferredValue(overview);
  const count = (n: number | undefined) =>
    n === undefined ? (
      <span className="muted" title={t('app.loading')}>
        …
      </span>
    ) : (
      formatNumber(n, lang)
    );

  // Recordings picked with transcripts are linked by name after the import; on their own, to documents already
  // in the project with the same name.
  const linkRecordings = async (
    recordings: PickedFile[],
    candidates: { documentId: string; names: string[] }[],
  ) => {
    const messages = await linkRecordingsByName(session, recordings, candidates, i18n.language);
    messages.forEach(({ key, params }) => toast(t(key, params)));
  };
  const begin = async (all: PickedFile[]) => {
    const picked = all.filter((p) => !p.recording);
    const recordings = all.filter((p) => p.recording);
    // A reader cannot add transcripts to a shared project; recordings stay on this computer, so they link.
    if (readOnly && picked.length) toast(readOnly);
    if (picked.length === 0 || readOnly) {
      const existing = (documents ?? []).map((d) => ({ documentId: d.id, names: [d.name] }));
      if (recordings.length) await linkRecordings(recordings, existing);
      return;
    }
    setBatch({ picked, recordings, known: await knownHashes(session.db) });
  };
  const pick = async () =>
    begin(
      await platform.openFiles({
        extensions: [...IMPORT_EXTENSIONS, ...RECOGNISED_MEDIA_EXTENSIONS],
        multiple: true,
      }),
    );
  const drop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    await begin(await Promise.all(Array.from(e.dataTransfer.files).map(platform.readDropped)));
  };
  const perspectives = useMemo(
    () => [...new Set((documents ?? []).map((d) => d.attributes.perspective ?? '').filter(Boolean))],
    [documents],
  );
  const open = (documentId: string) => navigate({ ...route, documentId });

  const importButton = (
    <button
      type="button"
      className="primary"
      disabled={readOnly !== null}
      title={readOnly ?? undefined}
      onClick={() => void pick()}
    >
      {t('documents.import')}
    </button>
  );

  return (
    <div
      className={dragging ? 'section drop-target dragging' : 'section drop-target'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => void drop(e)}
    >
      {documents === undefined ? (
        <p>{t('app.loading')}</p>
      ) : documents.length === 0 ? (
        <EmptyState title={t('documents.emptyTitle')} body={t('documents.emptyBody')}>
          {importButton}
          <StartTranscriptButton route={route} />
          <p className="muted drop-hint">{t('documents.dropHint')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="section-header">
            <h2>{t('documents.title')}</h2>
            <div className="section-actions">
              <StartTranscriptButton route={route} />
              {importButton}
            </div>
          </div>
          <table className="documents-table">
            <thead>
              <tr>
                <th>{t('documents.name')}</th>
                <th>{t('documents.perspective')}</th>
                <th className="num">{t('documents.speakers')}</th>
                <th className="num">{t('documents.turns')}</th>
                <th className="num">{t('documents.words')}</th>
                <th>
                  <span className="sr-only">{t('documents.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d, i) => {
                const counts = overview?.counts.get(d.id);
                const perspective = d.attributes.perspective ?? '';
                return (
                  <tr key={d.id}>
                    <td>
                      <button type="button" className="link" onClick={() => open(d.id)}>
                        {d.name}
                      </button>
                      {recorded?.has(d.id) && (
                        <span
                          className="recorded"
                          title={t('recording.hasRecording')}
                          aria-label={t('recording.hasRecording')}
                        >
                          {' '}
                          🎧
                        </span>
                      )}
                    </td>
                    <td>
                      {perspective && (
                        <span className="chip" style={{ borderColor: perspectiveColor(perspective, i) }}>
                          {perspectiveLabel(perspective, lang) || perspective}
                        </span>
                      )}
                    </td>
                    <td className="num">{count(counts?.speakers)}</td>
                    <td className="num">{count(counts?.turns)}</td>
                    <td className="num">{count(counts?.words)}</td>
                    <td className="actions">
                      <button
                        type="button"
                        className="danger-link"
                        disabled={readOnly !== null}
                        title={readOnly ?? undefined}
                        aria-label={`${t('app.delete')}: ${d.name}`}
                        onClick={() =>
                          void deleteDocument(session, d.id).then(() =>
                            toast(t('documents.deleted', { name: d.name })),
                          )
                        }
                      >
                        {t('app.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {deferredOverview && <SpeakerOverview overview={deferredOverview} />}
        </>
      )}
      {batch && (
        <ImportDialog
          picked={batch.picked}
          known={batch.known}
          perspectives={perspectives}
          onClose={() => setBatch(null)}
          onImported={(count, stored) => {
            const { recordings } = batch;
            setBatch(null);
            toast(t('documents.imported', { count }));
            if (recordings.length) void linkRecordings(recordings, stored);
          }}
        />
      )}
    </div>
  );
}
