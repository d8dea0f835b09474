// Focus goes back to what opened a dialog, also when it was opened without a Radix Trigger (by a
// key, or from a button elsewhere): Radix would return it to its Trigger, and without one, nowhere.
import { useRef } from 'react';

export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  return {
    // runs as the dialog mounts, before focus moves into it: the focus is still on the opener
    onOpenAutoFocus: () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus: (event: Event) => {
      event.preventDefault();
      opener.current?.focus();
    },
  };
}
