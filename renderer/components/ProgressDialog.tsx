import { useTranslation } from '../i18n/index.ts';
import { useModal } from './useModal.ts';

type Props = {
  title: string;
  /** What is happening, in words ("12 van 70 documenten"). */
  status: string;
  /** Done and total work; without them the bar shows activity only. */
  value?: number;
  max?: number;
  /** Offered while stopping still leaves nothing behind. */
  onStop?: () => void;
};

/**
 * Long work the rest of the page must wait for (opening an imported project): a modal dialog, so the page
 * behind it cannot be clicked, with a progress bar and, while it can, a Stop button. Escape does not close it.
 */
export function ProgressDialog({ title, status, value, max, onStop }: Props) {
  const { ref, titleId } = useModal();
  const { t } = useTranslation();
  return (
    <dialog
      ref={ref}
      className="dialog progress-dialog"
      aria-labelledby={titleId}
      aria-busy="true"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body progress-row">
        {max === undefined ? (
          <progress aria-label={title} />
        ) : (
          <progress aria-label={title} max={max} value={value ?? 0} />
        )}
        <span role="status">{status}</span>
      </div>
      {onStop && (
        <div className="dialog-actions">
          <button type="button" onClick={onStop}>
            {t('app.stop')}
          </button>
        </div>
      )}
    </dialog>
  );
}
