import { useMemo, useState } from 'react';
import type { Code, ProjectData } from '../../../shared/model.ts';
import type { CodingSuggestion } from '../../../shared/rigour/suggest.ts';
import { addCodings, setCurrentCoder, useCurrentCoder } from '../../db/codings.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { useReadOnly } from '../../sync/readOnly.ts';
import { CoderNameDialog } from './CoderNameDialog.tsx';
import { useStatFormat } from './format.ts';

type Props = { data: ProjectData; code: Code; items: CodingSuggestion[]; toast: (text: string) => void };
type Status = 'accepted' | 'rejected';

const PAGE = 50;
const keyOf = (s: CodingSuggestion) => `${s.documentId}:${s.start}:${s.end}`;

/** The places a search found, each accepted or rejected by the user; accepted ones are coded in one step. */
export function SuggestionList({ data, code, items, toast }: Props) {
  const { t } = useTranslation();
  const session = useProject();
  const readOnly = useReadOnly();
  const current = useCurrentCoder(session.db);
  const { count } = useStatFormat();
  const [status, setStatus] = useState<Map<string, Status>>(new Map());
  const [coded, setCoded] = useState<Set<string>>(new Set());
  const [documentId, setDocumentId] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [askName, setAskName] = useState(false);
  const names = useMemo(() => new Map(data.documents.map((d) => [d.id, d.name])), [data.documents]);

  const remaining = items.filter((s) => !coded.has(keyOf(s)));
  const filtered = remaining.filter((s) => documentId === '' || s.documentId === documentId);
  const visible = filtered.slice(0, shown);
  const accepted = remaining.filter((s) => status.get(keyOf(s)) === 'accepted');
  const rejected = remaining.filter((s) => status.get(keyOf(s)) === 'rejected').length;
  const documents = data.documents.filter((d) => items.some((s) => s.documentId === d.id));

  const mark = (keys: string[], value: Status | null) =>
    setStatus((map) => {
      const next = new Map(map);
      for (const key of keys)
        if (value) next.set(key, value);
        else next.delete(key);
      return next;
    });
  const commit = async (coderId: string, coderName: string) => {
    try {
      await addCodings(
        session,
        accepted.map((s) => ({
          documentId: s.documentId,
          codeId: code.id,
          start: s.start,
          end: s.end,
          coderId,
        })),
      );
      setCoded((set) => new Set([...set, ...accepted.map(keyOf)]));
      toast(
        t('rigour.suggest.coded', {
          count: accepted.length,
          n: count(accepted.length),
          code: code.name,
          coder: coderName,
        }),
      );
    } catch (error) {
      toast(t('rigour.suggest.failed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };
  const start = () => {
    if (current) void commit(current.id, current.name);
    else setAskName(true);
  };

  if (items.length === 0) return <p role="status">{t('rigour.suggestion.none')}</p>;
  return (
    <div className="suggestions">
      <div className="suggest-toolbar">
        <p role="status">
          <strong>
            {t('rigour.suggest.found', { count: remaining.length, n: count(remaining.length) })}
          </strong>{' '}
          ·{' '}
          {t('rigour.suggest.status', {
            accepted: count(accepted.length),
            rejected: count(rejected),
            open: count(remaining.length - accepted.length - rejected),
          })}
        </p>
        {documents.length > 1 && (
          <label className="inline">
            <span>{t('rigour.suggest.document')}</span>
            <select value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
              <option value="">{t('rigour.suggest.allDocuments')}</option>
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          onClick={() => mark(visible.filter((s) => !status.has(keyOf(s))).map(keyOf), 'accepted')}
        >
          {t('rigour.suggest.acceptVisible')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={accepted.length === 0 || readOnly !== null}
          title={readOnly ?? undefined}
          onClick={start}
        >
          {t('rigour.suggest.commit', { count: accepted.length })}
        </button>
      </div>
      <p className="muted">{t('rigour.suggest.commitHelp')}</p>
      <ol className="suggestion-list">
        {visible.map((s) => {
          const key = keyOf(s);
          const state = status.get(key);
          return (
            <li key={key} className={`suggestion ${state ?? 'open'}`}>
              <div className="suggestion-where muted">
                {names.get(s.documentId)} · {t('rigour.suggest.term', { term: s.term })}
              </div>
              <p className="suggestion-context">
                …{s.context.before}
                <mark>{s.context.match}</mark>
                {s.context.after}…
              </p>
              <div className="suggestion-actions">
                {state ? (
                  <>
                    <span className="suggestion-state">
                      {t(state === 'accepted' ? 'rigour.suggest.accepted' : 'rigour.suggest.rejected')}
                    </span>
                    <button type="button" onClick={() => mark([key], null)}>
                      {t('rigour.suggest.reset')}
                    </button>
                  </>
                ) : (
                  <>
                    <button type="button" onClick={() => mark([key], 'accepted')}>
                      {t('rigour.suggest.accept')}
                    </button>
                    <button type="button" onClick={() => mark([key], 'rejected')}>
                      {t('rigour.suggest.reject')}
                    </button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {filtered.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t('rigour.suggest.more', { count: count(filtered.length - shown) })}
        </button>
      )}
      {askName && (
        <CoderNameDialog
          onClose={() => setAskName(false)}
          onConfirm={(name) => {
            setAskName(false);
            void setCurrentCoder(session, name).then((coder) => commit(coder.id, coder.name));
          }}
        />
      )}
    </div>
  );
}
