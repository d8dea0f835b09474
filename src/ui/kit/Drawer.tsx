// A drawer: a modal panel that slides in from an edge (a bottom sheet on a phone, a side drawer on
// a desk), built on Radix Dialog so it traps and returns focus and closes on Escape like a dialog.
// The slide is a transition on the tokens' motion, and none when reduced motion is asked for.
import * as D from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useReturnFocus } from './useReturnFocus.ts';
import './kit.css';

export interface DrawerProps {
  title: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  side?: 'bottom' | 'left' | 'right';
  children: ReactNode;
}

export function Drawer({ title, open, onOpenChange, side = 'bottom', children }: DrawerProps) {
  const returnFocus = useReturnFocus();
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      <D.Portal>
        <D.Overlay className="kit-overlay" />
        <D.Content className="kit-drawer" data-side={side} aria-describedby={undefined} {...returnFocus}>
          <div className="kit-drawer-head">
            <D.Title className="kit-dialog-title">{title}</D.Title>
            <D.Close className="kit-button quiet">Close</D.Close>
          </div>
          {children}
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
