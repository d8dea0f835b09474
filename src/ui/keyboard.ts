import { useAtlas, viewPresets } from '../state/store.ts';

const step = Math.PI / 12;

/** Keys on the focused 3D view: arrows orbit, shift+arrows pan, + and - zoom, 1-8 preset views. */
export function handleViewKey(e: { key: string; shiftKey: boolean; preventDefault: () => void }): void {
  const { nudgeCamera, goTo } = useAtlas.getState();
  const pan = 0.05;
  const map: Record<string, () => void> = {
    ArrowLeft: () => (e.shiftKey ? nudgeCamera({ pan: [-pan, 0] }) : nudgeCamera({ orbit: [step, 0] })),
    ArrowRight: () => (e.shiftKey ? nudgeCamera({ pan: [pan, 0] }) : nudgeCamera({ orbit: [-step, 0] })),
    ArrowUp: () => (e.shiftKey ? nudgeCamera({ pan: [0, -pan] }) : nudgeCamera({ orbit: [0, step] })),
    ArrowDown: () => (e.shiftKey ? nudgeCamera({ pan: [0, pan] }) : nudgeCamera({ orbit: [0, -step] })),
    '+': () => nudgeCamera({ zoom: 0.2 }),
    '=': () => nudgeCamera({ zoom: 0.2 }),
    '-': () => nudgeCamera({ zoom: -0.25 }),
  };
  const preset = viewPresets[Number(e.key) - 1];
  const action = map[e.key] ?? (preset ? () => goTo(preset) : undefined);
  if (action) {
    e.preventDefault();
    action();
  }
}

/** Page-wide keys (the card is loaded lazily, so they live here): [ and ] step along the channel, Escape closes. */
export function listenForPointKeys(): () => void {
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    const { stepAlongChannel, select } = useAtlas.getState();
    if (e.key === ']') stepAlongChannel(1);
    else if (e.key === '[') stepAlongChannel(-1);
    else if (e.key === 'Escape') {
      const was = useAtlas.getState().selection;
      select(null);
      // focus goes back to the item in its list, or to the view; never lost to the page
      if (was) {
        // (compared by value, not put into a selector: nothing in an id can break a query)
        const item = [...document.querySelectorAll<HTMLElement>('[data-code], [data-ear-item]')].find(
          (e) => e.dataset.code === was.id || e.dataset.earItem === was.id,
        );
        (item ?? document.getElementById('stage-view'))?.focus();
      }
    }
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
