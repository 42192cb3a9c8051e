/**
 * Pieces of the project import that do not depend on sources: users, variables, notes, cases and the
 * Koor extensions described in projectWrite.ts.
 */
import type { AttributeDefinition, Coder, Warning } from '../model.ts';
import { normaliseGuid } from './guids.ts';
import { attr, child, childText, children, textOf, type XmlNode } from './xml.ts';

/**
 * Markers of Koor's first REFI-QDA writer, which kept its own data in descriptions ("[koor:turn]{…}").
 * Only read, so files written by that version still open with their speakers and turns.
 */
export const LEGACY_MARK = {
  attribute: '[koor:attribute]',
  speaker: '[koor:speaker]',
  turn: '[koor:turn]',
  codingMemo: '[koor:coding-memo]',
  document: '[koor:document]',
} as const;

export type NoteData = {
  id: string;
  name: string;
  text: string;
  description: string;
  updatedAt: string | undefined;
};
export type CaseData = {
  id: string;
  name: string;
  description: string;
  values: Record<string, string>;
  sourceRefs: string[];
  selectionRefs: string[];
};

/** Reads a JSON object after a Koor marker at the start of a description, or undefined. */
export function readMarked(description: string, marker: string): Record<string, unknown> | undefined {
  const trimmed = description.trim();
  if (!trimmed.startsWith(marker)) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed.slice(marker.length).split('\n')[0]!);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A string field of a marked object, or undefined. */
export function str(object: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** A number field of a marked object, or undefined. */
export function num(object: Record<string, unknown> | undefined, key: string): number | undefined {
  const value = object?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** <Users> → coders. */
export function readUsers(project: XmlNode): Coder[] {
  return children(child(project, 'Users'), 'User').map((user) => {
    const id = normaliseGuid(attr(user, 'guid') ?? '');
    return { id, name: attr(user, 'name')?.trim() || attr(user, 'id')?.trim() || id.slice(0, 8) };
  });
}

/** The value of a <VariableValue>, whatever its type element. */
function variableValue(node: XmlNode): string {
  for (const kind of [
    'TextValue',
    'BooleanValue',
    'IntegerValue',
    'FloatValue',
    'DateValue',
    'DateTimeValue',
  ]) {
    const value = child(node, kind);
    if (value) return textOf(value).trim();
  }
  return '';
}

/** <VariableValue>s of an element as name → value. */
export function readValues(
  node: XmlNode,
  variableNames: ReadonlyMap<string, string>,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const item of children(node, 'VariableValue')) {
    const ref = attr(child(item, 'VariableRef'), 'targetGUID');
    const name = ref ? variableNames.get(normaliseGuid(ref)) : undefined;
    const value = variableValue(item);
    if (name && value !== '') values[name] = value;
  }
  return values;
}

/** <Variables> → GUID → name, and the attribute definitions an old Koor file carries. */
export function readVariables(project: XmlNode): {
  names: Map<string, string>;
  definitions: AttributeDefinition[] | undefined;
} {
  const names = new Map<string, string>();
  let definitions: AttributeDefinition[] | undefined;
  for (const variable of children(child(project, 'Variables'), 'Variable')) {
    const name = attr(variable, 'name')?.trim();
    if (!name) continue;
    names.set(normaliseGuid(attr(variable, 'guid') ?? name), name);
    for (const line of childText(variable, 'Description').split('\n')) {
      const marked = readMarked(line, LEGACY_MARK.attribute);
      if (!marked) continue;
      definitions ??= [];
      const scope = str(marked, 'scope') === 'speaker' ? 'speaker' : 'document';
      const type = str(marked, 'type');
      const values = Array.isArray(marked.values)
        ? marked.values.filter((v): v is string => typeof v === 'string')
        : [];
      definitions.push({
        name,
        scope,
        type: type === 'number' || type === 'date' || type === 'choice' ? type : 'text',
        values,
      });
    }
  }
  return { names, definitions };
}

/** <Notes> → GUID → note (text inline, or from a file the caller resolves). */
export function readNotes(
  project: XmlNode,
  resolveText: (path: string) => string | undefined,
  warnings: Warning[],
): Map<string, NoteData> {
  const notes = new Map<string, NoteData>();
  for (const note of children(child(project, 'Notes'), 'Note')) {
    const id = normaliseGuid(attr(note, 'guid') ?? '');
    const inline = child(note, 'PlainTextContent');
    const path = attr(note, 'plainTextPath');
    const text = inline ? textOf(inline) : path ? resolveText(path) : '';
    if (text === undefined) {
      warnings.push({ key: 'exchange.warning.noteMissing', params: { name: attr(note, 'name') ?? id } });
      continue;
    }
    notes.set(id, {
      id,
      name: attr(note, 'name') ?? '',
      text,
      description: childText(note, 'Description'),
      updatedAt: attr(note, 'modifiedDateTime') ?? attr(note, 'creationDateTime'),
    });
  }
  return notes;
}

/** <Cases> with their values and references. */
export function readCases(project: XmlNode, variableNames: ReadonlyMap<string, string>): CaseData[] {
  return children(child(project, 'Cases'), 'Case').map((node) => ({
    id: normaliseGuid(attr(node, 'guid') ?? ''),
    name: attr(node, 'name') ?? '',
    description: childText(node, 'Description'),
    values: readValues(node, variableNames),
    sourceRefs: children(node, 'SourceRef').map((r) => normaliseGuid(attr(r, 'targetGUID') ?? '')),
    selectionRefs: children(node, 'SelectionRef').map((r) => normaliseGuid(attr(r, 'targetGUID') ?? '')),
  }));
}

/** GUIDs of the notes an element points to. */
export function noteRefs(node: XmlNode): string[] {
  // Called for each of 100,000 codings, nearly all without notes: no arrays made for those.
  let refs: string[] | undefined;
  for (let c = node.f; c; c = c.n)
    if (c.k.local === 'NoteRef') (refs ??= []).push(normaliseGuid(attr(c, 'targetGUID') ?? ''));
  return refs ?? [];
}
