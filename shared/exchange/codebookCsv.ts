/**
 * Codebook import from CSV (a spreadsheet someone keeps by hand, or Koor's own CSV export). Headers are
 * matched in Dutch or English; the hierarchy comes from a path column ("A > B" or "A/B"), else from a
 * parent column. Codes get the GUID in an id column, else a GUID derived from their path (stable).
 */
import Papa from 'papaparse';
import type { Code, Result } from '../model.ts';
import { paletteColor } from '../codebook/palette.ts';
import { normaliseColor } from './codeXml.ts';
import { derivedGuid, isGuid, normaliseGuid } from './guids.ts';

type Column =
  | 'path'
  | 'name'
  | 'parent'
  | 'description'
  | 'inclusion'
  | 'exclusion'
  | 'example'
  | 'color'
  | 'codable'
  | 'id'
  | 'searchTerms';

const HEADERS: [Column, RegExp][] = [
  ['path', /^(pad|path|codepad|code path|hiërarchie|hierarchy)$/],
  ['name', /^(naam|name|code|codenaam|code name|label)$/],
  ['parent', /^(ouder|parent|bovenliggende code|categorie|category)$/],
  ['description', /^(definitie|definition|beschrijving|description|omschrijving|memo)$/],
  ['inclusion', /^(inclusie|inclusion|inclusiecriteria|inclusion criteria|wanneer wel)$/],
  ['exclusion', /^(exclusie|exclusion|exclusiecriteria|exclusion criteria|wanneer niet)$/],
  ['example', /^(voorbeeld|example|voorbeelden|examples)$/],
  ['color', /^(kleur|colou?r)$/],
  ['codable', /^(codeerbaar|codable|iscodable)$/],
  ['id', /^(id|guid)$/],
  ['searchTerms', /^(zoektermen|search terms)$/],
];

function splitPath(path: string, name = ''): string[] {
  // "Informeel / formeel" is a name, not a path: "/" only separates when the name column says so.
  if (!path.includes('>') && path.trim() === name) return [name];
  const parts = path.includes('>') ? path.split('>') : path.split('/');
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Reads a codebook from CSV text (comma, semicolon or tab separated). */
export function readCodebookCsv(csv: string): Result<Code[]> {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [head, ...lines] = parsed.data;
  if (!head) return { ok: false, reason: 'exchange.csv.empty' };
  const columns = new Map<Column, number>();
  head.forEach((cell, i) => {
    const found = HEADERS.find(([, pattern]) => pattern.test(cell.trim().toLowerCase()));
    if (found && !columns.has(found[0])) columns.set(found[0], i);
  });
  if (!columns.has('path') && !columns.has('name')) return { ok: false, reason: 'exchange.csv.noNameColumn' };
  const codes: Code[] = [];
  const byPath = new Map<string, Code>();
  const siblings = new Map<string | null, number>();
  const ensure = (names: string[], explicit: boolean): Code => {
    const key = names.join('\u0000');
    const existing = byPath.get(key);
    if (existing) return existing;
    const parent = names.length > 1 ? ensure(names.slice(0, -1), false) : undefined;
    const parentId = parent?.id ?? null;
    const order = siblings.get(parentId) ?? 0;
    siblings.set(parentId, order + 1);
    const code: Code = {
      id: derivedGuid(`csv-code:${key}`),
      parentId,
      name: names[names.length - 1]!,
      color: paletteColor(codes.length),
      description: '',
      inclusion: '',
      exclusion: '',
      example: '',
      order,
      // A parent that only appears inside paths is a category.
      codable: explicit,
    };
    codes.push(code);
    byPath.set(key, code);
    return code;
  };
  for (const line of lines) {
    const get = (column: Column): string => {
      const i = columns.get(column);
      return i === undefined ? '' : (line[i] ?? '').trim();
    };
    let names = get('path') ? splitPath(get('path'), get('name')) : [];
    if (!names.length) {
      const parent = get('parent');
      names = [...(parent ? splitPath(parent) : []), get('name')].filter(Boolean);
    } else if (get('name') && names[names.length - 1] !== get('name')) names.push(get('name'));
    if (!names.length) continue;
    const code = ensure(names, true);
    code.codable = true;
    if (isGuid(get('id'))) code.id = normaliseGuid(get('id'));
    code.description = get('description');
    code.inclusion = get('inclusion');
    code.exclusion = get('exclusion');
    code.example = get('example');
    code.color = normaliseColor(get('color')) ?? code.color;
    const codable = get('codable').toLowerCase();
    if (['nee', 'no', 'false', '0', 'n'].includes(codable)) code.codable = false;
    const terms = get('searchTerms')
      .split(';')
      .map((t) => t.trim())
      .filter(Boolean);
    if (terms.length) code.searchTerms = terms;
  }
  if (!codes.length) return { ok: false, reason: 'exchange.csv.empty' };
  // Parents were linked by their derived id; follow any id replaced from an id column.
  const finalId = new Map<string, string>();
  for (const [key, code] of byPath) finalId.set(derivedGuid(`csv-code:${key}`), code.id);
  for (const code of codes) if (code.parentId) code.parentId = finalId.get(code.parentId) ?? code.parentId;
  return { ok: true, data: codes };
}
