import type { Route } from '../../router.ts';
import { CodebookSection } from '../codebook/CodebookSection.tsx';
import { CompareSection } from '../compare/CompareSection.tsx';
import { DocumentsSection } from '../documents/DocumentsSection.tsx';
import { ExportSection } from '../export/ExportSection.tsx';
import { DynamicsSection } from '../dynamics/DynamicsSection.tsx';
import { FragmentsSection } from '../fragments/FragmentsSection.tsx';
import { RigourSection } from '../rigour/RigourSection.tsx';
import { SynthesisSection } from '../synthesis/SynthesisSection.tsx';

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
    case 'fragments':
      return <FragmentsSection route={route} />;
    case 'dynamics':
      return <DynamicsSection route={route} toast={toast} />;
    case 'synthesis':
      return <SynthesisSection route={route} toast={toast} />;
    case 'rigour':
      return <RigourSection route={route} toast={toast} />;
    case 'export':
      return <ExportSection toast={toast} />;
  }
}
