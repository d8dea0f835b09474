// The design tokens, one source for the DOM and the 3D scene: the DOM reads them as CSS variables
// (written on the root by applyTheme), the scene reads the same palette from here, so the two
// never drift. Three themes: light, dark and high contrast; each pair of text and background
// colours below meets WCAG AA (4.5:1 for text, 3:1 for large text and controls), tested in
// tests/unit/theme.test.ts.

export const themeIds = ['light', 'dark', 'contrast'] as const;
export type ThemeId = (typeof themeIds)[number];

export interface Palette {
  /** text */
  ink: string;
  /** secondary text */
  muted: string;
  /** the page */
  paper: string;
  /** raised surfaces: panels, cards, sheets */
  surface: string;
  /** lines between parts */
  border: string;
  /** controls' borders */
  control: string;
  /** the 3D stage and the charts behind the body */
  stage: string;
  /** pressed and current controls, links */
  accent: string;
  /** text on the accent */
  onAccent: string;
  /** the keyboard focus ring */
  focus: string;
  /** presentation mode's laser-style pointer: a bright dot the class can follow over the stage */
  laser: string;
  chip: string;
  onChip: string;
  caution: string;
  cautionBg: string;
  danger: string;
  dangerBg: string;
  // the scene
  skin: string;
  /** the skin's sheen where it turns away from the view (soft shading, not a gloss) */
  skinSheen: string;
  /** the eyebrows: dark enough to read as brows at full-body view, not as a marker's colour */
  brow: string;
  skySide: string;
  groundSide: string;
  label: string;
  labelHalo: string;
  guide: string;
  guideStart: string;
  pathFaded: string;
  scalpWho: string;
  scalpJiao: string;
  scalpHighlight: string;
  zoneFaded: string;
  hair: string;
  landmark: string;
  landmarkSelected: string;
  // the ear chart, a figure on its own paper in every theme; markers with the Okabe-Ito colours
  chartPaper: string;
  chartLine: string;
  chartInk: string;
  chartHover: string;
  marker: string;
  markerEuropean: string;
  markerLit: string;
  markerSelected: string;
  markerHalo: string;
  /** patient-safety mode: a point, zone or ear point contraindicated for this patient, on the body and the charts */
  markerContraindicated: string;
  /** patient-safety mode: one to treat with caution for this patient */
  markerCaution: string;
}

