import { useEffect, useState } from 'react';
import { codesInTreeOrder } from '../../../shared/codebook/tree.ts';
import { subtreeIds } from '../../../shared/coding/codebook.ts';
import type { Code, Id } from '../../../shared/model.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { createCode, deleteCodeWithCodings, deleteImpact, mergeCodeInto } from '../../db/codes.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import { useProject } from '../../session/ProjectContext.tsx';

/** The indented list of codes for a <select>. */
function CodeOptions({ codes, exclude }: { codes: readonly Code[]; exclude?: ReadonlySet<Id> }) {
  return codesInTreeOrder(codes)
    .filter(({ code }) => !exclude?.has(code.id))
    .map(({ code, depth }) => (
      <option key={code.id} value={code.id}>
        {`${'\u00a0\u00a0\u00a0'.repeat(depth)}${code.name}`}
      </option>
    ));
}

/** Asks for a new code's name and place; creates it as one undo step. */
export function NewCodeDialog({
  codes,
  parentId,
  onClose,
  onCreated,
}: {
  codes: readonly Code[];
  parentId: Id | null;
  onClose: () => void;
  onCreated: (code: Code) => void;
}) {
  const session = useProject();
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [parent, setParent] = useState<string>(parentId ?? '');
  return (
    <Dialog
      title={t('codebook.newTitle')}
      onClose={onClose}
      confirm={{
        label: t('codebook.create'),
        disabled: !name.trim(),
        onConfirm: () => void createCode(session, name, parent || null).then(onCreated),
      }}
    >
      <label>
        <span>{t('codebook.newName')}</span>
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        <span>{t('codebook.newParent')}</span>
        <select value={parent} onChange={(e) => setParent(e.target.value)}>
          <option value="">{t('codebook.topLevel')}</option>
          <CodeOptions codes={codes} />
        </select>
      </label>
    </Dialog>
  );
}

/** Merges a code into another, saying how many codings move. */
export function MergeDialog({
  code,
  codes,
  counts,
  onClose,
  onMerged,
}: {
  code: Code;
  codes: readonly Code[];
  counts: ReadonlyMap<Id, number>;
  onClose: () => void;
  onMerged: (targetId: Id) => void;
}) {
  const session = useProject();
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState('');
  const targetCode = codes.find((c) => c.id === target);
  const count = counts.get(code.id) ?? 0;
  return (
    <Dialog
      title={t('codebook.mergeTitle', { name: code.name })}
      onClose={onClose}
      confirm={{
        label: t('codebook.mergeConfirm'),
        disabled: !targetCode,
        onConfirm: () => void mergeCodeInto(session, code.id, target).then(() => onMerged(target)),
      }}
    >
      <label>
        <span>{t('codebook.mergeTarget')}</span>
        <select value={target} onChange={(e) => setTarget(e.target.value)} autoFocus>
          <option value="">{t('codebook.mergeChoose')}</option>
          <CodeOptions codes={codes} exclude={new Set(subtreeIds(codes, code.id))} />
        </select>
      </label>
      {targetCode && (
        <p>
          {t('codebook.mergeBody', {
            count,
            n: formatNumber(count, i18n.language),
            source: code.name,
            target: targetCode.name,
          })}
        </p>
      )}
    </Dialog>
  );
}

/** Confirms deleting a code: how many sub-codes, codings, summaries and key quotes go with it; undoable. */
export function DeleteDialog({
  code,
  onClose,
  onDeleted,
}: {
  code: Code;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const session = useProject();
  const { t, i18n } = useTranslation();
  const [impact, setImpact] = useState<Awaited<ReturnType<typeof deleteImpact>> | null>(null);
  useEffect(() => {
    let live = true;
    void deleteImpact(session.db, code.id).then((result) => live && setImpact(result));
    return () => {
      live = false;
    };
  }, [session.db, code.id]);
  const lang = i18n.language;
  return (
    <Dialog
      title={t('codebook.deleteTitle', { name: code.name })}
      onClose={onClose}
      confirm={{
        label: t('codebook.deleteConfirm'),
        danger: true,
        disabled: !impact,
        onConfirm: () => void deleteCodeWithCodings(session, code.id).then(onDeleted),
      }}
    >
      {impact && (
        <p className="delete-impact">
          {t('codebook.deleteCodings', { count: impact.codings, n: formatNumber(impact.codings, lang) })}{' '}
          {impact.codes > 1 &&
            t('codebook.deleteSubcodes', {
              count: impact.codes - 1,
              n: formatNumber(impact.codes - 1, lang),
            })}{' '}
          {impact.summaries > 0 &&
            t('codebook.deleteSummaries', {
              count: impact.summaries,
              n: formatNumber(impact.summaries, lang),
            })}{' '}
          {impact.keyQuotes > 0 &&
            t('codebook.deleteKeyQuotes', {
              count: impact.keyQuotes,
              n: formatNumber(impact.keyQuotes, lang),
            })}
        </p>
      )}
      <p className="muted">{t('codebook.deleteUndo')}</p>
    </Dialog>
  );
}
