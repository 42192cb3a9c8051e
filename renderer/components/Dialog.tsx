import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/index.ts';
import { useModal } from './useModal.ts';

type Props = {
  title: string;
  children: ReactNode;
  onClose: () => void;
  /** The main action; omitted for a dialog that only informs. */
  confirm?: { label: string; onConfirm: () => void; danger?: boolean; disabled?: boolean };
  wide?: boolean;
  /** Extra class names for the dialog element (a size of its own, say). */
  className?: string;
};

/** A modal dialog (native <dialog>): Escape and Cancel close it, focus stays inside. */
export function Dialog({ title, children, onClose, confirm, wide, className }: Props) {
  const { ref, titleId } = useModal();
  const { t } = useTranslation();
  return (
    <dialog
      ref={ref}
      className={['dialog', wide ? 'dialog-wide' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (confirm && !confirm.disabled) confirm.onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {confirm ? t('app.cancel') : t('app.close')}
          </button>
          {confirm && (
            <button
              type="submit"
              className={confirm.danger ? 'danger' : 'primary'}
              disabled={confirm.disabled}
            >
              {confirm.label}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
