import { useEffect, useMemo, useRef, useState } from 'react';
import { perspectiveLabel } from '../../../../shared/analysis/perspectives.ts';
import { findAll } from '../../../../shared/coding/segments.ts';
import { countWords } from '../../../../shared/import/words.ts';
import type { Code } from '../../../../shared/model.ts';
import { togglePinnedCode, useCodingCounts, usePinnedCodeIds } from '../../../db/codes.ts';
import { MemoButton } from '../../../components/MemoButton.tsx';
import { removeCodings, updateCoding, useCoders, useCurrentCoder } from '../../../db/codings.ts';
import { setBlindCoding, useBlindCoding, useTeamConfig } from '../../../sync/team.ts';
import { useReadOnly } from '../../../sync/readOnly.ts';
import { editDocumentText } from '../../../db/documents.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { navigate, type Route } from '../../../router.ts';
import { useProject } from '../../../session/ProjectContext.tsx';
import { CodePanel, pinnedCodes } from './CodePanel.tsx';
import { CoderDialog } from './CoderDialog.tsx';
import { CodingEditor } from './CodingEditor.tsx';
import { EditTurnDialog } from './EditTurnDialog.tsx';
import { QuickPicker } from './QuickPicker.tsx';
import { TranscriptView, type TranscriptHandle } from './TranscriptView.tsx';
import { TurnCorrections } from './TurnCorrections.tsx';
import { useCodingActions } from './useCodingActions.ts';
import { useCodingData, type CodingData, type Row } from './useCodingData.ts';
import { usePendingCodings } from './usePendingCodings.ts';
import { handlePlayerKey } from '../recording/playerKeys.ts';
import { RecordingPanel } from '../recording/RecordingPanel.tsx';
import { useRecordingView } from '../recording/useRecordingView.ts';
import { formatClock } from '../../../../shared/recordings/timeline.ts';
import { useTurnCorrections } from './useTurnCorrections.ts';

type Props = {
  route: Extract<Route, { screen: 'project' }> & { documentId: string };
  toast: (text: string) => void;
};

