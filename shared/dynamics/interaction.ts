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

/**
 * Codings of a document grouped per turn they overlap (turns in text order), each turn's in the codings' order.
 * Each coding looks up the turns it overlaps by binary search on the turns' starts instead of every turn
 * scanning every coding (turns × codings was most of a second for a study-sized project).
 */
function codingsPerTurn(turns: readonly Turn[], codings: readonly Coding[]): Map<Id, Coding[]> {
  const result = new Map<Id, Coding[]>(turns.map((turn) => [turn.id, []]));
  const sorted = [...turns].sort((a, b) => a.start - b.start);
  // The largest end among the turns up to each index, so the walk back stops at the first turn that cannot
  // reach the coding, even when turns overlap.
  const reach: number[] = [];
  sorted.forEach((turn, i) => reach.push(Math.max(turn.end, i > 0 ? reach[i - 1]! : -Infinity)));
  for (const coding of codings) {
    const { start, end } = coding;
    // The last turn that starts before the coding ends.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]!.start < end) low = mid + 1;
      else high = mid;
    }
    const overlapped: Turn[] = [];
    for (let i = low - 1; i >= 0 && reach[i]! > start; i--) {
      const turn = sorted[i]!;
      if (turn.end > start && turn.documentId === coding.documentId) overlapped.push(turn);
    }
    for (const turn of overlapped) result.get(turn.id)!.push(coding);
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
  const themes = new Set(options.themeIds);
  // Grouped once, not filtered again for every document, theme and participant: a study (70 groups, 50 themes,
  // 100,000 codings) took over a second in one task that way.
  const turnsOf = groupBy(project.turns, (t) => t.documentId);
  const codingsOf = groupBy(project.codings, (c) => c.documentId);
  const participantsOf = groupBy(
    project.speakers.filter((s) => s.role === 'participant'),
    (s) => s.documentId,
  );
  const cells: ConsensusCell[] = [];
  for (const document of project.documents) {
    const participants = participantsOf.get(document.id) ?? [];
    const turns = turnsOf.get(document.id) ?? [];
    const perTurn = codingsPerTurn(turns, codingsOf.get(document.id) ?? []);
    // Per participant and theme: whether they spoke on it (ON_THEME) and whether any of those turns was coded as
    // agreement (AGREES) or disagreement (DISAGREES).
    const marks = new Map<Id, Map<Id, number>>(participants.map((p) => [p.id, new Map()]));
    for (const turn of turns) {
      const byTheme = turn.speakerId === null ? undefined : marks.get(turn.speakerId);
      if (!byTheme) continue;
      const turnCodings = perTurn.get(turn.id) ?? [];
      let mark = ON_THEME;
      for (const c of turnCodings) {
        if (agree.has(c.codeId)) mark |= AGREES;
        if (disagree.has(c.codeId)) mark |= DISAGREES;
      }
      for (const c of turnCodings) {
        if (themes.has(c.codeId)) byTheme.set(c.codeId, (byTheme.get(c.codeId) ?? 0) | mark);
      }
    }
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
        const mark = marks.get(participant.id)?.get(themeId) ?? 0;
        if (!(mark & ON_THEME)) cell.silent.push(participant.id);
        if (mark & AGREES) cell.endorsed.push(participant.id);
        if (mark & DISAGREES) cell.opposed.push(participant.id);
        if (mark === ON_THEME) cell.spoke.push(participant.id);
      }
      cells.push(cell);
    }
  }
  return cells;
}

/**
 * The cells of `consensus` by theme and group, indexed in one pass: the table looks up each of its theme × group
 * cells (about 3,500 on a study), and searching the list for each was millions of comparisons. A pair that
 * occurs twice gives its first cell, as searching the list did.
 */
export function consensusCells(
  cells: readonly ConsensusCell[],
): (themeId: Id, documentId: Id) => ConsensusCell | undefined {
  const byDocument = new Map<Id, Map<Id, ConsensusCell>>();
  for (const cell of cells) {
    const { themeId, documentId } = cell;
    let byTheme = byDocument.get(documentId);
    if (!byTheme) byDocument.set(documentId, (byTheme = new Map()));
    if (!byTheme.has(themeId)) byTheme.set(themeId, cell);
  }
  return (themeId, documentId) => byDocument.get(documentId)?.get(themeId);
}

const ON_THEME = 1;
const AGREES = 2;
const DISAGREES = 4;

function groupBy<T>(items: readonly T[], key: (item: T) => Id): Map<Id, T[]> {
  const groups = new Map<Id, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export type SaturationPoint = { documentId: Id; name: string; newCodes: Id[]; cumulative: number };

/** Distinct codes per successive group (documents by `order`, then list order): new codes and the running total. */
export function saturation(project: ProjectData, options: { coderId?: Id } = {}): SaturationPoint[] {
  const documents = project.documents
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.order ?? a.i) - (b.d.order ?? b.i) || a.i - b.i)
    .map(({ d }) => d);
  // The codings grouped per document once (each document scanning all codings was 70 × 100,000 on a study).
  const codingsOf = groupBy(
    options.coderId ? project.codings.filter((c) => c.coderId === options.coderId) : project.codings,
    (c) => c.documentId,
  );
  const seen = new Set<Id>();
  return documents.map((document) => {
    const newCodes: Id[] = [];
    for (const coding of codingsOf.get(document.id) ?? []) {
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