export const palettes: Record<ThemeId, Palette> = {
  light: {
    ink: '#16181d',
    muted: '#4b5563',
    paper: '#ffffff',
    surface: '#ffffff',
    border: '#d6dbe3',
    control: '#8a94a3',
    stage: '#eef1f5',
    accent: '#1d4ed8',
    onAccent: '#ffffff',
    focus: '#b45309',
    laser: '#e0002a',
    chip: '#eef2ff',
    onChip: '#1e3a8a',
    caution: '#92400e',
    cautionBg: '#fffbeb',
    danger: '#991b1b',
    dangerBg: '#fef2f2',
    skin: '#d9a688',
    skinSheen: '#f3d2bd',
    brow: '#3b2a20',
    skySide: '#f4f1ee',
    groundSide: '#5b5149',
    label: '#111827',
    labelHalo: '#ffffffe0',
    guide: '#111827',
    guideStart: '#f59e0b',
    pathFaded: '#d7dbe2',
    scalpWho: '#c026d3',
    scalpJiao: '#0ea5e9',
    scalpHighlight: '#f97316',
    zoneFaded: '#cbd5e1',
    hair: '#3f3f46',
    landmark: '#1d4ed8',
    landmarkSelected: '#f59e0b',
    chartPaper: '#f6e6dc',
    chartLine: '#5b4638',
    chartInk: '#3b2f2a',
    chartHover: '#fff7c2',
    marker: '#1f1f1f',
    markerEuropean: '#0072b2',
    markerLit: '#cc0066',
    markerSelected: '#d55e00',
    markerHalo: '#ffffff',
    markerContraindicated: '#d0001c',
    markerCaution: '#b85c00',
  },
  dark: {
    ink: '#e8eaef',
    muted: '#a7b0be',
    paper: '#111318',
    surface: '#1a1d24',
    border: '#2f3541',
    control: '#6b7686',
    stage: '#1f232b',
    accent: '#7aa2ff',
    onAccent: '#0b1020',
    focus: '#fbbf24',
    laser: '#ff3d5a',
    chip: '#26304a',
    onChip: '#dbe4ff',
    caution: '#fcd34d',
    cautionBg: '#2a2312',
    danger: '#fca5a5',
    dangerBg: '#2b1517',
    skin: '#c99577',
    skinSheen: '#e8c3aa',
    brow: '#3b2a20',
    skySide: '#e8e4df',
    groundSide: '#3a332d',
    label: '#f3f4f6',
    labelHalo: '#111318e0',
    guide: '#f3f4f6',
    guideStart: '#fbbf24',
    pathFaded: '#4b5260',
    scalpWho: '#e879f9',
    scalpJiao: '#38bdf8',
    scalpHighlight: '#fb923c',
    zoneFaded: '#475063',
    hair: '#9aa0ab',
    landmark: '#7aa2ff',
    landmarkSelected: '#fbbf24',
    chartPaper: '#f6e6dc',
    chartLine: '#5b4638',
    chartInk: '#3b2f2a',
    chartHover: '#fff3a8',
    marker: '#1f1f1f',
    markerEuropean: '#0072b2',
    markerLit: '#cc0066',
    markerSelected: '#d55e00',
    markerHalo: '#ffffff',
    markerContraindicated: '#d0001c',
    markerCaution: '#b85c00',
  },
  contrast: {
    ink: '#000000',
    muted: '#1f1f1f',
    paper: '#ffffff',
    surface: '#ffffff',
    border: '#000000',
    control: '#000000',
    stage: '#ffffff',
    accent: '#0038a8',
    onAccent: '#ffffff',
    focus: '#c2410c',
    laser: '#e0002a',
    chip: '#ffffff',
    onChip: '#000000',
    caution: '#6b2f00',
    cautionBg: '#fff7d6',
    danger: '#7a0000',
    dangerBg: '#ffe9e9',
    skin: '#e0b394',
    skinSheen: '#f6d9c6',
    brow: '#2a1d16',
    skySide: '#ffffff',
    groundSide: '#6b5a4e',
    label: '#000000',
    labelHalo: '#fffffff0',
    guide: '#000000',
    guideStart: '#c2410c',
    pathFaded: '#bfc5ce',
    scalpWho: '#a21caf',
    scalpJiao: '#0369a1',
    scalpHighlight: '#c2410c',
    zoneFaded: '#9aa3ae',
    hair: '#000000',
    landmark: '#0038a8',
    landmarkSelected: '#c2410c',
    chartPaper: '#ffffff',
    chartLine: '#000000',
    chartInk: '#000000',
    chartHover: '#fff3a8',
    marker: '#000000',
    markerEuropean: '#0050a0',
    markerLit: '#a3004f',
    markerSelected: '#b34000',
    markerHalo: '#ffffff',
    markerContraindicated: '#b00018',
    markerCaution: '#9a4a00',
  },
};

