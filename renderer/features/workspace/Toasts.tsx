import { useCallback, useState } from 'react';

type Toast = { id: number; text: string };

let nextId = 1;

/** Short confirmations ("Ongedaan gemaakt: …") that disappear by themselves. */
export function useToasts() {
  const [items, setItems] = useState<Toast[]>([]);
  const push = useCallback((text: string) => {
    const id = nextId++;
    setItems((list) => [...list.slice(-3), { id, text }]);
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
