// On a phone a chosen item's card opens as a bottom sheet over the stage: the body stays in sight
// above it (the page is brought back to the top, where the stage is, and the sheet takes at most
// half the screen), and the sheet is not modal, so the body can still be turned and another point
// tapped while the card is read. Escape or the sheet's button closes the card; focus goes back to
// what opened it.
import { useEffect, type ReactNode } from 'react';
import { Drawer } from '../kit/Drawer.tsx';

export function CardSheet({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  useEffect(() => {
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: 0, behavior: smooth ? 'smooth' : 'auto' });
  }, []);
  return (
    <Drawer
      title={title}
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      side="bottom"
      modal={false}
      closeLabel="Close the card"
      className="card-sheet"
    >
      {children}
    </Drawer>
  );
}
