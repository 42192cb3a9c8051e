import { useMemo } from 'react';
import { proposeQuestions, type Question } from '../../../shared/dynamics/questions.ts';
import type { Id, KoorDocument, ProjectData, Speaker } from '../../../shared/model.ts';
import type { Question as StoredQuestion } from '../../db/questions.ts';
import { storedSegments } from './route.ts';

/** One group (document) as the dynamics views see it: its speakers and its questioning route. */
export type GroupModel = {
  document: KoorDocument;
  speakers: Speaker[];
  participants: Speaker[];
  /** The confirmed route when there is one, else the proposal. */
  questions: Question[];
  proposals: Question[];
  confirmed: boolean;
  /** The question whose segment the views are filtered to, if any. */
  question: Question | undefined;
};

/** The selected group with its route (stored, else proposed) and the selected question. */
export function useGroup(
  data: ProjectData,
  documentId: Id | undefined,
  stored: readonly StoredQuestion[],
  questionId: Id,
): GroupModel | undefined {
  const document = data.documents.find((d) => d.id === documentId) ?? data.documents[0];
  return useMemo(() => {
    if (!document) return undefined;
    const speakers = data.speakers
      .filter((s) => s.documentId === document.id)
      .sort(
        (a, b) =>
          Number(a.role !== 'moderator') - Number(b.role !== 'moderator') ||
          a.label.localeCompare(b.label, undefined, { numeric: true }),
      );
    const proposals = proposeQuestions(document, data.turns, speakers);
    const own = stored.filter((q) => q.documentId === document.id);
    const confirmed = own.length > 0;
    const questions = confirmed ? storedSegments(data, document.id, own) : proposals;
    return {
      document,
      speakers,
      participants: speakers.filter((s) => s.role === 'participant'),
      questions,
      proposals,
      confirmed,
      question: questions.find((q) => q.id === questionId),
    };
  }, [data, document, stored, questionId]);
}
