import { useId, useMemo, useState } from 'react';
import { filterCodes } from '../../../../shared/coding/codings.ts';
import type { Code } from '../../../../shared/model.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { useTranslation } from '../../../i18n/index.ts';

type Props = {
  codes: Code[];
  onPick: (code: Code) => void;
  onCreate: (name: string) => void;
  onClose: () => void;
};

/** Type to filter the codebook, Enter applies the first match — or creates the code when none matches. */
export function QuickPicker({ codes, onPick, onCreate, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(
    () =>
      filterCodes(
        codes.filter((c) => c.codable),
        query,
      ).slice(0, 12),
    [codes, query],
  );
  const exact = matches.some((c) => c.name.toLowerCase() === query.trim().toLowerCase());
  const choose = () => {
    const code = matches[active];
    if (code) onPick(code);
    else if (query.trim()) onCreate(query.trim());
  };
  return (
    <Dialog title={t('coding.pickerTitle')} onClose={onClose}>
      <input
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-label={t('coding.pickerLabel')}
        aria-activedescendant={matches[active] ? `${listId}-${active}` : undefined}
        placeholder={t('coding.pickerPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, Math.max(0, matches.length - 1)));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') {
            e.preventDefault();
            choose();
          }
        }}
      />
      <ul id={listId} role="listbox" className="picker-list">
        {matches.map((code, i) => (
          <li
            key={code.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(code);
            }}
          >
            <span className="swatch" style={{ backgroundColor: code.color }} />
            {code.name}
          </li>
        ))}
        {query.trim() && !exact && (
          <li
            role="option"
            aria-selected={matches.length === 0}
            className={matches.length === 0 ? 'active create' : 'create'}
            onMouseDown={(e) => {
              e.preventDefault();
              onCreate(query.trim());
            }}
          >
            {t('coding.pickerCreate', { name: query.trim() })}
          </li>
        )}
      </ul>
    </Dialog>
  );
}
