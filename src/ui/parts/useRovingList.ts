// One keyboard behaviour for every list of items (points, ear points, scalp zones, results,
// landmarks): the list is ONE tab stop (the current item, else the last one focused, else the
// first), and the arrow keys, Home and End move within it (roving tabindex, as WAI-ARIA's
// composite widgets do). Items are the buttons matching `selector` inside the container.
import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

const moves: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at) => at + 1,
  ArrowUp: (at) => at - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};
/** a row of items (chips) also moves with the left and right arrows */
const rowMoves: Record<string, (at: number, count: number) => number> = {
  ...moves,
  ArrowRight: (at) => at + 1,
  ArrowLeft: (at) => at - 1,
};

export function useRovingList<E extends HTMLElement>(selector = 'button', row = false) {
  const ref = useRef<E>(null);
  const last = useRef<HTMLElement | null>(null);
  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>(selector) ?? [])];
  const makeStop = (stop: HTMLElement | undefined, all = items()) => {
    for (const item of all) item.tabIndex = item === stop ? 0 : -1;
  };
  // after every render (items come and go with filters): exactly one tab stop
  useLayoutEffect(() => {
    const all = items();
    const stop = all.find((b) => b.getAttribute('aria-current') === 'true') ?? (last.current && all.includes(last.current) ? last.current : all[0]);
    makeStop(stop, all);
  });
  const onKeyDown = (e: KeyboardEvent<E>) => {
    const move = (row ? rowMoves : moves)[e.key];
    if (!move) return;
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const next = all[Math.max(0, Math.min(all.length - 1, move(at, all.length)))];
    if (!next) return;
    e.preventDefault();
    makeStop(next, all);
    next.focus();
  };
  const onFocus = (e: FocusEvent<E>) => {
    if (!(e.target instanceof HTMLElement) || !e.target.matches(selector)) return;
    last.current = e.target;
    makeStop(e.target);
  };
  return { ref, onKeyDown, onFocus };
}
