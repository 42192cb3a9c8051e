import { useMemo, useState } from 'react';
import { perspectiveLabel } from '../../../shared/analysis/perspectives.ts';
import { codesInTreeOrder } from '../../../shared/codebook/tree.ts';
import { formatFragments, fragmentCounts, retrieveFragments } from '../../../shared/coding/retrieval.ts';
import type { ContextPart } from '../../../shared/coding/speakerContext.ts';
import { perspectiveOf, type ProjectData } from '../../../shared/model.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { navigate, type Route } from '../../router.ts';
import { analysisIndexOf } from '../compare/analysisCache.ts';

type Props = { project: ProjectData; route: Extract<Route, { screen: 'project' }> };

// The chosen codes per project survive leaving and re-entering the view (view state, not stored).
const chosenCodes = new Map<string, string[]>();

/** All codings of chosen codes with their text, speaker, perspective and context; filters; jump; copy. */
export function RetrievalView({ project, route }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const ordered = useMemo(() => codesInTreeOrder(project.codes), [project.codes]);
  const [codeIds, setCodeIdsState] = useState<string[]>(() => chosenCodes.get(route.projectId) ?? []);
  const setCodeIds = (update: (list: string[]) => string[]) =>
    setCodeIdsState((list) => {
      const next = update(list);
      chosenCodes.set(route.projectId, next);
      return next;
    });
  const [withSubcodes, setWithSubcodes] = useState(true);
  const [perspective, setPerspective] = useState('');
  const [documentId, setDocumentId] = useState('');
  const [speakerId, setSpeakerId] = useState('');
  const [coderId, setCoderId] = useState('');
  const [copied, setCopied] = useState(false);
  const documentsById = new Map(project.documents.map((d) => [d.id, d]));
  const perspectives = [
    ...new Set(
      project.speakers.map((s) => perspectiveOf(s, documentsById.get(s.documentId))).filter(Boolean),
    ),
  ];
  const fragments = useMemo(
    () =>
      retrieveFragments(analysisIndexOf(project), {
        codeIds,
        withSubcodes,
        perspectives: perspective ? [perspective] : [],
        documentIds: documentId ? [documentId] : [],
        speakerIds: speakerId ? [speakerId] : [],
        coderIds: coderId ? [coderId] : [],
      }),
    [project, codeIds, withSubcodes, perspective, documentId, speakerId, coderId],
  );
  const counts = useMemo(() => fragmentCounts(project, withSubcodes), [project, withSubcodes]);
  const codeName = new Map(project.codes.map((c) => [c.id, c]));
  const toggle = (id: string) =>
    setCodeIds((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const copy = async () => {
    await navigator.clipboard.writeText(formatFragments(fragments));
    setCopied(true);
    setTimeout(() => setCopied(false), 2500);
  };

  return (
    <div className="retrieval">
      <aside className="retrieval-codes" aria-label={t('fragments.codes')}>
        <h3>{t('fragments.codes')}</h3>
        <ul>
          {ordered.map(({ code, depth }) => (
            <li key={code.id} style={{ paddingLeft: `${depth * 14}px` }}>
              <label className="inline">
                <input
                  type="checkbox"
                  aria-label={code.name}
                  aria-describedby={`fragment-count-${code.id}`}
                  checked={codeIds.includes(code.id)}
                  onChange={() => toggle(code.id)}
                />
                <span className="swatch" style={{ backgroundColor: code.color }} />
                <span>{code.name}</span>
                <span
                  id={`fragment-count-${code.id}`}
                  className="code-count muted"
                  title={t('fragments.codeCount', {
                    count: counts.get(code.id) ?? 0,
                    formatted: formatNumber(counts.get(code.id) ?? 0, lang),
                  })}
                >
                  {formatNumber(counts.get(code.id) ?? 0, lang)}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <label className="inline">
          <input type="checkbox" checked={withSubcodes} onChange={(e) => setWithSubcodes(e.target.checked)} />
          <span>{t('fragments.withSubcodes')}</span>
        </label>
      </aside>
      <section className="retrieval-results" aria-label={t('fragments.results')}>
        <div className="filters">
          <Select
            label={t('documents.perspective')}
            value={perspective}
            onChange={setPerspective}
            options={perspectives.map((p) => [p, perspectiveLabel(p, lang) || p])}
          />
          <Select
            label={t('documents.name')}
            value={documentId}
            onChange={setDocumentId}
            options={project.documents.map((d) => [d.id, d.name])}
          />
          <Select
            label={t('overview.speaker')}
            value={speakerId}
            onChange={setSpeakerId}
            options={project.speakers
              .filter((s) => !documentId || s.documentId === documentId)
              .map((s) => [s.id, `${s.name} (${documentsById.get(s.documentId)?.name ?? ''})`])}
          />
          <Select
            label={t('fragments.coder')}
            value={coderId}
            onChange={setCoderId}
            options={project.coders.map((c) => [c.id, c.name])}
          />
        </div>
        <div className="section-header">
          <h2>
            {codeIds.length === 0
              ? t('fragments.chooseCodes')
              : t('fragments.count', {
                  count: fragments.length,
                  formatted: formatNumber(fragments.length, lang),
                })}
          </h2>
          <button type="button" onClick={() => void copy()} disabled={fragments.length === 0}>
            {copied ? t('fragments.copied') : t('fragments.copy')}
          </button>
        </div>
        <ol className="fragment-list">
          {fragments.map((f) => (
            <li key={f.codingId} className="fragment">
              <div className="fragment-meta">
                <span className="swatch" style={{ backgroundColor: codeName.get(f.codeId)?.color }} />
                <strong>{codeName.get(f.codeId)?.name}</strong>
                <span>· {f.speakerName || t('fragments.noSpeaker')}</span>
                {f.perspective && (
                  <span className="muted">· {perspectiveLabel(f.perspective, lang) || f.perspective}</span>
                )}
                <span className="muted">· {f.documentName}</span>
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    navigate({
                      screen: 'project',
                      projectId: route.projectId,
                      section: 'documents',
                      documentId: f.documentId,
                      codingId: f.codingId,
                    })
                  }
                >
                  {t('fragments.goTo')}
                </button>
              </div>
              <p className="fragment-text">
                <Context parts={f.before} lead="…" />
                <mark>{f.text}</mark>
                <Context parts={f.after} trail="…" />
              </p>
              {f.memo && <p className="fragment-memo">{f.memo}</p>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** Context around a fragment, with the speaker's name wherever the speaker changes. */
function Context({ parts, lead = '', trail = '' }: { parts: ContextPart[]; lead?: string; trail?: string }) {
  return (
    <span className="context">
      {lead}
      {parts.map((part, i) => (
        <span key={i}>
          {part.speaker !== null && <strong className="context-speaker">{part.speaker}: </strong>}
          {part.text}
          {i < parts.length - 1 && part.text !== '' ? ' ' : ''}
        </span>
      ))}
      {trail}
    </span>
  );
}

function Select(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: [string, string][];
}) {
  const { t } = useTranslation();
  return (
    <label>
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{t('fragments.all')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
