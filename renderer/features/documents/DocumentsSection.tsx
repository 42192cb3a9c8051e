import type { Route } from '../../router.ts';
import { useReadOnly } from '../../sync/readOnly.ts';
import { DocumentView } from './coding/DocumentView.tsx';
import { DocumentList } from './DocumentList.tsx';
import { TranscribeView } from './transcribe/TranscribeView.tsx';

type Props = { route: Extract<Route, { screen: 'project' }>; toast: (text: string) => void };

/**
 * The project's transcripts: import, list and speakers; with a document id, its coding view (or its
 * transcription mode, which a reader of a shared project does not get: it writes the text).
 */
export function DocumentsSection({ route, toast }: Props) {
  const { documentId } = route;
  const readOnly = useReadOnly();
  if (documentId && route.mode === 'transcribe' && !readOnly)
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
