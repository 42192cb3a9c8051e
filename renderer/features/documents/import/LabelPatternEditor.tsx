import { useEffect, useMemo, useState } from 'react';
import { compileLabelPattern, countLabelMatches } from '../../../../shared/import/pattern.ts';
import { patternLines } from '../../../../shared/import/patternLines.ts';
import { formatNumber, useTranslation } from '../../../i18n/index.ts';
import type { ImportFile } from './importModel.ts';

type Props = {
  file: ImportFile;
  /** Parse the file again with this pattern, or with automatic detection when undefined. */
  onApply: (pattern: string | undefined) => void;
};

/** The user's own label pattern: validated as typed, with a live count of the lines it matches. */
export function LabelPatternEditor({ file, onApply }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(file.labelPattern !== undefined);
  const [source, setSource] = useState(file.labelPattern ?? '');
  const [lines, setLines] = useState<string[] | null>(null);

  useEffect(() => {
    if (!open || lines) return;
    let active = true;
    void patternLines(file.fileName, file.bytes).then((r) => {
      if (active) setLines(r.ok ? r.data : []);
    });
    return () => {
      active = false;
    };
  }, [open, lines, file.fileName, file.bytes]);

  const compiled = useMemo(() => (source.trim() ? compileLabelPattern(source) : null), [source]);
  const count = useMemo(
    () => (compiled?.ok && lines ? countLabelMatches(lines, compiled.data) : null),
    [compiled, lines],
  );
  const n = (value: number) => formatNumber(value, i18n.language);

  return (
    <details className="label-pattern" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('import.labelPattern')}</summary>
      {file.labelPattern !== undefined && (
        <p className="muted">{t('import.patternActive', { pattern: file.labelPattern })}</p>
      )}
      <label>
        <span>{t('import.labelPatternInput')}</span>
        <input
          className="mono"
          value={source}
          spellCheck={false}
          aria-invalid={compiled !== null && !compiled.ok}
          onChange={(e) => setSource(e.target.value)}
        />
      </label>
      <p className="muted hint">{t('import.labelPatternHint')}</p>
      {compiled && !compiled.ok && (
        <p className="form-error" role="alert">
          {t(compiled.reason, compiled.params)}
        </p>
      )}
      {compiled?.ok && (
        <p className="pattern-count" aria-live="polite">
          {count
            ? `${t('import.patternLines', { count: count.lines, n: n(count.lines) })} · ${t('import.patternLabels', { count: count.labels, n: n(count.labels) })}`
            : t('import.patternCounting')}
        </p>
      )}
      <div className="row">
        <button type="button" disabled={!compiled?.ok} onClick={() => onApply(source)}>
          {t('import.redetect')}
        </button>
        {file.labelPattern !== undefined && (
          <button
            type="button"
            onClick={() => {
              setSource('');
              onApply(undefined);
            }}
          >
            {t('import.patternAutomatic')}
          </button>
        )}
      </div>
    </details>
  );
}
