import { useCallback, useMemo, useRef, useState } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import type { Citation, KeyQuote, SummaryCell } from '../../../shared/model.ts';
import { cellFragments, type CellFragment } from '../../../shared/synthesis/fragments.ts';
import type { SummaryGrid } from '../../../shared/synthesis/grid.ts';
import { removeKeyQuote, saveCellSummary, saveKeyQuote } from '../../db/summaries.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { useReadOnly } from '../../sync/readOnly.ts';
import type { CitationLookup } from '../../../shared/synthesis/citations.ts';
import type { ViewCitation } from './CitedText.tsx';
import { FragmentCard, type FragmentActions } from './FragmentCard.tsx';
import {
  SummaryEditor,
  type FocusRequest,
  type SummaryEditorHandle,
  type SummaryValue,
} from './SummaryEditor.tsx';
import { summaryColumn } from './useGrid.ts';

type Props = {
  index: AnalysisIndex;
  grid: SummaryGrid;
  row: number;
  col: number;
  request: FocusRequest;
  lookup: CitationLookup;
  view: ViewCitation;
  goTo: (target: { documentId: string; codingId: string }) => void;
  onClose: () => void;
};

/** Fragments are shown in pages: a cell with thousands of them opens at once. */
const PAGE = 100;

/** An open cell: its coded fragments beside the editor of its summary. */
export function CellPanel({ index, grid, row, col, request, lookup, view, goTo, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const session = useProject();
  const readOnly = useReadOnly();
  const editor = useRef<SummaryEditorHandle>(null);
  const code = grid.rows[row]!;
  const column = grid.columns[col]!;
  const cell = grid.cells[row]![col]!;
  const where: SummaryCell = useMemo(
    () => ({ codeId: code.codeId, column: summaryColumn(grid, col) }),
    // The place, not the grid object, identifies the cell.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [code.codeId, grid.byName, column.key],
  );
  // The fragments depend on the coded material and the cell's key quotes, not on its summary: saving the
  // summary must not rebuild 2,000 cards.
  const quoteSignature = cell.keyQuotes.map((q) => `${q.id}:${q.display ?? ''}`).join('|');
  const fragments = useMemo(
    () => cellFragments(index, grid, row, col),
    // The index changes with any coding, `where` with the place, the signature with the key quotes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, row, col, where, quoteSignature],
  );
  const [shown, setShown] = useState(PAGE);
  const stored: SummaryValue = useMemo(
    () => ({ text: cell.summary?.text ?? '', citations: cell.summary?.citations ?? [] }),
    [cell.summary],
  );
  // Citations added while typing (not saved yet) number the Cite buttons; a stored change (undo) wins.
  const [added, setAdded] = useState<{ base: Citation[]; citations: Citation[] } | null>(null);
  const citations = added && added.base === stored.citations ? added.citations : stored.citations;
  const onCitations = useCallback(
    (next: Citation[]) => setAdded({ base: stored.citations, citations: next }),
    [stored.citations],
  );

  const save = useCallback(
    (value: SummaryValue) => saveCellSummary(session, where, value.text, value.citations),
    [session, where],
  );
  const actions: FragmentActions = useMemo(
    () => ({
      cite: (fragment: CellFragment) => {
        const coding = lookup.codings.get(fragment.codingId);
        if (coding) editor.current?.cite(coding);
      },
      goTo: (fragment: CellFragment) =>
        goTo({ documentId: fragment.documentId, codingId: fragment.codingId }),
      markKeyQuote: (fragment: CellFragment, display: string | undefined) =>
        void saveKeyQuote(session, fragment.codingId, where, display),
      removeKeyQuote: (quote: KeyQuote) => void removeKeyQuote(session, quote.id),
    }),
    [lookup, goTo, session, where],
  );
  const citeNumber = (codingId: string) => {
    const at = citations.findIndex((c) => c.codingId === codingId);
    return at >= 0 ? at + 1 : citations.length + 1;
  };
  const lang = i18n.language;

  return (
    <section className="cell-panel card" aria-labelledby="cell-panel-title">
      <header className="cell-panel-header">
        <h3 id="cell-panel-title">
          {code.name} × {column.label}
        </h3>
        <span className="muted">
          {t('synthesis.fragments', { count: cell.count, formatted: formatNumber(cell.count, lang) })}
        </span>
        <button type="button" className="link" onClick={onClose}>
          {t('synthesis.close')}
        </button>
      </header>
      <div className="cell-panel-body">
        <div className="cell-fragments">
          <h4>{t('synthesis.fragmentsOf')}</h4>
          {fragments.length === 0 ? (
            <p className="muted">{t('synthesis.noFragments')}</p>
          ) : (
            <ol className="fragment-list">
              {fragments.slice(0, shown).map((fragment) => (
                <FragmentCard
                  key={fragment.codingId}
                  index={index}
                  fragment={fragment}
                  citeNumber={citeNumber(fragment.codingId)}
                  actions={actions}
                  readOnly={readOnly}
                />
              ))}
            </ol>
          )}
          {fragments.length > shown && (
            <button type="button" onClick={() => setShown(shown + PAGE * 2)}>
              {t('synthesis.showMore', { count: formatNumber(fragments.length - shown, lang) })}
            </button>
          )}
        </div>
        <div className="cell-summary">
          <SummaryEditor
            ref={editor}
            label={t('synthesis.summaryOf', { row: code.name, column: column.label })}
            placeholder={t('synthesis.summaryPlaceholder')}
            stored={stored}
            save={save}
            request={request}
            view={view}
            onCitations={onCitations}
          />
        </div>
      </div>
    </section>
  );
}
