import { useCallback, useEffect, useRef, useState } from 'react';
import { newId } from '../../../../shared/ids.ts';
import type { KoorDocument, Speaker, SpeakerRole, Turn } from '../../../../shared/model.ts';
import { formatClock } from '../../../../shared/recordings/timeline.ts';
import { insertAt, resumeTime, timeMark } from '../../../../shared/recordings/transcribe.ts';
import type { Recording } from '../../../../shared/recordings/types.ts';
import { addTranscriptSpeaker } from '../../../db/transcripts.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { useProject } from '../../../session/ProjectContext.tsx';
import { usePlayer } from '../recording/usePlayer.ts';
import { TranscribeBar } from './TranscribeBar.tsx';
import { transcribeAction } from './transcribeKeys.ts';
import { useTranscript } from './useTranscript.ts';

const REWIND_KEY = 'koor.transcribe.rewind';

function storedRewind(): number {
  const value = Number(localStorage.getItem(REWIND_KEY) ?? '2');
  return Number.isFinite(value) && value >= 0 && value <= 5 ? value : 2;
}

type Props = {
  document: KoorDocument;
  turns: Turn[];
  speakers: Speaker[];
  recording: Recording;
  toast: (text: string) => void;
  onSpeakerAdded: (speakerId: string) => void;
};

