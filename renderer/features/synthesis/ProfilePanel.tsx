import { useCallback, useMemo } from 'react';
import type { SummaryGrid } from '../../../shared/synthesis/grid.ts';
import { saveColumnProfile } from '../../db/summaries.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import type { ViewCitation } from './CitedText.tsx';
import { RelatedSummaries } from './RelatedSummaries.tsx';
import { SummaryEditor, type FocusRequest, type SummaryValue } from './SummaryEditor.tsx';
import { summaryColumn } from './useGrid.ts';

type Props = {
  grid: SummaryGrid;
  col: number;
  request: FocusRequest;
  view: ViewCitation;
  onClose: () => void;
};

/** The profile of one column (a perspective) across all themes, beside its cell summaries. */
export function ProfilePanel({ grid, col, request, view, onClose }: Props) {
  const { t } = useTranslation();
  const session = useProject();
  const column = grid.columns[col]!;
  const profile = grid.profiles[col];
  const stored: SummaryValue = useMemo(
    () => ({ text: profile?.text ?? '', citations: profile?.citations ?? [] }),
    [profile],
  );
  const where = useMemo(() => summaryColumn(grid, col), [grid, col]);
  const save = useCallback(
    (value: SummaryValue) => saveColumnProfile(session, where, value.text, value.citations),
    [session, where],
  );

  return (
    <section className="cell-panel card" aria-labelledby="profile-panel-title">
      <header className="cell-panel-header">
        <h3 id="profile-panel-title">{t('synthesis.profileOf', { column: column.label })}</h3>
        <button type="button" className="link" onClick={onClose}>
          {t('synthesis.close')}
        </button>
      </header>
      <p className="muted">{t('synthesis.profileIntro')}</p>
      <div className="cell-panel-body">
        <RelatedSummaries
          items={grid.rows.map((row, r) => ({
            key: row.codeId,
            label: row.name,
            color: row.color,
            summary: grid.cells[r]![col]!.summary,
          }))}
          view={view}
        />
        <div className="cell-summary">
          <SummaryEditor
            label={t('synthesis.profileOf', { column: column.label })}
            placeholder={t('synthesis.profilePlaceholder')}
            stored={stored}
            save={save}
            request={request}
            view={view}
          />
        </div>
      </div>
    </section>
  );
}
