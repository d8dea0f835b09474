// The caution mark lists show beside an item: its strongest grade and what its warnings are about,
// notes left out, and nothing when it has no contraindication or caution.
import { describe, expect, it } from 'vitest';
import { cautionMark } from '../../src/domain/schema/cautions.ts';
import { data } from '../support/atlas.ts';

const point = (code: string) => {
  const record = data.points.get(code);
  if (!record) throw new Error(`no record ${code}`);
  return record;
};

describe('the caution mark of a list item', () => {
  it('takes the strongest grade and names every kind once, strongest first', () => {
    expect(
      cautionMark([
        { grade: 'note', kind: 'general' },
        { grade: 'caution', kind: 'bleeding' },
        { grade: 'contraindicated', kind: 'pregnancy' },
        { grade: 'caution', kind: 'pregnancy' },
      ]),
    ).toEqual({
      grade: 'contraindicated',
      kinds: ['pregnancy', 'bleeding'],
      label: 'contraindicated: pregnancy; caution: bleeding disorders and anticoagulants, pregnancy',
    });
  });

  it('is absent for no cautions or notes only', () => {
    expect(cautionMark([])).toBeNull();
    expect(cautionMark([{ grade: 'note', kind: 'general' }])).toBeNull();
  });

  it('flags the points a search for pregnancy lists (CV3, CV4, SP6) and LI4 as contraindicated', () => {
    for (const code of ['CV3', 'CV4', 'SP6']) expect(cautionMark(point(code).cautions)?.kinds, code).toContain('pregnancy');
    expect(cautionMark(point('LI4').cautions)?.grade).toBe('contraindicated');
  });
});
