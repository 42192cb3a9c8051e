import { createContext, useContext } from 'react';
import type { ProjectSession } from '../db/projects.ts';

export const ProjectContext = createContext<ProjectSession | null>(null);

/** The open project (database + history) of the workspace. */
export function useProject(): ProjectSession {
  const session = useContext(ProjectContext);
  if (!session) throw new Error('useProject outside a project workspace');
  return session;
}
