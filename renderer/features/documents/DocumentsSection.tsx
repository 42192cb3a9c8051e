import type { Route } from '../../router.ts';
import { DocumentList } from './DocumentList.tsx';

type Props = { route: Extract<Route, { screen: 'project' }>; toast: (text: string) => void };

/** The project's transcripts: import, list and speakers; with a document id, its coding view. */
export function DocumentsSection({ route, toast }: Props) {
  return <DocumentList route={route} toast={toast} />;
}
