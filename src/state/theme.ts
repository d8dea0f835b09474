// The theme in use: the one chosen on this device, or, on 'auto', the system's (dark mode, more
// contrast). The DOM gets it as CSS variables on the root; the scene reads the same palette.
import { useSyncExternalStore } from 'react';
import { cssVariables, palettes, type Palette, type ThemeId } from '../theme/tokens.ts';
import { useDevice, type ThemeChoice } from './device.ts';
import { useAtlas } from './store.ts';

const queries = ['(prefers-contrast: more)', '(prefers-color-scheme: dark)'] as const;
const media = (q: string) => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(q) : null);

function subscribe(onChange: () => void): () => void {
  const lists = queries.map(media);
  for (const l of lists) l?.addEventListener('change', onChange);
  return () => {
    for (const l of lists) l?.removeEventListener('change', onChange);
  };
}

/** The system's preference, as a theme. */
export function systemTheme(): ThemeId {
  if (media(queries[0])?.matches) return 'contrast';
  return media(queries[1])?.matches ? 'dark' : 'light';
}

export function resolveTheme(choice: ThemeChoice, system: ThemeId): ThemeId {
  return choice === 'auto' ? system : choice;
}

export function useThemeId(): ThemeId {
  const choice = useDevice((s) => s.theme);
  const system = useSyncExternalStore(subscribe, systemTheme, () => 'light' as const);
  // a projector washes colours out: presentation mode is always in high contrast, DOM and scene alike
  const presenting = useAtlas((s) => s.presenting);
  return presenting ? 'contrast' : resolveTheme(choice, system);
}

export function usePalette(): Palette {
  return palettes[useThemeId()];
}

/** Writes the theme's CSS variables on the document's root (and its id, for the few rules that differ). */
export function applyTheme(theme: ThemeId, root: HTMLElement = document.documentElement): void {
  for (const [k, v] of Object.entries(cssVariables(theme))) root.style.setProperty(k, v);
  root.dataset.theme = theme;
  root.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
}
