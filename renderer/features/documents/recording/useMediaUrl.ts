import { useEffect, useState } from 'react';
import type { Recording } from '../../../../shared/recordings/types.ts';
import { platform } from '../../../platform/index.ts';
import { useProject } from '../../../session/ProjectContext.tsx';

export type MediaProblem = { key: string; params?: Record<string, string | number> };

/**
 * The playable address of a recording while the component shows it (released when it goes or the recording
 * moves), or the problem that kept it from opening.
 */
export function useMediaUrl(recording: Recording) {
  const session = useProject();
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<MediaProblem | null>(null);
  useEffect(() => {
    let active = true;
    let opened: string | null = null;
    void platform.media.open(session.id, recording.where, recording.fileName).then((result) => {
      if (!active) {
        if (result.ok) platform.media.release(result.data);
        return;
      }
      if (result.ok) {
        opened = result.data;
        setUrl(result.data);
      } else setProblem({ key: result.reason, ...(result.params ? { params: result.params } : {}) });
    });
    return () => {
      active = false;
      if (opened) platform.media.release(opened);
    };
  }, [session.id, recording.where, recording.fileName]);
  return { url, problem, setProblem };
}
