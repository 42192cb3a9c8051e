import { useMemo, useState } from 'react';
import { Dialog } from '../../../components/Dialog.tsx';
import { formatNumber, useTranslation } from '../../../i18n/index.ts';
import type { PickedFile } from '../../../platform/types.ts';
import { useProject } from '../../../session/ProjectContext.tsx';
import { FilePreview } from './FilePreview.tsx';
import { storeErrorKey } from './importModel.ts';
import { useImportBatch } from './useImportBatch.ts';
import { useImportStore } from './useImportStore.ts';

type Props = {
  picked: PickedFile[];
  known: Map<string, string>;
  perspectives: string[];
  onClose: () => void;
  /** The stored documents with the file each came from (to link recordings of the same name). */
  onImported: (count: number, stored: { documentId: string; names: string[] }[]) => void;
};

/** A batch import: progress while parsing, a preview per file to confirm speakers and perspective, then one store. */
export function ImportDialog({ picked, known, perspectives, onClose, onImported }: Props) {
  const { t, i18n } = useTranslation();
  const session = useProject();
  const { files, done, update, reparse, cancel } = useImportBatch(picked, known);
  const [selected, setSelected] = useState(0);
  const { state, store: storeFiles, stop, reset } = useImportStore(session);
  const storing = state.phase === 'storing';
  const [storeError, setStoreError] = useState('');
  const parsing = done < files.length && files.some((f) => f.status === 'waiting' || f.status === 'parsing');
  const chosen = useMemo(() => files.filter((f) => f.include && f.status === 'ready' && f.parsed), [files]);
  const current = files[selected];
  const fmt = (n: number) => formatNumber(n, i18n.language);

  // Storing reports progress dozens of times: the file list and the preview (a whole transcript's turns) are
  // drawn again only when the files or the selection change, not with every step of the progress bar.
  const layout = useMemo(
    () => (
      <div className="import-layout">
        <ul className="import-files" aria-label={t('import.files')}>
          {files.map((f, i) => (
            <li key={f.key} className={i === selected ? 'selected' : undefined}>
              <input
                type="checkbox"
                checked={f.include}
                disabled={f.status !== 'ready'}
                aria-label={t('import.include', { file: f.fileName })}
                onChange={(e) => update(f.key, { include: e.target.checked })}
              />
              <button
                type="button"
                onClick={() => setSelected(i)}
                aria-current={i === selected ? 'true' : undefined}
              >
                <span className={`status status-${f.status}`} aria-hidden="true" />
                <span className="file-name">{f.fileName}</span>
                <span className="muted file-status">
                  {f.status === 'failed'
                    ? t('import.failed')
                    : f.status === 'ready'
                      ? f.duplicateOf
                        ? t('import.duplicateShort')
                        : t('import.speakersFound', { count: f.parsed?.speakers.length ?? 0 })
                      : t('import.parsing')}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {current && (
          <FilePreview
            key={current.key}
            file={current}
            perspectives={perspectives}
            update={(change) => update(current.key, change)}
            reparse={(options) => void reparse(current, options)}
          />
        )}
      </div>
    ),
    [files, selected, current, perspectives, t, update, reparse],
  );

  const store = async () => {
    setStoreError('');
    try {
      const stored = await storeFiles(chosen);
      if (stored !== null) onImported(stored.length, stored);
    } catch (error) {
      setStoreError(t(storeErrorKey(error), { detail: error instanceof Error ? error.message : '' }));
      reset();
    }
  };

  return (
    <Dialog
      wide
      className="import-dialog"
      title={t('import.title', { count: files.length })}
      onClose={() => {
        cancel();
        // Closing while storing stops the store if it still can; a committing import completes.
        stop();
        onClose();
      }}
      confirm={{
        label: t('import.confirm', { count: chosen.length }),
        disabled: parsing || storing || chosen.length === 0,
        onConfirm: () => void store(),
      }}
    >
      {parsing && (
        <div className="progress-row">
          <progress max={files.length} value={done} aria-label={t('import.progress')} />
          <span>
            {t('import.progressText', {
              count: files.length,
              done: fmt(done),
              total: fmt(files.length),
            })}
          </span>
          <button type="button" onClick={cancel}>
            {t('import.stop')}
          </button>
        </div>
      )}
      {state.phase === 'storing' && (
        <div className="progress-row">
          <progress
            max={state.progress.total}
            value={state.progress.stored}
            aria-label={t('import.storeProgress')}
          />
          <span>
            {t('import.storeProgressText', {
              count: state.progress.total,
              done: fmt(state.progress.stored),
              total: fmt(state.progress.total),
            })}
          </span>
          <button type="button" onClick={stop} disabled={state.stopRequested}>
            {t('import.stop')}
          </button>
        </div>
      )}
      {state.phase === 'storing' && state.stopRequested && state.progress.committing && (
        <p className="banner banner-warning" role="status">
          {t('import.tooLate')}
        </p>
      )}
      {state.phase === 'stopped' && (
        <p className="banner" role="status">
          {t('import.stopped')}
        </p>
      )}
      {storeError && (
        <p className="form-error" role="alert">
          {storeError}
        </p>
      )}
      {layout}
    </Dialog>
  );
}
