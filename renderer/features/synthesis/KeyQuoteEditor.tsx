import { useId, useState } from 'react';
import { validateQuoteDisplay } from '../../../shared/synthesis/keyQuotes.ts';
import { useTranslation } from '../../i18n/index.ts';

type Props = {
  coded: string;
  display: string | undefined;
  onSave: (display: string | undefined) => void;
  /** Why the display text cannot be changed here (a reader of a shared project), or null. */
  readOnly: string | null;
};

/**
 * The shortened display text of a key quote: words of the fragment with "…" where words are left out. It is
 * checked against the coded text before it is saved; an empty field shows the whole fragment again.
 */
export function KeyQuoteEditor({ coded, display, onSave, readOnly }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(display ?? '');
  const [error, setError] = useState<string | null>(null);

  const save = () => {
    if (readOnly !== null) return;
    if (value.trim() === '') {
      setError(null);
      if (display !== undefined) onSave(undefined);
      return;
    }
    const checked = validateQuoteDisplay(coded, value);
    if (!checked.ok) {
      setError(t(checked.reason, checked.params));
      return;
    }
    setError(null);
    setValue(checked.data);
    if (checked.data !== display) onSave(checked.data);
  };

  return (
    <div className="key-quote-editor">
      <label htmlFor={id}>{t('synthesis.keyQuote.display')}</label>
      <div className="row">
        <input
          id={id}
          value={readOnly ? (display ?? '') : value}
          readOnly={readOnly !== null}
          title={readOnly ?? undefined}
          placeholder={coded.length > 120 ? `${coded.slice(0, 60)} … ${coded.slice(-40)}` : coded}
          aria-describedby={`${id}-help`}
          aria-invalid={error !== null}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && save()}
        />
        <button type="button" disabled={readOnly !== null} title={readOnly ?? undefined} onClick={save}>
          {t('synthesis.keyQuote.save')}
        </button>
      </div>
      <p
        id={`${id}-help`}
        className={error ? 'error small' : 'muted small'}
        role={error ? 'alert' : undefined}
      >
        {error ?? readOnly ?? t('synthesis.keyQuote.displayHelp')}
      </p>
    </div>
  );
}
