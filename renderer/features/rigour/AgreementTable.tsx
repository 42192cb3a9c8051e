import type { Code, Id } from '../../../shared/model.ts';
import type { AgreementStatistics } from '../../../shared/rigour/agreement.ts';
import type { AgreementReport } from '../../../shared/rigour/report.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useStatFormat } from './format.ts';

type Props = { report: AgreementReport; codes: Code[]; onOpen: (codeId: Id) => void };

export const MEASURES = [
  'n',
  'percentAgreement',
  'cohenKappa',
  'krippendorffAlpha',
  'brennanPrediger',
] as const;
export const HEADINGS: Record<(typeof MEASURES)[number], string> = {
  n: 'rigour.agreement.n',
  percentAgreement: 'rigour.agreement.percent',
  cohenKappa: 'rigour.agreement.kappa',
  krippendorffAlpha: 'rigour.agreement.alpha',
  brennanPrediger: 'rigour.agreement.bp',
};

/** Agreement per code and overall, with a one-sentence explanation of every measure. */
export function AgreementTable({ report, codes, onOpen }: Props) {
  const { t } = useTranslation();
  const format = useStatFormat();
  const two = report.coderIds.length === 2;
  const measures = MEASURES.filter((m) => m !== 'cohenKappa' || two);
  const names = new Map(codes.map((c) => [c.id, c.name]));
  const differing = new Map<Id, number>();
  for (const d of report.disagreements) differing.set(d.codeId, (differing.get(d.codeId) ?? 0) + 1);
  const cell = (stats: AgreementStatistics, measure: (typeof MEASURES)[number]) => {
    if (measure === 'n') return format.count(stats.n);
    if (measure === 'percentAgreement') return format.percent(stats.percentAgreement);
    return format.coefficient(stats[measure]);
  };
  const undefinedTitle = (stats: AgreementStatistics, measure: (typeof MEASURES)[number]) =>
    measure !== 'n' && Number.isNaN(stats[measure] ?? 0) ? t('rigour.undefinedExplained') : undefined;

  return (
    <table className="agreement-table" aria-label={t('rigour.agreement.table')}>
      <thead>
        <tr>
          <th scope="col">{t('rigour.agreement.code')}</th>
          {measures.map((m) => (
            <th key={m} scope="col" className="num" title={t(`rigour.measure.${m}`)}>
              {t(HEADINGS[m])}
            </th>
          ))}
          <th scope="col" className="num">
            {t('rigour.agreement.disagreements')}
          </th>
        </tr>
      </thead>
      <tbody>
        {report.perCode.map((row) => {
          const name = names.get(row.codeId) ?? row.codeId;
          const count = differing.get(row.codeId) ?? 0;
          return (
            <tr key={row.codeId}>
              <th scope="row">{name}</th>
              {measures.map((m) => (
                <td key={m} className="num" title={undefinedTitle(row, m)}>
                  {cell(row, m)}
                </td>
              ))}
              <td className="num">
                <button
                  type="button"
                  className="link"
                  disabled={count === 0}
                  aria-label={t('rigour.agreement.showDisagreements', { code: name })}
                  onClick={() => onOpen(row.codeId)}
                >
                  {format.count(count)}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('rigour.agreement.overall')}</th>
          {measures.map((m) => (
            <td key={m} className="num" title={undefinedTitle(report.overall, m)}>
              {cell(report.overall, m)}
            </td>
          ))}
          <td className="num">
            <button
              type="button"
              className="link"
              disabled={report.disagreements.length === 0}
              aria-label={t('rigour.agreement.showDisagreements', { code: t('rigour.disagreements.all') })}
              onClick={() => onOpen('')}
            >
              {format.count(report.disagreements.length)}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
