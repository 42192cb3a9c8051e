import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { codesInTreeOrder } from '../../../../shared/codebook/tree.ts';
import { foldForSearch } from '../../../../shared/coding/codings.ts';
import type { Code } from '../../../../shared/model.ts';
import { formatNumber, useTranslation } from '../../../i18n/index.ts';
import { codeTitle } from './codeTitle.ts';

type Props = {
  codes: Code[];
  pinnedIds: string[];
  onTogglePin: (codeId: string) => void;
  counts: Map<string, number>;
  hasSelection: boolean;
  selectionWords: number;
  visibleCodes: Set<string> | null;
  onToggleVisible: (codeId: string) => void;
  onShowAll: () => void;
  onApply: (code: Code) => void;
  onOpenPicker: () => void;
  onInVivo: () => void;
  /** Why this person cannot code here (a reader of a shared project), or null. */
  readOnly: string | null;
  /** How many codings belong to a code deleted while they were applied (docs/team-sync.md). */
  orphans: number;
  onShowOrphan: () => void;
};

/** The codebook beside the transcript: click a code (or press its number) to code the selection. */
export function CodePanel(props: Props) {
  const { codes, counts, hasSelection, visibleCodes, readOnly } = props;
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState('');
  const ordered = useMemo(() => codesInTreeOrder(codes), [codes]);
  const pinned = useMemo(
    () =>
      ordered
        .filter((r) => r.code.codable)
        .slice(0, 9)
        .map((r) => r.code.id),
    [ordered],
  );
  // The view's handlers are new functions on every render; the list gets stable ones, so that applying a coding
  // (which re-renders the view in the key's own task) does not re-render every code in the codebook.
  const handlers = useRef(props);
  useLayoutEffect(() => {
    handlers.current = props;
  });
  const onToggleVisible = useCallback((id: string) => handlers.current.onToggleVisible(id), []);
  const onApply = useCallback((code: Code) => handlers.current.onApply(code), []);
  const onTogglePin = useCallback((id: string) => handlers.current.onTogglePin(id), []);
  const shown = filter.trim()
    ? ordered.filter((r) => foldForSearch(r.code.name).includes(foldForSearch(filter)))
    : ordered;
  return (
    <aside className="code-panel" aria-label={t('coding.codebook')}>
      <div className="selection-bar" aria-live="polite">
        {readOnly ? (
          <span className="muted read-only-note">{readOnly}</span>
        ) : hasSelection ? (
          <>
            <strong>
              {t('coding.selection', {
                count: props.selectionWords,
                words: formatNumber(props.selectionWords, i18n.language),
              })}
            </strong>
            <div className="row">
              <button type="button" className="primary" onClick={props.onOpenPicker} title="Ctrl+K">
                {t('coding.codeAs')}
              </button>
              <button type="button" onClick={props.onInVivo} title="Ctrl+I">
                {t('coding.inVivo')}
              </button>
            </div>
          </>
        ) : (
          <span className="muted">{t('coding.selectHint')}</span>
        )}
      </div>
      {props.orphans > 0 && (
        <p className="warning orphan-codings" role="status">
          {t('coding.orphans', { count: props.orphans })}{' '}
          <button type="button" className="link" onClick={props.onShowOrphan}>
            {t('coding.orphansShow')}
          </button>
        </p>
      )}
      <input
        className="code-filter"
        type="search"
        placeholder={t('coding.filterCodes')}
        aria-label={t('coding.filterCodes')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {visibleCodes && (
        <button type="button" className="link small" onClick={props.onShowAll}>
          {t('coding.showAllHighlights')}
        </button>
      )}
      {codes.length === 0 ? (
        <p className="muted">{t('coding.noCodes')}</p>
      ) : (
        <CodeList
          shown={shown}
          pinned={pinned}
          pinnedIds={props.pinnedIds}
          counts={counts}
          hasSelection={hasSelection}
          visibleCodes={visibleCodes}
          readOnly={readOnly}
          onToggleVisible={onToggleVisible}
          onApply={onApply}
          onTogglePin={onTogglePin}
        />
      )}
    </aside>
  );
}

type ListProps = {
  shown: { code: Code; depth: number }[];
  pinned: string[];
  pinnedIds: string[];
  counts: Map<string, number>;
  hasSelection: boolean;
  visibleCodes: Set<string> | null;
  readOnly: string | null;
  onToggleVisible: (codeId: string) => void;
  onApply: (code: Code) => void;
  onTogglePin: (codeId: string) => void;
};

/** The codes, each with its highlight toggle, apply button (number key and count) and pin. */
const CodeList = memo(function CodeList(props: ListProps) {
  const { shown, pinned, counts, hasSelection, visibleCodes, readOnly } = props;
  const { t, i18n } = useTranslation();
  return (
    <ul className="code-list">
      {shown.map(({ code, depth }) => {
        const key = pinned.indexOf(code.id);
        return (
          <li
            key={code.id}
            style={{ paddingLeft: `${depth * 14}px` }}
            className={code.codable ? undefined : 'category'}
          >
            <input
              type="checkbox"
              className="visible-toggle"
              checked={!visibleCodes || visibleCodes.has(code.id)}
              onChange={() => props.onToggleVisible(code.id)}
              aria-label={t('coding.highlight', { code: code.name })}
              title={t('coding.highlight', { code: code.name })}
            />
            <button
              type="button"
              className="code-apply"
              disabled={!code.codable || !hasSelection || readOnly !== null}
              onClick={() => props.onApply(code)}
              title={codeTitle(code, readOnly)}
            >
              <span className="swatch" style={{ backgroundColor: code.color }} />
              <span className="code-name">{code.name}</span>
              {key >= 0 && <kbd aria-label={t('coding.shortcut', { key: key + 1 })}>{key + 1}</kbd>}
              <span className="count">{formatNumber(counts.get(code.id) ?? 0, i18n.language)}</span>
            </button>
            {code.codable && (
              <button
                type="button"
                className={props.pinnedIds.includes(code.id) ? 'pin pinned' : 'pin'}
                aria-pressed={props.pinnedIds.includes(code.id)}
                aria-label={t('coding.pin', { code: code.name })}
                title={t('coding.pin', { code: code.name })}
                onClick={() => props.onTogglePin(code.id)}
              >
                <PinIcon />
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
});

/** The codes the number keys 1–9 apply: the pinned ones, or else the first nine codable codes in codebook order. */
export function pinnedCodes(codes: Code[], pinnedIds: string[]): Code[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const pinned = pinnedIds.map((id) => byId.get(id)).filter((c): c is Code => c !== undefined && c.codable);
  if (pinned.length > 0) return pinned.slice(0, 9);
  return codesInTreeOrder(codes)
    .filter((r) => r.code.codable)
    .slice(0, 9)
    .map((r) => r.code);
}

/** A push pin, drawn (the ⌖ character it replaces is missing from common fonts and showed as an empty box). */
function PinIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M6 1.5h4l-.6 4.2 2.6 2.3v1.2H8.6V15h-1.2V9.2H4V8l2.6-2.3z" fill="currentColor" />
    </svg>
  );
}
