import { useId, useState } from 'react';
import type { Attributes } from '../../shared/model.ts';
import { useTranslation } from '../i18n/index.ts';

type Props = { attributes: Attributes; onChange: (attributes: Attributes) => void; suggestions: string[] };

/** Free attributes (variables) as name/value rows, e.g. domein = beleid. */
export function AttributesEditor({ attributes, onChange, suggestions }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const listId = useId();
  const entries = Object.entries(attributes).filter(([name]) => name !== 'perspective');
  const add = () => {
    const name = draft.trim();
    if (!name || name === 'perspective' || name in attributes) return;
    onChange({ ...attributes, [name]: '' });
    setDraft('');
  };
  return (
    <fieldset className="attributes">
      <legend>{t('attributes.title')}</legend>
      {entries.map(([name, value]) => (
        <div key={name} className="attribute-row">
          <label>
            <span>{name}</span>
            <input value={value} onChange={(e) => onChange({ ...attributes, [name]: e.target.value })} />
          </label>
          <button
            type="button"
            aria-label={t('attributes.remove', { name })}
            onClick={() => {
              const next = { ...attributes };
              delete next[name];
              onChange(next);
            }}
          >
            ×
          </button>
        </div>
      ))}
      <div className="attribute-row">
        <label>
          <span>{t('attributes.new')}</span>
          <input
            list={listId}
            value={draft}
            placeholder={t('attributes.placeholder')}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </label>
        <button type="button" onClick={add} disabled={!draft.trim()}>
          {t('attributes.add')}
        </button>
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
    </fieldset>
  );
}
