import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import type { SynthesisParts } from '../../../shared/model.ts';
import type { SummaryGrid } from '../../../shared/synthesis/grid.ts';
import { mergeText } from '../../../shared/sync/summaryDoc.ts';
import { saveThemeSynthesis } from '../../db/summaries.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import type { ViewCitation } from './CitedText.tsx';
import { ReadOnlyNote } from '../../components/ReadOnlyNote.tsx';
import { RelatedSummaries } from './RelatedSummaries.tsx';
import type { FocusRequest } from './SummaryEditor.tsx';
import { useDraft } from './useDraft.ts';

type Props = {
  grid: SummaryGrid;
  row: number;
  byLabel: string;
  request: FocusRequest;
  view: ViewCitation;
  onClose: () => void;
};

const PARTS = ['agree', 'differ', 'unique'] as const;
const EMPTY: SynthesisParts = { agree: '', differ: '', unique: '' };
const equal = (a: SynthesisParts, b: SynthesisParts) => PARTS.every((p) => a[p] === b[p]);
/** This person's change of each part applied to a colleague's change made meanwhile (see useDraft). */
const mergeParts = (base: SynthesisParts, local: SynthesisParts, remote: SynthesisParts): SynthesisParts => ({
  agree: mergeText(base.agree, local.agree, remote.agree),
  differ: mergeText(base.differ, local.differ, remote.differ),
  unique: mergeText(base.unique, local.unique, remote.unique),
});

/** A theme's synthesis across the columns: where the perspectives agree, differ, and what only one raises. */
export function SynthesisPanel({ grid, row, byLabel, request, view, onClose }: Props) {
  const { t } = useTranslation();
  const session = useProject();
  const id = useId();
  const first = useRef<HTMLTextAreaElement>(null);
  const code = grid.rows[row]!;
  const stored = grid.syntheses[row];
  const storedParts = useMemo(() => stored?.parts ?? EMPTY, [stored]);
  const citations = stored?.citations;
  const save = useCallback(
    (parts: SynthesisParts) => saveThemeSynthesis(session, code.codeId, grid.byName, parts, citations ?? []),
    [session, code.codeId, grid.byName, citations],
  );
  const { draft, change, status, latest, readOnly } = useDraft(storedParts, equal, save, mergeParts);

  const nonce = request.nonce;
  useEffect(() => {
    first.current?.focus();
    const typed = request.typed;
    if (typed) change({ ...latest.current.value, agree: latest.current.value.agree + typed });
    // Once per request from the grid.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nonce]);

  return (
    <section className="cell-panel card" aria-labelledby={`${id}-title`}>
      <header className="cell-panel-header">
        <h3 id={`${id}-title`}>{t('synthesis.synthesisOf', { row: code.name })}</h3>
        <span className="save-status" role="status">
          {status === 'pending' ? t('synthesis.saving') : status === 'saved' ? t('synthesis.saved') : ''}
        </span>
        <button type="button" className="link" onClick={onClose}>
          {t('synthesis.close')}
        </button>
      </header>
      <p className="muted">{t('synthesis.synthesisIntro', { by: byLabel })}</p>
      <div className="cell-panel-body">
        <RelatedSummaries
          items={grid.columns.map((column, c) => ({
            key: column.key,
            label: column.label,
            color: column.color,
            summary: grid.cells[row]![c]!.summary,
          }))}
          view={view}
        />
        <div className="synthesis-parts">
          <ReadOnlyNote reason={readOnly} />
          {PARTS.map((part, i) => (
            <label key={part} className="stacked">
              <span>{t(`synthesis.part.${part}`)}</span>
              <textarea
                ref={i === 0 ? first : undefined}
                rows={4}
                value={draft[part]}
                readOnly={readOnly !== null}
                title={readOnly ?? undefined}
                onChange={(e) => change({ ...latest.current.value, [part]: e.target.value })}
              />
            </label>
          ))}
        </div>
      </div>
    </section>
  );
}
