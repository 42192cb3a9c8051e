import { useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import {
  checkShareInput,
  leaveTeam,
  setBlindCoding,
  shareProject,
  useBlindCoding,
  useTeamConfig,
  useTeamStatus,
} from '../../sync/team.ts';
import type { TeamStatus } from '../../sync/teamSync.ts';

type Props = { onClose: () => void; toast: (text: string) => void };

/** Samenwerken: share this project with a team server, see who is in it, code blind, or leave. */
export function ShareDialog({ onClose, toast }: Props) {
  const session = useProject();
  const config = useTeamConfig(session.db);
  const status = useTeamStatus(session.id);
  if (config === undefined) return null;
  return config ? (
    <SharedView server={config.server} status={status} onClose={onClose} toast={toast} />
  ) : (
    <ShareForm status={status} onClose={onClose} />
  );
}

function ShareForm({ status, onClose }: { status: TeamStatus | null; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useProject();
  const [server, setServer] = useState('');
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refused = status?.state === 'refused' && status.problem ? status.problem : null;
  const shown = problem ?? refused;
  const connect = async () => {
    const input = checkShareInput(server, token);
    if (input) return setProblem(input);
    setProblem(null);
    setBusy(true);
    const outcome = await shareProject(session, { server: server.trim(), token: token.trim() });
    if (outcome === 'reload') return;
    setBusy(false);
    if (outcome) setProblem(outcome);
  };
  return (
    <Dialog
      title={t('team.title')}
      onClose={onClose}
      confirm={{ label: t('team.connect'), onConfirm: () => void connect(), disabled: busy }}
    >
      <p>{t('team.intro')}</p>
      <label>
        <span>{t('team.server')}</span>
        <input
          value={server}
          onChange={(e) => setServer(e.target.value)}
          placeholder="wss://"
          autoFocus
          spellCheck={false}
        />
        <small className="muted">{t('team.serverHelp')}</small>
      </label>
      <label>
        <span>{t('team.token')}</span>
        <input value={token} onChange={(e) => setToken(e.target.value)} spellCheck={false} />
        <small className="muted">{t('team.tokenHelp')}</small>
      </label>
      <p className="muted small">{t('team.stores')}</p>
      {busy && <p aria-live="polite">{t('team.state.connecting')}</p>}
      {shown && (
        <p className="error" role="alert">
          {t(shown)}
        </p>
      )}
    </Dialog>
  );
}

function SharedView({
  server,
  status,
  onClose,
  toast,
}: {
  server: string;
  status: TeamStatus | null;
  onClose: () => void;
  toast: (text: string) => void;
}) {
  const { t } = useTranslation();
  const session = useProject();
  const blind = useBlindCoding(session.db);
  const [leaving, setLeaving] = useState(false);
  const state = status?.state ?? 'offline';
  if (leaving) {
    return (
      <Dialog
        title={t('team.leaveTitle')}
        onClose={() => setLeaving(false)}
        confirm={{
          label: t('team.leave'),
          danger: true,
          onConfirm: () =>
            void leaveTeam(session).then(() => {
              toast(t('team.left'));
              onClose();
            }),
        }}
      >
        <p>{t('team.leaveBody')}</p>
      </Dialog>
    );
  }
  return (
    <Dialog title={t('team.title')} onClose={onClose}>
      <p>{t('team.sharedWith', { server })}</p>
      <p className={`team-state team-${state}`} aria-live="polite">
        {t('team.status', { state: t(`team.state.${state}`) })}
      </p>
      {state === 'offline' && <p className="muted small">{t('team.offlineHelp')}</p>}
      {status?.problem && (
        <p className="error" role="alert">
          {t(status.problem)}
        </p>
      )}
      {status && status.unsynced > 0 && (
        <p className="muted small">{t('team.unsynced', { count: status.unsynced })}</p>
      )}
      {status && status.members.length > 0 && (
        <section aria-label={t('team.members')}>
          <h3>{t('team.members')}</h3>
          <ul className="team-members">
            {status.members.map((member) => (
              <li key={member.memberId}>
                <strong>{member.name}</strong> {t(`team.role.${member.role}`)}
                {member.memberId === status.you?.memberId && ` ${t('team.you')}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {status?.you?.role === 'reader' && <p className="muted small">{t('team.readerNote')}</p>}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={blind}
          onChange={(e) => void setBlindCoding(session.db, e.target.checked)}
        />
        <span>{t('team.blind')}</span>
      </label>
      <p className="muted small">{t('team.blindHelp')}</p>
      <p className="muted small">{t('team.stores')}</p>
      <button type="button" className="danger" onClick={() => setLeaving(true)}>
        {t('team.leave')}
      </button>
    </Dialog>
  );
}
