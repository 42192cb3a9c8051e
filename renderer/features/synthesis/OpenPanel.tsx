import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import type { CitationLookup } from '../../../shared/synthesis/citations.ts';
import type { SummaryGrid } from '../../../shared/synthesis/grid.ts';
import { CellPanel } from './CellPanel.tsx';
import type { ViewCitation } from './CitedText.tsx';
import { ProfilePanel } from './ProfilePanel.tsx';
import type { FocusRequest } from './SummaryEditor.tsx';
import type { GridTarget } from './SummaryGrid.tsx';
import { SynthesisPanel } from './SynthesisPanel.tsx';
import type { FragmentPlace } from './useCitations.ts';

type Props = {
  target: GridTarget;
  request: FocusRequest;
  index: AnalysisIndex;
  grid: SummaryGrid;
  byLabel: string;
  citations: { lookup: CitationLookup; view: ViewCitation };
  goTo: (place: FragmentPlace) => void;
  onClose: () => void;
};

/** What is open under the grid: a cell, a row's synthesis or a column's profile (nothing once it left the grid). */
export function OpenPanel({ target, request, index, grid, byLabel, citations, goTo, onClose }: Props) {
  if (target.kind === 'cell') {
    if (!grid.cells[target.row]?.[target.col]) return null;
    return (
      <CellPanel
        index={index}
        grid={grid}
        row={target.row}
        col={target.col}
        request={request}
        lookup={citations.lookup}
        view={citations.view}
        goTo={goTo}
        onClose={onClose}
      />
    );
  }
  if (target.kind === 'synthesis') {
    if (!grid.rows[target.row]) return null;
    return (
      <SynthesisPanel
        grid={grid}
        row={target.row}
        byLabel={byLabel}
        request={request}
        view={citations.view}
        onClose={onClose}
      />
    );
  }
  if (!grid.columns[target.col]) return null;
  return (
    <ProfilePanel grid={grid} col={target.col} request={request} view={citations.view} onClose={onClose} />
  );
}
