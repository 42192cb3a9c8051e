import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  expectBackupId,
  expectBytes,
  expectLanguage,
  expectOpenFilesRequest,
  expectProjectId,
  expectProjectName,
  expectRequestId,
  expectSaveFileRequest,
  expectString,
  extensionOf,
  isSafeFileName,
} from './validate.ts';

const bytes = new Uint8Array([1, 2, 3]);

describe('scalars', () => {
  it('accepts the two languages only', () => {
    expect(expectLanguage('nl')).toBe('nl');
    expect(expectLanguage('en')).toBe('en');
    for (const bad of ['de', 'NL', '', null, undefined, 1, {}]) {
      expect(() => expectLanguage(bad)).toThrow(InvalidArgumentError);
    }
  });

  it('checks string type, length and control characters', () => {
    expect(expectString('ok', 'x', 2)).toBe('ok');
    expect(() => expectString('long', 'x', 3)).toThrow('x: longer than 3 characters');
    expect(() => expectString('a\u0000b', 'x', 10)).toThrow('control characters');
    expect(() => expectString(5, 'x', 10)).toThrow('x: expected a string');
  });

  it('checks bytes and their size', () => {
    expect(expectBytes(bytes, 'bytes')).toBe(bytes);
    expect(() => expectBytes(new Uint8Array(11), 'bytes', 10)).toThrow('larger than');
    expect(() => expectBytes([1, 2, 3], 'bytes')).toThrow('expected bytes');
    expect(() => expectBytes('abc', 'bytes')).toThrow('expected bytes');
    expect(() => expectBytes(new Uint16Array(2), 'bytes')).toThrow('expected bytes');
  });

  it('checks request ids', () => {
    expect(expectRequestId(0)).toBe(0);
    for (const bad of [-1, 1.5, Number.NaN, '1', null]) expect(() => expectRequestId(bad)).toThrow();
  });
});

describe('ids', () => {
  it.each(['6f1c1b6e-3a5d-4b7e-9c1d-2f0e8a9b7c6d', 'p1', 'A_b-9'])('accepts project id %s', (id) => {
    expect(expectProjectId(id)).toBe(id);
  });

  it.each(['', '../etc', 'a/b', 'a\\b', '.hidden', '-x', 'a.b', 'x'.repeat(65), 'ünï', null, 42])(
    'refuses project id %s',
    (id) => {
      expect(() => expectProjectId(id)).toThrow('project id');
    },
  );

  it('accepts backup ids made by backups.ts and nothing path-like', () => {
    expect(expectBackupId('p1.20250102T030405006Z')).toBe('p1.20250102T030405006Z');
    for (const bad of [
      'p1.20250102T030405006Z.qdpx',
      '../p1.20250102T030405006Z',
      'p1/../../x.20250102T030405006Z',
      'p1.2025',
      '',
      7,
    ]) {
      expect(() => expectBackupId(bad)).toThrow('backup id');
    }
  });

  it('limits project names', () => {
    expect(expectProjectName('Wat is ieders normaal?')).toBe('Wat is ieders normaal?');
    expect(() => expectProjectName('x'.repeat(501))).toThrow('project name');
  });
});

describe('file names', () => {
  it.each([
    ['codeboek.qdc', 'qdc'],
    ['Project.QDPX', 'qdpx'],
    ['geen-extensie', ''],
    ['.bashrc', ''],
  ])('extensionOf(%s) = %s', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });

  it.each(['codeboek.docx', 'Focusgroep 1 – ouders.csv', 'project (2).qdpx'])('%s is safe', (name) => {
    expect(isSafeFileName(name)).toBe(true);
  });

  it.each([
    '',
    '../x.csv',
    'a/b.csv',
    'a\\b.csv',
    'C:x.csv',
    '.csv',
    'x.csv.',
    ' x.csv',
    'con.txt',
    'a\nb.csv',
  ])('%s is refused', (name) => {
    expect(isSafeFileName(name)).toBe(false);
  });
});

describe('expectOpenFilesRequest', () => {
  it('accepts known extensions and removes duplicates', () => {
    expect(expectOpenFilesRequest({ extensions: ['docx', 'txt', 'docx'], multiple: true })).toEqual({
      extensions: ['docx', 'txt'],
      multiple: true,
    });
    expect(
      expectOpenFilesRequest({ extensions: ['qdpx'], multiple: false, title: 'Project openen' }),
    ).toEqual({
      extensions: ['qdpx'],
      multiple: false,
      title: 'Project openen',
    });
  });

  it.each([
    [null, 'expected an object'],
    [[], 'expected an object'],
    [{ extensions: [], multiple: true }, 'extensions'],
    [{ extensions: ['exe'], multiple: true }, '"exe" is not one of'],
    [{ extensions: ['.docx'], multiple: true }, 'is not one of'],
    [{ extensions: 'docx', multiple: true }, 'extensions'],
    [{ extensions: ['docx'], multiple: 'yes' }, 'multiple'],
    [{ extensions: ['docx'], multiple: true, path: '/etc' }, 'unexpected field(s) path'],
    [{ extensions: ['docx'], multiple: true, title: 'x'.repeat(201) }, 'title'],
  ])('refuses %j', (request, message) => {
    expect(() => expectOpenFilesRequest(request)).toThrow(message);
  });
});

describe('expectSaveFileRequest', () => {
  it('accepts a plain name with an export extension', () => {
    expect(expectSaveFileRequest({ suggestedName: 'codeboek.docx', bytes })).toEqual({
      suggestedName: 'codeboek.docx',
      extension: 'docx',
      bytes,
    });
  });

  it.each([
    [{ suggestedName: '../../.bashrc', bytes }, 'plain file name'],
    [{ suggestedName: '/home/u/x.csv', bytes }, 'plain file name'],
    [{ suggestedName: 'x.exe', bytes }, 'extension must be one of'],
    [{ suggestedName: 'x', bytes }, 'extension must be one of'],
    [{ suggestedName: 'x.csv', bytes: 'abc' }, 'expected bytes'],
    [{ suggestedName: 'x.csv' }, 'expected bytes'],
    [{ suggestedName: 'x.csv', bytes, path: '/tmp/x.csv' }, 'unexpected field'],
  ])('refuses %j', (request, message) => {
    expect(() => expectSaveFileRequest(request)).toThrow(message);
  });
});
