// The browser's full screen for presentation mode, where it is allowed: a browser may refuse it
// (no user gesture, a headless browser, an iframe without permission), and presentation mode then
// works the same inside the window.

/** Asks for full screen; a refusal is not an error. */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => undefined);
}

/** Leaves full screen if the page is in it. */
export function leaveFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') document.exitFullscreen().catch(() => undefined);
}
