import { describe, expect, it } from 'vitest';
import { interactionCodes } from '../../../shared/codebook/template.ts';
import { emptyProject, type Code } from '../../../shared/model.ts';
import { themeCodes } from './interactionCodes.ts';

const code = (id: string, name: string, parentId: string | null, order: number, codable = true): Code => ({
  id,
  parentId,
  name,
  color: '#336699',
  description: '',
  inclusion: '',
  exclusion: '',
  example: '',
  order,
  codable,
});

describe('themeCodes', () => {
  it("lists a project's own themes in the codebook's order, each sub-code under its parent, whatever order the store gives", () => {
    // As the store returns them: by id, so parents and sub-codes are mixed.
    const codes = [
      code('a1', 'Taal: voorbeeld', 'f2', 0),
      code('b7', 'Brede blik', null, 1),
      code('c3', 'Taal', null, 0),
      code('d9', 'Brede blik: knelpunt', 'b7', 1),
      code('e5', 'Brede blik: voorbeeld', 'b7', 0),
      code('f2', 'Taal: categorie', 'c3', 0, false),
      ...interactionCodes('nl'),
    ];
    const project = { ...emptyProject('Studie'), codes };
    expect(themeCodes(project).map((c) => c.name)).toEqual([
      'Taal',
      'Taal: voorbeeld',
      'Brede blik',
      'Brede blik: voorbeeld',
      'Brede blik: knelpunt',
    ]);
  });
});
