import type { Id, ProjectData, SpeakerRole } from '../model.ts';
import { documentTurns, inSegment, type Segment } from './participation.ts';
import type { Question } from './questions.ts';

/** Who follows whom: transitions[fromLabel][toLabel] = count of consecutive turns. */
export type TransitionMatrix = Record<string, Record<string, number>>;

export type TransitionShares = {
  total: number;
  participantToParticipant: number;
  moderatorToParticipant: number;
  participantToModerator: number;
};

/** The who-follows-whom matrix of one document (optionally one segment), by speaker label. */
export function transitions(project: ProjectData, documentId: Id, segment?: Segment): TransitionMatrix {
  const labels = new Map(
    project.speakers.filter((s) => s.documentId === documentId).map((s) => [s.id, s.label]),
  );
  const matrix: TransitionMatrix = {};
  let previous: string | undefined;
  for (const turn of documentTurns(project, documentId)) {
    if (!inSegment(turn, segment)) continue;
    const label = turn.speakerId === null ? undefined : labels.get(turn.speakerId);
    if (label === undefined) continue;
    if (previous !== undefined) {
      const row = (matrix[previous] ??= {});
      row[label] = (row[label] ?? 0) + 1;
    }
    previous = label;
  }
  return matrix;
}

/** Shares of participant→participant against moderator→participant and participant→moderator transitions. */
export function transitionShares(
  project: ProjectData,
  documentId: Id,
  matrix: TransitionMatrix,
): TransitionShares {
  const roles = new Map<string, SpeakerRole>(
    project.speakers.filter((s) => s.documentId === documentId).map((s) => [s.label, s.role]),
  );
  const counts = { total: 0, pp: 0, mp: 0, pm: 0 };
  for (const [from, row] of Object.entries(matrix)) {
    for (const [to, n] of Object.entries(row)) {
      counts.total += n;
      const a = roles.get(from);
      const b = roles.get(to);
      if (a === 'participant' && b === 'participant') counts.pp += n;
      if (a === 'moderator' && b === 'participant') counts.mp += n;
      if (a === 'participant' && b === 'moderator') counts.pm += n;
    }
  }
  const share = (n: number) => (counts.total === 0 ? 0 : n / counts.total);
  return {
    total: counts.total,
    participantToParticipant: share(counts.pp),
    moderatorToParticipant: share(counts.mp),
    participantToModerator: share(counts.pm),
  };
}

/** Per question, the participants in the order they first spoke in its segment. */
export function responseOrder(project: ProjectData, questions: readonly Question[]): Map<Id, Id[]> {
  const roles = new Map(project.speakers.map((s) => [s.id, s.role]));
  const result = new Map<Id, Id[]>();
  for (const question of questions) {
    const order: Id[] = [];
    for (const turn of documentTurns(project, question.documentId)) {
      if (!inSegment(turn, question) || turn.speakerId === null) continue;
      if (roles.get(turn.speakerId) === 'participant' && !order.includes(turn.speakerId))
        order.push(turn.speakerId);
    }
    result.set(question.id, order);
  }
  return result;
}
