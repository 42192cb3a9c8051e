import { useCallback } from 'react';
import type { Question } from '../../../shared/dynamics/questions.ts';
import {
  addQuestion,
  confirmRoute,
  deleteQuestion,
  mergeWithPrevious,
  relabelRoute,
  renameQuestion,
  type QuestionDraft,
} from '../../db/questions.ts';
import { useProject } from '../../session/ProjectContext.tsx';
import type { GroupModel } from './useGroup.ts';

const draftOf = (q: Question): QuestionDraft => ({ turnId: q.turnId, label: q.label, start: q.start });

/**
 * Edits of a group's questioning route. While the route is only proposed, an edit confirms the proposal with
 * the edit applied, in one undoable step; afterwards each edit changes the stored route.
 */
export function useRouteActions(group: GroupModel) {
  const session = useProject();
  const documentId = group.document.id;
  const { confirmed, questions } = group;
  const confirmWith = useCallback(
    (drafts: QuestionDraft[]) => confirmRoute(session, documentId, drafts),
    [session, documentId],
  );
  const drafts = useCallback(() => questions.map(draftOf), [questions]);

  return {
    confirm: () => confirmWith(drafts()),
    repropose: () => confirmWith(group.proposals.map(draftOf)),
    rename: (q: Question, label: string) =>
      confirmed
        ? renameQuestion(session, q.id, label)
        : confirmWith(drafts().map((d) => (d.turnId === q.turnId ? { ...d, label: label.trim() } : d))),
    remove: (q: Question, merge: boolean) => {
      if (!confirmed) return confirmWith(drafts().filter((d) => d.turnId !== q.turnId));
      return merge ? mergeWithPrevious(session, q.id) : deleteQuestion(session, q.id);
    },
    add: async (draft: QuestionDraft) => {
      if (confirmed) await addQuestion(session, documentId, draft);
      else await confirmWith([...drafts().filter((d) => d.turnId !== draft.turnId), draft]);
    },
    /** Gives questions new labels (route reuse): keys are question ids of this group. */
    relabel: async (labels: ReadonlyMap<string, string>) => {
      if (confirmed) await relabelRoute(session, documentId, labels);
      else await confirmWith(questions.map((q) => ({ ...draftOf(q), label: labels.get(q.id) ?? q.label })));
    },
  };
}
