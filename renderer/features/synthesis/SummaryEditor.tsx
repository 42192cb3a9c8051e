import { useDeferredValue, useEffect, useId, useImperativeHandle, useRef, type Ref } from 'react';
import { newId } from '../../../shared/ids.ts';
import type { Citation, Coding } from '../../../shared/model.ts';
import { citeCoding, removeCitationFrom } from '../../../shared/synthesis/citations.ts';
import { mergeSummaryDraft } from '../../../shared/sync/summaryDoc.ts';
import { useTranslation } from '../../i18n/index.ts';
import { ReadOnlyNote } from '../../components/ReadOnlyNote.tsx';
import { CitedText, type ViewCitation } from './CitedText.tsx';
import { useDraft } from './useDraft.ts';

/** What the cell panel asks of the editor: insert a citation at the cursor, or take the focus. */
export type SummaryEditorHandle = { cite: (coding: Coding) => void; focus: () => void };

export type SummaryValue = { text: string; citations: Citation[] };

/** Opening a cell from the grid: the character typed there, if any; `nonce` tells requests apart. */
export type FocusRequest = { typed?: string; nonce: number };

type Props = {
  ref?: Ref<SummaryEditorHandle>;
  label: string;
  placeholder: string;
  stored: SummaryValue;
  save: (value: SummaryValue) => Promise<void>;
  /** Each new request (the cell opened again from the grid) focuses the editor and appends what was typed. */
  request?: FocusRequest;
  view: ViewCitation;
  /** Told when a citation is added, so the fragments can show their numbers. */
  onCitations?: (citations: Citation[]) => void;
};

const equal = (a: SummaryValue, b: SummaryValue) =>
  a.text === b.text &&
  a.citations.length === b.citations.length &&
  a.citations.every((c, i) => c.id === b.citations[i]!.id && c.start === b.citations[i]!.start);

/**
 * The summary of a cell: a text area saved a moment after typing stops, with citations [n] inserted at the
 * cursor by the fragments' Cite buttons, and a preview where each [n] opens its fragment.
 */
export function SummaryEditor({ ref, label, placeholder, stored, save, request, view, onCitations }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const { draft, change, saveNow, status, latest, readOnly } = useDraft(
    stored,
    equal,
    save,
    mergeSummaryDraft,
  );
  // The preview follows the text at low priority: a key press paints the text area first, and a long summary's
  // preview never holds up typing.
  const preview = useDeferredValue(draft);

  const nonce = request?.nonce;
  useEffect(() => {
    const el = area.current;
    if (!el || nonce === undefined) return;
    el.focus();
    const typed = request?.typed;
    if (typed) change({ ...latest.current.value, text: latest.current.value.text + typed });
    requestAnimationFrame(() => el.setSelectionRange(el.value.length, el.value.length));
    // Once per request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nonce]);

  useImperativeHandle(
    ref,
    () => ({
      focus: () => area.current?.focus(),
      cite: (coding) => {
        if (readOnly !== null) return;
        const value = latest.current.value;
        let n = value.citations.findIndex((c) => c.codingId === coding.id) + 1;
        const citations = n > 0 ? value.citations : [...value.citations, citeCoding(coding, newId())];
        if (n === 0) {
          n = citations.length;
          onCitations?.(citations);
        }
        const el = area.current;
        const at = el ? el.selectionEnd : value.text.length;
        const before = value.text.slice(0, at);
        const marker = `${before && !/\s$/.test(before) ? ' ' : ''}[${n}]`;
        change({ text: before + marker + value.text.slice(at), citations });
        requestAnimationFrame(() => {
          el?.focus();
          el?.setSelectionRange(at + marker.length, at + marker.length);
        });
      },
    }),
    [change, latest, onCitations, readOnly],
  );

  /** Removes a citation and its markers (later ones renumbered), saved at once: one undoable step. */
  const uncite = (citation: Citation) => {
    if (readOnly !== null) return;
    const next = removeCitationFrom(latest.current.value, citation.id);
    onCitations?.(next.citations);
    saveNow(next);
  };

  return (
    <div className="summary-editor">
      <label htmlFor={id} className="editor-label">
        <span>{label}</span>
        <span className="save-status" role="status">
          {status === 'pending' ? t('synthesis.saving') : status === 'saved' ? t('synthesis.saved') : ''}
        </span>
      </label>
      <textarea
        id={id}
        ref={area}
        value={draft.text}
        placeholder={readOnly ? undefined : placeholder}
        rows={8}
        readOnly={readOnly !== null}
        title={readOnly ?? undefined}
        aria-describedby={readOnly ? `${id}-read-only` : undefined}
        onChange={(e) => change({ ...latest.current.value, text: e.target.value })}
      />
      <ReadOnlyNote reason={readOnly} id={`${id}-read-only`} />
      {preview.citations.length > 0 && (
        <div className="summary-preview" aria-label={t('synthesis.preview')} role="group">
          <CitedText text={preview.text} citations={preview.citations} view={view} />
        </div>
      )}
      {draft.citations.length > 0 && (
        <CitationList citations={draft.citations} view={view} onRemove={readOnly === null ? uncite : null} />
      )}
    </div>
  );
}

/** The summary's citations by number, each with what it cites and (for whoever may write) a Remove button. */
function CitationList({
  citations,
  view,
  onRemove,
}: {
  citations: readonly Citation[];
  view: ViewCitation;
  onRemove: ((citation: Citation) => void) | null;
}) {
  const { t } = useTranslation();
  return (
    <section className="citation-list" aria-label={t('synthesis.citations')}>
      <h5>{t('synthesis.citations')}</h5>
      <ol>
        {citations.map((citation, i) => {
          const resolved = view(citation);
          const n = i + 1;
          return (
            <li key={citation.id} className={resolved.ok ? undefined : 'broken'}>
              <span className="citation">[{n}]</span>{' '}
              <span className="citation-source">
                {resolved.ok
                  ? `${resolved.speaker}, ${resolved.document}`
                  : t('synthesis.citationBrokenShort')}
              </span>
              {onRemove && (
                <button
                  type="button"
                  className="link"
                  aria-label={t('synthesis.removeCitation', { n })}
                  title={t('synthesis.removeCitationTitle')}
                  onClick={() => onRemove(citation)}
                >
                  {t('synthesis.remove')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
