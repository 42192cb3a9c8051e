import { useCallback, useEffect, useState } from 'react';
import { openProject, useProjectName } from '../../db/projects.ts';
import { useTranslation } from '../../i18n/index.ts';
import { platform } from '../../platform/index.ts';
import { navigate, SECTIONS, type Route, type Section } from '../../router.ts';
import { prepareAnalysisInBackground } from '../compare/analysisCache.ts';
import { useBackupRequests } from '../export/useBackups.ts';
import { useRecordingCleanup } from '../documents/recording/cleanup.ts';
import { formatBytes } from '../documents/recording/format.ts';
import { HelpDialog } from '../help/HelpDialog.tsx';
import { LanguageSwitch } from '../settings/LanguageSwitch.tsx';
import { ShareDialog } from '../team/ShareDialog.tsx';
import { useTeamSession, useTeamStatus } from '../../sync/team.ts';
import { ProjectContext } from '../../session/ProjectContext.tsx';
import { SectionView } from './SectionView.tsx';
import { Toasts, useToasts } from '../../components/Toasts.tsx';
import { useHistory } from './useHistory.ts';

type ProjectRoute = Extract<Route, { screen: 'project' }>;

/** A project: navigation between its sections, undo/redo, and the section itself. */
export function Workspace({ route }: { route: ProjectRoute }) {
  const { t, i18n } = useTranslation();
  const projectName = useProjectName(route.projectId);
  const session = openProject(route.projectId);
  const toasts = useToasts();
  const { push } = toasts;
  const onDone = useCallback(
    ({ kind, label }: { kind: 'undo' | 'redo'; label: string }) =>
      push(t(kind === 'undo' ? 'app.undone' : 'app.redone', { label: t(label) })),
    [push, t],
  );
  const history = useHistory(session.history, onDone);
  // The controls a reader sees are disabled already; this says why if a write got through to the history anyway.
  useEffect(() => session.history.onRefused((reason) => push(t(reason))), [session.history, push, t]);
  useBackupRequests(session, i18n.language === 'en' ? 'en' : 'nl');
  useRecordingCleanup(session, platform.media, (freed) =>
    push(t('recording.freed', { count: freed.files, size: formatBytes(freed.bytes, i18n.language) })),
  );
  const [help, setHelp] = useState(false);
  const [sharing, setSharing] = useState(false);
  useTeamSession(session, (problem) => push(t('team.problem', { message: t(problem) })));
  const team = useTeamStatus(route.projectId);
  useEffect(
    () => prepareAnalysisInBackground(session.db, () => (i18n.language === 'en' ? 'en' : 'nl')),
    [session.db, i18n],
  );
  const teamLabel = team
    ? t('team.buttonShared', { state: t(`team.state.${team.state}`) })
    : t('team.button');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F1') {
        e.preventDefault();
        setHelp(true);
      }
    };
    window.addEventListener('keydown', onKey);
    const off = platform.onMenuCommand((command) => command === 'help' && setHelp(true));
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, []);

  if (projectName === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (projectName === null) {
    return (
      <main className="not-found">
        <p>{t('project.notFound')}</p>
        <button type="button" onClick={() => navigate({ screen: 'start' })}>
          {t('app.back')}
        </button>
      </main>
    );
  }

  const go = (section: Section) => navigate({ screen: 'project', projectId: route.projectId, section });

  return (
    <ProjectContext.Provider value={session}>
      <div className="workspace">
        <header className="topbar">
          <button
            type="button"
            className="brand brand-button"
            onClick={() => navigate({ screen: 'start' })}
            title={t('app.back')}
          >
            <span className="logo" aria-hidden="true">
              K
            </span>
            <span className="sr-only">{t('app.back')}</span>
          </button>
          <h1 className="project-name" title={projectName}>
            {projectName}
          </h1>
          <nav aria-label={t('nav.label')} className="tabs">
            {SECTIONS.map((section) => (
              <button
                key={section}
                type="button"
                className={section === route.section ? 'tab active' : 'tab'}
                aria-current={section === route.section ? 'page' : undefined}
                onClick={() => go(section)}
              >
                {t(`nav.${section}`)}
              </button>
            ))}
          </nav>
          <div className="topbar-actions">
            <button
              type="button"
              className={team ? `team-button team-${team.state}` : 'team-button'}
              onClick={() => setSharing(true)}
              aria-label={teamLabel}
              title={teamLabel}
            >
              {team && <span className="team-dot" aria-hidden="true" />}
              <span aria-hidden="true">⇄</span>
            </button>
            <button
              type="button"
              onClick={() => history.undo()}
              disabled={!history.nextUndo}
              title={
                history.nextUndo
                  ? `${t('app.undoStep', { label: t(history.nextUndo) })} (Ctrl+Z)`
                  : t('app.nothingToUndo')
              }
              aria-label={t('app.undo')}
            >
              ↶
            </button>
            <button
              type="button"
              onClick={() => history.redo()}
              disabled={!history.nextRedo}
              title={
                history.nextRedo
                  ? `${t('app.redoStep', { label: t(history.nextRedo) })} (Ctrl+Shift+Z)`
                  : t('app.nothingToRedo')
              }
              aria-label={t('app.redo')}
            >
              ↷
            </button>
            <button
              type="button"
              onClick={() => setHelp(true)}
              title={t('help.button')}
              aria-label={t('help.button')}
            >
              ?
            </button>
            <LanguageSwitch />
          </div>
        </header>
        <div className="workspace-body">
          <SectionView route={route} toast={push} />
        </div>
        <Toasts toasts={toasts.items} />
        {help && <HelpDialog onClose={() => setHelp(false)} />}
        {sharing && <ShareDialog onClose={() => setSharing(false)} toast={push} />}
      </div>
    </ProjectContext.Provider>
  );
}
