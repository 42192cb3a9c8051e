import { countWords } from '../import/words.ts';
import type { Coding, Id, ProjectData, Turn } from '../model.ts';
import { documentTurns, inSegment } from './participation.ts';
import type { Question } from './questions.ts';

/** One cell of the micro-interlocutor matrix: how one participant took part in one question. */
export type InterlocutorCell = {
  questionId: Id;
  speakerId: Id;
  responded: boolean;
  /** 1 for the first participant to answer, null when silent. */
  order: number | null;
  turns: number;
  words: number;
  /** Interaction codes (of those asked for) on the participant's turns in the segment. */
  codes: Id[];
};

/** Codings of a document grouped per turn they overlap (turns in text order). */
function codingsPerTurn(turns: readonly Turn[], codings: readonly Coding[]): Map<Id, Coding[]> {
  const result = new Map<Id, Coding[]>();
  for (const turn of turns) {
    result.set(
      turn.id,
      codings.filter((c) => c.documentId === turn.documentId && c.start < turn.end && c.end > turn.start),
    );
  }
  return result;
}

/** Question × participant: responded or not, order, turns, words and interaction codes (Onwuegbuzie et al. 2009). */
export function microInterlocutor(
  project: ProjectData,
  questions: readonly Question[],
  interactionCodeIds: readonly Id[] = [],
): InterlocutorCell[] {
  const wanted = new Set(interactionCodeIds);
  const cells: InterlocutorCell[] = [];
  const byDocument = new Map<Id, Question[]>();
  for (const q of questions) byDocument.set(q.documentId, [...(byDocument.get(q.documentId) ?? []), q]);
  for (const [documentId, list] of byDocument) {
    const text = project.documents.find((d) => d.id === documentId)?.text ?? '';
    const participants = project.speakers.filter(
      (s) => s.documentId === documentId && s.role === 'participant',
    );
    const turns = documentTurns(project, documentId);
    const perTurn = codingsPerTurn(
      turns,
      project.codings.filter((c) => wanted.has(c.codeId)),
    );
    for (const question of list) {
      const segmentTurns = turns.filter((t) => inSegment(t, question));
      const order: Id[] = [];
      for (const t of segmentTurns)
        if (t.speakerId !== null && !order.includes(t.speakerId)) order.push(t.speakerId);
      const participantOrder = order.filter((id) => participants.some((p) => p.id === id));
      for (const participant of participants) {
        const own = segmentTurns.filter((t) => t.speakerId === participant.id);
        const codes = new Set(own.flatMap((t) => (perTurn.get(t.id) ?? []).map((c) => c.codeId)));
        const rank = participantOrder.indexOf(participant.id);
        cells.push({
          questionId: question.id,
          speakerId: participant.id,
          responded: own.length > 0,
          order: rank < 0 ? null : rank + 1,
          turns: own.length,
          words: own.reduce((sum, t) => sum + countWords(text.slice(t.start, t.end)), 0),
          codes: interactionCodeIds.filter((id) => codes.has(id)),
        });
      }
    }
  }
  return cells;
}

export type ConsensusCell = {
  themeId: Id;
  documentId: Id;
  /** Participants with a turn on the theme coded as agreement. */
  endorsed: Id[];
  /** Participants with a turn on the theme coded as disagreement. */
  opposed: Id[];
  /** Participants who spoke on the theme without agreement or disagreement marks. */
  spoke: Id[];
  /** Participants without any turn on the theme. */
  silent: Id[];
};

/**
 * Consensus and dissent per theme × group: a participant's turn is "on the theme" when it overlaps a coding of
 * the theme; agreement and disagreement come from the interaction codes (instemming, onenigheid) on that turn.
 */
export function consensus(
  project: ProjectData,
  options: { themeIds: readonly Id[]; agreeCodeIds: readonly Id[]; disagreeCodeIds: readonly Id[] },
): ConsensusCell[] {
  const agree = new Set(options.agreeCodeIds);
  const disagree = new Set(options.disagreeCodeIds);
  const cells: ConsensusCell[] = [];
  for (const document of project.documents) {
    const participants = project.speakers.filter(
      (s) => s.documentId === document.id && s.role === 'participant',
    );
    const turns = documentTurns(project, document.id);
    const perTurn = codingsPerTurn(
      turns,
      project.codings.filter((c) => c.documentId === document.id),
    );
    for (const themeId of options.themeIds) {
      const cell: ConsensusCell = {
        themeId,
        documentId: document.id,
        endorsed: [],
        opposed: [],
        spoke: [],
        silent: [],
      };
      for (const participant of participants) {
        const onTheme = turns.filter(
          (t) =>
            t.speakerId === participant.id && (perTurn.get(t.id) ?? []).some((c) => c.codeId === themeId),
        );
        const codes = new Set(onTheme.flatMap((t) => (perTurn.get(t.id) ?? []).map((c) => c.codeId)));
        const endorsed = [...codes].some((id) => agree.has(id));
        const opposed = [...codes].some((id) => disagree.has(id));
        if (endorsed) cell.endorsed.push(participant.id);
        if (opposed) cell.opposed.push(participant.id);
        if (onTheme.length === 0) cell.silent.push(participant.id);
        else if (!endorsed && !opposed) cell.spoke.push(participant.id);
      }
      cells.push(cell);
    }
  }
  return cells;
}

export type SaturationPoint = { documentId: Id; name: string; newCodes: Id[]; cumulative: number };

/** Distinct codes per successive group (documents by `order`, then list order): new codes and the running total. */
export function saturation(project: ProjectData, options: { coderId?: Id } = {}): SaturationPoint[] {
  const documents = project.documents
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.order ?? a.i) - (b.d.order ?? b.i) || a.i - b.i)
    .map(({ d }) => d);
  const seen = new Set<Id>();
  return documents.map((document) => {
    const newCodes: Id[] = [];
    for (const coding of project.codings) {
      if (coding.documentId !== document.id || (options.coderId && coding.coderId !== options.coderId))
        continue;
      if (!seen.has(coding.codeId)) {
        seen.add(coding.codeId);
        newCodes.push(coding.codeId);
      }
    }
    return { documentId: document.id, name: document.name, newCodes, cumulative: seen.size };
  });
}

export type TimelineEntry = {
  turnId: Id;
  start: number;
  end: number;
  words: number;
  time?: number;
  codes: Id[];
};

/** One participant's turns in order, with their words and the codes on each turn. */
export function participantTimeline(project: ProjectData, speakerId: Id): TimelineEntry[] {
  const speaker = project.speakers.find((s) => s.id === speakerId);
  if (!speaker) return [];
  const text = project.documents.find((d) => d.id === speaker.documentId)?.text ?? '';
  const turns = documentTurns(project, speaker.documentId).filter((t) => t.speakerId === speakerId);
  const perTurn = codingsPerTurn(turns, project.codings);
  return turns.map((turn) => {
    const entry: TimelineEntry = {
      turnId: turn.id,
      start: turn.start,
      end: turn.end,
      words: countWords(text.slice(turn.start, turn.end)),
      codes: [...new Set((perTurn.get(turn.id) ?? []).map((c) => c.codeId))],
    };
    if (turn.time !== undefined) entry.time = turn.time;
    return entry;
  });
}
