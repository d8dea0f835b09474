// One sentence per step of the how-to-find guide, with the lengths measured on the body shown.
import type { Guide } from '../../../domain/points/placement.ts';

/** A reference in words: the landmark's name when known, else the id made readable. */
export function refName(ref: string, landmarkName?: (id: string) => string | undefined): string {
  if (/^[A-Z]/.test(ref)) return ref;
  const known = landmarkName?.(ref);
  if (known) return known.replace(/ \((left|right)\)$/, '').replace(/^./, (c) => c.toLowerCase());
  return ref
    .replace(/^spinous_/, 'spinous process of ')
    .replace(/_(left|right)$/, '')
    .replace(/_/g, ' ')
    .replace(/\b([ctls]\d)\b/g, (m) => m.toUpperCase());
}

export function guideSentences(guide: Guide, code: string, landmarkName?: (id: string) => string | undefined): string[] {
  const lines = [`Start at ${/^[A-Z]/.test(guide.ref) ? '' : 'the '}${refName(guide.ref, landmarkName)}.`];
  for (const step of guide.steps) {
    const cm = (step.lengthM * 100).toFixed(1);
    const toward = step.toward ? `${/^[A-Z]/.test(step.toward) ? '' : 'the '}${refName(step.toward, landmarkName)}` : 'the next reference';
    if (step.unit === 'fraction') lines.push(`Go ${Math.round(step.amount * 100)} % of the way toward ${toward} (${cm} cm here).`);
    else if (step.dir === 'across') lines.push(`Keep this level and go across to the vertical line through ${toward} (${cm} cm here).`);
    else if (step.amount === 0) lines.push(`Keep this level on the midline.`);
    else if (step.dir === 'left' || step.dir === 'right')
      lines.push(`Go ${step.amount} ${step.unit} to the ${step.dir} of the midline, at this level (${cm} cm on this body).`);
    else lines.push(`Go ${step.amount} ${step.unit} ${step.dir}${step.toward ? ` toward ${toward}` : ''} (${cm} cm on this body).`);
  }
  lines.push(`${code} lies there, on the skin.`);
  return lines;
}
