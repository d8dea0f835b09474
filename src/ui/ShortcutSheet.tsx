// Every key of the atlas on one sheet, opened with ? (or its button). The sheet is the kit's modal
// Dialog, loaded the first time it is asked for: the first view only carries this button.
import { lazy, Suspense, useEffect, useState } from 'react';
import { Button } from './kit/Button.tsx';

const KeysDialog = lazy(() => import('./KeysDialog.tsx'));

export function ShortcutSheet() {
  // null until first asked for: the dialog's code is not loaded before then
  const [open, setOpen] = useState<boolean | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '?' || (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <Button className="keys-button" aria-keyshortcuts="?" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Keys
      </Button>
      {open !== null && (
        <Suspense fallback={null}>
          <KeysDialog open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
