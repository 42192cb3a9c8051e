#!/usr/bin/env node
// The `koor` command: runs shared/ TypeScript directly through tsx, so the CLI can never be a stale build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
