import { useCallback, useEffect, useRef, useState } from 'react';
import type { Turn } from '../../../../shared/model.ts';
import { composeTranscript, draftsOf, type DraftTurn } from '../../../../shared/recordings/transcribe.ts';
import { saveTranscript } from '../../../db/transcripts.ts';
import type { ProjectSession } from '../../../db/projects.ts';

/** How long typing may pause before what was typed is saved. */
const SAVE_AFTER_MS = 300;

/** What the stored transcript is, to tell our own saves from a change made elsewhere (undo). */
function signature(text: string, turns: readonly Pick<Turn, 'id' | 'speakerId' | 'time'>[]): string {
  return `${text}\u0000${turns.map((t) => `${t.id}:${t.speakerId ?? ''}:${t.time ?? ''}`).join(',')}`;
}

export type SaveState = 'saved' | 'saving' | 'failed';

/**
 * The turns being typed, saved shortly after each change (one undoable step per save) and at once when the view
 * closes or the page hides; a change made elsewhere (undo, redo) replaces them when nothing is waiting to be
 * saved.
 */
export function useTranscript(
  session: ProjectSession,
  documentId: string,
  text: string,
  turns: readonly Turn[],
) {
  const [drafts, setDrafts] = useState<DraftTurn[]>(() => draftsOf(text, turns));
  const [state, setState] = useState<SaveState>('saved');
  const savedAs = useRef(
    signature(
      text,
      [...turns].sort((a, b) => a.start - b.start),
    ),
  );
  const pending = useRef<DraftTurn[] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    const composed = composeTranscript(documentId, next);
    savedAs.current = signature(composed.text, composed.turns);
    setState('saving');
    try {
      await saveTranscript(session, documentId, next);
      if (!pending.current) setState('saved');
    } catch {
      setState('failed');
    }
  }, [session, documentId]);

  const update = useCallback(
    (change: (drafts: DraftTurn[]) => DraftTurn[]) => {
      setDrafts((current) => {
        const next = change(current);
        pending.current = next;
        return next;
      });
      setState('saving');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [flush],
  );

  // A change made elsewhere (undo, redo): the stored transcript is no longer what we saved last.
  const stored = signature(
    text,
    [...turns].sort((a, b) => a.start - b.start),
  );
  useEffect(() => {
    if (pending.current || stored === savedAs.current) return;
    savedAs.current = stored;
    setDrafts(draftsOf(text, turns));
    setState('saved');
  }, [stored, text, turns]);

  useEffect(() => {
    const hide = () => void flush();
    window.addEventListener('pagehide', hide);
    document.addEventListener('visibilitychange', hide);
    return () => {
      window.removeEventListener('pagehide', hide);
      document.removeEventListener('visibilitychange', hide);
      void flush();
    };
  }, [flush]);

  return { drafts, update, state, flush };
}
