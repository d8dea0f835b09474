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
