import { readFile, writeFile } from 'node:fs/promises';
import type { Language } from './api.ts';

/**
 * The menu's language, remembered in `<userData>/language.json` so that the next start shows the
 * menu in the user's language before the page has loaded.
 */
export async function loadLanguage(file: string, fallback: Language = 'nl'): Promise<Language> {
  try {
    const stored: unknown = JSON.parse(await readFile(file, 'utf8'));
    const language =
      typeof stored === 'object' && stored !== null ? (stored as { language?: unknown }).language : null;
    return language === 'nl' || language === 'en' ? language : fallback;
  } catch {
    return fallback;
  }
}

export async function saveLanguage(file: string, language: Language): Promise<void> {
  await writeFile(file, JSON.stringify({ language }));
}
