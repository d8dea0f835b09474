// A tooltip (Radix Tooltip): shown on hover and on keyboard focus, dismissed with Escape, and
// linked to its trigger as its description. The trigger must be focusable (a button).
import * as T from '@radix-ui/react-tooltip';
import type { ReactElement, ReactNode } from 'react';
import './kit.css';

export function Tooltip({ content, children }: { content: ReactNode; children: ReactElement }) {
  return (
    <T.Provider delayDuration={400}>
      <T.Root>
        <T.Trigger asChild>{children}</T.Trigger>
        <T.Portal>
          <T.Content className="kit-tooltip" sideOffset={4}>
            {content}
          </T.Content>
        </T.Portal>
      </T.Root>
    </T.Provider>
  );
}
