import { useState } from 'react';
import type { Recording } from '../../../../shared/recordings/types.ts';
import { unlinkRecording, updateRecording } from '../../../db/recordings.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { platform } from '../../../platform/index.ts';
import { useProject } from '../../../session/ProjectContext.tsx';
import { displayParams } from './format.ts';
import { LinkRecordingButton } from './LinkRecordingButton.tsx';
import { unplayable } from './linkRecording.ts';
import type { RecordingView } from './useRecordingView.ts';
import { PlayerTransport } from './PlayerTransport.tsx';
import { useMediaUrl } from './useMediaUrl.ts';

type Props = {
  documentId: string;
  documentName: string;
  view: RecordingView;
  onSyncFocused: () => void;
  toast: (text: string) => void;
};

/** The recording bar of the coding view: link a recording, or play it (video in a resizable pane). */
export function RecordingPanel({ documentId, documentName, view, onSyncFocused, toast }: Props) {
  const { t } = useTranslation();
  const { recording } = view;
  if (recording === undefined) return null;
  if (recording === null) {
    return (
      <div className="recording-bar empty">
        <span className="muted small">{t('recording.linkHint')}</span>
        <LinkRecordingButton documentId={documentId} documentName={documentName} toast={toast} />
      </div>
    );
  }
  return (
    <Player
      key={recording.id}
      recording={recording}
      view={view}
      onSyncFocused={onSyncFocused}
      toast={toast}
    />
  );
}

function Player({
  recording,
  view,
  onSyncFocused,
  toast,
}: {
  recording: Recording;
  view: RecordingView;
  onSyncFocused: () => void;
  toast: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const session = useProject();
  const lang = i18n.language;
  const { player } = view;
  const { url, problem, setProblem } = useMediaUrl(recording);
  const [duration, setDuration] = useState(recording.duration);

  const relink = async () => {
    const moved = await platform.media.relink?.(recording.where);
    if (!moved) return;
    if (moved.ok) {
      setProblem(null);
      await updateRecording(session, { ...recording, where: moved.data });
    } else setProblem({ key: moved.reason, ...(moved.params ? { params: moved.params } : {}) });
  };
  const shorter = duration > 0 && view.latest > duration + 1;
  const unlink = () => void unlinkRecording(session, recording.id).then(() => toast(t('recording.unlinked')));
  const mediaProps = {
    ref: player.attach,
    src: url ?? undefined,
    preload: 'auto',
    onPlay: () => player.onPlayState(true),
    onPause: () => player.onPlayState(false),
    onEnded: () => player.onPlayState(false),
    onTimeUpdate: (e: React.SyntheticEvent<HTMLMediaElement>) =>
      player.onTimeUpdate(e.currentTarget.currentTime),
    onLoadedMetadata: (e: React.SyntheticEvent<HTMLMediaElement>) => {
      const element = e.currentTarget;
      if (Number.isFinite(element.duration)) setDuration(element.duration);
      element.playbackRate = player.rate;
    },
    onError: (e: React.SyntheticEvent<HTMLMediaElement>) => {
      const failure = unplayable(recording.fileName, e.currentTarget.error);
      setProblem({ key: failure.reason, params: failure.params });
    },
  };

  return (
    <section className="recording-bar" aria-label={t('recording.player')}>
      {recording.kind === 'video' && url && (
        <div className="video-pane" title={t('recording.video')}>
          <video {...mediaProps} />
        </div>
      )}
      {recording.kind === 'audio' && url && <audio {...mediaProps} />}
      <div className="recording-controls">
        {problem ? (
          <p className="form-error" role="alert">
            {t(problem.key, displayParams(problem.params, lang))}
          </p>
        ) : (
          <>
            <button
              type="button"
              className="primary"
              onClick={player.toggle}
              disabled={!url}
              title={player.playing ? t('recording.pause') : t('recording.play')}
              aria-label={player.playing ? t('recording.pause') : t('recording.play')}
            >
              {player.playing ? '❚❚' : '▶'}
            </button>
            <PlayerTransport
              player={player}
              duration={duration}
              playable={Boolean(url)}
              speedLabel={t('recording.speed')}
            />
            <label title={t('recording.followHint')}>
              <input
                type="checkbox"
                checked={view.follow}
                onChange={(e) => view.setFollow(e.target.checked)}
              />{' '}
              {t('recording.follow')}
            </label>
            <label title={t('recording.loop')}>
              <input
                type="checkbox"
                checked={player.loop}
                onChange={(e) => player.setLoop(e.target.checked)}
              />{' '}
              {t('recording.loop')}
            </label>
            <button type="button" onClick={onSyncFocused} disabled={!url} title={t('recording.syncHint')}>
              {t('recording.syncHere')}
            </button>
          </>
        )}
        {problem && platform.media.relink !== null && recording.where.kind === 'file' && (
          <button type="button" onClick={() => void relink()}>
            {t('recording.relink')}
          </button>
        )}
        {problem && (platform.media.relink === null || recording.where.kind !== 'file') && (
          <LinkRecordingButton
            documentId={recording.documentId}
            documentName=""
            toast={toast}
            label={t('recording.relink')}
          />
        )}
        <button type="button" className="link" onClick={unlink}>
          {t('recording.unlink')}
        </button>
      </div>
      {shorter && !problem && (
        <p className="warning small" role="status">
          {t('recording.shorter', displayParams({ duration, latest: view.latest }, lang))}
        </p>
      )}
    </section>
  );
}
