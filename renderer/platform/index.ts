import type { KoorBridge } from '../../electron/api.ts';
import { electronPlatform } from './electron.ts';
import type { Platform } from './types.ts';
import { webPlatform } from './web.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface Window {
    koor?: KoorBridge;
  }
}

/** The adapter for the host the renderer runs in. */
export const platform: Platform = window.koor ? electronPlatform(window.koor) : webPlatform;
