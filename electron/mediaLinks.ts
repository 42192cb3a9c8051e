import { randomUUID } from 'node:crypto';

/** Reads and writes the registry file (injected, so tests run on plain objects). */
export type LinkStorage = { load(): Promise<string>; save(json: string): Promise<void> };

const REF = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a value is a recording reference main handed out (a UUID). */
export function isMediaRef(value: unknown): value is string {
  return typeof value === 'string' && REF.test(value);
}

/**
 * Recordings in Electron are linked, not copied: main keeps reference → path on disk (in the user-data folder)
 * and the page only ever holds the reference. A 2-hour recording costs no copy and no space.
 */
export class MediaLinks {
  private paths = new Map<string, string>();
  private loaded: Promise<void> | null = null;

  constructor(private readonly storage: LinkStorage) {}

  /** A reference for a file the user chose in a native dialog. */
  async register(filePath: string): Promise<string> {
    await this.load();
    const ref = randomUUID();
    this.paths.set(ref, filePath);
    await this.persist();
    return ref;
  }

  /** The path a reference points to, or undefined for one main never handed out. */
  async resolve(ref: string): Promise<string | undefined> {
    await this.load();
    return this.paths.get(ref);
  }

  /** Points an existing reference at the file's new place (after it was moved). */
  async relink(ref: string, filePath: string): Promise<void> {
    await this.load();
    this.paths.set(ref, filePath);
    await this.persist();
  }

  private load(): Promise<void> {
    this.loaded ??= this.storage
      .load()
      .then((json) => {
        const parsed: unknown = JSON.parse(json);
        if (typeof parsed !== 'object' || parsed === null) return;
        for (const [ref, filePath] of Object.entries(parsed)) {
          if (isMediaRef(ref) && typeof filePath === 'string') this.paths.set(ref, filePath);
        }
      })
      // No registry yet (first recording) or a damaged one: start empty; links are re-made by relinking.
      .catch(() => undefined);
    return this.loaded;
  }

  private persist(): Promise<void> {
    return this.storage.save(JSON.stringify(Object.fromEntries(this.paths), null, 1));
  }
}
