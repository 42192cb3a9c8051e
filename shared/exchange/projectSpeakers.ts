/**
 * Speakers at project import: Koor's first writer's speaker cases, other tools' cases that describe
 * documents, and the report of which sources had their speakers detected or have none.
 */
import type { ProjectData, Speaker, Turn, Warning } from '../model.ts';
import { normaliseGuid } from './guids.ts';
import { LEGACY_MARK as MARK, readMarked, str, type CaseData } from './projectParts.ts';
import type { DetectedSource } from './speakerDetection.ts';

/** Speakers of Koor's first writer: cases with a "[koor:speaker]" description. Returns the cases used. */
export function readLegacySpeakers(
  project: ProjectData,
  cases: readonly CaseData[],
  turnSelections: ReadonlyMap<string, Turn>,
): Set<string> {
  const used = new Set<string>();
  for (const item of cases) {
    const extension = readMarked(item.description, MARK.speaker);
    const documentId = str(extension, 'documentId');
    if (!extension || documentId === undefined) continue;
    used.add(item.id);
    const speaker: Speaker = {
      id: item.id,
      documentId: normaliseGuid(documentId),
      label: str(extension, 'label') ?? item.name,
      name: item.name,
      role: str(extension, 'role') === 'moderator' ? 'moderator' : 'participant',
      attributes: item.values,
    };
    const color = str(extension, 'color');
    if (color) speaker.color = color;
    project.speakers.push(speaker);
    for (const ref of item.selectionRefs) {
      const turn = turnSelections.get(ref);
      if (turn) turn.speakerId = speaker.id;
    }
  }
  return used;
}

/** Another tool's cases that are not speakers (a participant, a site): their values become document attributes. */
export function caseValuesToDocuments(
  project: ProjectData,
  cases: readonly CaseData[],
  used: ReadonlySet<string>,
  selectionDocument: ReadonlyMap<string, string>,
  warnings: Warning[],
): void {
  const documents = new Map(project.documents.map((d) => [d.id, d]));
  for (const item of cases) {
    if (used.has(item.id)) continue;
    const targets = new Set(item.sourceRefs);
    for (const ref of item.selectionRefs) {
      const document = selectionDocument.get(ref);
      if (document) targets.add(document);
    }
    for (const target of targets) {
      const document = documents.get(target);
      if (!document) continue;
      for (const [name, value] of Object.entries(item.values)) document.attributes[name] ??= value;
    }
    if (!targets.size && Object.keys(item.values).length) {
      warnings.push({ key: 'exchange.warning.caseUnlinked', params: { name: item.name } });
    }
  }
}

/** Says per source from another tool whether its speakers were detected or are missing. */
export function reportSpeakers(
  project: ProjectData,
  foreign: ReadonlySet<string>,
  detected: readonly DetectedSource[],
  warnings: Warning[],
): void {
  const found = new Map(detected.map((d) => [d.documentId, d]));
  for (const document of project.documents) {
    if (!foreign.has(document.id)) continue;
    const hit = found.get(document.id);
    warnings.push(
      hit
        ? {
            key: 'exchange.warning.speakersDetected',
            params: { document: document.name, count: hit.speakers.length },
          }
        : { key: 'exchange.warning.noSpeakers', params: { document: document.name } },
    );
  }
}
