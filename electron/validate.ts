import { teamOrigin } from '../shared/sync/teamOrigin.ts';
import type { Language } from './api.ts';
import {
  MAX_FILE_BYTES,
  MEDIA_EXTENSIONS,
  OPEN_EXTENSIONS,
  isMediaExtension,
  SAVE_EXTENSIONS,
  type OpenExtension,
  type SaveExtension,
} from './fileTypes.ts';

/**
 * Everything the page sends is untrusted: a compromised or buggy renderer must not be able to make main
 * read, write or delete anything the user did not choose. Each check is pure and throws a clear error.
 */
export class InvalidArgumentError extends Error {
  override name = 'InvalidArgumentError';
}

function fail(what: string, why: string): never {
  throw new InvalidArgumentError(`${what}: ${why}`);
}

type PlainObject = Record<string, unknown>;

function expectObject(value: unknown, what: string, keys: readonly string[]): PlainObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) {
    fail(what, 'expected an object');
  }
  const record = value as PlainObject;
  const unknown = Object.keys(record).filter((key) => !keys.includes(key));
  if (unknown.length > 0) fail(what, `unexpected field(s) ${unknown.join(', ')}`);
  return record;
}

/** Control characters have no place in names or titles; they can spoof dialogs and file names. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function expectString(value: unknown, what: string, maxLength: number): string {
  if (typeof value !== 'string') fail(what, 'expected a string');
  if (value.length > maxLength) fail(what, `longer than ${maxLength} characters`);
  if (hasControlCharacters(value)) fail(what, 'contains control characters');
  return value;
}

export function expectBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') fail(what, 'expected true or false');
  return value;
}

export function expectLanguage(value: unknown): Language {
  if (value !== 'nl' && value !== 'en') fail('language', 'expected "nl" or "en"');
  return value;
}

export function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array || Object.prototype.toString.call(value) === '[object Uint8Array]';
}

export function expectBytes(value: unknown, what: string, maxBytes: number = MAX_FILE_BYTES): Uint8Array {
  if (!isBytes(value)) fail(what, 'expected bytes (Uint8Array)');
  if (value.byteLength > maxBytes) fail(what, `larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  return value;
}

/** Project ids are GUIDs today; any short id of letters, digits, - and _ is accepted, nothing else. */
const PROJECT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export function expectProjectId(value: unknown): string {
  if (typeof value !== 'string' || !PROJECT_ID.test(value)) {
    fail('project id', 'expected 1–64 letters, digits, "-" or "_"');
  }
  return value;
}

/** A backup id is `<project id>.<UTC timestamp>` as made by backups.ts; it never contains a path separator. */
export const BACKUP_ID = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63})\.(\d{8}T\d{9}Z)$/;

export function expectBackupId(value: unknown): string {
  if (typeof value !== 'string' || !BACKUP_ID.test(value)) fail('backup id', 'not a backup id');
  return value;
}

export function expectProjectName(value: unknown): string {
  return expectString(value, 'project name', 500);
}

export function expectRequestId(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail('request id', 'expected a non-negative integer');
  }
  return value;
}

/** The extension of a file name, lower case, without the dot ("" when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

const FORBIDDEN_IN_NAME = /[/\\:*?"<>|]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** A bare file name (no folders) that is valid on Windows, macOS and Linux. */
export function isSafeFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 200 &&
    !hasControlCharacters(name) &&
    !FORBIDDEN_IN_NAME.test(name) &&
    !WINDOWS_RESERVED.test(name) &&
    !name.startsWith('.') &&
    !name.endsWith('.') &&
    !name.endsWith(' ') &&
    name.trim() === name
  );
}

function expectOptionalTitle(value: unknown): string | undefined {
  return value === undefined ? undefined : expectString(value, 'title', 200);
}

export type ValidOpenFilesRequest = { extensions: OpenExtension[]; multiple: boolean; title?: string };

function isOpenExtension(value: unknown): value is OpenExtension {
  return (
    typeof value === 'string' &&
    ((OPEN_EXTENSIONS as readonly string[]).includes(value) || isMediaExtension(value))
  );
}

const MAX_EXTENSIONS = OPEN_EXTENSIONS.length + MEDIA_EXTENSIONS.length;

export function expectOpenFilesRequest(value: unknown): ValidOpenFilesRequest {
  const request = expectObject(value, 'open request', ['extensions', 'multiple', 'title']);
  const extensions = request.extensions;
  if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_EXTENSIONS) {
    fail('extensions', `expected 1–${MAX_EXTENSIONS} extensions`);
  }
  const checked = extensions.map((extension: unknown) => {
    if (!isOpenExtension(extension)) {
      fail(
        'extensions',
        `"${String(extension)}" is not one of ${[...OPEN_EXTENSIONS, ...MEDIA_EXTENSIONS].join(', ')}`,
      );
    }
    return extension;
  });
  const title = expectOptionalTitle(request.title);
  return {
    extensions: [...new Set(checked)],
    multiple: expectBoolean(request.multiple, 'multiple'),
    ...(title === undefined ? {} : { title }),
  };
}

export type ValidSaveFileRequest = {
  suggestedName: string;
  extension: SaveExtension;
  bytes: Uint8Array;
  title?: string;
};

function isSaveExtension(value: string): value is SaveExtension {
  return (SAVE_EXTENSIONS as readonly string[]).includes(value);
}

export function expectSaveFileRequest(value: unknown): ValidSaveFileRequest {
  const request = expectObject(value, 'save request', ['suggestedName', 'bytes', 'title']);
  const suggestedName = expectString(request.suggestedName, 'suggested name', 200);
  if (!isSafeFileName(suggestedName)) fail('suggested name', 'must be a plain file name without folders');
  const extension = extensionOf(suggestedName);
  if (!isSaveExtension(extension)) {
    fail('suggested name', `extension must be one of ${SAVE_EXTENSIONS.join(', ')}`);
  }
  const title = expectOptionalTitle(request.title);
  return {
    suggestedName,
    extension,
    bytes: expectBytes(request.bytes, 'bytes'),
    ...(title === undefined ? {} : { title }),
  };
}

/** A recording reference main handed out (a UUID); anything else is refused before any lookup. */
export function expectMediaRef(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)
  ) {
    fail('recording', 'expected a recording reference');
  }
  return value;
}

/** The recording extensions a pick may offer: a non-empty list of known media extensions. */
export function expectMediaExtensions(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MEDIA_EXTENSIONS.length) {
    fail('extensions', `expected 1–${MEDIA_EXTENSIONS.length} recording extensions`);
  }
  return [
    ...new Set(
      value.map((extension: unknown) => {
        if (typeof extension !== 'string' || !isMediaExtension(extension)) {
          fail('extensions', `"${String(extension)}" is not a recording extension`);
        }
        return extension;
      }),
    ),
  ];
}

/** The team-server origins of shared projects: at most 50, each exactly a ws:// or wss:// origin. */
export function expectTeamOrigins(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > 50)
    fail('team servers', 'expected a list of at most 50 origins');
  for (const origin of value) {
    if (typeof origin !== 'string' || teamOrigin(origin) !== origin) {
      fail('team servers', `not a ws:// or wss:// origin: ${String(origin).slice(0, 80)}`);
    }
  }
  return [...new Set(value as string[])];
}