/** Typing a transcript while listening: turns with a speaker and start time, saved as they are typed. */
export function Transcriber({ document, turns, speakers, recording, toast, onSpeakerAdded }: Props) {
  const { t } = useTranslation();
  const session = useProject();
  const player = usePlayer(() => undefined);
  const { drafts, update, state } = useTranscript(session, document.id, document.text, turns);
  const [focused, setFocused] = useState(drafts.length - 1);
  const [rewind, setRewind] = useState(storedRewind);
  const [newName, setNewName] = useState('');
  const [newRole, setNewRole] = useState<SpeakerRole>('participant');
  const [hint, setHint] = useState('');
  const fields = useRef(new Map<string, HTMLTextAreaElement>());
  const focusNext = useRef<{ id: string; caret?: number } | null>(null);
  const nameField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const wanted = focusNext.current;
    if (!wanted) return;
    const field = fields.current.get(wanted.id);
    if (!field) return;
    focusNext.current = null;
    field.focus();
    const caret = wanted.caret ?? field.value.length;
    field.setSelectionRange(caret, caret);
  });

  const toggle = useCallback(() => {
    const element = player.media.current;
    if (element?.paused) player.seek(resumeTime(element.currentTime, rewind));
    player.toggle();
  }, [player, rewind]);

  const startTurn = (speaker: Speaker) => {
    const time = Math.round(player.now() * 100) / 100;
    const current = drafts[focused];
    if (current && current.text === '') {
      // An empty turn is given the speaker and the time instead of leaving it behind.
      update((all) => all.map((d, i) => (i === focused ? { ...d, speakerId: speaker.id, time } : d)));
      focusNext.current = { id: current.id };
      return;
    }
    const at = insertAt(drafts, focused, time);
    const id = newId();
    update((all) => [...all.slice(0, at), { id, speakerId: speaker.id, time, text: '' }, ...all.slice(at)]);
    setFocused(at);
    focusNext.current = { id };
  };

  const insertTime = () => {
    const draft = drafts[focused];
    const field = draft ? fields.current.get(draft.id) : undefined;
    if (!draft || !field) return;
    const mark = timeMark(player.now());
    const caret = field.selectionStart ?? draft.text.length;
    const before = draft.text.slice(0, caret);
    const spaced = `${before && !/\s$/.test(before) ? ' ' : ''}${mark} `;
    update((all) =>
      all.map((d) => (d.id === draft.id ? { ...d, text: `${before}${spaced}${d.text.slice(caret)}` } : d)),
    );
    focusNext.current = { id: draft.id, caret: caret + spaced.length };
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || window.document.querySelector('dialog[open]')) return;
    const action = transcribeAction(e);
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'toggle') toggle();
    else if (action.kind === 'back') player.back(5);
    else if (action.kind === 'slower') player.changeRate(-1);
    else if (action.kind === 'faster') player.changeRate(1);
    else if (action.kind === 'insertTime') insertTime();
    else {
      const speaker = speakers[action.index];
      if (speaker) startTurn(speaker);
      else {
        setHint(t('transcribe.noSpeaker', { n: action.index + 1 }));
        nameField.current?.focus();
      }
    }
  };

  // The keys work wherever the focus is in the view (the recording bar, a turn, the speaker field).
  const keys = useRef(onKeyDown);
  useEffect(() => {
    keys.current = onKeyDown;
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => keys.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const addSpeaker = async () => {
    if (!newName.trim()) return;
    const speaker = await addTranscriptSpeaker(session, document.id, newName, newRole);
    onSpeakerAdded(speaker.id);
    setNewName('');
    setHint('');
    toast(t('transcribe.speakerAdded', { name: speaker.name, key: `Ctrl+${speakers.length + 1}` }));
  };

  const names = new Map(speakers.map((s) => [s.id, s.name]));
  return (
    <div className="transcriber">
      <TranscribeBar
        recording={recording}
        player={player}
        rewind={rewind}
        onRewind={(seconds) => {
          setRewind(seconds);
          localStorage.setItem(REWIND_KEY, String(seconds));
        }}
        onToggle={toggle}
        toast={toast}
      />
      <div className="transcribe-speakers" role="group" aria-label={t('transcribe.speakers')}>
        {speakers.map((speaker, index) => (
          <button
            key={speaker.id}
            type="button"
            className="speaker-key"
            disabled={index > 8}
            onClick={() => startTurn(speaker)}
            title={t('transcribe.startTurn', { name: speaker.name })}
          >
            {index < 9 && <kbd>Ctrl+{index + 1}</kbd>} {speaker.name}
          </button>
        ))}
        <form
          className="transcribe-add"
          onSubmit={(e) => {
            e.preventDefault();
            void addSpeaker();
          }}
        >
          <input
            ref={nameField}
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            placeholder={t('transcribe.newSpeaker')}
            aria-label={t('transcribe.newSpeaker')}
          />
          <label>
            <input
              type="checkbox"
              checked={newRole === 'moderator'}
              onChange={(e) => setNewRole(e.target.checked ? 'moderator' : 'participant')}
            />{' '}
            {t('transcribe.moderator')}
          </label>
          <button type="submit" disabled={!newName.trim()}>
            {t('transcribe.addSpeaker')}
          </button>
        </form>
        <span className={state === 'failed' ? 'form-error' : 'muted small'} role="status">
          {t(`transcribe.state.${state}`)}
        </span>
      </div>
      {hint && (
        <p className="warning small" role="alert">
          {hint}
        </p>
      )}
      {drafts.length === 0 ? (
        <p className="muted transcribe-empty">
          {speakers.length
            ? t('transcribe.emptyWithSpeakers', { name: speakers[0]!.name })
            : t('transcribe.empty')}
        </p>
      ) : (
        <ol className="transcribe-turns">
          {drafts.map((draft, index) => (
            <li key={draft.id} className={index === focused ? 'transcribe-turn focused' : 'transcribe-turn'}>
              <div className="transcribe-who">
                <span className="speaker">
                  {draft.speakerId ? (names.get(draft.speakerId) ?? '?') : t('transcribe.nobody')}
                </span>
                {draft.time !== undefined && (
                  <button
                    type="button"
                    className="link turn-time"
                    onClick={() => player.playFrom(draft.time!)}
                    aria-label={t('recording.playFrom', { time: formatClock(draft.time) })}
                  >
                    {formatClock(draft.time)}
                  </button>
                )}
              </div>
              <textarea
                ref={(element) => {
                  if (element) fields.current.set(draft.id, element);
                  else fields.current.delete(draft.id);
                }}
                value={draft.text}
                rows={Math.max(2, draft.text.split('\n').length)}
                aria-label={t('transcribe.turnText', {
                  name: draft.speakerId ? (names.get(draft.speakerId) ?? '?') : t('transcribe.nobody'),
                  time: draft.time === undefined ? '' : formatClock(draft.time),
                })}
                onFocus={() => setFocused(index)}
                onChange={(e) => {
                  const value = e.target.value;
                  update((all) => all.map((d) => (d.id === draft.id ? { ...d, text: value } : d)));
                }}
                onKeyDown={(e) => {
                  // Backspace in an empty turn removes it and goes back to the end of the one before.
                  if (e.key !== 'Backspace' || draft.text !== '' || drafts.length < 2) return;
                  e.preventDefault();
                  const previous = drafts[index - 1] ?? drafts[index + 1]!;
                  update((all) => all.filter((d) => d.id !== draft.id));
                  setFocused(Math.max(0, index - 1));
                  focusNext.current = { id: previous.id };
                }}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
