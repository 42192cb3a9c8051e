import type { Route } from '../../router.ts';
import { CodebookSection } from '../codebook/CodebookSection.tsx';
import { CompareSection } from '../compare/CompareSection.tsx';
import { DocumentsSection } from '../documents/DocumentsSection.tsx';
import { ExportSection } from '../export/ExportSection.tsx';

type Props = { route: Extract<Route, { screen: 'project' }>; toast: (text: string) => void };

/** The section of the workspace the route names. */
export function SectionView({ route, toast }: Props) {
  switch (route.section) {
    case 'documents':
      return <DocumentsSection route={route} toast={toast} />;
    case 'codebook':
      return <CodebookSection toast={toast} />;
    case 'compare':
      return <CompareSection route={route} />;
    case 'export':
      return <ExportSection toast={toast} />;
  }
}
