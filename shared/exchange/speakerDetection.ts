/**
 * Speakers for sources from other tools: when a source carries speaker labels in its text ("Moeder: …") but
 * no speaker information Koor can use, the transcript import's own detection finds speakers and turns. The
 * text stays exactly as the other tool wrote it (labels included), so every coding stays on its words; a
 * case of the other tool that names the speaker and points into the source gives it its variables.
 */
import { detectTurnsInPlace } from '../import/inPlace.ts';
import type { SpeakerChoice } from '../import/records.ts';
import type { ParsedTranscript } from '../import/types.ts';
import type { Id, ProjectData, Speaker, SpeakerRole, Turn } from '../model.ts';
import type { SyncPoint } from '../recordings/timeline.ts';
import { isModeratorValue, isRoleVariable } from './caseNames.ts';
import { derivedGuid } from './guids.ts';
import type { CaseData } from './projectParts.ts';

/** What detection found in one source, for the import preview. */
export type DetectedSource = {
  documentId: Id;
  document: string;
  speakers: { id: Id; label: string; role: SpeakerRole; turns: number; fromCase: boolean }[];
  /** The same detection as transcript import sees it, for its speaker preview (the text is not copied). */
  parsed: ParsedTranscript;
};

const baseName = (name: string): string =>
  name
    .replace(/\s*\([^()]*\)\s*\d*$/, '')
    .trim()
    .toLowerCase();

/**
 * Detects speakers and turns in the given documents (which have none) and adds them to the project; returns
 * per source what was found and the ids of the cases that became speakers.
 */
export function detectSpeakersInSources(
  project: ProjectData,
  documentIds: ReadonlySet<Id>,
  cases: readonly CaseData[],
  selectionDocument: ReadonlyMap<string, Id>,
): { detected: DetectedSource[]; usedCases: Set<string> } {
  const detected: DetectedSource[] = [];
  const usedCases = new Set<string>();
  const casesByDocument = new Map<Id, CaseData[]>();
  for (const item of cases) {
    const linked = new Set(item.sourceRefs);
    for (const ref of item.selectionRefs) {
      const document = selectionDocument.get(ref);
      if (document) linked.add(document);
    }
    for (const id of linked) casesByDocument.set(id, [...(casesByDocument.get(id) ?? []), item]);
  }
  for (const document of project.documents) {
    if (!documentIds.has(document.id)) continue;
    const found = detectTurnsInPlace(document.text);
    if (!found) continue;
    const candidates = casesByDocument.get(document.id) ?? [];
    const byLabel = new Map<string, Speaker>();
    const summary: DetectedSource = {
      documentId: document.id,
      document: document.name,
      speakers: [],
      parsed: { format: 'qdpx', text: document.text, ...found },
    };
    for (const parsed of found.speakers) {
      const key = parsed.label.toLowerCase();
      const match =
        candidates.find((c) => c.name.trim().toLowerCase() === key && !usedCases.has(c.id)) ??
        candidates.find((c) => baseName(c.name) === key && !usedCases.has(c.id));
      const attributes: Record<string, string> = {};
      let role: SpeakerRole = parsed.role;
      if (match) {
        usedCases.add(match.id);
        for (const [name, value] of Object.entries(match.values)) {
          if (isRoleVariable(name)) role = isModeratorValue(value) ? 'moderator' : 'participant';
          else attributes[name] = value;
        }
      }
      if (parsed.roleNote && attributes.rol === undefined) attributes.rol = parsed.roleNote;
      const speaker: Speaker = {
        id: derivedGuid(`speaker:${document.id}:${parsed.label}`),
        documentId: document.id,
        label: parsed.label,
        name: parsed.label,
        role,
        attributes,
      };
      byLabel.set(parsed.label, speaker);
      project.speakers.push(speaker);
      // The preview shows the role Koor will store (a case's role outranks the guess from the name).
      parsed.role = role;
      summary.speakers.push({ id: speaker.id, label: parsed.label, role, turns: 0, fromCase: !!match });
    }
    const counts = new Map<Id, number>();
    found.turns.forEach((parsed, index) => {
      const speaker = parsed.speakerLabel === null ? undefined : byLabel.get(parsed.speakerLabel);
      const turn: Turn = {
        id: derivedGuid(`turn:${document.id}:${index}`),
        documentId: document.id,
        speakerId: speaker?.id ?? null,
        start: parsed.start,
        end: parsed.end,
      };
      if (parsed.time !== undefined) turn.time = parsed.time;
      if (speaker) counts.set(speaker.id, (counts.get(speaker.id) ?? 0) + 1);
      project.turns.push(turn);
    });
    for (const s of summary.speakers) s.turns = counts.get(s.id) ?? 0;
    document.preambleEnd = found.preambleEnd;
    detected.push(summary);
  }
  return { detected, usedCases };
}

