import { describe, expect, it } from 'vitest';
import { formatToken, parseToken, projectDocName, projectOfDocName, transcriptDocName } from './protocol.ts';

const secret = 'a'.repeat(43);

describe('shared document names', () => {
  it('name the project and its transcripts, and read the project back', () => {
    expect(projectOfDocName(projectDocName('p1'))).toBe('p1');
    expect(projectOfDocName(transcriptDocName('p1', 'd-7'))).toBe('p1');
  });

  it.each(['other:p1', 'koor', 'koor:', 'koor:p1:d1:x', 'koor:../p1', 'koor:p 1'])('refuse %s', (name) => {
    expect(projectOfDocName(name)).toBeNull();
  });
});

describe('invitation tokens', () => {
  it('round-trip', () => {
    const token = { projectId: 'p1', memberId: 'm1', secret };
    expect(parseToken(formatToken(token))).toEqual(token);
  });

  it.each(['', 'koor1.p1.m1', 'koor2.p1.m1.' + secret, 'koor1.p1.m1.short', 'koor1.p:1.m1.' + secret])(
    'refuse %j',
    (token) => {
      expect(parseToken(token)).toBeNull();
    },
  );
});
