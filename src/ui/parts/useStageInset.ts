// A bar lying over the top of the 3D view (the quiz's question) reports how much of the view's
// height it covers, so the camera frames its preset below it (src/state/viewFraming.ts). Only where
// it lies at the top: on a phone the quiz's bar sits at the bottom of the screen.
import { useEffect, type RefObject } from 'react';
import { useAtlas } from '../../state/store.ts';

/** `which`: changes when the bar's element is replaced by another (observed afresh). */
export function useStageInset(ref: RefObject<HTMLElement | null>, which: unknown): void {
  useEffect(() => {
    const el = ref.current;
    const view = el?.closest('.viewport');
    if (!el || !view) return;
    const measure = () => {
      const bar = el.getBoundingClientRect(),
        stage = view.getBoundingClientRect();
      const atTop = stage.height > 0 && bar.top - stage.top < stage.height / 4;
      useAtlas.getState().setStageInsetTop(atTop ? (bar.bottom - stage.top) / stage.height : 0);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    observer.observe(view);
    return () => {
      observer.disconnect();
      useAtlas.getState().setStageInsetTop(0);
    };
  }, [ref, which]);
}
