import { useState } from 'react';
import { newId } from '../../../../shared/ids.ts';
import { RECOGNISED_MEDIA_EXTENSIONS } from '../../../../shared/recordings/media.ts';
import { createTranscript } from '../../../db/transcripts.ts';
import { formatNumber, useTranslation } from '../../../i18n/index.ts';
import { platform } from '../../../platform/index.ts';
import { navigate, type Route } from '../../../router.ts';
import { useProject } from '../../../session/ProjectContext.tsx';
import { useReadOnly } from '../../../sync/readOnly.ts';
import { displayParams } from '../recording/format.ts';
import { prepareRecording } from '../recording/linkRecording.ts';

/**
 * Starts a new document from a recording: the recording is checked and stored, an empty transcript named after
 * it is made with the recording linked (one undoable step), and it opens in the transcription mode.
 */
export function StartTranscriptButton({ route }: { route: Extract<Route, { screen: 'project' }> }) {
  const { t, i18n } = useTranslation();
  const session = useProject();
  const readOnly = useReadOnly();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState('');
  const start = async () => {
    setError('');
    const file = await platform.media.pick(RECOGNISED_MEDIA_EXTENSIONS);
    if (!file) return;
    const documentId = newId();
    setProgress(0);
    const prepared = await prepareRecording(session, documentId, file, setProgress);
    setProgress(null);
    if (!prepared.ok) {
      setError(t(prepared.reason, displayParams(prepared.params, i18n.language)));
      return;
    }
    await createTranscript(
      session,
      {
        id: documentId,
        name: file.name.replace(/\.[^.]+$/, '') || file.name,
        format: 'txt',
        text: '',
        sourceHash: '',
        importedAt: new Date().toISOString(),
        attributes: {},
      },
      prepared.data,
    );
    navigate({ ...route, documentId, mode: 'transcribe' });
  };
  return (
    <>
      <button
        type="button"
        onClick={() => void start()}
        disabled={progress !== null || readOnly !== null}
        title={readOnly ?? undefined}
      >
        {t('transcribe.start')}
      </button>
      {progress !== null && (
        <span className="muted small" role="status">
          {t('recording.storing', { percent: formatNumber(Math.round(progress * 100), i18n.language) })}
        </span>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
