import type { ColumnBy } from '../../../shared/analysis/columns.ts';
import type { ProjectData } from '../../../shared/model.ts';

export type ColumnChoice = { value: string; by: ColumnBy };

/** The select value of a column choice (the spelling parseColumnBy of shared/analysis/columns.ts reads). */
export function columnValue(by: ColumnBy): string {
  if (by.kind === 'documentAttribute') return `document:${by.name}`;
  if (by.kind === 'speakerAttribute') return `speaker:${by.name}`;
  return by.kind;
}

/**
 * What a crosstab's columns can be: perspective, every document or speaker attribute the project defines or
 * uses, each document, each speaker.
 */
export function columnChoices(
  project: Pick<ProjectData, 'attributes' | 'documents' | 'speakers'>,
): ColumnChoice[] {
  const documentNames = new Set<string>();
  const speakerNames = new Set<string>();
  for (const definition of project.attributes)
    (definition.scope === 'speaker' ? speakerNames : documentNames).add(definition.name);
  for (const doc of project.documents)
    for (const name of Object.keys(doc.attributes)) documentNames.add(name);
  for (const speaker of project.speakers)
    for (const name of Object.keys(speaker.attributes)) if (!documentNames.has(name)) speakerNames.add(name);
  const sorted = (names: Set<string>): string[] =>
    [...names].filter((name) => name !== 'perspective').sort((a, b) => a.localeCompare(b, 'nl'));
  const list: ColumnBy[] = [
    { kind: 'perspective' },
    ...sorted(documentNames).map((name): ColumnBy => ({ kind: 'documentAttribute', name })),
    ...sorted(speakerNames).map((name): ColumnBy => ({ kind: 'speakerAttribute', name })),
    { kind: 'document' },
    { kind: 'speaker' },
  ];
  return list.map((by) => ({ by, value: columnValue(by) }));
}
