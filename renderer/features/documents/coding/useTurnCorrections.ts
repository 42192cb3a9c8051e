import { useCallback, useRef, useState, type MouseEvent } from 'react';
import { splitPoint } from '../../../../shared/coding/turnEdits.ts';
import type { Result, Speaker, Turn } from '../../../../shared/model.ts';
import { updateSpeakers } from '../../../db/documents.ts';
import {
  mergeTurnWithPrevious,
  reassignSpeakerTo,
  reassignTurnsTo,
  splitTurnAt,
  type SpeakerTarget,
  type TurnEditDone,
} from '../../../db/turns.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { useProject } from '../../../session/ProjectContext.tsx';
import type { CodingData } from './useCodingData.ts';

/** The chip menu that is open: which row, and where on screen. */
export type OpenMenu = { index: number; x: number; y: number };

/** What the speaker dialog asks for. */
export type SpeakerQuestion =
  | { kind: 'split'; turn: Turn; offset: number }
  | { kind: 'turns'; turnIds: string[] }
  | { kind: 'speaker'; speaker: Speaker; count: number }
  | { kind: 'edit'; speaker: Speaker };

const NONE: ReadonlySet<string> = new Set();

/**
 * The state of speaker corrections in the coding view: the turns chosen with Shift/Ctrl-click, the cursor
 * where a split would go, the open chip menu and dialog, and the actions that store a correction.
 */
export function useTurnCorrections(
  data: CodingData,
  toast: (text: string) => void,
  /** Why turns cannot be corrected here (a reader of a shared project), or null. */
  readOnly: string | null,
) {
  const { t } = useTranslation();
  const session = useProject();
  const documentId = data.document.id;
  const [chosen, setChosen] = useState<ReadonlySet<string>>(NONE);
  const [caret, setCaret] = useState<number | null>(null);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [question, setAsked] = useState<SpeakerQuestion | null>(null);
  // A reader is told why instead of being asked.
  const setQuestion = (next: SpeakerQuestion | null) => {
    if (next && readOnly) toast(readOnly);
    else setAsked(next);
  };
  // Rows change only when turns or speakers do, so callbacks over them keep memoised rows cheap.
  const rows = data.rows;
  const anchor = useRef<number | null>(null);

  const choose = useCallback(
    (from: number, to: number, add: boolean) => {
      const [lo, hi] = from <= to ? [from, to] : [to, from];
      const ids = rows.slice(lo, hi + 1).flatMap((r) => (r.turn ? [r.turn.id] : []));
      setChosen((current) => new Set([...(add ? current : []), ...ids]));
    },
    [rows],
  );

  /** A click on a speaker chip: Ctrl toggles the turn, Shift chooses a range, a plain click opens the menu. */
  const onSpeakerClick = useCallback(
    (index: number, e: MouseEvent<HTMLElement>) => {
      const turn = rows[index]?.turn;
      if (!turn) return;
      if (e.shiftKey && anchor.current !== null) {
        choose(anchor.current, index, e.ctrlKey || e.metaKey);
      } else if (e.ctrlKey || e.metaKey || e.shiftKey) {
        anchor.current = index;
        setChosen((current) => {
          const next = new Set(current);
          if (next.has(turn.id)) next.delete(turn.id);
          else next.add(turn.id);
          return next;
        });
      } else {
        const rect = e.currentTarget.getBoundingClientRect();
        setMenu({ index, x: rect.left, y: rect.bottom });
      }
    },
    [choose, rows],
  );

  /** Shift+↑/↓ from a focused row: both rows join the chosen turns. */
  const extend = useCallback(
    (from: number, to: number) => {
      if (anchor.current === null || !chosen.size) anchor.current = from;
      choose(anchor.current, to, false);
    },
    [choose, chosen.size],
  );

  const clear = () => {
    setChosen(NONE);
    anchor.current = null;
  };

  const report = (result: Result<TurnEditDone>, message: (done: TurnEditDone) => string) => {
    if (!result.ok) {
      toast(t(result.reason, result.params));
      return;
    }
    const removed = result.data.removedSpeakers
      ? ` ${t('turns.speakerRemoved', { count: result.data.removedSpeakers })}`
      : '';
    toast(`${message(result.data)}${removed} ${t('turns.undoHint')}`);
    clear();
    setCaret(null);
  };

  /** Opens the split dialog for the turn under the cursor (Ctrl+Enter, or the chip menu). */
  const askSplit = (index?: number) => {
    if (readOnly) {
      toast(readOnly);
      return;
    }
    const at = caret;
    const row =
      index !== undefined
        ? data.rows[index]
        : data.rows.find((r) => r.turn && at !== null && r.start <= at && at <= r.end);
    if (!row?.turn || at === null || at < row.start || at > row.end) {
      toast(t('turns.noCaret'));
      return;
    }
    if (!splitPoint(data.document.text, row.start, row.end, at)) {
      toast(t('turns.splitEmpty'));
      return;
    }
    setQuestion({ kind: 'split', turn: row.turn, offset: at });
  };

  const editSpeaker = (speaker: Speaker) => {
    setQuestion(null);
    void updateSpeakers(session, [speaker]).then(() => toast(t('turns.editDone', { name: speaker.name })));
  };

  const answer = (q: SpeakerQuestion, target: SpeakerTarget, name: string) => {
    setQuestion(null);
    if (q.kind === 'edit') return;
    if (q.kind === 'split') {
      void splitTurnAt(session, documentId, q.turn.id, q.offset, target).then((r) =>
        report(r, () => t('turns.splitDone', { name })),
      );
    } else if (q.kind === 'turns') {
      void reassignTurnsTo(session, documentId, q.turnIds, target).then((r) =>
        report(r, () => t('turns.changeDone', { count: q.turnIds.length, name })),
      );
    } else {
      void reassignSpeakerTo(session, documentId, q.speaker.id, target).then((r) =>
        report(r, () => t('turns.changeDone', { count: q.count, name })),
      );
    }
  };

  const merge = (turnId: string) =>
    readOnly
      ? toast(readOnly)
      : void mergeTurnWithPrevious(session, documentId, turnId).then((r) =>
          report(r, () => t('turns.mergeDone')),
        );

  // Turns merged away since they were chosen are no longer offered.
  const chosenNow = data.rows.flatMap((r) => (r.turn && chosen.has(r.turn.id) ? [r.turn.id] : []));

  return {
    readOnly,
    chosen,
    chosenNow,
    caret,
    setCaret,
    menu,
    closeMenu: useCallback(() => setMenu(null), []),
    question,
    setQuestion,
    onSpeakerClick,
    extend,
    clear,
    askSplit,
    answer,
    editSpeaker,
    merge,
  };
}

export type TurnCorrections = ReturnType<typeof useTurnCorrections>;
