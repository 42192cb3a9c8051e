import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

/** Serves dist/renderer (built by `npm run build:renderer`) on a free port of 127.0.0.1. */
export async function setup(project: TestProject): Promise<void> {
  // KOOR_E2E_DIST serves another build folder (e.g. while a second build is being written to dist/).
  const outDir = process.env.KOOR_E2E_DIST;
  server = await preview({
    configFile: 'vite.config.ts',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    ...(outDir ? { build: { outDir } } : {}),
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

/** Stops the server. */
export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  export interface ProvidedContext {
    baseUrl: string;
  }
}
