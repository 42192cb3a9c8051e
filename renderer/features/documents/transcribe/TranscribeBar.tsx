import { useState } from 'react';
import type { Recording } from '../../../../shared/recordings/types.ts';
import { formatNumber, useTranslation } from '../../../i18n/index.ts';
import { displayParams } from '../recording/format.ts';
import { LinkRecordingButton } from '../recording/LinkRecordingButton.tsx';
import { unplayable } from '../recording/linkRecording.ts';
import type { Player } from '../recording/usePlayer.ts';
import { PlayerTransport } from '../recording/PlayerTransport.tsx';
import { useMediaUrl } from '../recording/useMediaUrl.ts';

/** The automatic rewinds on resume a transcriber can choose, in seconds. */
export const REWINDS = [0, 1, 2, 3, 5] as const;

type Props = {
  recording: Recording;
  player: Player;
  rewind: number;
  onRewind: (seconds: number) => void;
  onToggle: () => void;
  toast: (text: string) => void;
};

/** The player of the transcription mode: play/pause with rewind on resume, back, speed, the time. */
export function TranscribeBar({ recording, player, rewind, onRewind, onToggle, toast }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { url, problem, setProblem } = useMediaUrl(recording);
  const [duration, setDuration] = useState(recording.duration);

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
      if (Number.isFinite(e.currentTarget.duration)) setDuration(e.currentTarget.duration);
      e.currentTarget.playbackRate = player.rate;
    },
    onError: (e: React.SyntheticEvent<HTMLMediaElement>) => {
      const failure = unplayable(recording.fileName, e.currentTarget.error);
      setProblem({ key: failure.reason, params: failure.params });
    },
  };

  return (
    <section className="recording-bar transcribe-bar" aria-label={t('recording.player')}>
      {recording.kind === 'video' && url && (
        <div className="video-pane" title={t('recording.video')}>
          <video {...mediaProps} />
        </div>
      )}
      {recording.kind === 'audio' && url && <audio {...mediaProps} />}
      <div className="recording-controls">
        {problem ? (
          <>
            <p className="form-error" role="alert">
              {t(problem.key, displayParams(problem.params, lang))}
            </p>
            <LinkRecordingButton
              documentId={recording.documentId}
              documentName=""
              toast={toast}
              label={t('recording.relink')}
            />
          </>
        ) : (
          <>
            <button
              type="button"
              className="primary"
              onClick={onToggle}
              disabled={!url}
              aria-label={player.playing ? t('recording.pause') : t('recording.play')}
              title={player.playing ? t('recording.pause') : t('recording.play')}
            >
              {player.playing ? '❚❚' : '▶'}
            </button>
            <PlayerTransport
              player={player}
              duration={duration}
              playable={Boolean(url)}
              speedLabel={t('transcribe.speed')}
            />
            <label>
              {t('transcribe.rewind')}{' '}
              <select value={rewind} onChange={(e) => onRewind(Number(e.target.value))}>
                {REWINDS.map((seconds) => (
                  <option key={seconds} value={seconds}>
                    {t('transcribe.seconds', { count: seconds, n: formatNumber(seconds, lang) })}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
      </div>
    </section>
  );
}
