import { describe, expect, it } from 'vitest';
import { emptyProject, type ProjectData } from '../model.ts';
import { inferAttributeDefinitions } from './attributes.ts';

const project: ProjectData = {
  ...emptyProject('p'),
  documents: [
    {
      id: 'a',
      name: 'a',
      format: 'txt',
      text: '',
      sourceHash: 'a',
      importedAt: '',
      attributes: { perspective: 'onderwijs', domein: 'beleid' },
    },
    {
      id: 'b',
      name: 'b',
      format: 'txt',
      text: '',
      sourceHash: 'b',
      importedAt: '',
      attributes: { perspective: 'ervaringsdeskundige ouders' },
    },
  ],
  speakers: [
    {
      id: 's',
      documentId: 'a',
      label: 'R1',
      name: 'R1',
      role: 'participant',
      attributes: { rol: 'ouder' },
    },
  ],
};

describe('inferAttributeDefinitions', () => {
  it('defines each attribute per scope with all its values, perspectives in their standard order', () => {
    expect(inferAttributeDefinitions(project, { type: 'text', scopes: ['document', 'speaker'] })).toEqual([
      {
        name: 'perspective',
        scope: 'document',
        type: 'text',
        values: ['ervaringsdeskundige ouders', 'onderwijs'],
      },
      { name: 'domein', scope: 'document', type: 'text', values: ['beleid'] },
      { name: 'rol', scope: 'speaker', type: 'text', values: ['ouder'] },
    ]);
  });

  it('leaves out scopes that are not asked for', () => {
    expect(
      inferAttributeDefinitions(project, { type: 'choice', scopes: ['document'] }).map((d) => d.name),
    ).toEqual(['perspective', 'domein']);
  });
});
