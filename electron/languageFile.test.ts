import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLanguage, saveLanguage } from './languageFile.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'koor-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('language file', () => {
  it('round-trips the language', async () => {
    const file = path.join(dir, 'a.json');
    await saveLanguage(file, 'en');
    await expect(loadLanguage(file)).resolves.toBe('en');
  });

  it.each([['missing'], ['{not json'], ['{"language":"fr"}'], ['null'], ['"en"']])(
    'falls back to Dutch for %s',
    async (content) => {
      const file = path.join(dir, `${content.length}-${Math.random()}.json`);
      if (content !== 'missing') writeFileSync(file, content);
      await expect(loadLanguage(file)).resolves.toBe('nl');
    },
  );
});
