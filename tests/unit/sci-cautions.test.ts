// The spinal cord injury cautions cite the works that say them. Autonomic dysreflexia (a surge of
// blood pressure set off by a stimulus below an injury at or above T6) is the subject of the
// Consortium for Spinal Cord Medicine's clinical practice guideline "Evaluation and Management of
// Autonomic Dysreflexia and Other Autonomic Dysfunctions: Preventing the Highs and Lows" (2020);
// the WHO's 1999 guidelines on acupuncture training and safety do not treat it.
import { describe, expect, it } from 'vitest';
import { electroFileSchema } from '../../src/systems/electro/domain/schema.ts';
import { readRepoJson } from '../support/paths.ts';

interface Caution {
  note: string;
  source: string;
}
const electro = electroFileSchema.parse(readRepoJson('data/electro/pairs.json'));
// every caution in the conditions file, wherever it sits (a condition's own, or a red flag's)
function cautionsIn(value: unknown): Caution[] {
  if (Array.isArray(value)) return value.flatMap(cautionsIn);
  if (!value || typeof value !== 'object') return [];
  const v = value as Record<string, unknown>;
  const own = typeof v.note === 'string' && typeof v.source === 'string' ? [{ note: v.note, source: v.source }] : [];
  return [...own, ...Object.values(v).flatMap(cautionsIn)];
}
const conditionCautions = cautionsIn(readRepoJson('data/conditions.json'));
const cautions: Caution[] = [...electro.cautions, ...conditionCautions];

describe('the spinal cord injury cautions', () => {
  it('cite the 2020 Consortium for Spinal Cord Medicine guideline wherever they warn of autonomic dysreflexia', () => {
    const dysreflexia = cautions.filter((c) => /dysreflexia/i.test(c.note));
    expect(dysreflexia.length).toBeGreaterThanOrEqual(2);
    for (const c of dysreflexia) {
      expect(c.source, c.note).toMatch(
        /^Consortium for Spinal Cord Medicine\. Evaluation and Management of Autonomic Dysreflexia .*Preventing the Highs and Lows.*2020/,
      );
      expect(c.source, c.note).not.toMatch(/WHO/);
    }
  });

  it('give the implants common after a spinal cord injury a dated, named source', () => {
    const implants = electro.cautions.filter((c) => /baclofen pump/.test(c.note));
    expect(implants).toHaveLength(1);
    expect(implants[0]?.source).toMatch(/Cummings M.*2011/);
  });
});
