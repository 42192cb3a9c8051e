import { useState } from 'react';
import { emptyProject } from '../../../shared/model.ts';
import { EmptyState, ToDocumentsButton } from '../../components/EmptyState.tsx';
import { useProjectData } from '../../db/projectData.ts';
import { useProjectName } from '../../db/projects.ts';
import { useAllQuestions } from '../../db/questions.ts';
import { useTranslation } from '../../i18n/index.ts';
import { navigate, type Route } from '../../router.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { ConsensusView } from './ConsensusView.tsx';
import { DynamicsTabs, type DynamicsTab } from './DynamicsTabs.tsx';
import { GroupPicker } from './GroupPicker.tsx';
import { InterlocutorView } from './InterlocutorView.tsx';
import { ParticipantView } from './ParticipantView.tsx';
import { ParticipationView } from './ParticipationView.tsx';
import { RouteView } from './RouteView.tsx';
import { SaturationView } from './SaturationView.tsx';
import { TurnTakingView } from './TurnTakingView.tsx';
import { useGroup } from './useGroup.ts';

type Props = { route: Extract<Route, { screen: 'project' }>; toast: (text: string) => void };

/** Groepsdynamiek: questioning route, participation, turn-taking, consensus and saturation per group. */
export function DynamicsSection({ route, toast }: Props) {
  const { t } = useTranslation();
  const { db } = useProject();
  const projectName = useProjectName(route.projectId) ?? '';
  const data = useProjectData(db, projectName);
  const stored = useAllQuestions(db);
  const [tab, setTab] = useState<DynamicsTab>('route');
  const [questionId, setQuestionId] = useState('');
  const group = useGroup(data ?? EMPTY, route.documentId, stored ?? [], questionId);

  if (!data || !stored) return <p className="loading">{t('app.loading')}</p>;
  if (!group) {
    return (
      <div className="section">
        <EmptyState title={t('dynamics.emptyTitle')} body={t('dynamics.emptyBody')}>
          <ToDocumentsButton projectId={route.projectId} />
        </EmptyState>
      </div>
    );
  }

  const selectGroup = (documentId: string) => {
    setQuestionId('');
    navigate({ screen: 'project', projectId: route.projectId, section: 'dynamics', documentId });
  };

  return (
    <div className="section dynamics">
      <div className="section-header">
        <h2>{t('dynamics.title')}</h2>
      </div>
      <GroupPicker
        data={data}
        group={group}
        questionId={questionId}
        onGroup={selectGroup}
        onQuestion={setQuestionId}
      />
      <DynamicsTabs tab={tab} onChange={setTab} />
      <div className="dynamics-body" role="tabpanel" aria-labelledby={`dynamics-tab-${tab}`}>
        {tab === 'route' && <RouteView data={data} group={group} stored={stored} toast={toast} />}
        {tab === 'participation' && <ParticipationView data={data} group={group} />}
        {tab === 'turnTaking' && <TurnTakingView data={data} group={group} />}
        {tab === 'interlocutor' && <InterlocutorView data={data} group={group} />}
        {tab === 'consensus' && <ConsensusView data={data} group={group} toast={toast} />}
        {tab === 'saturation' && <SaturationView data={data} />}
        {tab === 'participant' && (
          <ParticipantView data={data} group={group} projectId={route.projectId} toast={toast} />
        )}
      </div>
    </div>
  );
}

const EMPTY = emptyProject('');
