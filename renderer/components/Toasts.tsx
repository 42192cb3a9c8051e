import { useCallback, useState } from 'react';

type Toast = { id: number; text: string };

let nextId = 1;

/**
 * Short confirmations ("Ongedaan gemaakt: …") that disappear by themselves. A new one replaces the one shown,
 * so quick work (a coding per key press) never builds a stack over the text.
 */
export function useToasts() {
  const [items, setItems] = useState<Toast[]>([]);
  const push = useCallback((text: string) => {
    const id = nextId++;
    setItems([{ id, text }]);
    setTimeout(() => setItems((list) => list.filter((t) => t.id !== id)), 4000);
  }, []);
  return { items, push };
}

/** The live region that shows the toasts. */
export function Toasts({ toasts }: { toasts: Toast[] }) {
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className="toast">
          {t.text}
        </div>
      ))}
    </div>
  );
}
