import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './router.ts';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { screen: 'start' }],
    ['#/', { screen: 'start' }],
    ['#/p/abc', { screen: 'project', projectId: 'abc', section: 'documents' }],
    ['#/p/abc/compare', { screen: 'project', projectId: 'abc', section: 'compare' }],
    ['#/p/abc/nonsense', { screen: 'project', projectId: 'abc', section: 'documents' }],
    ['#/p/abc/documents/d1', { screen: 'project', projectId: 'abc', section: 'documents', documentId: 'd1' }],
    [
      '#/p/abc/documents/d1?coding=c9',
      { screen: 'project', projectId: 'abc', section: 'documents', documentId: 'd1', codingId: 'c9' },
    ],
    [
      '#/p/abc/documents/d1?mode=transcribe',
      { screen: 'project', projectId: 'abc', section: 'documents', documentId: 'd1', mode: 'transcribe' },
    ],
    ['#/p/abc/documents?mode=transcribe', { screen: 'project', projectId: 'abc', section: 'documents' }],
  ])('parses %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips through the hash, with characters that need escaping', () => {
    const route: Route = { screen: 'project', projectId: 'a b/c', section: 'codebook', documentId: 'é' };
    expect(parseRoute(routeHash(route))).toEqual(route);
    const transcribing: Route = { ...route, section: 'documents', mode: 'transcribe' };
    expect(parseRoute(routeHash(transcribing))).toEqual(transcribing);
  });
});
