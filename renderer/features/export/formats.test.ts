import { describe, expect, it } from 'vitest';
import { synthesisTestProject } from '../../../shared/synthesis/testContent.ts';
import { exportFileName, REPORT_FORMATS, type BuildOptions } from './formats.ts';

const day = new Date(2026, 3, 1, 15, 30);

describe('exportFileName', () => {
  it.each([
    ['Wat is ieders normaal?', 'codeboek', 'qdc', 'Wat is ieders normaal - codeboek - 2026-04-01.qdc'],
    ['Ouders: ronde 1/2', 'project', 'qdpx', 'Ouders ronde 1 2 - project - 2026-04-01.qdpx'],
    ['  \t ', 'fragmenten', 'csv', 'Koor - fragmenten - 2026-04-01.csv'],
  ])('%s → a safe, dated name', (name, what, ext, expected) => {
    expect(exportFileName(name, what, ext, day)).toBe(expected);
  });
});

describe('the report formats', () => {
  const project = synthesisTestProject();
  const markdown = async (options?: BuildOptions) =>
    new TextDecoder().decode(
      await REPORT_FORMATS.find((f) => f.format === 'md')!.build(project, 'nl', options),
    );

  it('follow the chosen rows and columns', async () => {
    const byGroup = await markdown({
      view: { rows: { kind: 'subtree', codeId: 'T' }, by: { kind: 'document' } },
    });
    expect(byGroup).toContain('# Synthese per thema en document: test');
    expect(byGroup).toContain('| Groep A | 1 |');
    expect(byGroup).toContain('## T1');
    expect(byGroup).not.toContain('## X');
  });

  it('without a choice, are the default rows × perspective', async () => {
    const plain = await markdown();
    expect(plain).toContain('# Synthese per thema en perspectief: test');
    expect(plain).toContain('| ouders | 1 | Ouders vinden het gesprek goed [1].');
  });
});