/** Coding one document: the transcript in the middle, the codebook on the right. */
export function DocumentView({ route, toast }: Props) {
  const { t } = useTranslation();
  const data = useCodingData(route.documentId);
  if (data === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (data === null) return <p className="loading">{t('coding.notFound')}</p>;
  return <CodingScreen data={data} route={route} toast={toast} />;
}

function CodingScreen({ data: stored, route, toast }: Props & { data: CodingData }) {
  const { t, i18n } = useTranslation();
  const session = useProject();
  const counts = useCodingCounts(session.db);
  const pinnedIds = usePinnedCodeIds(session.db) ?? [];
  const coders = useCoders(session.db);
  const shared = Boolean(useTeamConfig(session.db));
  const blind = useBlindCoding(session.db) && shared;
  const me = useCurrentCoder(session.db)?.id;
  const readOnly = useReadOnly();
  // In a shared project others' codings carry their coder's name; coding blind hides them until compared (the
  // codings read are already only this person's then: renderer/db/visible.ts).
  const team = useMemo(() => {
    if (!shared) return stored;
    const otherCoders = new Map((coders ?? []).filter((c) => c.id !== me).map((c) => [c.id, c.name]));
    return { ...stored, otherCoders };
  }, [stored, shared, coders, me]);
  const { data, tracker } = usePendingCodings(team);
  const transcript = useRef<TranscriptHandle>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [selectedCodingId, setSelectedCodingId] = useState<string | null>(route.codingId ?? null);
  const [visibleCodes, setVisibleCodes] = useState<Set<string> | null>(null);
  const [picker, setPicker] = useState(false);
  const [editing, setEditing] = useState<Row | null>(null);
  const [query, setQuery] = useState('');
  const [hit, setHit] = useState(0);
  const text = data.document.text;
  const actions = useCodingActions(route.documentId, text, toast, tracker);
  const corrections = useTurnCorrections(data, toast, readOnly);
  const findHits = useMemo(() => (query.trim().length >= 2 ? findAll(text, query) : []), [text, query]);
  const recording = useRecordingView(data, (row) => transcript.current?.follow(row));
  const syncFocused = () => {
    const row = transcript.current?.focusedRow() ?? 0;
    void recording
      .syncRow(row)
      .then((time) => time !== null && toast(t('recording.synced', { time: formatClock(time) })));
  };

  // A link to a coding (from retrieval or a chart) opens the document at that place.
  const targetStart = route.codingId ? data.codings.find((c) => c.id === route.codingId)?.start : undefined;
  useEffect(() => {
    if (targetStart !== undefined) requestAnimationFrame(() => transcript.current?.reveal(targetStart));
  }, [targetStart]);

  // Searched only when a coding is selected: applying one (no coding selected) re-renders with thousands.
  const selectedCoding = selectedCodingId ? data.codings.find((c) => c.id === selectedCodingId) : undefined;
  // Codings whose code a colleague deleted while they were applied: kept, shown, to be given another code. Read
  // from the stored codings: a pending one has a code, and adding it must not go through all of them again.
  const orphans = useMemo(
    () => team.codings.filter((c) => !team.codesById.has(c.codeId)),
    [team.codings, team.codesById],
  );
  const clearSelection = () => {
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  };
  const apply = async (code: Code) => {
    const coded = selection;
    if (!coded || !code.codable) return;
    await actions.apply(code, coded);
    // Only the selection that was coded goes: one made while the coding was stored (the next turn, chosen
    // right after the key) stays, as does the text selected for it.
    setSelection((current) => {
      if (current !== coded) return current;
      window.getSelection()?.removeAllRanges();
      return null;
    });
  };
  // After the quick picker (and the coder's name dialog) the keyboard goes on from the coded turn.
  const backToText = (start: number) => transcript.current?.reveal(start);
  const jumpToHit = (index: number) => {
    if (findHits.length === 0) return;
    const next = ((index % findHits.length) + findHits.length) % findHits.length;
    setHit(next);
    transcript.current?.reveal(findHits[next]!.start);
  };
  const onKeyCommand = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select, dialog, [role=menu]'))
      return;
    if (
      recording.recording &&
      handlePlayerKey(e, recording, {
        focusedRow: transcript.current?.focusedRow() ?? 0,
        selected: selectedCoding,
        onSync: syncFocused,
        onNoTime: () => toast(t('recording.noTime')),
      })
    )
      return;
    const mod = e.ctrlKey || e.metaKey;
    // A reader's keys only find and move: coding, splitting and removing shortcuts do nothing.
    const writes =
      (mod && ['enter', 'k', 'i'].includes(e.key.toLowerCase())) ||
      (!mod && /^[1-9]$/.test(e.key)) ||
      e.key === 'Delete' ||
      e.key === 'Backspace';
    if (readOnly && writes) return;
    if (mod && e.key === 'Enter') {
      e.preventDefault();
      corrections.askSplit();
    } else if (mod && e.key.toLowerCase() === 'k' && selection) {
      e.preventDefault();
      setPicker(true);
    } else if (mod && e.key.toLowerCase() === 'i' && selection) {
      e.preventDefault();
      void actions.inVivo(selection).then(clearSelection);
    } else if (mod && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      findInput.current?.focus();
    } else if (!mod && /^[1-9]$/.test(e.key) && selection) {
      const code = pinnedCodes(data.codes, pinnedIds)[Number(e.key) - 1];
      if (code) {
        // The key must not go on into the coder's name field when the first coding asks for it.
        e.preventDefault();
        const start = selection.start;
        // Back to the coded turn (the coder's name dialog may have taken the focus), unless the keyboard has
        // moved on to another turn while the coding was stored.
        const row = transcript.current?.focusedRow();
        void apply(code).then(() => {
          if (transcript.current?.focusedRow() === row) backToText(start);
        });
      }
    } else if (e.key === 'Escape') {
      clearSelection();
      setSelectedCodingId(null);
      corrections.clear();
      corrections.setCaret(null);
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && selectedCoding) {
      void removeCodings(session, [selectedCoding]).then(() => setSelectedCodingId(null));
    }
  };

  // Shortcuts work anywhere in the coding view (not inside fields or dialogs).
  useEffect(() => {
    window.addEventListener('keydown', onKeyCommand);
    return () => window.removeEventListener('keydown', onKeyCommand);
  });
  const perspective = data.document.attributes.perspective ?? '';
  return (
    <div className="coding-view">
      <header className="coding-head">
        <button
          type="button"
          className="link"
          onClick={() => navigate({ screen: 'project', projectId: route.projectId, section: 'documents' })}
        >
          ← {t('nav.documents')}
        </button>
        <h2>{data.document.name}</h2>
        {perspective && (
          <span className="chip">
            {perspectiveLabel(perspective, i18n.language === 'en' ? 'en' : 'nl') || perspective}
          </span>
        )}
        <div className="find" role="search">
          <input
            ref={findInput}
            type="search"
            aria-label={t('coding.find')}
            placeholder={t('coding.findPlaceholder')}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setHit(0);
            }}
            onKeyDown={(e) =>
              e.key === 'Enter' &&
              jumpToHit(
                e.shiftKey ? hit - 1 : hit + (findHits.length && e.currentTarget.dataset.started ? 1 : 0),
              )
            }
            onKeyUp={(e) => {
              if (e.key === 'Enter') e.currentTarget.dataset.started = '1';
            }}
          />
          {query.trim().length >= 2 && (
            <span className="muted small" aria-live="polite">
              {findHits.length
                ? t('coding.findCount', { at: hit + 1, count: findHits.length })
                : t('coding.findNone')}
            </span>
          )}
          <button
            type="button"
            onClick={() => jumpToHit(hit - 1)}
            disabled={!findHits.length}
            aria-label={t('coding.findPrevious')}
          >
            ↑
          </button>
          <button
            type="button"
            onClick={() => jumpToHit(hit + 1)}
            disabled={!findHits.length}
            aria-label={t('coding.findNext')}
          >
            ↓
          </button>
        </div>
        {recording.recording && data.codings.length === 0 && !readOnly && (
          <button type="button" onClick={() => navigate({ ...route, mode: 'transcribe' })}>
            {t('transcribe.open')}
          </button>
        )}
        <MemoButton target={{ kind: 'document', id: data.document.id }} name={data.document.name} />
      </header>
      {readOnly && (
        <p className="blind-note read-only-note" role="status">
          {readOnly}
        </p>
      )}
      {blind && (
        <p className="blind-note" role="status">
          {t('team.blindOn')}{' '}
          <button type="button" className="link" onClick={() => void setBlindCoding(session.db, false)}>
            {t('team.compare')}
          </button>
        </p>
      )}
      <RecordingPanel
        documentId={data.document.id}
        documentName={data.document.name}
        view={recording}
        onSyncFocused={syncFocused}
        toast={toast}
      />
      <div className="coding-body">
        <TranscriptView
          ref={transcript}
          data={data}
          visibleCodes={visibleCodes}
          findHits={findHits}
          selectedCodingId={selectedCodingId}
          selection={selection}
          onSelection={setSelection}
          onSelectCoding={setSelectedCodingId}
          onEditRow={setEditing}
          readOnly={readOnly}
          rowTimes={recording.rowTimes}
          playable={Boolean(recording.recording)}
          playing={recording.playing}
          onPlayRow={(index) => {
            if (!recording.playRow(index)) toast(t('recording.noTime'));
          }}
          chosenTurns={corrections.chosen}
          caret={selection ? null : corrections.caret}
          onCaret={corrections.setCaret}
          onSpeakerClick={corrections.onSpeakerClick}
          onExtendTurns={corrections.extend}
        />
        <div className="side">
          {selectedCoding && (
            <CodingEditor
              key={`${selectedCoding.id}:${selectedCoding.memo ?? ''}`}
              coding={selectedCoding}
              text={text}
              codes={data.codes}
              coderName={coders?.find((c) => c.id === selectedCoding.coderId)?.name ?? '?'}
              onChange={(coding) => void updateCoding(session, coding)}
              onRemove={() =>
                void removeCodings(session, [selectedCoding]).then(() => setSelectedCodingId(null))
              }
              onClose={() => setSelectedCodingId(null)}
              readOnly={readOnly}
              {...(recording.recording
                ? {
                    onPlay: () => {
                      if (!recording.playRange(selectedCoding)) toast(t('recording.noTime'));
                    },
                  }
                : {})}
            />
          )}
          <CodePanel
            codes={data.codes}
            pinnedIds={pinnedIds}
            onTogglePin={(id) => void togglePinnedCode(session.db, id)}
            counts={counts ?? new Map()}
            hasSelection={selection !== null}
            selectionWords={selection ? countWords(text.slice(selection.start, selection.end)) : 0}
            visibleCodes={visibleCodes}
            onToggleVisible={(id) =>
              setVisibleCodes((current) => {
                const next = new Set(current ?? data.codes.map((c) => c.id));
                if (next.has(id)) next.delete(id);
                else next.add(id);
                return next;
              })
            }
            onShowAll={() => setVisibleCodes(null)}
            onApply={apply}
            onOpenPicker={() => setPicker(true)}
            onInVivo={() => selection && void actions.inVivo(selection).then(clearSelection)}
            readOnly={readOnly}
            orphans={orphans.length}
            onShowOrphan={() => {
              setSelectedCodingId(orphans[0]!.id);
              transcript.current?.reveal(orphans[0]!.start);
            }}
          />
        </div>
      </div>
      {picker && selection && (
        <QuickPicker
          codes={data.codes}
          onClose={() => setPicker(false)}
          onPick={(code) => {
            setPicker(false);
            void apply(code).then(() => backToText(selection.start));
          }}
          onCreate={(name) => {
            setPicker(false);
            void actions.createAndApply(name, selection).then(() => {
              clearSelection();
              backToText(selection.start);
            });
          }}
        />
      )}
      <TurnCorrections data={data} state={corrections} />
      {actions.askCoder && (
        <CoderDialog
          onSave={(name) => void actions.saveCoder(name)}
          onClose={() => {
            actions.cancelCoder();
            if (selection) backToText(selection.start);
          }}
        />
      )}
      {editing && (
        <EditTurnDialog
          text={text.slice(editing.start, editing.end)}
          offset={editing.start}
          onClose={() => setEditing(null)}
          onSave={(edit) => {
            setEditing(null);
            void editDocumentText(session, route.documentId, edit).then(({ removedCodings }) =>
              toast(
                removedCodings ? t('coding.editedRemoved', { count: removedCodings }) : t('coding.edited'),
              ),
            );
          }}
        />
      )}
    </div>
  );
}
