import { useState } from 'react';
import type { Question } from '../../../shared/dynamics/questions.ts';
import type { ProjectData } from '../../../shared/model.ts';
import type { Question as StoredQuestion } from '../../db/questions.ts';
import { useTranslation } from '../../i18n/index.ts';
import { useReadOnly } from '../../sync/readOnly.ts';
import { ReadOnlyNote } from '../../components/ReadOnlyNote.tsx';
import { AddQuestionDialog } from './AddQuestionDialog.tsx';
import { ModeratorPick } from './ModeratorPick.tsx';
import { ReuseRouteDialog } from './ReuseRouteDialog.tsx';
import { snippet } from './route.ts';
import type { GroupModel } from './useGroup.ts';
import { useRouteActions } from './useRouteActions.ts';

type Props = {
  data: ProjectData;
  group: GroupModel;
  stored: readonly StoredQuestion[];
  toast: (text: string) => void;
};

/** The questioning route of a group: confirm the proposal, rename, merge, delete, add, reuse another route. */
export function RouteView({ data, group, stored, toast }: Props) {
  const { t } = useTranslation();
  const actions = useRouteActions(group);
  const readOnly = useReadOnly();
  const [dialog, setDialog] = useState<'add' | 'reuse' | null>(null);
  const done = (key: string) => () => toast(t(key));

  return (
    <section className="card route-view" aria-label={t('dynamics.tab.route')}>
      <p className="measure-explain">{t('dynamics.route.intro')}</p>
      <ReadOnlyNote reason={readOnly} />
      <fieldset className="plain" disabled={readOnly !== null} title={readOnly ?? undefined}>
        {!group.confirmed && group.questions.length > 0 && (
          <div className="route-proposal" role="status">
            <span>{t('dynamics.route.proposal', { count: group.questions.length })}</span>
            <button
              type="button"
              className="primary"
              onClick={() => void actions.confirm().then(done('dynamics.route.confirmed'))}
            >
              {t('dynamics.route.confirm')}
            </button>
          </div>
        )}
        {group.speakers.every((s) => s.role !== 'moderator') ? (
          <ModeratorPick data={data} group={group} toast={toast} />
        ) : (
          group.questions.length === 0 && <p className="muted">{t('dynamics.question.none')}</p>
        )}
        <ol className="route-list">
          {group.questions.map((q, i) => (
            <QuestionRow
              key={q.id}
              question={q}
              index={i}
              text={group.document.text.slice(
                q.start,
                data.turns.find((turn) => turn.id === q.turnId)?.end ?? q.start,
              )}
              onRename={(label) => void actions.rename(q, label)}
              onMerge={() => void actions.remove(q, true).then(done('dynamics.route.merged'))}
              onDelete={() => void actions.remove(q, false).then(done('dynamics.route.deleted'))}
            />
          ))}
        </ol>
        <div className="route-actions">
          <button type="button" onClick={() => setDialog('add')}>
            {t('dynamics.route.add')}
          </button>
          <button type="button" onClick={() => setDialog('reuse')} disabled={data.documents.length < 2}>
            {t('dynamics.route.reuse')}
          </button>
          {group.confirmed && (
            <button
              type="button"
              onClick={() => void actions.repropose().then(done('dynamics.route.reproposed'))}
            >
              {t('dynamics.route.repropose')}
            </button>
          )}
        </div>
      </fieldset>
      {dialog === 'add' && (
        <AddQuestionDialog
          data={data}
          group={group}
          onClose={() => setDialog(null)}
          onAdd={(draft) => {
            setDialog(null);
            void actions.add(draft).then(done('dynamics.route.added'));
          }}
        />
      )}
      {dialog === 'reuse' && (
        <ReuseRouteDialog
          data={data}
          group={group}
          stored={stored}
          onClose={() => setDialog(null)}
          onApply={(labels, source) => {
            setDialog(null);
            void actions
              .relabel(labels)
              .then(() => toast(t('dynamics.route.reused', { count: labels.size, group: source })));
          }}
        />
      )}
    </section>
  );
}

type RowProps = {
  question: Question;
  index: number;
  text: string;
  onRename: (label: string) => void;
  onMerge: () => void;
  onDelete: () => void;
};

/** One question of the route, with its moderator turn and its edits. */
function QuestionRow({ question, index, text, onRename, onMerge, onDelete }: RowProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <li className="route-item">
      <span className="route-number">{index + 1}</span>
      <div className="route-main">
        {editing === null ? (
          <strong className="route-label">{question.label}</strong>
        ) : (
          <form
            className="route-rename"
            onSubmit={(e) => {
              e.preventDefault();
              if (editing.trim()) onRename(editing);
              setEditing(null);
            }}
          >
            <input
              autoFocus
              aria-label={t('dynamics.route.labelOf', { number: index + 1 })}
              value={editing}
              onChange={(e) => setEditing(e.target.value)}
            />
            <button type="submit" className="primary" disabled={!editing.trim()}>
              {t('app.save')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('app.cancel')}
            </button>
          </form>
        )}
        <span className="route-turn muted">{snippet(text, 160)}</span>
      </div>
      {editing === null && (
        <div className="route-item-actions">
          <button
            type="button"
            onClick={() => setEditing(question.label)}
            aria-label={t('dynamics.route.renameOf', { number: index + 1 })}
          >
            {t('app.rename')}
          </button>
          <button
            type="button"
            onClick={onMerge}
            disabled={index === 0}
            title={t('dynamics.route.mergeHelp')}
            aria-label={t('dynamics.route.mergeOf', { number: index + 1 })}
          >
            {t('dynamics.route.merge')}
          </button>
          <button
            type="button"
            className="danger-link"
            onClick={onDelete}
            aria-label={t('dynamics.route.deleteOf', { number: index + 1 })}
          >
            {t('app.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
