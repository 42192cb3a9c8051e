import { useCallback, useMemo, useState } from 'react';
import { normaliserenTemplate } from '../../../shared/codebook/template.ts';
import { VISION_THEME_IDS } from '../../../shared/synthesis/rows.ts';
import { viewOptions, type SynthesisView } from '../../../shared/synthesis/view.ts';
import { EmptyState, ToDocumentsButton } from '../../components/EmptyState.tsx';
import { addCodes } from '../../db/codes.ts';
import { useProjectData } from '../../db/projectData.ts';
import { useProjectName } from '../../db/projects.ts';
import { useKeyQuotes, useSummaries } from '../../db/summaries.ts';
import { useTranslation } from '../../i18n/index.ts';
import { navigate, type Route, type Section } from '../../router.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { useReadOnly } from '../../sync/readOnly.ts';
import { columnChoices, type ColumnChoice } from '../compare/columnChoices.ts';
import { useAnalysisIndex, useLang } from '../compare/useAnalysis.ts';
import { GridControls, useColumnLabel } from './GridControls.tsx';
import { OpenPanel } from './OpenPanel.tsx';
import { SummaryGrid, type GridTarget } from './SummaryGrid.tsx';
import { useCitations, type FragmentPlace } from './useCitations.ts';
import { useGrid } from './useGrid.ts';
import { useSynthesisView } from './useSynthesisView.ts';

type Props = { route: Extract<Route, { screen: 'project' }>; toast: (text: string) => void };

/** Samenvatten: the summary grid of codes × perspectives, each cell's fragments beside its summary. */
export function SynthesisSection({ route, toast }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useProject();
  const readOnly = useReadOnly();
  const projectName = useProjectName(route.projectId) ?? '';
  const data = useProjectData(session.db, projectName);
  const summaries = useSummaries(session.db);
  const keyQuotes = useKeyQuotes(session.db);
  const index = useAnalysisIndex(data, '');
  const choices = useMemo(() => index && columnChoices(index.project), [index]);
  // The chosen rows and columns are kept per project (its settings): the Export screen's report starts from them.
  const [view, setView] = useSynthesisView(session.db, index?.project.codes, choices ?? undefined);
  const to = useCallback(
    (section: Section) => navigate({ screen: 'project', projectId: route.projectId, section }),
    [route.projectId],
  );

  if (!data || !index || !summaries || !keyQuotes || !view || !choices)
    return <p className="loading">{t('synthesis.loading')}</p>;
  if (data.documents.length === 0 || data.codes.length === 0 || data.codings.length === 0) {
    const kind =
      data.documents.length === 0 ? 'noDocuments' : data.codes.length === 0 ? 'noCodes' : 'noCodings';
    return (
      <div className="section">
        <EmptyState title={t(`synthesis.${kind}Title`)} body={t(`synthesis.${kind}Body`)}>
          {kind === 'noCodes' ? (
            <>
              <button
                type="button"
                className="primary"
                disabled={readOnly !== null}
                title={readOnly ?? undefined}
                onClick={() =>
                  void addCodes(session, normaliserenTemplate(lang)).then(() =>
                    toast(t('synthesis.templateAdded')),
                  )
                }
              >
                {t('synthesis.addTemplate')}
              </button>
              <button type="button" onClick={() => to('codebook')}>
                {t('synthesis.toCodebook')}
              </button>
            </>
          ) : (
            <ToDocumentsButton projectId={route.projectId} />
          )}
        </EmptyState>
      </div>
    );
  }
  return (
    <SynthesisWorkspace
      projectId={route.projectId}
      data={{ index, summaries, keyQuotes }}
      view={view}
      setView={setView}
      choices={choices}
      to={to}
    />
  );
}

type WorkspaceProps = {
  projectId: string;
  data: {
    index: NonNullable<ReturnType<typeof useAnalysisIndex>>;
    summaries: NonNullable<ReturnType<typeof useSummaries>>;
    keyQuotes: NonNullable<ReturnType<typeof useKeyQuotes>>;
  };
  view: SynthesisView;
  setView: (view: SynthesisView) => void;
  choices: ColumnChoice[];
  to: (section: Section) => void;
};

/** The grid with its controls and the open cell, synthesis or profile (once there is something to summarise). */
function SynthesisWorkspace({ projectId, data, view, setView, choices, to }: WorkspaceProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const columnLabel = useColumnLabel();
  const { index, summaries, keyQuotes } = data;
  const codes = index.project.codes;
  const codeIds = useMemo(() => viewOptions(codes, view).codeIds, [codes, view]);
  const grid = useGrid(index, view.by, codeIds, summaries, keyQuotes, lang);
  const [open, setOpen] = useState<{ target: GridTarget; typed?: string; nonce: number } | null>(null);
  const goTo = useCallback(
    (place: FragmentPlace) => navigate({ screen: 'project', projectId, section: 'documents', ...place }),
    [projectId],
  );
  const citations = useCitations(index, goTo);
  const hasVision = codes.some((c) => VISION_THEME_IDS.includes(c.id));
  const byLabel = columnLabel(grid.by);

  return (
    <div className="section synthesis">
      <div className="section-header">
        <h2>{t('synthesis.title')}</h2>
        <GridControls
          rows={view.rows}
          by={view.by}
          codes={codes}
          choices={choices}
          onRows={(rows) => {
            setOpen(null);
            setView({ ...view, rows });
          }}
          onBy={(by) => {
            setOpen(null);
            setView({ ...view, by });
          }}
        />
      </div>
      {grid.fellBack && (
        <div className="callout" role="note">
          <p>{t('synthesis.noPerspectives')}</p>
          <button type="button" onClick={() => to('documents')}>
            {t('synthesis.givePerspectives')}
          </button>
        </div>
      )}
      <p id="grid-help" className="muted small">
        {t('synthesis.gridHelp')}
      </p>
      <div className={open ? 'grid-scroll compact' : 'grid-scroll'}>
        <SummaryGrid
          grid={grid}
          caption={t('synthesis.grid', {
            rows: t(hasVision ? 'synthesis.rows.themes' : 'synthesis.code'),
            by: byLabel,
          })}
          open={open?.target ?? null}
          onOpen={(target, typed) => setOpen({ target, typed, nonce: Date.now() })}
        />
      </div>
      <ul className="grid-legend" aria-label={t('synthesis.legend')}>
        {(['notDiscussed', 'discussed', 'summarised'] as const).map((state) => (
          <li key={state}>
            <span className={`state-mark state-${state}`} aria-hidden="true" />{' '}
            {t(`synthesis.legend.${state}`)}
          </li>
        ))}
      </ul>
      {open && (
        <OpenPanel
          key={JSON.stringify(open.target)}
          target={open.target}
          request={{ typed: open.typed, nonce: open.nonce }}
          index={index}
          grid={grid}
          byLabel={byLabel}
          citations={citations}
          goTo={goTo}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
