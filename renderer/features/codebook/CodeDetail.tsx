import { useId, useState } from 'react';
import { codePath } from '../../../shared/codebook/tree.ts';
import type { Code } from '../../../shared/model.ts';
import { updateCode } from '../../db/codes.ts';
import { formatCount, formatNumber, useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { ExamplePicker } from './ExamplePicker.tsx';
import { MemoButton } from '../../components/MemoButton.tsx';

type Props = {
  code: Code;
  codes: readonly Code[];
  own: number;
  sub: number;
  onMerge: () => void;
  onDelete: () => void;
};

type TextField = 'description' | 'inclusion' | 'exclusion' | 'example';

const COLOR = /^#[0-9a-f]{6}$/i;

function termsText(code: Code): string {
  return (code.searchTerms ?? []).join(', ');
}

type Draft = Record<'name' | TextField | 'terms', string>;

function draftOf(code: Code): Draft {
  return {
    name: code.name,
    description: code.description,
    inclusion: code.inclusion,
    exclusion: code.exclusion,
    example: code.example,
    terms: termsText(code),
  };
}

function parseTerms(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((term) => term.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The definition of one code. Text fields save when they lose focus, colour and "category only" at once;
 * each save is one undo step. Mount with key={code.id} so a new selection starts from its own values.
 */
export function CodeDetail({ code, codes, own, sub, onMerge, onDelete }: Props) {
  const session = useProject();
  const { t, i18n } = useTranslation();
  const idPrefix = useId();
  const [draft, setDraft] = useState(() => draftOf(code));
  const [shown, setShown] = useState(code);
  if (shown !== code) {
    // The code changed outside this form (undo, redo, another panel): take over every field not being edited.
    const before = draftOf(shown);
    const after = draftOf(code);
    const next = { ...draft };
    for (const key of Object.keys(after) as (keyof Draft)[])
      if (draft[key] === before[key]) next[key] = after[key];
    setShown(code);
    setDraft(next);
  }
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);

  const save = (changes: Partial<Code>) => {
    const next = { ...code, ...changes };
    const changed = (Object.keys(changes) as (keyof Code)[]).some(
      (key) => JSON.stringify(next[key]) !== JSON.stringify(code[key]),
    );
    if (changed) void updateCode(session, next);
  };

  const saveName = () => {
    const name = draft.name.trim();
    if (!name) {
      setError(t('codebook.nameRequired'));
      return;
    }
    setError(null);
    save({ name });
  };

  const textArea = (field: TextField, rows = 3) => (
    <label>
      <span>{t(`codebook.${field}`)}</span>
      <textarea
        rows={rows}
        value={draft[field]}
        onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
        onBlur={() => save({ [field]: draft[field].trim() })}
      />
    </label>
  );

  const lang = i18n.language;
  return (
    <section className="code-detail card" aria-labelledby={`${idPrefix}-title`}>
      <header className="code-detail-header">
        <h2 id={`${idPrefix}-title`} className="sr-only">
          {t('codebook.detailTitle')}: {code.name}
        </h2>
        <p className="code-path muted" title={t('codebook.path')}>
          {codePath(codes, code.id)}
        </p>
        <p className="code-usage muted">
          {t('codebook.usage', { own: formatCount('codings', own, lang), sub: formatNumber(sub, lang) })}
        </p>
        <MemoButton target={{ kind: 'code', id: code.id }} name={code.name} />
      </header>
      <div className="code-detail-row">
        <label className="grow">
          <span>{t('codebook.name')}</span>
          <input
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            onBlur={saveName}
            onKeyDown={(e) => e.key === 'Enter' && saveName()}
            aria-invalid={error ? true : undefined}
          />
        </label>
        <label className="color-field">
          <span>{t('codebook.color')}</span>
          <input
            type="color"
            value={COLOR.test(code.color) ? code.color.toLowerCase() : '#888888'}
            onChange={(e) => save({ color: e.target.value.toUpperCase() })}
          />
        </label>
      </div>
      {error && <p className="form-error">{error}</p>}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={!code.codable}
          onChange={(e) => save({ codable: !e.target.checked })}
        />
        {t('codebook.notCodable')}
      </label>
      {textArea('description', 4)}
      <div className="code-criteria">
        {textArea('inclusion')}
        {textArea('exclusion')}
      </div>
      {textArea('example', 2)}
      <div className="example-actions">
        <button type="button" onClick={() => setPicking(true)}>
          {t('codebook.pickExample')}
        </button>
      </div>
      <label>
        <span>{t('codebook.searchTerms')}</span>
        <input
          value={draft.terms}
          onChange={(e) => setDraft({ ...draft, terms: e.target.value })}
          onBlur={() => {
            const terms = parseTerms(draft.terms);
            if (terms.join(',') !== (code.searchTerms ?? []).join(',')) save({ searchTerms: terms });
          }}
          aria-describedby={`${idPrefix}-terms`}
        />
        <small id={`${idPrefix}-terms`} className="muted">
          {t('codebook.searchTermsHint')}
        </small>
      </label>
      <div className="code-detail-actions">
        <button type="button" onClick={onMerge}>
          {t('codebook.merge')}
        </button>
        <button type="button" className="danger-link" onClick={onDelete}>
          {t('codebook.delete')}
        </button>
      </div>
      {picking && (
        <ExamplePicker
          code={code}
          onClose={() => setPicking(false)}
          onChoose={(text) => {
            setPicking(false);
            const example = `“${text}”`;
            setDraft({ ...draft, example });
            save({ example });
          }}
        />
      )}
    </section>
  );
}
