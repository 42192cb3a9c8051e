/**
 * The user's own label pattern: a regular expression matched at the start of each line. The
 * speaker is its named group `speaker`, else its first group, else the whole match (without a
 * trailing colon); the rest of the line is the turn's text.
 */
import type { Result } from '../model.ts';
import type { LabelMatch } from './labels.ts';

/** Compiles a label pattern typed by the user; refuses empty, invalid and empty-matching patterns. */
export function compileLabelPattern(source: string): Result<RegExp> {
  if (source.trim() === '') return { ok: false, reason: 'import.pattern.empty' };
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^(?:${source})`, 'u');
  } catch (unicodeError) {
    // Without the u flag some older escapes ("\-" outside a class) are allowed; try that first.
    try {
      pattern = new RegExp(`^(?:${source})`);
    } catch {
      const detail = unicodeError instanceof Error ? unicodeError.message : String(unicodeError);
      return {
        ok: false,
        reason: 'import.pattern.invalid',
        // The engine quotes the pattern as Koor wraps it ("/^(?:(/u: Unterminated group"): only its reason.
        params: { detail: detail.replace(/^Invalid regular expression: (?:\/.*\/[a-z]*: )?/s, '') },
      };
    }
  }
  if (pattern.test('')) return { ok: false, reason: 'import.pattern.matchesEmpty' };
  return { ok: true, data: pattern };
}

/** The label a custom pattern finds at the start of a trimmed line, or null. */
export function matchCustomLabel(line: string, pattern: RegExp): LabelMatch | null {
  const m = pattern.exec(line);
  if (!m || m[0] === '') return null;
  const raw = m.groups?.['speaker'] ?? m[1] ?? m[0];
  const label = raw.replace(/^[\s[(]+|[\s:\])]+$/g, '');
  if (label === '') return null;
  return { label, rest: line.slice(m[0].length).trim(), kind: 'strong' };
}

/** Lines a pattern matches and the distinct labels it finds, for the live count in the preview. */
export function countLabelMatches(lines: string[], pattern: RegExp): { lines: number; labels: number } {
  let matched = 0;
  const labels = new Set<string>();
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const m = matchCustomLabel(line, pattern);
    if (!m) continue;
    matched++;
    labels.add(m.label);
  }
  return { lines: matched, labels: labels.size };
}