/** Sizes shared by every theme: type scale, spacing, radius, elevation, motion. */
export const scale = {
  font: { xs: '0.75rem', sm: '0.85rem', md: '0.95rem', lg: '1.15rem', xl: '1.4rem' },
  space: { 1: '0.25rem', 2: '0.5rem', 3: '0.75rem', 4: '1rem', 6: '1.5rem' },
  radius: { sm: '4px', md: '8px', pill: '999px' },
  elevation: { 1: '0 1px 2px rgb(0 0 0 / 0.12)', 2: '0 4px 16px rgb(0 0 0 / 0.18)' },
  motion: { fast: '120ms', normal: '240ms' },
  /** the smallest touch target (WCAG 2.5.5) */
  target: '44px',
  /** presentation mode's type, read from the back of a classroom (at 1024x768, about 31 and 22 px) */
  present: { caption: 'clamp(1.75rem, 4vmin, 3.25rem)', detail: 'clamp(1.25rem, 2.8vmin, 2.25rem)' },
} as const;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The CSS variables of a theme: --ink, --muted, ..., --font-sm, --space-2, --radius-md... */
export function cssVariables(theme: ThemeId): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(palettes[theme]) as [string, string][]) vars[`--${kebab(k)}`] = v;
  for (const [group, values] of Object.entries(scale)) {
    if (typeof values === 'string') vars[`--${group}`] = values;
    else for (const [k, v] of Object.entries(values) as [string, string][]) vars[`--${group}-${k}`] = v;
  }
  return vars;
}

/**
 * The ear's parts, told apart by colour on the chart (light fills under dark ink) and on the 3D
 * relief (deeper tones under light); the same in every theme: the chart is a figure on its paper.
 */
export const earPartColours = {
  chart: {
    helix: '#f2d7c4',
    'helix-crus': '#eac3a3',
    scapha: '#d5e5f3',
    'superior-crus': '#f3e3b0',
    'inferior-crus': '#f3e3b0',
    antihelix: '#f3e3b0',
    'triangular-fossa': '#d8ecd0',
    tragus: '#efcfe0',
    'tragus-medial': '#e3b8cf',
    antitragus: '#e2d3f0',
    'antitragus-medial': '#cdb8e6',
    concha: '#cfe8ec',
    lobe: '#f8e4cc',
    'posterior-surface': '#e4e4e4',
    'ear-root': '#d2d2d2',
  } as Record<string, string>,
  relief: {
    helix: '#e9b99a',
    'helix-crus': '#e0a47c',
    scapha: '#a9c8e8',
    'superior-crus': '#ecd17c',
    'inferior-crus': '#ecd17c',
    antihelix: '#ecd17c',
    'triangular-fossa': '#a8d49a',
    tragus: '#e3a3c4',
    'tragus-medial': '#cf86ad',
    antitragus: '#c6a8e3',
    'antitragus-medial': '#a98bd2',
    concha: '#98d0d8',
    lobe: '#f2cfa0',
  } as Record<string, string>,
  /** a part without its own colour */
  other: '#dddddd',
  /** the relief outside every zone: skin */
  skin: '#c9a28a',
};

/**
 * The print sheet's figures: black on white whatever the theme on screen (a sheet is printed on
 * paper, often in black and white), the body and the ear's zones in light greys under black marks.
 */
export const printColours = {
  ink: '#000000',
  paper: '#ffffff',
  /** the ear's zones and the body's skin in the figures */
  zone: '#eeeeee',
  zoneLine: '#777777',
  meatus: '#bbbbbb',
  body: '#d0d0d0',
} as const;

/**
 * The dermatome map's colours on the skin, the same in every theme (a chart laid on the body):
 * mid tints, strong enough to tell the bands apart under the lit skin and light enough that the
 * point markers and their names stay legible over them. Spinal segments take
 * the eight in turn head to tail, so neighbouring bands never share a colour; the trigeminal
 * divisions have their own three. Uncertain borders are drawn toward `border`, an area outside
 * an emphasis toward `faded`.
 */
export const dermatomeColours = {
  cycle: ['#e8585b', '#4f93de', '#efc037', '#5cbf5c', '#9d6fdb', '#f08a3a', '#3dbdb3', '#e26aaf'],
  trigeminal: ['#d9b27a', '#a9c47a', '#93a8dc'],
  border: '#ffffff',
  faded: '#c8c8c8',
  /** the key sensory points' markers and the areas' names */
  keyPoint: '#1f2937',
} as const;
