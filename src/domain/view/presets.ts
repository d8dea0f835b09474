// The preset camera views, by name: the 3D view's buttons and keys 1 to 8, the link's `view`, and
// a tour step's camera all name one of these. Plain data, so the domain (tours) can check a name.
export const viewPresets = ['anterior', 'posterior', 'left', 'right', 'top', 'head', 'hands', 'feet', 'scalp-top', 'scalp-side', 'scalp-back'] as const;
export type ViewPreset = (typeof viewPresets)[number];
