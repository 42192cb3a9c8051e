import { useState } from 'react';
import { EmptyState, ToDocumentsButton } from '../../components/EmptyState.tsx';
import { QuestionFilter, useQuestionFilter } from '../../components/QuestionFilter.tsx';
import { TabList } from '../../components/TabList.tsx';
import { useProjectName } from '../../db/projects.ts';
import { useProjectData } from '../../db/projectData.ts';
import { useTranslation } from '../../i18n/index.ts';
import type { Route } from '../../router.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { MemoList } from './MemoList.tsx';
import { RetrievalView } from './RetrievalView.tsx';

type Props = { route: Extract<Route, { screen: 'project' }> };

const FRAGMENT_TABS = ['fragments', 'memos'] as const;

/** Coded fragments ("Gecodeerde fragmenten") and the memo list. */
export function FragmentsSection({ route }: Props) {
  const { t } = useTranslation();
  const session = useProject();
  const projectName = useProjectName(session.id) ?? '';
  const allData = useProjectData(session.db, projectName);
  const [question, setQuestion] = useState('');
  const { labels, data: project } = useQuestionFilter(session.db, allData, question);
  const [tab, setTab] = useState<'fragments' | 'memos'>('fragments');
  if (!project) return <p className="loading">{t('app.loading')}</p>;
  const tabs = (
    <TabList
      prefix="fragments"
      tabs={FRAGMENT_TABS}
      tab={tab}
      onChange={setTab}
      label={t('nav.fragments')}
      tabClass="tab"
    />
  );
  return (
    <div className="section">
      {tabs}
      {tab === 'memos' ? (
        <MemoList project={project} route={route} />
      ) : project.codes.length === 0 ? (
        <EmptyState title={t('fragments.emptyTitle')} body={t('fragments.emptyBody')}>
          <ToDocumentsButton projectId={route.projectId} />
        </EmptyState>
      ) : (
        <>
          <QuestionFilter labels={labels} value={question} onChange={setQuestion} />
          <RetrievalView project={project} route={route} />
        </>
      )}
    </div>
  );
}
