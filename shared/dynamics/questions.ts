/**
 * The questioning route: the moderator's questions divide a transcript into segments. Proposals are moderator
 * turns that ask something (a question mark, or an opening such as "Vertel eens", "Kunnen jullie"), leaving
 * out short back-channel ("Ja?", "Ga je gang", "Graag") and turns that only give the floor ("Amira?"). Question turns with no participant turn between them
 * are one question (a moderator often asks in two breaths). A segment runs to the next question.
 */
import { countWords } from '../import/words.ts';
import type { Id, KoorDocument, Speaker, Turn } from '../model.ts';

export type Question = {
  id: Id;
  documentId: Id;
  /** The moderator turn that asks the question. */
  turnId: Id;
  label: string;
  /** The segment: from the question to the next question (or the end of the last turn). */
  start: number;
  end: number;
  /** Key of the question in a route shared across groups, when aligned. */
  routeKey?: string;
};

const PROMPTS =
  /^(vertel|kun je|kunt u|kunnen jullie|wil je|willen jullie|zou je|zouden jullie|beschrijf|noem|geef|wat|wie|waar|wanneer|waarom|hoe|welke|tell|could you|can you|what|who|where|when|why|how|which)\b/iu;
const MIN_QUESTION_WORDS = 3;
const MAX_LABEL = 90;

/** Words that, with a name, only give someone the floor: "En jij, Daan?", "Iemand anders?". */
const FLOOR = new Set(
  'en jij u jullie iemand anders nog verder dan eens and you anyone else then too'.split(' '),
);

/** Words of an asking sentence that ask something: not a name of `names`, not a floor-giving word. */
function askingWords(sentence: string, names: ReadonlySet<string>): number {
  const words = sentence.toLocaleLowerCase('nl').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => !names.has(w) && !FLOOR.has(w)).length;
}

/**
 * Is this moderator text a question rather than back-channel? A turn that only gives the floor ("Dank je.
 * Amira?", "En jij, Daan?") is not: it asks nothing new, so it starts no segment of the route. `names` are the
 * lower-case words of the group's speaker names.
 */
export function isQuestion(text: string, names: ReadonlySet<string> = new Set()): boolean {
  const trimmed = text.trim();
  if (countWords(trimmed) < MIN_QUESTION_WORDS) return false;
  if (PROMPTS.test(trimmed)) return true;
  return sentencesOf(trimmed).some((s) => s.endsWith('?') && askingWords(s, names) >= 2);
}

function sentencesOf(text: string): string[] {
  return (
    text
      .match(/[^.?!]+[.?!]*/gu)
      ?.map((s) => s.trim())
      .filter((s) => s !== '') ?? [text.trim()]
  );
}

/** The question's label: its last sentence that asks something, shortened. */
export function questionLabel(text: string): string {
  const sentences = sentencesOf(text);
  const asking = [...sentences].reverse().find((s) => s.endsWith('?')) ?? sentences[0] ?? '';
  return asking.length > MAX_LABEL ? `${asking.slice(0, MAX_LABEL - 1).trimEnd()}…` : asking;
}

/** Proposed questions (segments) of one document, from its turns and speakers. */
export function proposeQuestions(
  document: KoorDocument,
  turns: readonly Turn[],
  speakers: readonly Speaker[],
): Question[] {
  const roles = new Map(speakers.map((s) => [s.id, s.role]));
  const names = new Set(
    speakers
      .filter((s) => s.documentId === document.id)
      .flatMap((s) => `${s.name} ${s.label}`.toLocaleLowerCase('nl').match(/[\p{L}\p{N}]+/gu) ?? []),
  );
  const ordered = turns.filter((t) => t.documentId === document.id).sort((a, b) => a.start - b.start);
  const questions: Question[] = [];
  let participantSinceLast = true;
  for (const turn of ordered) {
    const role = turn.speakerId === null ? undefined : roles.get(turn.speakerId);
    if (role !== 'moderator') {
      if (role === 'participant') participantSinceLast = true;
      continue;
    }
    const text = document.text.slice(turn.start, turn.end);
    if (!isQuestion(text, names)) continue;
    const previous = questions[questions.length - 1];
    if (previous && !participantSinceLast) {
      // A follow-up question in the same breath: keep the first, take the asking sentence of the last.
      if (text.includes('?')) previous.label = questionLabel(text);
      continue;
    }
    questions.push({
      id: `q:${turn.id}`,
      documentId: document.id,
      turnId: turn.id,
      label: questionLabel(text),
      start: turn.start,
      end: turn.end,
    });
    participantSinceLast = false;
  }
  const last = ordered[ordered.length - 1]?.end ?? document.text.length;
  questions.forEach((q, i) => (q.end = questions[i + 1]?.start ?? last));
  return questions;
}

/** The question whose segment holds an offset. */
export function questionAt(questions: readonly Question[], offset: number): Question | undefined {
  return questions.find((q) => q.start <= offset && offset < q.end);
}

/**
 * Reuses one questioning route across groups: each question gets the key of the route question whose label
 * shares the most content words with it (at least a third, Jaccard), each route question used once per group.
 */
export function alignToRoute(
  route: readonly { key: string; label: string }[],
  questions: readonly Question[],
): Question[] {
  const routeWords = route.map((r) => contentWords(r.label));
  const used = new Set<string>();
  return questions.map((question) => {
    const words = contentWords(question.label);
    let best: { key: string; score: number } | undefined;
    route.forEach((r, i) => {
      if (used.has(r.key)) return;
      const score = jaccard(words, routeWords[i] ?? new Set());
      if (score >= 1 / 3 && (!best || score > best.score)) best = { key: r.key, score };
    });
    if (!best) return question;
    used.add(best.key);
    return { ...question, routeKey: best.key };
  });
}

const STOP = new Set(
  'de het een en of je jij jullie u we wij ik is zijn was voor van in op met wat hoe wie dat die dit er te aan om over als bij the a an and or you is are of to in on what how who'.split(
    ' ',
  ),
);

function contentWords(text: string): Set<string> {
  const words =
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !STOP.has(w) && !/^(vraag|question|\d+)$/u.test(w)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}
