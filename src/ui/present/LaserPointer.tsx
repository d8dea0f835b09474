// A laser-style pointer for presentation mode: a bright dot (the `laser` token, with a white halo
// so it reads on the skin too) following the pointer over the stage, with a short fading trail the
// class's eyes can follow. Drawn in the DOM over the canvas, so the 3D view does not redraw for it.
// The dots are made once; each animation frame only moves them (positions in preallocated typed
// arrays), and the loop stops once the trail has caught up with the dot. With reduced motion the
// trail is dropped: the dot alone follows the pointer.
import { useEffect, useRef } from 'react';

const trailLength = 8;

export function LaserPointer({ stageId }: { stageId: string }) {
  const dot = useRef<HTMLDivElement>(null);
  const trail = useRef<(HTMLDivElement | null)[]>([]);
  useEffect(() => {
    const stage = document.getElementById(stageId);
    const head = dot.current;
    if (!stage || !head) return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const xs = new Float32Array(trailLength);
    const ys = new Float32Array(trailLength);
    let next = 0;
    let x = 0;
    let y = 0;
    let inside = false;
    let frame = 0;
    /** frames drawn since the pointer last moved: once the trail is that long, nothing moves */
    let still = 0;
    const draw = () => {
      frame = 0;
      xs[next] = x;
      ys[next] = y;
      next = (next + 1) % trailLength;
      head.style.transform = `translate(${x}px, ${y}px)`;
      head.style.opacity = inside ? '1' : '0';
      const dots = trail.current;
      for (let i = 0; !reduced && i < dots.length; i++) {
        const el = dots[i];
        if (!el) continue;
        // the i-th position before the newest, smaller and fainter with age
        const k = (next - 2 - i + 2 * trailLength) % trailLength;
        el.style.transform = `translate(${xs[k] ?? x}px, ${ys[k] ?? y}px) scale(${1 - (i + 1) / (trailLength + 2)})`;
        el.style.opacity = inside ? String(0.55 * (1 - (i + 1) / (trailLength + 1))) : '0';
      }
      if (++still < trailLength) frame = requestAnimationFrame(draw);
    };
    const wake = () => {
      still = 0;
      if (!frame) frame = requestAnimationFrame(draw);
    };
    // the layer covers the stage and takes no pointer events, so client coordinates are the layer's
    const onMove = (e: PointerEvent) => {
      x = e.clientX;
      y = e.clientY;
      inside = true;
      wake();
    };
    const onLeave = () => {
      inside = false;
      wake();
    };
    stage.addEventListener('pointermove', onMove, { passive: true });
    stage.addEventListener('pointerleave', onLeave, { passive: true });
    return () => {
      stage.removeEventListener('pointermove', onMove);
      stage.removeEventListener('pointerleave', onLeave);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [stageId]);
  return (
    <div className="laser-layer" aria-hidden="true">
      {Array.from({ length: trailLength }, (_, i) => (
        <div
          key={i}
          className="laser-trail"
          ref={(el) => {
            trail.current[i] = el;
          }}
        />
      ))}
      <div className="laser-dot" ref={dot} data-laser="" />
    </div>
  );
}