/** The project without the speakers and turns detection added (when the user declines them). */
export function withoutDetectedSpeakers(
  project: ProjectData,
  detected: readonly DetectedSource[],
): ProjectData {
  const documents = new Set(detected.map((d) => d.documentId));
  const speakers = new Set(detected.flatMap((d) => d.speakers.map((s) => s.id)));
  // The times the dropped turns carried (the other tool's sync points placed on them, or times in the labels)
  // stay, as sync points at the start of their lines, where the other tool put them: without speakers the text
  // still plays from its places.
  const texts = new Map(project.documents.map((d) => [d.id, d.text]));
  const times: SyncPoint[] = project.turns
    .filter((t) => documents.has(t.documentId) && t.time !== undefined)
    .map((t) => ({
      id: derivedGuid(`sync:${t.id}`),
      documentId: t.documentId,
      offset: (texts.get(t.documentId) ?? '').lastIndexOf('\n', t.start - 1) + 1,
      time: t.time!,
    }));
  return {
    ...project,
    ...(times.length ? { syncPoints: [...(project.syncPoints ?? []), ...times] } : {}),
    documents: project.documents.map((d) => {
      if (!documents.has(d.id)) return d;
      const { preambleEnd: _dropped, ...rest } = d;
      return rest;
    }),
    speakers: project.speakers.filter((s) => !speakers.has(s.id)),
    turns: project.turns.filter((t) => !documents.has(t.documentId)),
  };
}

/** Follows "same as" links to the label that survives (a cycle stops at its first repeat). */
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
 * Applies what the user changed in the preview to the detected speakers of each source (by document id,
 * then label): name, moderator, perspective and "same as"; turns of a merged speaker go to the survivor.
 */
export function applySpeakerChoices(
  project: ProjectData,
  detected: readonly DetectedSource[],
  choices: Readonly<Record<Id, Record<string, SpeakerChoice>>>,
): ProjectData {
  const replaced = new Map<Id, Speaker | null>(); // speaker id → its new form, or null when merged away
  const target = new Map<Id, Id>(); // merged speaker id → surviving speaker id
  for (const source of detected) {
    const edits = choices[source.documentId] ?? {};
    const ids = new Map(source.speakers.map((s) => [s.label, s.id]));
    for (const s of source.speakers) {
      const label = survivor(s.label, edits);
      const survivorId = ids.get(label);
      if (label !== s.label && survivorId) {
        replaced.set(s.id, null);
        target.set(s.id, survivorId);
      }
    }
    for (const speaker of project.speakers) {
      if (speaker.documentId !== source.documentId || replaced.get(speaker.id) === null) continue;
      const edit = edits[speaker.label];
      if (!edit) continue;
      const next: Speaker = { ...speaker, attributes: { ...speaker.attributes } };
      if (edit.name?.trim()) next.name = edit.name.trim();
      if (edit.role) next.role = edit.role;
      if (edit.perspective !== undefined) {
        if (edit.perspective) next.attributes.perspective = edit.perspective;
        else delete next.attributes.perspective;
      }
      replaced.set(speaker.id, next);
    }
  }
  if (!replaced.size) return project;
  return {
    ...project,
    speakers: project.speakers.flatMap((s) => {
      const next = replaced.get(s.id);
      return next === null ? [] : [next ?? s];
    }),
    turns: project.turns.map((t) =>
      t.speakerId && target.has(t.speakerId) ? { ...t, speakerId: target.get(t.speakerId)! } : t,
    ),
  };
}
