// `npm start`: builds Koor, then runs it in Electron (downloading Electron's binary on first use), or else
// serves the same build to a browser on 127.0.0.1 (as on machines where Electron cannot be downloaded).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { buildElectron } from './build-electron.mjs';
import { ensureElectron } from './electron-binary.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const configFile = path.join(root, 'vite.config.ts');

function runElectron(binary) {
  const child = spawn(binary, [root], { stdio: 'inherit', cwd: root });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveToBrowser(reason) {
  console.log(`Electron is not available here (${reason}), so Koor is served to the browser instead.`);
  const server = await preview({
    configFile,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 5173, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.httpServer.address().port}/`;
  console.log(`Koor: ${url}  (Ctrl+C stops)`);
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await build({ configFile, logLevel: 'warn' });
await buildElectron();
const { binary, reason } = await ensureElectron();
if (binary === null) await serveToBrowser(reason);
else runElectron(binary);
