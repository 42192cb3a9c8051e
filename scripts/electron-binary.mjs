// Electron's install script (which downloads its binary from GitHub) is denied in package.json's
// allowScripts, so `npm install` succeeds on machines that cannot reach GitHub. `npm start` and
// `npm run dist` fetch the binary here instead, on first use, and fall back when that is impossible.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Electron executable, or null when its binary has not been downloaded. */
export function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** The last non-empty line of a failed download's output, e.g. "getaddrinfo ENOTFOUND github.com". */
function reasonOf(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const error = lines.find((line) => /error/i.test(line)) ?? lines.at(-1) ?? 'no answer';
  return error.replace(/^\w*Error:\s*/, '').slice(0, 120);
}

/**
 * Returns Electron's executable, downloading it with Electron's own install.js when missing.
 * Resolves `{ binary: null, reason }` when the download fails or takes longer than `timeoutMs`.
 */
export async function ensureElectron({ timeoutMs = 180_000 } = {}) {
  const present = electronBinary();
  if (present) return { binary: present, reason: '' };
  let installer;
  try {
    installer = require.resolve('electron/install.js');
  } catch {
    return { binary: null, reason: 'the electron package is not installed' };
  }
  const result = await new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, reason: `no download within ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? { ok: true } : { ok: false, reason: reasonOf(output) });
    });
  });
  if (!result.ok) return { binary: null, reason: result.reason };
  const binary = electronBinary();
  return binary ? { binary, reason: '' } : { binary: null, reason: 'the download left no executable' };
}
