/**
 * Speakers as cases other tools accept: case names unique across the project (several groups have a
 * "Gespreksleider"), and the speaker's perspective and conversation role as case variables.
 */
import type { Id, KoorDocument, Speaker } from '../model.ts';
import { perspectiveOf } from '../model.ts';
import type { Lang } from './labels.ts';

/** The case variable that carries a speaker's conversation role, and its values, per language. */
export const ROLE_VARIABLE: Record<Lang, { name: string; moderator: string; participant: string }> = {
  nl: { name: 'gespreksrol', moderator: 'gespreksleider', participant: 'deelnemer' },
  en: { name: 'conversation role', moderator: 'moderator', participant: 'participant' },
};

/** True when a case value names the moderator role in either language. */
export function isModeratorValue(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v === ROLE_VARIABLE.nl.moderator || v === ROLE_VARIABLE.en.moderator;
}

/** True when a variable name is the conversation-role variable in either language. */
export function isRoleVariable(name: string): boolean {
  return name === ROLE_VARIABLE.nl.name || name === ROLE_VARIABLE.en.name;
}

const withoutExtension = (name: string): string => name.replace(/\.[^.\s]{1,5}$/, '');

/**
 * A case name per speaker, unique across the project (case-insensitively): a name used once stays as it
 * is; a name used in several groups gets its group, "Gespreksleider (Focusgroep ouders)"; a name that is
 * still taken gets a number.
 */
export function uniqueCaseNames(
  speakers: readonly Speaker[],
  documents: readonly KoorDocument[],
): Map<Id, string> {
  const documentNames = new Map(documents.map((d) => [d.id, withoutExtension(d.name)]));
  const count = new Map<string, number>();
  const key = (name: string): string => name.trim().toLowerCase();
  for (const s of speakers) count.set(key(s.name), (count.get(key(s.name)) ?? 0) + 1);
  const taken = new Set<string>();
  const names = new Map<Id, string>();
  for (const s of speakers) {
    const base = s.name.trim() || s.label;
    let name =
      (count.get(key(s.name)) ?? 0) > 1 ? `${base} (${documentNames.get(s.documentId) ?? ''})` : base;
    for (let n = 2; taken.has(key(name)); n++)
      name = `${base} (${documentNames.get(s.documentId) ?? ''}) ${n}`;
    taken.add(key(name));
    names.set(s.id, name);
  }
  return names;
}

/** The case variable values of a speaker: its attributes, its perspective (also when inherited) and its role. */
export function caseValues(
  speaker: Speaker,
  document: KoorDocument | undefined,
  lang: Lang,
): Record<string, string> {
  const values: Record<string, string> = { ...speaker.attributes };
  const perspective = perspectiveOf(speaker, document);
  if (perspective) values.perspective = perspective;
  const role = ROLE_VARIABLE[lang];
  values[role.name] ??= speaker.role === 'moderator' ? role.moderator : role.participant;
  return values;
}
