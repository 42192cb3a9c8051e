import { useMemo, useState } from 'react';
import { codesInTreeOrder } from '../../../shared/codebook/tree.ts';
import type { Id, ProjectData } from '../../../shared/model.ts';
import { suggestCodings, type CodingSuggestion } from '../../../shared/rigour/suggest.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { updateCode } from '../../db/codes.ts';
import { useTranslation } from '../../i18n/index.ts';
import { navigate } from '../../router.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { useReadOnly } from '../../sync/readOnly.ts';
import { SuggestionList } from './SuggestionList.tsx';

type Props = { data: ProjectData; projectId: string; toast: (text: string) => void };

const termLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Choose a code, edit its search terms, and review the passages they find. */
export function SuggestTab({ data, projectId, toast }: Props) {
  const { t } = useTranslation();
  const session = useProject();
  const readOnly = useReadOnly();
  const codes = useMemo(() => codesInTreeOrder(data.codes).filter(({ code }) => code.codable), [data.codes]);
  const first = codes.find(({ code }) => (code.searchTerms?.length ?? 0) > 0)?.code;
  const [codeId, setCodeId] = useState<Id>(first?.id ?? '');
  const [terms, setTerms] = useState(first?.searchTerms?.join('\n') ?? '');
  const [results, setResults] = useState<{ generation: number; items: CodingSuggestion[] } | null>(null);
  const code = data.codes.find((c) => c.id === codeId);

  if (codes.length === 0) {
    return (
      <EmptyState title={t('rigour.suggest.noCodes.title')} body={t('rigour.suggest.noCodes.body')}>
        <button
          type="button"
          className="primary"
          onClick={() => navigate({ screen: 'project', projectId, section: 'codebook' })}
        >
          {t('rigour.toCodebook')}
        </button>
      </EmptyState>
    );
  }

  const choose = (id: Id) => {
    setCodeId(id);
    setTerms(data.codes.find((c) => c.id === id)?.searchTerms?.join('\n') ?? '');
    setResults(null);
  };
  const saved = (code?.searchTerms ?? []).join('\n') === termLines(terms).join('\n');
  const save = async () => {
    if (!code) return;
    await updateCode(session, { ...code, searchTerms: termLines(terms) });
    toast(t('rigour.suggest.termsSaved', { code: code.name }));
  };
  const search = () =>
    setResults((previous) => ({
      generation: (previous?.generation ?? 0) + 1,
      items: suggestCodings(data, codeId, termLines(terms)),
    }));

  return (
    <section className="card rigour-card" aria-labelledby="rigour-suggest-title">
      <h3 id="rigour-suggest-title">{t('rigour.suggest.title')}</h3>
      <p className="muted">{t('rigour.suggest.intro')}</p>
      <div className="suggest-form">
        <label>
          <span>{t('rigour.suggest.code')}</span>
          <select
            aria-label={t('rigour.suggest.code')}
            value={codeId}
            onChange={(e) => choose(e.target.value)}
          >
            <option value="">{t('rigour.suggest.chooseCode')}</option>
            {codes.map(({ code: c, depth }) => (
              <option key={c.id} value={c.id}>
                {'\u00a0\u00a0'.repeat(depth)}
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="suggest-terms">
          <span>{t('rigour.suggest.terms')}</span>
          <textarea
            aria-label={t('rigour.suggest.terms')}
            value={terms}
            rows={5}
            disabled={!code}
            onChange={(e) => setTerms(e.target.value)}
          />
        </label>
        <p className="muted">{t('rigour.suggest.termsHelp')}</p>
        <div className="button-row">
          <button
            type="button"
            disabled={!code || saved || readOnly !== null}
            title={readOnly ?? undefined}
            onClick={() => void save()}
          >
            {t('rigour.suggest.saveTerms')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!code || termLines(terms).length === 0}
            onClick={search}
          >
            {t('rigour.suggest.search')}
          </button>
        </div>
      </div>
      {results && code && (
        <SuggestionList
          key={results.generation}
          data={data}
          code={code}
          items={results.items}
          toast={toast}
        />
      )}
    </section>
  );
}
