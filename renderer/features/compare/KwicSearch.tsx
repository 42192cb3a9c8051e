import { useDeferredValue, useMemo, useState } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { codeTreeRows } from '../../../shared/analysis/codeTree.ts';
import { buildKwicIndex, kwic, type KwicIndex } from '../../../shared/analysis/kwic.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { navigate } from '../../router.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { perspectiveInfo, usePerspectives } from './perspectiveColors.ts';
import { useLang } from './useAnalysis.ts';

const LIMIT = 300;

// Indexing every word of a large corpus takes about a second, so it waits for the first query and is kept per
// analysis index (a new one comes with every data change).
const kwicIndexes = new WeakMap<AnalysisIndex, KwicIndex>();
function kwicIndexOf(index: AnalysisIndex): KwicIndex {
  let built = kwicIndexes.get(index);
  if (!built) {
    built = buildKwicIndex(index);
    kwicIndexes.set(index, built);
  }
  return built;
}

/** Stem-aware keyword in context over all transcripts or within a code's codings; a hit opens its place. */
export function KwicSearch({ index }: { index: AnalysisIndex }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { id: projectId } = useProject();
  const rows = useMemo(() => codeTreeRows(index.project.codes), [index]);
  const perspectives = usePerspectives(index, lang);
  const [query, setQuery] = useState('');
  const [codeId, setCodeId] = useState('');
  const deferred = useDeferredValue(query);
  const result = useMemo(
    () =>
      deferred.trim() === ''
        ? { total: 0, hits: [] }
        : kwic(kwicIndexOf(index), deferred, {
            limit: LIMIT,
            contextChars: 70,
            ...(codeId ? { withinCodeIds: [codeId] } : {}),
          }),
    [index, deferred, codeId],
  );

  return (
    <section className="card kwic" aria-labelledby="kwic-title">
      <h3 id="kwic-title">{t('analysis.kwic')}</h3>
      <p className="muted small">{t('analysis.kwic.help')}</p>
      <div className="compare-controls">
        <label>
          <span>{t('compare.kwic.query')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('compare.kwic.placeholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <label>
          <span>{t('compare.kwic.within')}</span>
          <select value={codeId} onChange={(e) => setCodeId(e.target.value)}>
            <option value="">{t('compare.kwic.corpus')}</option>
            {rows.map((row) => (
              <option key={row.codeId} value={row.codeId}>
                {t('compare.kwic.code', { code: `${'\u00a0'.repeat(row.depth * 2)}${row.name}` })}
              </option>
            ))}
          </select>
        </label>
        {deferred.trim() !== '' && (
          <p className="kwic-count" role="status">
            {result.total === 0
              ? t('compare.kwic.none')
              : t('compare.kwic.hits', { count: result.total, formatted: formatNumber(result.total, lang) })}
          </p>
        )}
      </div>
      {result.hits.length > 0 && (
        <div className="concordance" data-testid="kwic">
          {result.hits.map((hit) => {
            const p = perspectiveInfo(perspectives, hit.perspective, lang);
            return (
              <button
                key={`${hit.documentId}:${hit.start}`}
                type="button"
                className="kwic-line"
                title={t('compare.kwic.open', { document: hit.documentName })}
                onClick={() =>
                  navigate({ screen: 'project', projectId, section: 'documents', documentId: hit.documentId })
                }
              >
                <span className="kwic-left">{hit.left}</span>
                <span className="kwic-key">{hit.keyword}</span>
                <span className="kwic-right">{hit.right}</span>
                <span className="kwic-source">
                  <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
                  {hit.speakerName || '—'} · {hit.documentName}
                </span>
              </button>
            );
          })}
          {result.total > result.hits.length && (
            <p className="muted small">
              {t('compare.kwic.truncated', { shown: result.hits.length, count: result.total })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
