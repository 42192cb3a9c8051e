import { useMemo, useState } from 'react';
import type { Coder, Id, ProjectData } from '../../../shared/model.ts';
import { agreementReport } from '../../../shared/rigour/report.ts';
import type { AgreementUnitKind } from '../../../shared/rigour/units.ts';
import { useTranslation } from '../../i18n/index.ts';
import { AgreementTable } from './AgreementTable.tsx';
import { DisagreementList } from './DisagreementList.tsx';
import { MeasureExplanations } from './MeasureExplanations.tsx';

type Props = { data: ProjectData; coders: Coder[]; projectId: string };

/** Choose coders, unit and whether to skip uncoded units; see agreement per code and the disagreements. */
export function AgreementView({ data, coders, projectId }: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Id[]>(() => coders.slice(0, 2).map((c) => c.id));
  const [unit, setUnit] = useState<AgreementUnitKind>('turn');
  const [skipUncoded, setSkipUncoded] = useState(false);
  // null: no disagreement view; '' : all codes; otherwise one code.
  const [openCode, setOpenCode] = useState<Id | null>(null);
  const chosen = coders.filter((c) => selected.includes(c.id));
  // A string key keeps the same set of coders one array, so the report is not recomputed on every render.
  const key = chosen.map((c) => c.id).join('\u0000');
  const chosenIds = useMemo(() => (key === '' ? [] : key.split('\u0000')), [key]);
  const report = useMemo(
    () => (chosenIds.length >= 2 ? agreementReport(data, chosenIds, { unit, skipUncoded }) : null),
    [data, chosenIds, unit, skipUncoded],
  );
  const toggle = (id: Id, on: boolean) =>
    setSelected((list) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id)));

  return (
    <section className="card rigour-card" aria-labelledby="rigour-agreement-title">
      <h3 id="rigour-agreement-title">{t('rigour.agreement.title')}</h3>
      <div className="agreement-controls">
        <fieldset className="coder-choice">
          <legend>{t('rigour.agreement.coders')}</legend>
          {coders.map((coder) => (
            <label key={coder.id} className="check">
              <input
                type="checkbox"
                checked={selected.includes(coder.id)}
                onChange={(e) => toggle(coder.id, e.target.checked)}
              />
              {coder.name}
            </label>
          ))}
        </fieldset>
        <label>
          <span>{t('rigour.agreement.unit')}</span>
          <select
            aria-label={t('rigour.agreement.unit')}
            value={unit}
            onChange={(e) => setUnit(e.target.value === 'char' ? 'char' : 'turn')}
          >
            <option value="turn">{t('rigour.agreement.unitTurn')}</option>
            <option value="char">{t('rigour.agreement.unitChar')}</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={skipUncoded} onChange={(e) => setSkipUncoded(e.target.checked)} />
          {t('rigour.agreement.skipUncoded')}
        </label>
      </div>
      {!report ? (
        <p role="status">{t('rigour.agreement.chooseTwo')}</p>
      ) : report.perCode.length === 0 || report.overall.n === 0 ? (
        <p role="status">{t('rigour.agreement.empty')}</p>
      ) : (
        <div className="agreement-layout">
          <div className="agreement-main">
            <AgreementTable report={report} codes={data.codes} onOpen={setOpenCode} />
            {openCode !== null && (
              <DisagreementList
                data={data}
                report={report}
                coders={chosen}
                codeId={openCode || null}
                projectId={projectId}
                onClose={() => setOpenCode(null)}
              />
            )}
          </div>
          <MeasureExplanations coders={chosenIds.length} />
        </div>
      )}
    </section>
  );
}
