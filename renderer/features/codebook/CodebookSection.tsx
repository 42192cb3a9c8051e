import { useCallback, useMemo, useState } from 'react';
import { interactionCodes, normaliserenTemplate } from '../../../shared/codebook/template.ts';
import type { Code, Id } from '../../../shared/model.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useCodes, useCodingCounts } from '../../db/codes.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import { useReadOnly } from '../../sync/readOnly.ts';
import { CodeDetail } from './CodeDetail.tsx';
import { DeleteDialog, MergeDialog, NewCodeDialog } from './CodeDialogs.tsx';
import { CodeTree } from './CodeTree.tsx';
import { MoveButtons } from './MoveButtons.tsx';
import { descendantCounts } from './treeModel.ts';
import { useCodebookActions } from './useCodebookActions.ts';

type Open =
  { kind: 'new'; parentId: Id | null } | { kind: 'merge'; code: Code } | { kind: 'delete'; code: Code };

const NORMALISEREN_ROOT = normaliserenTemplate('nl')[0]!.id;
const INTERACTION_ROOT = interactionCodes('nl')[0]!.id;

/** The codebook: a tree of codes with definitions, criteria and live counts. */
export function CodebookSection({ toast }: { toast: (text: string) => void }) {
  const { db } = useProject();
  const { t, i18n } = useTranslation();
  const codes = useCodes(db);
  const counts = useCodingCounts(db);
  const [selected, setSelected] = useState<Id | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [error, setError] = useState<string | null>(null);
  const actions = useCodebookActions(toast, setError);
  // A reader of a shared project reads the codebook; every control that changes it is disabled, saying why.
  const readOnly = useReadOnly();
  const locked = { disabled: readOnly !== null, ...(readOnly ? { title: readOnly } : {}) };
  const move = readOnly ? () => toast(readOnly) : actions.move;
  const below = useMemo(() => descendantCounts(codes ?? [], counts ?? new Map()), [codes, counts]);
  const close = useCallback(() => setOpen(null), []);

  if (codes === undefined) return <p className="loading">{t('app.loading')}</p>;
  const lang = i18n.language;
  const current = codes.find((c) => c.id === selected) ?? codes[0] ?? null;
  const totalCodings = [...(counts?.values() ?? [])].reduce((a, b) => a + b, 0);
  const has = (id: Id) => codes.some((c) => c.id === id);

  const importButton = (
    <button
      type="button"
      onClick={() => void actions.importCodebook()}
      title={t('codebook.importHint')}
      {...locked}
    >
      {t('codebook.import')}
    </button>
  );
  const templateButtons = (
    <>
      {!has(NORMALISEREN_ROOT) && (
        <button type="button" onClick={() => void actions.addTemplate('normaliseren')} {...locked}>
          {t('codebook.addNormaliseren')}
        </button>
      )}
      {!has(INTERACTION_ROOT) && (
        <button type="button" onClick={() => void actions.addTemplate('interaction')} {...locked}>
          {t('codebook.addInteraction')}
        </button>
      )}
    </>
  );
  const errorBanner = error && (
    <div className="banner banner-error" role="alert">
      <span>{error}</span>
      <button type="button" className="link" onClick={() => setError(null)}>
        {t('app.close')}
      </button>
    </div>
  );
  const dialogs = open && (
    <>
      {open.kind === 'new' && (
        <NewCodeDialog
          codes={codes}
          parentId={open.parentId}
          onClose={close}
          onCreated={(code) => {
            close();
            setSelected(code.id);
            toast(t('codebook.created', { name: code.name }));
          }}
        />
      )}
      {open.kind === 'merge' && (
        <MergeDialog
          code={open.code}
          codes={codes}
          counts={counts ?? new Map()}
          onClose={close}
          onMerged={(targetId) => {
            close();
            setSelected(targetId);
            const target = codes.find((c) => c.id === targetId);
            toast(t('codebook.merged', { source: open.code.name, target: target?.name ?? '' }));
          }}
        />
      )}
      {open.kind === 'delete' && (
        <DeleteDialog
          code={open.code}
          onClose={close}
          onDeleted={() => {
            close();
            setSelected(open.code.parentId);
            toast(t('codebook.deleted', { name: open.code.name }));
          }}
        />
      )}
    </>
  );

  if (codes.length === 0) {
    return (
      <div className="section">
        {errorBanner}
        <EmptyState title={t('codebook.emptyTitle')} body={t('codebook.emptyBody')}>
          <button
            type="button"
            className="primary"
            onClick={() => void actions.addTemplate('normaliseren')}
            {...locked}
          >
            {t('codebook.addNormaliseren')}
          </button>
          <button type="button" onClick={() => void actions.addTemplate('interaction')} {...locked}>
            {t('codebook.addInteraction')}
          </button>
          <button type="button" onClick={() => setOpen({ kind: 'new', parentId: null })} {...locked}>
            {t('codebook.newCode')}
          </button>
          {importButton}
        </EmptyState>
        {dialogs}
      </div>
    );
  }

  return (
    <div className="section codebook">
      <header className="section-header">
        <h2>{t('codebook.title')}</h2>
        <span className="muted codebook-summary">
          {t('codebook.codesSummary', { count: codes.length, n: formatNumber(codes.length, lang) })} ·{' '}
          {t('codebook.codingsSummary', { count: totalCodings, n: formatNumber(totalCodings, lang) })}
        </span>
        <button
          type="button"
          className="primary"
          onClick={() => setOpen({ kind: 'new', parentId: null })}
          {...locked}
        >
          {t('codebook.newCode')}
        </button>
        <button
          type="button"
          {...locked}
          disabled={!current || readOnly !== null}
          onClick={() => current && setOpen({ kind: 'new', parentId: current.id })}
        >
          {t('codebook.newSubcode')}
        </button>
        {templateButtons}
        {importButton}
      </header>
      {errorBanner}
      {readOnly && (
        <p className="blind-note read-only-note" role="status">
          {readOnly}
        </p>
      )}
      <div className="codebook-body">
        <div
          className="codebook-tree-panel card"
          onKeyDown={(e) => {
            // Delete on a code asks to delete it (the same confirmation as the button).
            if (
              e.key === 'Delete' &&
              current &&
              !readOnly &&
              (e.target as HTMLElement).getAttribute('role') === 'treeitem'
            ) {
              e.preventDefault();
              setOpen({ kind: 'delete', code: current });
            }
          }}
        >
          <MoveButtons
            codes={codes}
            selectedId={current?.id ?? null}
            onMove={move}
            {...(readOnly ? { readOnly } : {})}
          />
          <CodeTree
            codes={codes}
            counts={counts}
            selectedId={current?.id ?? null}
            onSelect={setSelected}
            onMove={move}
          />
          <p className="keyboard-help muted">{t('codebook.keyboardHelp')}</p>
        </div>
        {current ? (
          <fieldset className="plain" disabled={readOnly !== null} title={readOnly ?? undefined}>
            <CodeDetail
              key={current.id}
              code={current}
              codes={codes}
              own={counts?.get(current.id) ?? 0}
              sub={below.get(current.id) ?? 0}
              onMerge={() => setOpen({ kind: 'merge', code: current })}
              onDelete={() => setOpen({ kind: 'delete', code: current })}
            />
          </fieldset>
        ) : (
          <p className="muted">{t('codebook.selectHint')}</p>
        )}
      </div>
      {dialogs}
    </div>
  );
}
