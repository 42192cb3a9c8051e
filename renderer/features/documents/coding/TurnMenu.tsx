import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../i18n/index.ts';

export type TurnMenuItem = {
  key: string;
  label: string;
  onSelect: () => void;
  /** Why the item cannot be used now (shown under it), or false. */
  disabled?: string | false;
  shortcut?: string;
};

type Props = {
  /** Where the speaker chip is on screen: the menu opens below it. */
  x: number;
  y: number;
  items: TurnMenuItem[];
  hint: string;
  onClose: () => void;
};

/** The menu of a turn's speaker chip: split, change the speaker, merge. Arrow keys move, Escape closes. */
export function TurnMenu({ x, y, items, hint, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not([aria-disabled="true"])')?.focus();
    const outside = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    // The transcript scrolls under a fixed menu; close rather than float away from the chip.
    const scrolled = (e: Event) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('scroll', scrolled, true);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('scroll', scrolled, true);
    };
  }, [onClose]);
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  // Keep the menu inside the window (a chip near the bottom opens it upwards).
  const top = Math.min(y + 4, window.innerHeight - 40 - items.length * 34 - 48);
  return (
    <div
      ref={ref}
      role="menu"
      aria-label={t('turns.menu')}
      className="turn-menu"
      style={{ left: Math.min(x, window.innerWidth - 360), top: Math.max(8, top) }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          aria-disabled={item.disabled ? 'true' : undefined}
          title={item.disabled || undefined}
          onClick={() => {
            if (item.disabled) return;
            onClose();
            item.onSelect();
          }}
        >
          <span className="menu-label">
            {item.label}
            {item.shortcut && <kbd>{item.shortcut}</kbd>}
          </span>
          {item.disabled && <span className="menu-why">{item.disabled}</span>}
        </button>
      ))}
      <p className="muted small menu-hint">{hint}</p>
    </div>
  );
}
