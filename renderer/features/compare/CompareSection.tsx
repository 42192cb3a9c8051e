import { useState } from 'react';
import { EmptyState, ToDocumentsButton } from '../../components/EmptyState.tsx';
import { useProjectData } from '../../db/projectData.ts';
import { QuestionFilter, useQuestionFilter } from '../../components/QuestionFilter.tsx';
import { useProjectName } from '../../db/projects.ts';
import { useTranslation } from '../../i18n/index.ts';
import type { Route } from '../../router.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { CompareTabs, type CompareTab } from './CompareTabs.tsx';
import { CooccurrenceView } from './CooccurrenceView.tsx';
import { CrosstabView } from './CrosstabView.tsx';
import { DrillDown } from './DrillDown.tsx';
import type { DrillRequest } from './drillTypes.ts';
import { SideBySideView } from './SideBySideView.tsx';
import { useAnalysisIndex } from './useAnalysis.ts';
import { WordsView } from './WordsView.tsx';

type Props = { route: Extract<Route, { screen: 'project' }> };

/** Compare perspectives: crosstab and charts, side by side, co-occurrence and words, each down to the quotes. */
export function CompareSection({ route }: Props) {
  const { t } = useTranslation();
  const { db } = useProject();
  const projectName = useProjectName(route.projectId) ?? '';
  const allData = useProjectData(db, projectName);
  const [question, setQuestion] = useState('');
  const { labels, data } = useQuestionFilter(db, allData, question);
  const [coderId, setCoderId] = useState('');
  const index = useAnalysisIndex(data, coderId);
  const [tab, setTab] = useState<CompareTab>('crosstab');
  const [drill, setDrill] = useState<DrillRequest | null>(null);

  if (!data || !index) return <p className="loading">{t('compare.loading')}</p>;
  if (data.documents.length === 0) return <NothingYet projectId={route.projectId} />;
  // Words and keyword-in-context need no codings; the views over codes wait for the first ones.
  const uncoded = allData?.codings.length === 0;
  const coders = data.coders.filter((coder) => data.codings.some((c) => c.coderId === coder.id));

  return (
    <div className="section compare">
      <div className="section-header">
        <h2>{t('compare.title')}</h2>
        <QuestionFilter labels={labels} value={question} onChange={setQuestion} />
        {coders.length > 1 && (
          <label className="inline">
            <span>{t('compare.coder')}</span>
            <select value={coderId} onChange={(e) => setCoderId(e.target.value)}>
              <option value="">{t('compare.coder.all')}</option>
              {coders.map((coder) => (
                <option key={coder.id} value={coder.id}>
                  {coder.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <CompareTabs tab={tab} onChange={setTab} />
      <div className="compare-body" role="tabpanel" aria-labelledby={`compare-tab-${tab}`}>
        {uncoded && tab !== 'words' && (
          <NothingYet projectId={route.projectId} onWords={() => setTab('words')} />
        )}
        {!uncoded && tab === 'crosstab' && <CrosstabView index={index} onOpen={setDrill} />}
        {!uncoded && tab === 'sideBySide' && <SideBySideView index={index} />}
        {!uncoded && tab === 'cooccurrence' && <CooccurrenceView index={index} onOpen={setDrill} />}
        {tab === 'words' && <WordsView index={index} />}
      </div>
      {drill && <DrillDown index={index} request={drill} onClose={() => setDrill(null)} />}
    </div>
  );
}

/** Before anything is coded (or imported): what Compare will show, and where to start. */
function NothingYet({ projectId, onWords }: { projectId: string; onWords?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="section">
      <EmptyState title={t('compare.emptyTitle')} body={t('compare.emptyBody')}>
        <ToDocumentsButton projectId={projectId} />
        {onWords && (
          <button type="button" onClick={onWords}>
            {t('compare.toWords')}
          </button>
        )}
      </EmptyState>
    </div>
  );
}
