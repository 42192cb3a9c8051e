import { useMemo } from 'react';
import type { Speaker, Turn } from '../../../../shared/model.ts';
import { useDocument, useSpeakers, useTurns } from '../../../db/documents.ts';
import { useRecording } from '../../../db/recordings.ts';
import { useCodingCount } from '../../../db/transcripts.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { navigate, type Route } from '../../../router.ts';
import { useProject } from '../../../session/ProjectContext.tsx';
import { LinkRecordingButton } from '../recording/LinkRecordingButton.tsx';
import { Transcriber } from './Transcriber.tsx';

type Props = {
  route: Extract<Route, { screen: 'project' }> & { documentId: string };
  toast: (text: string) => void;
};

const ORDER_KEY = 'koor.transcribe.speakers.';

/** Remembers the order speakers were added in, so that Ctrl+1…9 keep pointing at the same speaker. */
export function rememberSpeaker(documentId: string, speakerId: string): void {
  const order: string[] = JSON.parse(localStorage.getItem(ORDER_KEY + documentId) ?? '[]');
  if (!order.includes(speakerId))
    localStorage.setItem(ORDER_KEY + documentId, JSON.stringify([...order, speakerId]));
}

/** The document's speakers in the order they were added, else in the order they first speak. */
function speakerOrder(documentId: string, speakers: Speaker[], turns: readonly Turn[]): Speaker[] {
  let added: string[] = [];
  try {
    added = JSON.parse(localStorage.getItem(ORDER_KEY + documentId) ?? '[]');
  } catch {
    added = [];
  }
  const first = new Map<string, number>();
  for (const turn of turns)
    if (turn.speakerId && !first.has(turn.speakerId)) first.set(turn.speakerId, turn.start);
  const rank = (s: Speaker) => {
    const i = added.indexOf(s.id);
    return i >= 0 ? i : added.length + (first.get(s.id) ?? Number.MAX_SAFE_INTEGER) / 1e12;
  };
  return [...speakers].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** The transcription mode of a document: its recording and the turns typed while listening. */
export function TranscribeView({ route, toast }: Props) {
  const { t } = useTranslation();
  const session = useProject();
  const document = useDocument(session.db, route.documentId);
  const turns = useTurns(session.db, route.documentId);
  const allSpeakers = useSpeakers(session.db);
  const recording = useRecording(session.db, route.documentId);
  const codings = useCodingCount(session.db, route.documentId);
  const speakers = useMemo(
    () =>
      allSpeakers && turns
        ? speakerOrder(
            route.documentId,
            allSpeakers.filter((s) => s.documentId === route.documentId),
            turns,
          )
        : undefined,
    [allSpeakers, turns, route.documentId],
  );
  const toCoding = () => navigate({ ...route, mode: undefined });
  if (document === null) return <p className="section">{t('transcribe.missing')}</p>;
  if (!document || !turns || !speakers || recording === undefined || codings === undefined)
    return <p className="section">{t('app.loading')}</p>;
  return (
    <div className="section transcribe">
      <header className="section-header">
        <h2>{t('transcribe.title', { name: document.name })}</h2>
        <button type="button" className="primary" onClick={toCoding}>
          {t('transcribe.done')}
        </button>
      </header>
      <p className="muted small">{t('transcribe.keys')}</p>
      {codings > 0 ? (
        <p className="warning" role="alert">
          {t('transcribe.coded', { count: codings })}
        </p>
      ) : recording === null ? (
        <div className="recording-bar empty">
          <span className="muted small">{t('transcribe.noRecording')}</span>
          <LinkRecordingButton documentId={document.id} documentName={document.name} toast={toast} />
        </div>
      ) : (
        <Transcriber
          key={document.id}
          document={document}
          turns={turns}
          speakers={speakers}
          recording={recording}
          toast={toast}
          onSpeakerAdded={(id) => rememberSpeaker(document.id, id)}
        />
      )}
    </div>
  );
}
