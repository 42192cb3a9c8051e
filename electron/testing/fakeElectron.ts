/**
 * A recording stand-in for the `electron` module, so the real main-process bundle can run in Node (the
 * Electron binary cannot run here): the smoke test and the packaged-app test load main.cjs against it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

type Fn = (...args: unknown[]) => unknown;
export type Recorder = { calls: Array<[string, ...unknown[]]>; handlers: Map<string, Fn> };

function fakeEventSource(prefix: string, recorder: Recorder) {
  return {
    on(event: string, listener: Fn) {
      recorder.handlers.set(`${prefix}:${event}`, listener);
      return this;
    },
    once(event: string, listener: Fn) {
      recorder.handlers.set(`${prefix}:${event}`, listener);
      return this;
    },
  };
}

export function fakeElectron(recorder: Recorder, userData: string) {
  const record =
    (name: string, result?: unknown) =>
    (...args: unknown[]) => {
      recorder.calls.push([name, ...args]);
      return result;
    };
  const webContents = {
    id: 1,
    ...fakeEventSource('page', recorder),
    send: record('send'),
    isDestroyed: () => false,
    setWindowOpenHandler: (handler: Fn) => recorder.handlers.set('page:window-open', handler),
    getURL: () => 'app://koor/index.html',
  };
  const window = {
    webContents,
    ...fakeEventSource('window', recorder),
    loadURL: async (url: string) => void recorder.calls.push(['loadURL', url]),
    isDestroyed: () => false,
    show: record('show'),
  };
  function BrowserWindow(options: unknown) {
    recorder.calls.push(['new BrowserWindow', options]);
    return window;
  }
  BrowserWindow.getAllWindows = () => [window];
  BrowserWindow.getFocusedWindow = () => window;
  BrowserWindow.fromWebContents = () => window;
  return {
    window,
    electron: {
      app: {
        ...fakeEventSource('app', recorder),
        enableSandbox: record('enableSandbox'),
        requestSingleInstanceLock: () => true,
        whenReady: async () => undefined,
        getPath: (name: string) => path.join(userData, name === 'userData' ? '' : name),
        isPackaged: true,
        getVersion: () => '0.1.0',
        setAboutPanelOptions: record('setAboutPanelOptions'),
        quit: record('app.quit'),
        isReady: () => true,
        exit: record('app.exit'),
      },
      protocol: {
        registerSchemesAsPrivileged: record('registerSchemesAsPrivileged'),
        handle: (scheme: string, handler: Fn) => recorder.handlers.set(`protocol:${scheme}`, handler),
      },
      session: {
        defaultSession: {
          ...fakeEventSource('session', recorder),
          setPermissionRequestHandler: (handler: Fn) =>
            recorder.handlers.set('session:permission-request', handler),
          setPermissionCheckHandler: (handler: Fn) =>
            recorder.handlers.set('session:permission-check', handler),
          setDevicePermissionHandler: (handler: Fn) =>
            recorder.handlers.set('session:device-permission', handler),
          webRequest: {
            onBeforeRequest: (handler: Fn) => recorder.handlers.set('session:before-request', handler),
            onHeadersReceived: (handler: Fn) => recorder.handlers.set('session:headers-received', handler),
          },
        },
      },
      ipcMain: { handle: (channel: string, handler: Fn) => recorder.handlers.set(`ipc:${channel}`, handler) },
      Menu: {
        setApplicationMenu: record('setApplicationMenu'),
        buildFromTemplate: (template: unknown) => template,
      },
      BrowserWindow,
      dialog: { showErrorBox: record('showErrorBox') },
    },
  };
}

/** Runs a CommonJS main-process bundle as if it were `file`, with `require('electron')` answered by the fake. */
export function loadMainBundle(code: string, file: string, electron: unknown): void {
  const realRequire = createRequire(file);
  const moduleObject = { exports: {} };
  const load = new Function('require', 'module', 'exports', '__dirname', '__filename', code);
  load(
    (id: string) => (id === 'electron' ? electron : realRequire(id)),
    moduleObject,
    moduleObject.exports,
    path.dirname(file),
    file,
  );
}
