import { useMemo, useState } from 'react';
import type { ProjectData } from '../../../shared/model.ts';
import type { PseudonymisationPlan } from '../../../shared/rigour/pseudonymise.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useStatFormat } from './format.ts';

type Props = {
  data: ProjectData;
  plan: PseudonymisationPlan;
  /** Indices of replacements the user unticked. */
  excluded: Set<number>;
  onToggle: (index: number, include: boolean) => void;
};

const PAGE = 100;

/** Every replacement the key would make, each with its context and a tick box to leave it out. */
export function PseudonymPreview({ data, plan, excluded, onToggle }: Props) {
  const { t } = useTranslation();
  const { count } = useStatFormat();
  const [shown, setShown] = useState(PAGE);
  const names = useMemo(() => new Map(data.documents.map((d) => [d.id, d.name])), [data.documents]);
  if (plan.replacements.length === 0 && plan.speakers.length === 0)
    return <p role="status">{t('rigour.pseudo.nothing')}</p>;
  return (
    <div className="pseudonym-preview">
      <p role="status">
        {t('rigour.pseudonym.preview', {
          replacements: t('rigour.pseudonym.replacements', {
            count: plan.replacements.length - excluded.size,
            formatted: count(plan.replacements.length - excluded.size),
          }),
          speakers: t('rigour.pseudonym.speakerNames', {
            count: plan.speakers.length,
            formatted: count(plan.speakers.length),
          }),
        })}
      </p>
      {plan.speakers.length > 0 && (
        <>
          <h4>{t('rigour.pseudo.speakers')}</h4>
          <ul className="speaker-renames">
            {plan.speakers.map((r) => (
              <li key={`${r.speakerId}:${r.field}`}>
                <span className="muted">{t(`rigour.pseudo.field.${r.field}`)}:</span> <del>{r.before}</del> →{' '}
                <ins>{r.after}</ins>
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.replacements.length > 0 && (
        <>
          <h4>{t('rigour.pseudo.inText')}</h4>
          <ol className="replacement-list">
            {plan.replacements.slice(0, shown).map((r, i) => (
              <li key={`${r.documentId}:${r.start}`} className={excluded.has(i) ? 'excluded' : undefined}>
                <input
                  type="checkbox"
                  aria-label={t('rigour.pseudo.include', { n: i + 1 })}
                  checked={!excluded.has(i)}
                  onChange={(e) => onToggle(i, e.target.checked)}
                />
                <span className="muted replacement-document">{names.get(r.documentId)}</span>
                <span className="replacement-context">
                  …{r.context.before}
                  <del>{r.before}</del>
                  <ins>{r.after}</ins>
                  {r.context.after}…
                </span>
              </li>
            ))}
          </ol>
          {plan.replacements.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              {t('rigour.pseudo.more', { count: count(plan.replacements.length - shown) })}
            </button>
          )}
        </>
      )}
    </div>
  );
}
