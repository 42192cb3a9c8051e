// `npm run dist [-- --linux | --win | --mac …]`: builds Koor and packages installers with electron-builder
// (electron-builder.yml: AppImage and .deb, NSIS, dmg) into release/. Without arguments it builds for this
// operating system. electron-builder needs Electron's binary; where it cannot be downloaded, this says so.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildElectron } from './build-electron.mjs';
import { ensureElectron } from './electron-binary.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const { binary, reason } = await ensureElectron();
if (binary === null) {
  console.log(
    `No installers built: electron-builder needs Electron's binary, which cannot be downloaded here (${reason}).`,
  );
  process.exit(1);
}
await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
await buildElectron();
const builder = path.join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder',
);
const child = spawn(builder, ['--publish', 'never', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
child.on('exit', (code) => process.exit(code ?? 1));
