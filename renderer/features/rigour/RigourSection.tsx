import { useState } from 'react';
import type { PseudonymEntry } from '../../../shared/rigour/pseudonymise.ts';
import { EmptyState, ToDocumentsButton } from '../../components/EmptyState.tsx';
import { useProjectData } from '../../db/projectData.ts';
import { useProjectName } from '../../db/projects.ts';
import { useTranslation } from '../../i18n/index.ts';
import type { Route } from '../../router.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { CodersTab } from './CodersTab.tsx';
import { PseudonymTab } from './PseudonymTab.tsx';
import { RigourTabs, type RigourTab } from './RigourTabs.tsx';
import { SuggestTab } from './SuggestTab.tsx';

type Props = { route: Extract<Route, { screen: 'project' }>; toast: (text: string) => void };

/** Betrouwbaarheid: coders and their agreement, auto-coding suggestions, pseudonymisation. */
export function RigourSection({ route, toast }: Props) {
  const { t } = useTranslation();
  const { db } = useProject();
  const projectName = useProjectName(route.projectId) ?? '';
  const data = useProjectData(db, projectName, 'everyone');
  const [tab, setTab] = useState<RigourTab>('coders');
  // The pseudonym key lives here only (never in the project), so it survives switching tabs but not leaving.
  const [pseudonyms, setPseudonyms] = useState<PseudonymEntry[]>([{ real: '', pseudonym: '' }]);

  if (!data) return <p className="loading">{t('rigour.loading')}</p>;
  if (data.documents.length === 0) {
    return (
      <div className="section">
        <EmptyState title={t('rigour.noDocuments.title')} body={t('rigour.noDocuments.body')}>
          <ToDocumentsButton projectId={route.projectId} />
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="section rigour">
      <div className="section-header">
        <h2>{t('rigour.title')}</h2>
      </div>
      <RigourTabs tab={tab} onChange={setTab} />
      <div className="rigour-body" role="tabpanel" aria-labelledby={`rigour-tab-${tab}`}>
        {tab === 'coders' && <CodersTab data={data} projectId={route.projectId} toast={toast} />}
        {tab === 'suggest' && <SuggestTab data={data} projectId={route.projectId} toast={toast} />}
        {tab === 'pseudonymise' && (
          <PseudonymTab data={data} rows={pseudonyms} onRowsChange={setPseudonyms} toast={toast} />
        )}
      </div>
    </div>
  );
}
