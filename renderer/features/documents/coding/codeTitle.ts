import type { Code } from '../../../../shared/model.ts';

/**
 * A code's hover text in the sidebar: its full name first (sub-codes often share a long start, such as
 * "partnerschap en alliantie: …"), then its description, then why this person cannot code, if so.
 */
export function codeTitle(code: Pick<Code, 'name' | 'description'>, readOnly: string | null): string {
  return [code.name, code.description.trim(), readOnly ?? ''].filter((line) => line !== '').join('\n');
}
