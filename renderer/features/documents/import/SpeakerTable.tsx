import type { SpeakerChoice } from '../../../../shared/import/records.ts';
import { summariseSpeakers } from '../../../../shared/import/summary.ts';
import type { ParsedTranscript } from '../../../../shared/import/types.ts';
import { PerspectiveSelect } from '../../../components/PerspectiveSelect.tsx';
import { formatNumber, useTranslation } from '../../../i18n/index.ts';
import { speakerChoiceText } from './importModel.ts';

type Props = {
  parsed: ParsedTranscript;
  edits: Record<string, SpeakerChoice>;
  onChange: (edits: Record<string, SpeakerChoice>) => void;
};

/** The detected speakers: rename, merge, mark the moderator, set a perspective per speaker. */
export function SpeakerTable({ parsed, edits, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const rows = summariseSpeakers(parsed);
  const set = (label: string, change: SpeakerChoice) =>
    onChange({ ...edits, [label]: { ...edits[label], ...change } });
  return (
    <table className="speaker-table">
      <thead>
        <tr>
          <th>{t('import.speaker')}</th>
          <th>{t('import.displayName')}</th>
          <th>{t('import.moderator')}</th>
          <th>{t('import.sameAs')}</th>
          <th>{t('import.speakerPerspective')}</th>
          <th className="num">{t('import.turns')}</th>
          <th className="num">{t('import.words')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const edit = edits[row.label] ?? {};
          const merged = Boolean(edit.mergeInto);
          return (
            <tr key={row.label} className={merged ? 'merged' : undefined}>
              <td>
                <strong>{row.label}</strong>
                {row.roleNote && <span className="muted"> ({row.roleNote})</span>}
                <div className="sample" title={row.sample}>
                  {row.sample}
                </div>
              </td>
              <td>
                <input
                  aria-label={t('import.renameSpeaker', { label: row.label })}
                  value={edit.name ?? row.label}
                  disabled={merged}
                  onChange={(e) => set(row.label, { name: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('import.markModerator', { label: row.label })}
                  checked={(edit.role ?? row.role) === 'moderator'}
                  disabled={merged}
                  onChange={(e) => set(row.label, { role: e.target.checked ? 'moderator' : 'participant' })}
                />
              </td>
              <td>
                <select
                  aria-label={t('import.mergeSpeaker', { label: row.label })}
                  value={edit.mergeInto ?? ''}
                  onChange={(e) => {
                    const next = { ...edit };
                    if (e.target.value) next.mergeInto = e.target.value;
                    else delete next.mergeInto;
                    onChange({ ...edits, [row.label]: next });
                  }}
                >
                  <option value="">—</option>
                  {rows
                    .filter(
                      (other) => other.label !== row.label && edits[other.label]?.mergeInto !== row.label,
                    )
                    .map((other) => (
                      <option key={other.label} value={other.label}>
                        {speakerChoiceText(other.label, edits)}
                      </option>
                    ))}
                </select>
              </td>
              <td>
                {!merged && (
                  <PerspectiveSelect
                    label={t('import.speakerPerspectiveOf', { label: row.label })}
                    hideLabel
                    emptyLabel={t('import.asDocument')}
                    value={edit.perspective ?? ''}
                    onChange={(perspective) => set(row.label, { perspective })}
                  />
                )}
              </td>
              <td className="num">{formatNumber(row.turns, i18n.language)}</td>
              <td className="num">{formatNumber(row.words, i18n.language)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
