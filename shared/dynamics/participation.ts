import { countWords } from '../import/words.ts';
import type { Id, ProjectData, Speaker, SpeakerRole, Turn } from '../model.ts';

/** A stretch of a document, e.g. one question's segment: turns that start inside it count. */
export type Segment = { start: number; end: number };

export type SpeakerParticipation = {
  speakerId: Id;
  label: string;
  role: SpeakerRole;
  turns: number;
  words: number;
  /** Fraction of all words spoken in the document (or segment), moderator included. */
  share: number;
  /** Seconds spoken, when the transcript has times. */
  seconds?: number;
};

export type Participation = {
  documentId: Id;
  speakers: SpeakerParticipation[];
  totalWords: number;
  moderatorShare: number;
  /** Gini over the participants' word counts (moderator excluded): 0 = equal, (n−1)/n = one speaker only. */
  gini: number;
  /** Shannon entropy of the participants' word shares divided by ln n: 1 = equal, 0 = one speaker only. */
  entropy: number;
  /** Participants without a turn in the document (or segment). */
  silent: Id[];
};

/**
 * Gini coefficient G = ΣᵢΣⱼ|xᵢ − xⱼ| / (2·n²·x̄), computed sorted in O(n log n). 0 for one value; NaN when all
 * values are zero (nobody spoke, so balance cannot be judged).
 */
export function gini(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  if (total === 0) return Number.NaN;
  // ΣᵢΣⱼ|xᵢ − xⱼ| = 2 Σᵢ (2i − n + 1)·x₍ᵢ₎ for ascending x, i from 0.
  let weighted = 0;
  sorted.forEach((x, i) => (weighted += (2 * i - n + 1) * x));
  return (2 * weighted) / (2 * n * total);
}

/** Shannon entropy of the shares divided by ln n: 1 for equal values; 1 for a single value; NaN when all are 0. */
export function normalisedEntropy(values: readonly number[]): number {
  const n = values.length;
  const total = values.reduce((sum, v) => sum + v, 0);
  if (n === 0 || total === 0) return Number.NaN;
  if (n === 1) return 1;
  let h = 0;
  for (const v of values) if (v > 0) h -= (v / total) * Math.log(v / total);
  return h / Math.log(n);
}

/** The turns of one document in text order. */
export function documentTurns(project: ProjectData, documentId: Id): Turn[] {
  return project.turns.filter((t) => t.documentId === documentId).sort((a, b) => a.start - b.start);
}

/** Does a turn belong to a segment (it starts inside it)? */
export function inSegment(turn: Turn, segment: Segment | undefined): boolean {
  return !segment || (turn.start >= segment.start && turn.start < segment.end);
}

/** Participation per speaker of one document, optionally within one segment (e.g. a question). */
export function participation(project: ProjectData, documentId: Id, segment?: Segment): Participation {
  const document = project.documents.find((d) => d.id === documentId);
  const speakers = project.speakers.filter((s) => s.documentId === documentId);
  const turns = documentTurns(project, documentId);
  const rows = new Map<Id, SpeakerParticipation>(speakers.map((s) => [s.id, row(s)]));
  const hasTimes = turns.length > 0 && turns.every((t) => t.time !== undefined);
  turns.forEach((turn, index) => {
    if (!inSegment(turn, segment) || turn.speakerId === null) return;
    const entry = rows.get(turn.speakerId);
    if (!entry) return;
    entry.turns++;
    entry.words += countWords(document?.text.slice(turn.start, turn.end) ?? '');
    if (hasTimes) {
      const until = turn.endTime ?? turns[index + 1]?.time;
      if (until !== undefined && turn.time !== undefined)
        entry.seconds = (entry.seconds ?? 0) + Math.max(0, until - turn.time);
    }
  });
  const list = [...rows.values()];
  const totalWords = list.reduce((sum, r) => sum + r.words, 0);
  for (const r of list) r.share = totalWords === 0 ? 0 : r.words / totalWords;
  const participants = list.filter((r) => r.role === 'participant');
  const moderatorWords = list.filter((r) => r.role === 'moderator').reduce((sum, r) => sum + r.words, 0);
  return {
    documentId,
    speakers: list,
    totalWords,
    moderatorShare: totalWords === 0 ? 0 : moderatorWords / totalWords,
    gini: gini(participants.map((r) => r.words)),
    entropy: normalisedEntropy(participants.map((r) => r.words)),
    silent: participants.filter((r) => r.turns === 0).map((r) => r.speakerId),
  };
}

function row(speaker: Speaker): SpeakerParticipation {
  return { speakerId: speaker.id, label: speaker.label, role: speaker.role, turns: 0, words: 0, share: 0 };
}
