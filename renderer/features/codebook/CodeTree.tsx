import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type DragEvent,
  type KeyboardEvent,
} from 'react';
import type { Code, Id } from '../../../shared/model.ts';
import { formatCount, formatNumber, useTranslation } from '../../i18n/index.ts';
import {
  descendantCounts,
  dropTarget,
  keyboardTarget,
  visibleRows,
  type DropPosition,
  type KeyboardMove,
  type MoveTarget,
} from './treeModel.ts';

export type CodeTreeProps = {
  codes: readonly Code[];
  /** Codings per code id; undefined while loading. */
  counts: ReadonlyMap<Id, number> | undefined;
  selectedId: Id | null;
  onSelect: (id: Id) => void;
  /** Enter or double click on a codable code (e.g. apply it to the selected text). */
  onApply?: (codeId: Id) => void;
  /** Drag and drop and Alt+Arrow keys reorder and nest codes when given. */
  onMove?: (id: Id, target: MoveTarget) => void;
  label?: string;
};

const MOVE_KEYS: Record<string, KeyboardMove> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowRight: 'indent',
  ArrowLeft: 'outdent',
};

/**
 * The codebook as an accessible tree (role="tree"): arrow keys move and expand, Enter applies,
 * Alt+arrows move the selected code, and rows can be dragged before, after or inside another.
 */
export function CodeTree({ codes, counts, selectedId, onSelect, onApply, onMove, label }: CodeTreeProps) {
  const { t, i18n } = useTranslation();
  const [collapsed, setCollapsed] = useState<ReadonlySet<Id>>(new Set());
  const [dragged, setDragged] = useState<Id | null>(null);
  const [hint, setHint] = useState<{ id: Id; position: DropPosition } | null>(null);
  const rows = useMemo(() => visibleRows(codes, collapsed), [codes, collapsed]);
  const below = useMemo(() => descendantCounts(codes, counts ?? new Map()), [codes, counts]);
  const treeRef = useRef<HTMLUListElement>(null);
  const rowRefs = useRef(new Map<Id, HTMLLIElement>());
  const focusId = rows.some((r) => r.code.id === selectedId) ? selectedId : (rows[0]?.code.id ?? null);

  // Keep keyboard focus on the selected row while the user navigates inside the tree.
  useEffect(() => {
    if (!focusId || !treeRef.current?.contains(document.activeElement)) return;
    const row = rowRefs.current.get(focusId);
    if (row && row !== document.activeElement) row.focus();
  }, [focusId, rows]);

  const toggle = (id: Id, open?: boolean) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      const shouldOpen = open ?? next.has(id);
      if (shouldOpen) next.delete(id);
      else next.add(id);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const at = rows.findIndex((r) => r.code.id === focusId);
    const row = rows[at];
    if (!row) return;
    const move = MOVE_KEYS[e.key];
    if (e.altKey && move && onMove) {
      e.preventDefault();
      const target = keyboardTarget(codes, row.code.id, move);
      if (target) {
        if (move === 'indent' && target.parentId) toggle(target.parentId, true);
        onMove(row.code.id, target);
      }
      return;
    }
    const select = (index: number) => {
      const next = rows[Math.max(0, Math.min(rows.length - 1, index))];
      if (next) onSelect(next.code.id);
    };
    switch (e.key) {
      case 'ArrowDown':
        select(at + 1);
        break;
      case 'ArrowUp':
        select(at - 1);
        break;
      case 'Home':
        select(0);
        break;
      case 'End':
        select(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) toggle(row.code.id, true);
        else if (row.hasChildren) select(at + 1);
        break;
      case 'ArrowLeft':
        if (row.expanded) toggle(row.code.id, false);
        else if (row.code.parentId) onSelect(row.code.parentId);
        break;
      case 'Enter':
        if (onApply && row.code.codable) onApply(row.code.id);
        else if (row.hasChildren) toggle(row.code.id);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const positionOf = (e: DragEvent<HTMLElement>): DropPosition => {
    const rect = e.currentTarget.getBoundingClientRect();
    const y = (e.clientY - rect.top) / Math.max(1, rect.height);
    return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside';
  };

  const dropProps = (id: Id) =>
    onMove
      ? {
          draggable: true,
          onDragStart: (e: DragEvent<HTMLLIElement>) => {
            e.dataTransfer.setData('text/plain', id);
            e.dataTransfer.effectAllowed = 'move';
            setDragged(id);
          },
          onDragEnd: () => {
            setDragged(null);
            setHint(null);
          },
          onDragOver: (e: DragEvent<HTMLLIElement>) => {
            if (!dragged || !dropTarget(codes, dragged, id, 'inside')) return;
            e.preventDefault();
            const position = positionOf(e);
            if (hint?.id !== id || hint.position !== position) setHint({ id, position });
          },
          onDrop: (e: DragEvent<HTMLLIElement>) => {
            e.preventDefault();
            const source = dragged ?? e.dataTransfer.getData('text/plain');
            const target = source ? dropTarget(codes, source, id, positionOf(e)) : null;
            setDragged(null);
            setHint(null);
            if (source && target) {
              if (target.parentId) toggle(target.parentId, true);
              onMove(source, target);
            }
          },
        }
      : {};

  return (
    <ul
      ref={treeRef}
      className="code-tree"
      role="tree"
      aria-label={label ?? t('codebook.treeLabel')}
      onKeyDown={onKeyDown}
    >
      {rows.map((row) => {
        const { code } = row;
        const own = counts?.get(code.id) ?? 0;
        const sub = below.get(code.id) ?? 0;
        const classes = ['code-row'];
        if (!code.codable) classes.push('category');
        if (code.id === selectedId) classes.push('selected');
        if (code.id === dragged) classes.push('dragging');
        if (hint?.id === code.id) classes.push(`drop-${hint.position}`);
        return (
          <li
            key={code.id}
            ref={(el) => {
              if (el) rowRefs.current.set(code.id, el);
              else rowRefs.current.delete(code.id);
            }}
            role="treeitem"
            aria-level={row.depth + 1}
            aria-posinset={row.position}
            aria-setsize={row.siblings}
            aria-expanded={row.hasChildren ? row.expanded : undefined}
            aria-selected={code.id === selectedId}
            tabIndex={code.id === focusId ? 0 : -1}
            className={classes.join(' ')}
            style={{ paddingLeft: `${0.4 + row.depth * 1.25}rem` }}
            onClick={() => onSelect(code.id)}
            onDoubleClick={() => onApply && code.codable && onApply(code.id)}
            data-code-id={code.id}
            {...dropProps(code.id)}
          >
            <span
              className={row.hasChildren ? 'twisty' : 'twisty leaf'}
              aria-hidden="true"
              onClick={(e) => {
                e.stopPropagation();
                if (row.hasChildren) toggle(code.id);
              }}
            >
              {row.hasChildren ? (row.expanded ? '▾' : '▸') : ''}
            </span>
            <span className="swatch" style={{ '--swatch': code.color } as CSSProperties} aria-hidden="true" />
            <span className="code-name">{code.name}</span>
            {!code.codable && <span className="sr-only">{t('codebook.categoryOnly')}</span>}
            <span
              className={own === 0 && sub === 0 ? 'code-count zero' : 'code-count'}
              title={t('codebook.countTitle', {
                own: formatCount('codings', own, i18n.language),
                sub: formatNumber(sub, i18n.language),
              })}
            >
              {code.codable || own > 0 ? formatNumber(own, i18n.language) : ''}
              {sub > 0 && <span className="sub-count"> (+{formatNumber(sub, i18n.language)})</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
