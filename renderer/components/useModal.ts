import { useEffect, useId, useRef } from 'react';

/** A native <dialog> shown modal while the component is mounted, and the id its title carries. */
export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return { ref, titleId };
}
