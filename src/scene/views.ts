// Approximate camera poses for the preset views, scaled to the height of the body shown: used only
// until the body's region map has been measured (then src/state/viewFraming.ts frames each part).
import type { ViewPreset } from '../state/store.ts';

export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
}

export function presetPose(preset: ViewPreset, heightM: number): CameraPose {
  const h = heightM;
  const mid = 0.52 * h;
  const far = 1.78 * h; // fits the whole body with a margin at a 35 degree field of view
  switch (preset) {
    case 'anterior':
      return { position: [0, mid, far], target: [0, mid, 0.03] };
    case 'posterior':
      return { position: [0, mid, -far], target: [0, mid, 0.03] };
    case 'left':
      return { position: [far, mid, 0.03], target: [0, mid, 0.03] };
    case 'right':
      return { position: [-far, mid, 0.03], target: [0, mid, 0.03] };
    case 'top':
      return { position: [0, h + 1.3, 0.35], target: [0, 0.82 * h, 0.02] };
    case 'head':
      return { position: [0.22, 0.935 * h, 0.72], target: [0, 0.925 * h, 0.06] };
    case 'hands':
      return { position: [0, 0.47 * h, 1.35], target: [0, 0.47 * h, 0.05] };
    case 'scalp-top':
      return { position: [0, h + 0.42, 0.12], target: [0, 0.93 * h, 0.03] };
    case 'scalp-side':
      return { position: [0.6, 0.95 * h, 0.05], target: [0, 0.93 * h, 0.04] };
    case 'scalp-back':
      return { position: [0, 0.96 * h, -0.6], target: [0, 0.93 * h, 0.04] };
    case 'feet':
      return { position: [0.35, 0.32 * h, 1.05], target: [0, 0.04 * h, 0.08] };
  }
}
