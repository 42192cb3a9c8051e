import { groupLabel } from '../../../shared/analysis/perspectives.ts';
import { useMemo } from 'react';
import { interactionCodes, normaliserenTemplate } from '../../../shared/codebook/template.ts';
import { consensus, consensusCells, type ConsensusCell } from '../../../shared/dynamics/interaction.ts';
import { inSegment } from '../../../shared/dynamics/participation.ts';
import type { ProjectData, Speaker } from '../../../shared/model.ts';
import { addCodes } from '../../db/codes.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { useReadOnly } from '../../sync/readOnly.ts';
import { Explain, useLang } from './Explain.tsx';
import { hasInteractionCodes, INTERACTION, themeCodes } from './interactionCodes.ts';
import { MarkTurn } from './MarkTurn.tsx';
import { speakerName } from './route.ts';
import type { GroupModel } from './useGroup.ts';

type Props = { data: ProjectData; group: GroupModel; toast: (text: string) => void };

const KINDS = ['endorsed', 'opposed', 'spoke', 'silent'] as const;

/**
 * Consensus and dissent per theme × group. Filtered to a question, it shows the selected group in that
 * question's segment only (questions belong to one group).
 */
export function ConsensusView({ data, group, toast }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useProject();
  const readOnly = useReadOnly();
  const themes = useMemo(() => themeCodes(data), [data]);
  const ready = hasInteractionCodes(data);
  const scoped = useMemo((): ProjectData => {
    const q = group.question;
    if (!q) return data;
    return {
      ...data,
      documents: [group.document],
      turns: data.turns.filter((turn) => turn.documentId !== q.documentId || inSegment(turn, q)),
    };
  }, [data, group]);
  const cellAt = useMemo(
    () =>
      consensusCells(
        consensus(scoped, {
          themeIds: themes.map((c) => c.id),
          agreeCodeIds: [INTERACTION.agree],
          disagreeCodeIds: [INTERACTION.disagree],
        }),
      ),
    [scoped, themes],
  );
  const speakers = new Map(data.speakers.map((s) => [s.id, s]));
  const add = (codes: typeof interactionCodes, key: string) =>
    void addCodes(session, codes(lang)).then(() => toast(t(key)));

  return (
    <div className="consensus-view">
      <section className="card" aria-label={t('dynamics.tab.consensus')}>
        <h3>{t('dynamics.tab.consensus')}</h3>
        <Explain measure="consensus" />
        <p className="small muted">{t('dynamics.consensus.how')}</p>
        {!ready && (
          <div className="callout">
            <p>{t('dynamics.consensus.noCodes')}</p>
            <button
              type="button"
              className="primary"
              disabled={readOnly !== null}
              title={readOnly ?? undefined}
              onClick={() => add(interactionCodes, 'dynamics.consensus.codesAdded')}
            >
              {t('dynamics.consensus.addCodes')}
            </button>
          </div>
        )}
        {themes.length === 0 && (
          <div className="callout">
            <p>{t('dynamics.consensus.noThemes')}</p>
            <button
              type="button"
              disabled={readOnly !== null}
              title={readOnly ?? undefined}
              onClick={() => add(normaliserenTemplate, 'dynamics.consensus.themesAdded')}
            >
              {t('dynamics.consensus.addThemes')}
            </button>
          </div>
        )}
        {group.question && (
          <p className="filter-note">{t('dynamics.filteredTo', { question: group.question.label })}</p>
        )}
        {themes.length > 0 && (
          <div className="heatmap-scroll">
            <table className="consensus-table">
              <thead>
                <tr>
                  <th>{t('dynamics.theme')}</th>
                  {scoped.documents.map((d) => (
                    <th key={d.id} scope="col" className={d.id === group.document.id ? 'current' : undefined}>
                      {groupLabel(d, lang)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {themes.map((theme) => (
                  <tr key={theme.id}>
                    <th scope="row">
                      <span className="swatch" style={{ background: theme.color }} />
                      {theme.name}
                    </th>
                    {scoped.documents.map((d) => (
                      <td key={d.id} className={d.id === group.document.id ? 'current' : undefined}>
                        <CellView cell={cellAt(theme.id, d.id)} speakers={speakers} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {ready && <MarkTurn data={data} group={group} themes={themes} toast={toast} />}
    </div>
  );
}

function CellView({ cell, speakers }: { cell: ConsensusCell | undefined; speakers: Map<string, Speaker> }) {
  const { t } = useTranslation();
  if (!cell) return null;
  const names = (ids: string[]) => ids.map((id) => speakerName(speakers.get(id))).join(', ');
  if (cell.endorsed.length + cell.opposed.length + cell.spoke.length === 0)
    return <span className="consensus-none">{t('dynamics.consensus.notDiscussed')}</span>;
  return (
    <ul className="consensus-cell">
      {KINDS.filter((kind) => cell[kind].length > 0).map((kind) => (
        <li
          key={kind}
          className={`consensus-${kind}`}
          title={`${t(`dynamics.consensus.${kind}`)}: ${names(cell[kind])}`}
        >
          <span className="consensus-kind">{t(`dynamics.consensus.${kind}`)}</span>{' '}
          {kind === 'silent'
            ? t('dynamics.consensus.count', { count: cell.silent.length })
            : names(cell[kind])}
        </li>
      ))}
    </ul>
  );
}
