import { useSyncExternalStore } from 'react';
import { formatClock } from '../../../../shared/recordings/timeline.ts';
import { formatNumber, useTranslation } from '../../../i18n/index.ts';
import { SPEEDS, type Player } from './usePlayer.ts';

type Props = {
  player: Player;
  /** The media's length in seconds. */
  duration: number;
  /** Whether the recording can be played (its address is known). */
  playable: boolean;
  /** The speed selector's label (the transcription mode says it its own way). */
  speedLabel: string;
};

/** Back 5 s, the clock, the position slider and the speed: the same in the player and the transcription mode. */
export function PlayerTransport({ player, duration, playable, speedLabel }: Props) {
  const { t, i18n } = useTranslation();
  // The clock follows the media's timeupdate events here, so the player around it does not re-render for it.
  const time = useSyncExternalStore(player.subscribeTime, player.shownTime);
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <>
      <button
        type="button"
        onClick={() => player.back(5)}
        disabled={!playable}
        aria-label={t('recording.back')}
        title={t('recording.back')}
      >
        ↺ 5 s
      </button>
      <span className="recording-time" aria-live="off">
        {formatClock(time)} / {formatClock(duration)}
      </span>
      <input
        type="range"
        className="recording-seek"
        min={0}
        max={Math.max(duration, 1)}
        step={0.1}
        value={Math.min(time, duration)}
        aria-label={t('recording.position')}
        onChange={(e) => player.seek(Number(e.target.value))}
      />
      <select
        value={player.rate}
        aria-label={speedLabel}
        title={speedLabel}
        onChange={(e) => player.setRate(Number(e.target.value))}
      >
        {SPEEDS.map((speed) => (
          <option key={speed} value={speed}>
            {formatNumber(speed, lang, 2).replace(/0$/, '')}×
          </option>
        ))}
      </select>
    </>
  );
}
