import type { Id, ProjectData } from '../model.ts';
import { participation } from './participation.ts';
import { transitions, type TransitionMatrix } from './turnTaking.ts';

/** The per-document summary `koor dynamics --json` prints. */
export type DocumentDynamics = {
  document: string;
  speakers: { label: string; role: string; turns: number; words: number; share: number }[];
  moderatorShare: number;
  /** null when it cannot be computed (no participant words). */
  gini: number | null;
  entropy: number | null;
  transitions: TransitionMatrix;
};

/** Participation and turn-taking of one document in the CLI's JSON shape. */
export function documentDynamics(project: ProjectData, documentId: Id): DocumentDynamics {
  const p = participation(project, documentId);
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    document: project.documents.find((d) => d.id === documentId)?.name ?? documentId,
    speakers: p.speakers.map((s) => ({
      label: s.label,
      role: s.role,
      turns: s.turns,
      words: s.words,
      share: s.share,
    })),
    moderatorShare: p.moderatorShare,
    gini: finite(p.gini),
    entropy: finite(p.entropy),
    transitions: transitions(project, documentId),
  };
}
