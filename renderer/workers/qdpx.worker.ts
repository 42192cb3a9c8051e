/**
 * The .qdpx worker: reads and writes project files off the page's thread (see qdpxProtocol.ts), so a study-sized
 * project never freezes the screen. One request per worker; the page ends the worker to stop it.
 */
import { loadProjectData } from '../db/projectData.ts';
import { openProjectDb } from '../db/schema.ts';
import { runQdpxRequest, transferablesOf, type QdpxReply, type QdpxRequest } from './qdpxProtocol.ts';

/** The parts of a dedicated worker's scope used here (the DOM library has no worker scope type). */
type WorkerScope = {
  onmessage: ((event: MessageEvent<QdpxRequest>) => void) | null;
  postMessage: (message: QdpxReply, transfer: Transferable[]) => void;
};
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  void runQdpxRequest(
    event.data,
    (reply) => scope.postMessage(reply, transferablesOf(reply)),
    async (projectId, name) => {
      const db = openProjectDb(projectId);
      try {
        return await loadProjectData(db, name);
      } finally {
        db.close();
      }
    },
  );
};
