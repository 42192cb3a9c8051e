import type { Code, Coding } from '../model.ts';

/** A test code built from one base object. */
export function code(id: string, parentId: string | null, order: number, extra: Partial<Code> = {}): Code {
  return {
    id,
    parentId,
    name: id,
    color: '#336699',
    description: '',
    inclusion: '',
    exclusion: '',
    example: '',
    order,
    codable: true,
    ...extra,
  };
}

/** A test coding built from one base object. */
export function coding(
  id: string,
  codeId: string,
  start: number,
  end: number,
  extra: Partial<Coding> = {},
): Coding {
  return {
    id,
    documentId: 'd1',
    codeId,
    start,
    end,
    coderId: 'A',
    createdAt: '2024-01-01T00:00:00Z',
    ...extra,
  };
}
