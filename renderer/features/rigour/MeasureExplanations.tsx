import { useTranslation } from '../../i18n/index.ts';
import { HEADINGS, MEASURES } from './AgreementTable.tsx';

/** One plain-language sentence per measure shown in the agreement table. */
export function MeasureExplanations({ coders }: { coders: number }) {
  const { t } = useTranslation();
  const two = coders === 2;
  const measures = MEASURES.filter((m) => m !== 'cohenKappa' || two);
  return (
    <details className="measure-explanations" open>
      <summary>{t('rigour.agreement.explain')}</summary>
      <dl>
        {measures.map((m) => (
          <div key={m}>
            <dt>{t(HEADINGS[m])}</dt>
            <dd>{t(`rigour.measure.${m}`)}</dd>
          </div>
        ))}
      </dl>
      {!two && <p className="muted">{t('rigour.agreement.kappaTwo')}</p>}
      <p className="muted">{t('rigour.agreement.missing')}</p>
    </details>
  );
}
