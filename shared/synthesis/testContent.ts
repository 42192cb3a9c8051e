/** testProject (shared/analysis) with summary grid content: summaries, a synthesis, a profile and key quotes. */
import { testProject } from '../analysis/testProject.ts';
import type { ProjectData } from '../model.ts';
import { citeCoding } from './citations.ts';

/** The analysis test project with grid content on codes T (ouders, onderwijs) and X (jongeren). */
export function synthesisTestProject(): ProjectData {
  const project = testProject();
  const coding = (id: string) => project.codings.find((c) => c.id === id)!;
  project.codes = project.codes.map((c) => (c.id === 'T' ? { ...c, description: 'Het goede gesprek.' } : c));
  const by = 'perspective';
  return {
    ...project,
    summaries: [
      {
        id: 's1',
        kind: 'cell',
        codeId: 'T',
        column: { by, value: 'ouders' },
        text: 'Ouders vinden het gesprek goed [1].',
        citations: [citeCoding(coding('c2'), 'cit1')],
        updatedAt: '2025-01-02T00:00:00Z',
      },
      {
        id: 's2',
        kind: 'synthesis',
        codeId: 'T',
        column: { by, value: '' },
        parts: { agree: 'Iedereen is positief [1].', differ: '', unique: 'Alleen onderwijs noemt fijn.' },
        citations: [citeCoding(coding('c3'), 'cit2')],
        updatedAt: '2025-01-02T00:00:00Z',
      },
      {
        id: 's3',
        kind: 'profile',
        codeId: null,
        column: { by, value: 'jongeren' },
        text: 'Jongeren zijn kritisch.',
        citations: [],
        updatedAt: '2025-01-02T00:00:00Z',
      },
    ],
    keyQuotes: [
      { id: 'k1', codingId: 'c2', cell: { codeId: 'T', column: { by, value: 'ouders' } }, createdAt: '' },
      {
        id: 'k2',
        codingId: 'c6',
        cell: { codeId: 'X', column: { by, value: 'jongeren' } },
        display: 'zijn …',
        createdAt: '',
      },
    ],
  };
}
