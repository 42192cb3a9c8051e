import { describe, expect, it } from 'vitest';
import { readTeamOrigins, teamOrigin } from './teamOrigin.ts';

describe('teamOrigin', () => {
  it.each([
    ['wss://koor.example.org', 'wss://koor.example.org'],
    ['wss://koor.example.org/sync?x=1', 'wss://koor.example.org'],
    [' ws://127.0.0.1:1234 ', 'ws://127.0.0.1:1234'],
    ['ws://[::1]:1234', 'ws://[::1]:1234'],
    ['https://koor.example.org', null],
    ['wss://*', null],
    ['wss://*.example.org', null],
    ['wss://user:pw@koor.example.org', null],
    ['koor.example.org', null],
    ['', null],
  ])('%s → %s', (address, origin) => {
    expect(teamOrigin(address)).toBe(origin);
  });

  it('keeps only well-formed stored origins', () => {
    expect(readTeamOrigins('["wss://a.b","wss://a.b","wss://*","https://c.d",3]')).toEqual(['wss://a.b']);
    expect(readTeamOrigins('not json')).toEqual([]);
    expect(readTeamOrigins(null)).toEqual([]);
  });
});
