import { newId } from '../ids.ts';
import type { Attributes, KoorDocument, Speaker, SpeakerRole, Turn } from '../model.ts';
import type { ParsedTranscript } from './types.ts';

/** What the user changed about one detected speaker in the preview. */
export type SpeakerChoice = {
  /** Display name or pseudonym (default: the label). */
  name?: string;
  role?: SpeakerRole;
  /** Perspective of this speaker, overriding the document's. */
  perspective?: string;
  attributes?: Attributes;
  /** Label of another speaker this one is the same person as ("GL" → "Gespreksleider"). */
  mergeInto?: string;
};

export type RecordOptions = {
  name: string;
  sourceHash: string;
  perspective?: string;
  /** Further document attributes (domain, date, location …). */
  attributes?: Attributes;
  /** Choices per speaker label. */
  speakers?: Record<string, SpeakerChoice>;
  importedAt?: string;
  order?: number;
};

/** The records to store for one imported transcript. */
export type ProjectRecords = { document: KoorDocument; speakers: Speaker[]; turns: Turn[] };

/** Follows mergeInto links to the label that survives (cycles stop at the first repeat). */
function survivor(label: string, choices: Record<string, SpeakerChoice>): string {
  const seen = new Set<string>();
  let current = label;
  while (choices[current]?.mergeInto && !seen.has(current)) {
    seen.add(current);
    current = choices[current]!.mergeInto!;
  }
  return current;
}

/**
 * Turns a parsed transcript and the user's choices into a document, its speakers and turns with fresh
 * ids. A role in parentheses ("R1 (ouder)") becomes the speaker attribute `rol`.
 */
export function toProjectRecords(parsed: ParsedTranscript, options: RecordOptions): ProjectRecords {
  const documentId = newId();
  const choices = options.speakers ?? {};
  const attributes: Attributes = { ...options.attributes };
  if (options.perspective !== undefined) attributes.perspective = options.perspective;
  const document: KoorDocument = {
    id: documentId,
    name: options.name,
    format: parsed.format,
    text: parsed.text,
    sourceHash: options.sourceHash,
    importedAt: options.importedAt ?? new Date().toISOString(),
    preambleEnd: parsed.preambleEnd,
    attributes,
  };
  if (options.order !== undefined) document.order = options.order;
  const byLabel = new Map<string, Speaker>();
  const speakers: Speaker[] = [];
  const labels = new Set(parsed.speakers.map((s) => s.label));
  for (const detected of parsed.speakers) {
    const label = survivor(detected.label, choices);
    if (byLabel.has(label)) continue;
    const original = labels.has(label) ? parsed.speakers.find((s) => s.label === label)! : detected;
    const choice = choices[label] ?? {};
    const speakerAttributes: Attributes = { ...choice.attributes };
    if (original.roleNote && speakerAttributes.rol === undefined) speakerAttributes.rol = original.roleNote;
    if (choice.perspective !== undefined) speakerAttributes.perspective = choice.perspective;
    const speaker: Speaker = {
      id: newId(),
      documentId,
      label,
      name: choice.name ?? label,
      role: choice.role ?? original.role,
      attributes: speakerAttributes,
    };
    byLabel.set(label, speaker);
    speakers.push(speaker);
  }
  const turns: Turn[] = parsed.turns.map((t) => {
    const speaker = t.speakerLabel === null ? undefined : byLabel.get(survivor(t.speakerLabel, choices));
    const turn: Turn = {
      id: newId(),
      documentId,
      speakerId: speaker?.id ?? null,
      start: t.start,
      end: t.end,
    };
    if (t.time !== undefined) turn.time = t.time;
    if (t.endTime !== undefined) turn.endTime = t.endTime;
    return turn;
  });
  return { document, speakers, turns };
}

/** SHA-256 of the source bytes as lowercase hex (Web Crypto, so it runs in Node and the browser). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
