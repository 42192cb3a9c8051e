import { useSyncExternalStore } from 'react';

/** Where the user is: the start screen, or a section of a project (optionally one document). */
export type Route =
  | { screen: 'start' }
  | {
      screen: 'project';
      projectId: string;
      section: Section;
      documentId?: string;
      codingId?: string;
      /** A document opened to transcribe its recording rather than to code it. */
      mode?: 'transcribe';
    };

export const SECTIONS = [
  'documents',
  'codebook',
  'fragments',
  'compare',
  'dynamics',
  'synthesis',
  'rigour',
  'export',
] as const;
export type Section = (typeof SECTIONS)[number];

/** Parses a location hash such as "#/p/<id>/documents/<docId>?coding=<id>". */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'p' && parts[1]) {
    const section = (SECTIONS as readonly string[]).includes(parts[2] ?? '')
      ? (parts[2] as Section)
      : 'documents';
    const route: Route = { screen: 'project', projectId: parts[1], section };
    if (parts[3]) route.documentId = parts[3];
    const params = new URLSearchParams(query);
    const coding = params.get('coding');
    if (coding) route.codingId = coding;
    if (route.documentId && params.get('mode') === 'transcribe') route.mode = 'transcribe';
    return route;
  }
  return { screen: 'start' };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  if (route.screen === 'start') return '#/';
  const base = `#/p/${encodeURIComponent(route.projectId)}/${route.section}`;
  const doc = route.documentId ? `/${encodeURIComponent(route.documentId)}` : '';
  const query = new URLSearchParams();
  if (route.codingId) query.set('coding', route.codingId);
  if (route.documentId && route.mode === 'transcribe') query.set('mode', 'transcribe');
  const search = query.toString();
  return `${base}${doc}${search ? `?${search}` : ''}`;
}

/** Goes to a route (adds a browser history entry). */
export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

function subscribe(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** The current route (re-renders on navigation). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
