import { useCallback, useEffect, useRef, useState } from 'react';
import { guessPerspective } from '../../../../shared/import/perspective.ts';
import { parseTranscript } from '../../../../shared/import/parse.ts';
import { sha256Hex } from '../../../../shared/import/records.ts';
import type { PickedFile } from '../../../platform/types.ts';
import { nameFromFile, type ImportFile, type ParseChoice } from './importModel.ts';

/** Parses a batch of picked files one by one, with progress and cancel; the user then reviews them. */
export function useImportBatch(picked: PickedFile[], known: Map<string, string>) {
  const [files, setFiles] = useState<ImportFile[]>(() =>
    picked.map((p, i) => ({
      key: `${i}:${p.name}`,
      fileName: p.name,
      bytes: p.bytes,
      status: 'waiting',
      include: true,
      name: nameFromFile(p.name),
      perspective: guessPerspective(p.name) ?? '',
      attributes: {},
      speakers: {},
      withoutSpeakers: false,
    })),
  );
  const [done, setDone] = useState(0);
  const cancelled = useRef(false);

  const update = useCallback((key: string, change: Partial<ImportFile>) => {
    setFiles((list) => list.map((f) => (f.key === key ? { ...f, ...change } : f)));
  }, []);

  const parseOne = useCallback(
    async (file: ImportFile, options: ParseChoice) => {
      update(file.key, { status: 'parsing' });
      try {
        const sourceHash = file.sourceHash ?? (await sha256Hex(file.bytes));
        const result = await parseTranscript(file.fileName, file.bytes, {
          withoutSpeakers: options.withoutSpeakers,
          ...(options.columnMapping ? { columnMapping: options.columnMapping } : {}),
          ...(options.labelPattern !== undefined ? { labelPattern: options.labelPattern } : {}),
        });
        const duplicateOf = known.get(sourceHash);
        if (result.ok) {
          update(file.key, {
            status: 'ready',
            parsed: result.data,
            sourceHash,
            ...(duplicateOf ? { duplicateOf, include: false } : {}),
            withoutSpeakers: options.withoutSpeakers,
            labelPattern: options.labelPattern,
            warnings: result.warnings ?? [],
            ...(result.data.columnMapping ? { columnMapping: result.data.columnMapping } : {}),
          });
        } else {
          const error = result.params
            ? { reason: result.reason, params: result.params }
            : { reason: result.reason };
          update(file.key, { status: 'failed', error, include: false });
        }
      } catch (error) {
        update(file.key, {
          status: 'failed',
          include: false,
          error: {
            reason: 'error.unknown',
            params: { detail: error instanceof Error ? error.message : String(error) },
          },
        });
      }
    },
    [known, update],
  );

  useEffect(() => {
    cancelled.current = false;
    let active = true;
    void (async () => {
      for (const [i, file] of files.entries()) {
        if (!active || cancelled.current) break;
        if (file.status !== 'waiting') continue;
        await parseOne(file, { withoutSpeakers: false });
        setDone(i + 1);
        // Let the progress bar paint between files.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })();
    return () => {
      active = false;
    };
    // Parse once per batch; later re-parses are explicit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const cancel = useCallback(() => {
    cancelled.current = true;
    setFiles((list) =>
      list.map((f) =>
        f.status === 'waiting'
          ? { ...f, status: 'failed', include: false, error: { reason: 'import.cancelled' } }
          : f,
      ),
    );
  }, []);

  return { files, done, update, reparse: parseOne, cancel };
}
