// A modal dialog (Radix Dialog): focus moves in and stays in, Escape and the close button close it,
// focus returns to what opened it, the page behind is inert to assistive technology. The title
// names the dialog. Load it lazily: no first view needs a dialog.
import * as D from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useReturnFocus } from './useReturnFocus.ts';
import './kit.css';

export interface DialogProps {
  title: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
  /** the close button's text */
  closeLabel?: string;
  className?: string;
}

export function Dialog({ title, open, onOpenChange, children, closeLabel = 'Close', className = '' }: DialogProps) {
  const returnFocus = useReturnFocus();
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      <D.Portal>
        <D.Overlay className="kit-overlay" />
        <D.Content className={`kit-dialog ${className}`.trim()} aria-describedby={undefined} {...returnFocus}>
          <D.Title className="kit-dialog-title">{title}</D.Title>
          {children}
          <D.Close className="kit-button">{closeLabel}</D.Close>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
