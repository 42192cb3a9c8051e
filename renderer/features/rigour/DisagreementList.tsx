import { useMemo, useState } from 'react';
import type { Coder, Id, ProjectData } from '../../../shared/model.ts';
import type { AgreementReport, Disagreement } from '../../../shared/rigour/report.ts';
import { useTranslation } from '../../i18n/index.ts';
import { navigate } from '../../router.ts';
import { excerpt, useStatFormat } from './format.ts';

type Props = {
  data: ProjectData;
  report: AgreementReport;
  coders: Coder[];
  /** One code, or null for all codes. */
  codeId: Id | null;
  projectId: string;
  onClose: () => void;
};

const PAGE = 40;

/** The units on which the coders differ: the unit's text and each coder's codings side by side. */
export function DisagreementList({ data, report, coders, codeId, projectId, onClose }: Props) {
  const { t } = useTranslation();
  const { count } = useStatFormat();
  const [shown, setShown] = useState(PAGE);
  const items = useMemo(
    () => report.disagreements.filter((d) => codeId === null || d.codeId === codeId),
    [report, codeId],
  );
  const lookup = useMemo(
    () => ({
      codes: new Map(data.codes.map((c) => [c.id, c.name])),
      documents: new Map(data.documents.map((d) => [d.id, d])),
      speakers: new Map(data.speakers.map((s) => [s.id, s.name])),
      turns: new Map(data.turns.map((tu) => [tu.id, tu])),
    }),
    [data],
  );
  const title = codeId === null ? t('rigour.disagreements.all') : (lookup.codes.get(codeId) ?? codeId);

  const where = (d: Disagreement) => {
    const document = lookup.documents.get(d.documentId);
    const speakerId = d.turnId ? lookup.turns.get(d.turnId)?.speakerId : undefined;
    const speaker = speakerId ? lookup.speakers.get(speakerId) : undefined;
    return [codeId === null ? lookup.codes.get(d.codeId) : undefined, document?.name, speaker]
      .filter(Boolean)
      .join(' · ');
  };

  return (
    <section className="disagreements" aria-labelledby="rigour-disagreements-title">
      <div className="rigour-card-header">
        <h3 id="rigour-disagreements-title">{t('rigour.disagreements.title', { code: title })}</h3>
        <button type="button" onClick={onClose}>
          {t('rigour.disagreements.close')}
        </button>
      </div>
      <p role="status">
        {items.length === 0
          ? t('rigour.disagreements.none')
          : t('rigour.disagreements.count', { count: items.length, n: count(items.length) })}
      </p>
      <ol className="disagreement-list">
        {items.slice(0, shown).map((d) => {
          const text = lookup.documents.get(d.documentId)?.text ?? '';
          const firstCoding = d.codings[0];
          return (
            <li key={`${d.codeId}:${d.documentId}:${d.start}`} className="disagreement">
              <div className="disagreement-head">
                <span className="muted">{where(d)}</span>
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    navigate({
                      screen: 'project',
                      projectId,
                      section: 'documents',
                      documentId: d.documentId,
                      ...(firstCoding ? { codingId: firstCoding.id } : {}),
                    })
                  }
                >
                  {t('rigour.disagreements.jump')}
                </button>
              </div>
              <blockquote className="disagreement-unit" aria-label={t('rigour.disagreements.unit')}>
                {excerpt(text.slice(d.start, d.end))}
              </blockquote>
              <div
                className="disagreement-coders"
                style={{ gridTemplateColumns: `repeat(${coders.length}, 1fr)` }}
              >
                {coders.map((coder, i) => {
                  const own = d.codings.filter((c) => c.coderId === coder.id);
                  const value = d.values[i];
                  return (
                    <div key={coder.id} className={value === '1' ? 'coder-side coded' : 'coder-side'}>
                      <h4>{coder.name}</h4>
                      {value === null ? (
                        <p className="muted">{t('rigour.disagreements.missing')}</p>
                      ) : own.length === 0 ? (
                        <p className="muted">{t('rigour.disagreements.notCoded')}</p>
                      ) : (
                        own.map((c) => (
                          <p key={c.id} className="coded-text">
                            {excerpt(text.slice(c.start, c.end), 240)}
                          </p>
                        ))
                      )}
                    </div>
                  );
                })}
              </div>
            </li>
          );
        })}
      </ol>
      {items.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t('rigour.disagreements.more', { count: count(items.length - shown) })}
        </button>
      )}
    </section>
  );
}
