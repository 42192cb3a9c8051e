import type { Route } from '../../router.ts';
import { DocumentView } from './coding/DocumentView.tsx';
import { DocumentList } from './DocumentList.tsx';
import { TranscribeView } from './transcribe/TranscribeView.tsx';

type Props = { route: Extract<Route, { screen: 'project' }>; toast: (text: string) => void };

/** The project's transcripts: import, list and speakers; with a document id, its coding view. */
export function DocumentsSection({ route, toast }: Props) {
  const { documentId } = route;
  if (documentId && route.mode === 'transcribe')
    return <TranscribeView key={documentId} route={{ ...route, documentId }} toast={toast} />;
  return documentId ? (
    <DocumentView
      key={`${documentId}:${route.codingId ?? ''}`}
      route={{ ...route, documentId }}
      toast={toast}
    />
  ) : (
    <DocumentList route={route} toast={toast} />
  );
}
