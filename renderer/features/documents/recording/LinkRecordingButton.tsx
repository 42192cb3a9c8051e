import { useState } from 'react';
import { RECOGNISED_MEDIA_EXTENSIONS } from '../../../../shared/recordings/media.ts';
import { formatNumber, useTranslation } from '../../../i18n/index.ts';
import { platform } from '../../../platform/index.ts';
import { useProject } from '../../../session/ProjectContext.tsx';
import { displayParams } from './format.ts';
import { linkRecordingFile } from './linkRecording.ts';

type Props = { documentId: string; documentName: string; toast: (text: string) => void; label?: string };

/** Chooses a recording and links it to the document, with progress while the browser stores it. */
export function LinkRecordingButton({ documentId, documentName, toast, label }: Props) {
  const { t, i18n } = useTranslation();
  const session = useProject();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState('');
  const choose = async () => {
    setError('');
    // Unplayable formats can be chosen too, so that the message can name them.
    const file = await platform.media.pick(RECOGNISED_MEDIA_EXTENSIONS);
    if (!file) return;
    setProgress(0);
    const result = await linkRecordingFile(session, documentId, file, setProgress);
    setProgress(null);
    if (result.ok) toast(t('recording.linked', { name: file.name, document: documentName || file.name }));
    else setError(t(result.reason, displayParams(result.params, i18n.language)));
  };
  return (
    <>
      <button type="button" onClick={() => void choose()} disabled={progress !== null}>
        {label ?? t('recording.link')}
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
