import {
  applyPatch,
  applyPatches,
  mergePatches,
  type Patch,
  type PatchName,
  type PatchProgress,
  tablesOf,
} from './patch.ts';
import { isReader } from './role.ts';
import type { ProjectDb } from './schema.ts';

/** One undoable step: what to apply to undo it and to redo it. */
export type Step = { label: string; undo: Patch; redo: Patch };

export const HISTORY_LIMIT = 200;

type Listener = () => void;

/** Told of every write the history makes (a step, an undo, a redo): what was written and what it replaced. */
export type WriteObserver = (written: Patch, replaced: Patch) => void;

/** Told when the history refuses a write (`reason` is a message key, e.g. a reader's write). */
export type RefusalListener = (reason: string) => void;

/** The tables that belong to this computer: a reader of a shared project still writes these. */
const LOCAL_TABLES: readonly PatchName[] = ['settings', 'recordings', 'syncPoints'];

/**
 * A write the history refused because this person only reads the shared project. The controls are disabled for a
 * reader already; this is the one place that holds whatever control or key was missed.
 */
export class ReadOnlyError extends Error {
  /** The message key of the reason shown to the user. */
  readonly reason = 'team.readOnly';
  constructor(label: string) {
    super(`Refused "${label}": a reader of a shared project cannot change it`);
    this.name = 'ReadOnlyError';
  }
}

/** Told of steps the history can no longer undo or redo (past the limit, or a redo dropped by a new step). */
export type ForgetListener = (steps: readonly Step[]) => void;

/**
 * The global undo/redo history of one open project. Every mutation goes through `commit`, so
 * coding, codebook edits and imports are all undoable.
 */
export class History {
  private done: Step[] = [];
  private undone: Step[] = [];
  private listeners = new Set<Listener>();
  private observers = new Set<WriteObserver>();
  private forgetListeners = new Set<ForgetListener>();
  private refusalListeners = new Set<RefusalListener>();
  private queue: Promise<unknown> = Promise.resolve();
  private version = 0;

  constructor(private readonly db: ProjectDb) {}

  /** Applies a patch as one undoable step. */
  commit(label: string, patch: Patch): Promise<void> {
    return this.serial(async () => {
      await this.refuseReader(label, [patch]);
      const undo = await applyPatch(this.db, patch);
      this.wrote(patch, undo);
      this.done.push({ label, undo, redo: patch });
      this.trim();
      this.changed();
    });
  }

  /**
   * Applies patches in order as ONE transaction and one undoable step, reporting progress between them; an
   * abort through `progress.signal` before the last one is written stores nothing (and adds no step).
   */
  commitParts(label: string, patches: readonly Patch[], progress: PatchProgress): Promise<void> {
    return this.serial(async () => {
      await this.refuseReader(label, patches);
      const undo = await applyPatches(this.db, patches, progress);
      const redo = mergePatches(patches);
      this.wrote(redo, undo);
      this.done.push({ label, undo, redo });
      this.trim();
      this.changed();
    });
  }

  /** Undoes the last step; resolves to its label, or null when there is nothing to undo. */
  undo(): Promise<string | null> {
    return this.serial(async () => {
      const step = this.done.at(-1);
      if (!step) return null;
      await this.refuseReader(step.label, [step.undo]);
      this.done.pop();
      step.redo = await applyPatch(this.db, step.undo);
      this.wrote(step.undo, step.redo);
      this.undone.push(step);
      this.changed();
      return step.label;
    });
  }

  /** Redoes the last undone step; resolves to its label, or null. */
  redo(): Promise<string | null> {
    return this.serial(async () => {
      const step = this.undone.at(-1);
      if (!step) return null;
      await this.refuseReader(step.label, [step.redo]);
      this.undone.pop();
      step.undo = await applyPatch(this.db, step.redo);
      this.wrote(step.redo, step.undo);
      this.done.push(step);
      this.changed();
      return step.label;
    });
  }

  get nextUndo(): string | null {
    return this.done.at(-1)?.label ?? null;
  }

  get nextRedo(): string | null {
    return this.undone.at(-1)?.label ?? null;
  }

  get size(): number {
    return this.done.length;
  }

  /** A number that changes whenever the history does (for useSyncExternalStore). */
  get snapshot(): number {
    return this.version;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Follows every write of this history (a shared project mirrors them to the team server). Writes that arrive
   * from colleagues do not pass here, so they are never sent back and never land on this person's undo stack.
   */
  observe(observer: WriteObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /**
   * The rows of `table` that an undo or a redo could still write back: the puts of every step's patches. What a
   * row points to outside the database (a recording's stored file) must be kept while it is named here.
   */
  retained<T extends PatchName>(table: T): NonNullable<NonNullable<Patch[T]>['put']> {
    const rows: unknown[] = [];
    for (const step of [...this.done, ...this.undone]) {
      for (const patch of [step.undo, step.redo]) {
        const part = patch[table];
        if (part?.put) rows.push(...part.put);
        if (part?.insert) rows.push(...part.insert);
      }
    }
    return rows as NonNullable<NonNullable<Patch[T]>['put']>;
  }

  /** Follows the steps the history forgets; returns how to stop. */
  onForget(listener: ForgetListener): () => void {
    this.forgetListeners.add(listener);
    return () => this.forgetListeners.delete(listener);
  }

  /** Follows the writes the history refuses (to tell the user why); returns how to stop. */
  onRefused(listener: RefusalListener): () => void {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  }

  /**
   * Rejects a write to the project's shared content by a reader of a shared project (renderer/db/role.ts): the
   * server would drop it, so writing it here would only make this computer's copy diverge from the team's.
   */
  private async refuseReader(label: string, patches: readonly Patch[]) {
    const shared = patches.some((patch) => tablesOf(patch).some((t) => !LOCAL_TABLES.includes(t)));
    if (!shared || !(await isReader(this.db))) return;
    const error = new ReadOnlyError(label);
    for (const listener of this.refusalListeners) listener(error.reason);
    throw error;
  }

  /** After a new step: the redo steps are gone, and the oldest steps past the limit. */
  private trim() {
    const forgotten = [...this.undone, ...this.done.splice(0, Math.max(0, this.done.length - HISTORY_LIMIT))];
    this.undone = [];
    if (forgotten.length === 0) return;
    for (const listener of this.forgetListeners) {
      try {
        listener(forgotten);
      } catch (error) {
        console.error(error);
      }
    }
  }

  private wrote(written: Patch, replaced: Patch) {
    for (const observer of this.observers) {
      try {
        observer(written, replaced);
      } catch (error) {
        console.error(error);
      }
    }
  }

  private changed() {
    this.version++;
    this.listeners.forEach((l) => l());
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
