import type { PseudonymEntry } from '../../../shared/rigour/pseudonymise.ts';
import { useTranslation } from '../../i18n/index.ts';

type Props = { rows: PseudonymEntry[]; onChange: (rows: PseudonymEntry[]) => void; speakerNames: string[] };

/** The key being built: one real name and its pseudonym per row. */
export function PseudonymTable({ rows, onChange, speakerNames }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<PseudonymEntry>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const takeOverSpeakers = () => {
    const known = new Set(rows.map((r) => r.real.trim().toLowerCase()));
    const added = speakerNames
      .filter((name) => !known.has(name.toLowerCase()))
      .map((real) => ({ real, pseudonym: '' }));
    onChange([...rows.filter((r) => r.real.trim() !== '' || r.pseudonym.trim() !== ''), ...added]);
  };
  return (
    <>
      <table className="pseudonym-table" aria-label={t('rigour.pseudo.table')}>
        <thead>
          <tr>
            <th scope="col">{t('rigour.pseudo.real')}</th>
            <th scope="col">{t('rigour.pseudo.pseudonym')}</th>
            <th scope="col">
              <span className="sr-only">{t('app.delete')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={t('rigour.pseudo.realN', { n: i + 1 })}
                  value={row.real}
                  onChange={(e) => update(i, { real: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('rigour.pseudo.pseudonymN', { n: i + 1 })}
                  value={row.pseudonym}
                  onChange={(e) => update(i, { pseudonym: e.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="danger-link"
                  aria-label={t('rigour.pseudo.remove', { n: i + 1 })}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" onClick={() => onChange([...rows, { real: '', pseudonym: '' }])}>
          {t('rigour.pseudo.addRow')}
        </button>
        {speakerNames.length > 0 && (
          <button type="button" onClick={takeOverSpeakers}>
            {t('rigour.pseudo.fromSpeakers')}
          </button>
        )}
      </div>
    </>
  );
}
