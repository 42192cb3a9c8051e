import { sortByPerspectiveOrder } from '../analysis/perspectives.ts';
import type { AttributeDefinition, AttributeScope, ProjectData } from '../model.ts';

/**
 * The attribute definitions a project's documents (and speakers) imply: one per attribute name and scope,
 * with every value used, perspectives first in their standard order.
 */
export function inferAttributeDefinitions(
  project: Pick<ProjectData, 'documents' | 'speakers'>,
  options: { type: AttributeDefinition['type']; scopes: readonly AttributeScope[] },
): AttributeDefinition[] {
  const found = new Map<string, { scope: AttributeScope; name: string; values: Set<string> }>();
  const add = (scope: AttributeScope, attributes: Record<string, string>): void => {
    for (const [name, value] of Object.entries(attributes)) {
      const key = `${scope}:${name}`;
      const entry = found.get(key) ?? { scope, name, values: new Set<string>() };
      entry.values.add(value);
      found.set(key, entry);
    }
  };
  if (options.scopes.includes('document')) for (const d of project.documents) add('document', d.attributes);
  if (options.scopes.includes('speaker')) for (const s of project.speakers) add('speaker', s.attributes);
  return [...found.values()].map((entry) => ({
    name: entry.name,
    scope: entry.scope,
    type: options.type,
    values: sortByPerspectiveOrder(entry.values),
  }));
}
