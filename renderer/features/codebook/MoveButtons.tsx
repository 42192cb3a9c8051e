import type { Code, Id } from '../../../shared/model.ts';
import { useTranslation } from '../../i18n/index.ts';
import { keyboardTarget, type KeyboardMove, type MoveTarget } from './treeModel.ts';

const MOVES: { move: KeyboardMove; icon: string; label: string; keys: string }[] = [
  { move: 'up', icon: '↑', label: 'codebook.moveUp', keys: 'Alt+↑' },
  { move: 'down', icon: '↓', label: 'codebook.moveDown', keys: 'Alt+↓' },
  { move: 'outdent', icon: '⇤', label: 'codebook.outdent', keys: 'Alt+←' },
  { move: 'indent', icon: '⇥', label: 'codebook.indent', keys: 'Alt+→' },
];

/** Buttons that move the selected code, for those who do not drag (the same moves as Alt+arrows). */
export function MoveButtons({
  codes,
  selectedId,
  onMove,
  readOnly,
}: {
  codes: readonly Code[];
  selectedId: Id | null;
  onMove: (id: Id, target: MoveTarget) => void;
  /** Why codes cannot be moved here (a reader of a shared project). */
  readOnly?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="move-buttons" role="toolbar" aria-label={t('codebook.treeLabel')}>
      {MOVES.map(({ move, icon, label, keys }) => {
        const target = selectedId ? keyboardTarget(codes, selectedId, move) : null;
        return (
          <button
            key={move}
            type="button"
            disabled={!target || readOnly !== undefined}
            aria-label={t(label)}
            title={readOnly ?? `${t(label)} (${keys})`}
            onClick={() => selectedId && target && onMove(selectedId, target)}
          >
            {icon}
          </button>
        );
      })}
    </div>
  );
}
