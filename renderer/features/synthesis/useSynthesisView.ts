import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { columnByName } from '../../../shared/analysis/columns.ts';
import type { Code } from '../../../shared/model.ts';
import { readView, type SynthesisView } from '../../../shared/synthesis/view.ts';
import type { ProjectDb } from '../../db/schema.ts';
import { columnChoices, type ColumnChoice } from '../compare/columnChoices.ts';

/** The project setting holding the summary grid's rows and columns (a preference of this project, not an undo step). */
export const VIEW_SETTING = 'synthesisView';

/** Stores the summary grid's view of a project; the Export screen's report starts from it. */
export async function saveSynthesisView(db: ProjectDb, view: SynthesisView): Promise<void> {
  await db.settings.put({ key: VIEW_SETTING, value: view });
}

/** A view (stored, or chosen earlier) checked against the project's codes and column choices as they are now. */
export function checkedView(
  raw: unknown,
  codes: readonly Code[],
  choices: readonly ColumnChoice[],
): SynthesisView {
  return readView(
    raw,
    codes,
    choices.map((c) => columnByName(c.by)),
  );
}

/**
 * The summary grid's view of this project (rows and columns), as stored in its settings and checked against its
 * codes and column choices (a deleted subtree or attribute falls back to the default); undefined while reading.
 * A new view shows at once and is stored for the next visit of Samenvatten and for the Export screen.
 */
export function useSynthesisView(
  db: ProjectDb,
  codes: readonly Code[] | undefined,
  choices: readonly ColumnChoice[] | undefined,
): [SynthesisView | undefined, (view: SynthesisView) => void] {
  // null when nothing is stored (undefined is "still reading").
  const stored = useLiveQuery(async () => (await db.settings.get(VIEW_SETTING))?.value ?? null, [db]);
  // The view just chosen in this project, shown before the stored one is read back.
  const [chosen, setChosen] = useState<{ db: ProjectDb; view: SynthesisView } | null>(null);
  const raw = chosen?.db === db ? chosen.view : stored;
  const view = useMemo(
    () => (raw === undefined || !codes || !choices ? undefined : checkedView(raw, codes, choices)),
    [raw, codes, choices],
  );
  const setView = useCallback(
    (next: SynthesisView) => {
      setChosen({ db, view: next });
      void saveSynthesisView(db, next);
    },
    [db],
  );
  return [view, setView];
}

/** The column choices of the project from its documents, speakers and attributes alone (live), for the Export screen. */
export function useColumnChoices(db: ProjectDb): ColumnChoice[] | undefined {
  return useLiveQuery(async () => {
    const [attributes, documents, speakers] = await Promise.all([
      db.attributes.toArray(),
      db.documents.toArray(),
      db.speakers.toArray(),
    ]);
    return columnChoices({ attributes, documents, speakers });
  }, [db]);
}
