// A drawer: a panel that slides in from an edge (a bottom sheet on a phone, a side drawer on a
// desk), built on Radix Dialog so it returns focus and closes on Escape like a dialog. Modal by
// default (focus trapped, the page behind inert); a non-modal drawer leaves the page behind usable
// (a card's sheet over the 3D view: the body above it can still be turned and tapped) and stays open
// when the page behind is touched. The slide is a transition on the tokens' motion, and none when
// reduced motion is asked for.
import * as D from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useReturnFocus } from './useReturnFocus.ts';
import './kit.css';

export interface DrawerProps {
  title: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  side?: 'bottom' | 'left' | 'right';
  modal?: boolean;
  /** the close button's name, where "Close" alone would be ambiguous (a card has its own Close) */
  closeLabel?: string;
  className?: string;
  children: ReactNode;
}

const keepOpen = (e: Event) => e.preventDefault();

export function Drawer({ title, open, onOpenChange, side = 'bottom', modal = true, closeLabel = 'Close', className = '', children }: DrawerProps) {
  const returnFocus = useReturnFocus();
  return (
    <D.Root open={open} onOpenChange={onOpenChange} modal={modal}>
      <D.Portal>
        <D.Overlay className="kit-overlay" />
        <D.Content
          className={`kit-drawer ${className}`.trim()}
          data-side={side}
          aria-describedby={undefined}
          onInteractOutside={modal ? undefined : keepOpen}
          {...returnFocus}
        >
          <div className="kit-drawer-head">
            <D.Title className="kit-dialog-title">{title}</D.Title>
            <D.Close className="kit-button quiet">{closeLabel}</D.Close>
          </div>
          {children}
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
