// On a phone the card sits below the view: when one opens (after its code has loaded), it is
// scrolled into sight. On wider screens it is beside the view already, and nothing moves.
import { useEffect, useRef, type ReactNode } from 'react';

export function RevealOnPhone({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!window.matchMedia?.('(max-width: 699px)').matches) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    ref.current?.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
  }, []);
  return <div ref={ref}>{children}</div>;
}
