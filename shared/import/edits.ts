import { newId } from '../ids.ts';
import type { Attributes, KoorDocument, Speaker, SpeakerRole, Turn } from '../model.ts';
import type { ParsedTranscript } from './types.ts';

/** What the user changed about one detected speaker in the import preview. */
export type SpeakerEdit = {
  name?: string;
  role?: SpeakerRole;
  perspective?: string;
  /** The label of another speaker this one is the same person as ("GL" → "Gespreksleider"). */
  mergeInto?: string;
};

/** The user's confirmed choices for one file of an import. */
export type ImportChoices = {
  name: string;
  sourceHash: string;
  importedAt?: string;
  attributes: Attributes;
  speakers: Record<string, SpeakerEdit>;
};

/** The label a speaker ends up under after merges (following chains, ignoring cycles). */
export function finalLabel(label: string, edits: Record<string, SpeakerEdit>): string {
  const seen = new Set<string>();
  let current = label;
  while (edits[current]?.mergeInto && !seen.has(current)) {
    seen.add(current);
    current = edits[current]!.mergeInto!;
  }
  return current;
}

/** Turns a parsed transcript and the user's choices into the records Koor stores. */
export function recordsFromImport(
  parsed: ParsedTranscript,
  choices: ImportChoices,
): { document: KoorDocument; speakers: Speaker[]; turns: Turn[] } {
  const documentId = newId();
  const document: KoorDocument = {
    id: documentId,
    name: choices.name,
    format: parsed.format,
    text: parsed.text,
    sourceHash: choices.sourceHash,
    importedAt: choices.importedAt ?? new Date().toISOString(),
    attributes: { ...choices.attributes },
  };
  if (parsed.preambleEnd > 0) document.preambleEnd = parsed.preambleEnd;

  const speakers = new Map<string, Speaker>();
  for (const detected of parsed.speakers) {
    const label = finalLabel(detected.label, choices.speakers);
    if (speakers.has(label)) continue;
    const edit = choices.speakers[label] ?? {};
    const original = parsed.speakers.find((s) => s.label === label) ?? detected;
    const attributes: Attributes = {};
    if (edit.perspective) attributes.perspective = edit.perspective;
    if (original.roleNote) attributes.rol = original.roleNote;
    speakers.set(label, {
      id: newId(),
      documentId,
      label,
      name: edit.name?.trim() || label,
      role: edit.role ?? original.role,
      attributes,
    });
  }

  const turns: Turn[] = parsed.turns.map((t) => {
    const speaker = t.speakerLabel === null ? undefined : speakers.get(finalLabel(t.speakerLabel, choices.speakers));
    const turn: Turn = { id: newId(), documentId, speakerId: speaker?.id ?? null, start: t.start, end: t.end };
    if (t.time !== undefined) turn.time = t.time;
    if (t.endTime !== undefined) turn.endTime = t.endTime;
    return turn;
  });
  return { document, speakers: [...speakers.values()], turns };
}

/** Turns and spoken words per detected speaker, with a sample line, for the preview. */
export function speakerSummary(
  parsed: ParsedTranscript,
  countWords: (text: string) => number,
): { label: string; turns: number; words: number; sample: string }[] {
  const rows = new Map(parsed.speakers.map((s) => [s.label, { label: s.label, turns: 0, words: 0, sample: '' }]));
  for (const turn of parsed.turns) {
    const row = turn.speakerLabel === null ? undefined : rows.get(turn.speakerLabel);
    if (!row) continue;
    const text = parsed.text.slice(turn.start, turn.end);
    row.turns++;
    row.words += countWords(text);
    if (!row.sample || (row.sample.length < 40 && text.length > row.sample.length)) row.sample = text.slice(0, 160);
  }
  return [...rows.values()];
}
