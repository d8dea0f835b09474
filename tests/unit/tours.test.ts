// Tours (src/domain/tours): the schema and its errors in words, the built-in tours against the
// atlas's records, stepping through a tour within its bounds, the pure edits, the link round trip
// and the JSON file.
import { describe, expect, it } from 'vitest';
import { readLinkKeys } from '../../src/state/link.ts';
import { checkBuiltInTours } from '../../src/domain/tours/validate.ts';
import { type KnownTourItems } from '../../src/domain/tours/errors.ts';
import { readToursFile, toursFile } from '../../src/domain/tours/exchange.ts';
import { stepBy, stepLabel } from '../../src/domain/tours/navigation.ts';
import { addStep, emptyTour, moveStep, removeStep, renameTour, setCaption, toursToAdd } from '../../src/domain/tours/operations.ts';
import { tourSchema, type Tour } from '../../src/domain/tours/schema.ts';
import { decodeTour, encodeTour, tourLinkKey } from '../../src/domain/tours/shareLink.ts';
import { readJson } from '../../src/pipeline/atlasData.ts';
import { data } from '../support/atlas.ts';
import { repoRoot } from '../support/paths.ts';

const known: KnownTourItems = {
  points: new Set(data.points.keys()),
  scalp: new Set([...data.whoLines.map((l) => l.code), ...data.jiaoAreas.map((a) => a.id)]),
  ear: new Set([...data.ear.gb.map((p) => p.code), ...data.ear.nogier.map((p) => p.id)]),
  protocols: new Set(data.ear.protocols.map((p) => p.id)),
};

const builtIn = checkBuiltInTours(readJson(repoRoot, 'data/tours.json'), known);
const byId = (id: string): Tour => {
  const tour = builtIn.tours.find((t) => t.id === id);
  if (!tour) throw new Error(`no built-in tour ${id}`);
  return tour;
};
const ids = (tour: Tour) => tour.steps.map((s) => s.item.id);

const sample: Tour = {
  id: 'my-tour',
  name: 'Wrist ~ points * 100%',
  steps: [
    {
      item: { system: 'points', id: 'LU9' },
      view: { preset: 'hands', orbit: { azimuthDeg: 12.5, elevationDeg: -3, distanceM: 0.8, target: [0.31, 1.05, -0.02] } },
      caption: 'At the wrist ~ crease * pulse 100%',
    },
    { item: { system: 'channel', id: 'PC' }, view: { preset: 'anterior' }, caption: '' },
    { item: { system: 'protocol', id: 'nada' }, caption: 'NADA' },
    { item: { system: 'ear', id: 'HX6,7i' }, caption: 'Ear apex' },
    { item: { system: 'scalp', id: 'MS6' }, view: { preset: 'scalp-side' }, caption: 'Anterior oblique line' },
  ],
};

describe('built-in tours (data/tours.json)', () => {
  it('pass the schema and name only items the atlas has (the data check)', () => {
    expect(builtIn.problems).toEqual([]);
    expect(builtIn.tours.map((t) => t.id)).toEqual(['lung-channel', 'nada-ear', 'jiao-motor-sensory', 'back-shu']);
  });

  it('walk the Lung channel from LU1 to LU11, every step captioned', () => {
    const lung = byId('lung-channel');
    expect(ids(lung)).toEqual(['LU', ...Array.from({ length: 11 }, (_, i) => `LU${i + 1}`)]);
    for (const step of lung.steps) expect(step.caption.length).toBeGreaterThan(40);
  });

  it('show the NADA protocol, then its five points in the protocol order', () => {
    const nada = byId('nada-ear');
    const protocol = data.ear.protocols.find((p) => p.id === 'nada');
    expect(nada.steps[0]?.item).toEqual({ system: 'protocol', id: 'nada' });
    expect(ids(nada).slice(1)).toEqual(protocol?.points.map((p) => p.ref));
  });

  it("show Jiao's motor and sensory areas, and the back-shu points in BL order", () => {
    expect(ids(byId('jiao-motor-sensory')).slice(0, 2)).toEqual(['motor', 'sensory']);
    const shu = ids(byId('back-shu')).slice(1);
    expect(shu).toEqual(['BL13', 'BL14', 'BL15', 'BL18', 'BL19', 'BL20', 'BL21', 'BL22', 'BL23', 'BL25', 'BL27', 'BL28']);
    const numbers = shu.map((id) => Number(id.slice(2)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('are reported, by tour and field, when a step names an item the atlas does not have', () => {
    const raw = readJson(repoRoot, 'data/tours.json') as { tours: { steps: { item: { id: string } }[] }[] };
    const broken = structuredClone(raw);
    broken.tours[0]!.steps[3]!.item.id = 'LU12';
    const { problems } = checkBuiltInTours(broken, known);
    expect(problems).toEqual([
      {
        file: 'data/tours.json',
        record: 'lung-channel',
        field: 'steps',
        message: 'tour "The Lung channel, end to end", step 4: item.id: there is no body point "LU12" in the atlas',
      },
    ]);
  });
});

describe('tour schema errors', () => {
  it('name the tour, the step and the field', () => {
    const raw = { id: 'lung', name: 'Lung channel', steps: [sample.steps[0], sample.steps[1], { item: { system: 'points', id: 'LU 1' }, caption: 'x' }] };
    const file = JSON.stringify({ format: 'acupoint-atlas-tours', version: 1, tours: [raw] });
    const read = readToursFile(file, known);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toMatch(/^tour 1 \("Lung channel"\), step 3: item\.id: must be an item id/);
  });

  it('say which preset, system or field is wrong', () => {
    const tour = {
      id: 'x',
      name: 'Views',
      steps: [
        { item: { system: 'organ', id: 'LU1' }, caption: '' },
        { item: { system: 'points', id: 'LU1' }, view: { preset: 'sideways' }, caption: '', colour: 'red' },
      ],
    };
    const read = readToursFile(JSON.stringify(toursFile([tour as unknown as Tour])), known);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.errors.some((e) => e.startsWith('tour 1 ("Views"), step 1: item.system:'))).toBe(true);
      expect(read.errors.some((e) => e.startsWith('tour 1 ("Views"), step 2: view.preset:'))).toBe(true);
      expect(read.errors).toContain('tour 1 ("Views"), step 2: "colour" is not a field of a tour');
    }
  });

  it('reject a file that is not JSON, not a tours file, or from a newer atlas', () => {
    expect(readToursFile('{', known)).toEqual({ ok: false, errors: [expect.stringMatching(/not JSON/)] });
    expect(readToursFile('{"format":"acupoint-atlas-sets","version":1,"sets":[]}', known)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/not a tours file/)],
    });
    expect(readToursFile('{"format":"acupoint-atlas-tours","version":2,"tours":[]}', known)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/version must be 1/)],
    });
  });

  it('name an unknown item and import nothing', () => {
    const tour: Tour = { ...sample, steps: [...sample.steps, { item: { system: 'protocol', id: 'no-such' }, caption: '' }] };
    expect(readToursFile(JSON.stringify(toursFile([tour])), known)).toEqual({
      ok: false,
      errors: ['tour 1 ("Wrist ~ points * 100%"), step 6: item.id: there is no ear protocol "no-such" in the atlas'],
    });
  });

  it('read back a file the atlas wrote', () => {
    expect(readToursFile(JSON.stringify(toursFile([sample])), known)).toEqual({ ok: true, tours: [sample] });
  });
});

describe('stepping through a tour', () => {
  it('stays within the first and the last step', () => {
    expect(stepBy(0, -1, 5)).toBe(0);
    expect(stepBy(0, 1, 5)).toBe(1);
    expect(stepBy(4, 1, 5)).toBe(4);
    expect(stepBy(3, -1, 5)).toBe(2);
    expect(stepBy(9, 1, 5)).toBe(4);
    expect(stepBy(0, 1, 0)).toBe(0);
    expect(stepLabel(2, 12)).toBe('Step 3 of 12');
  });
});

describe('editing a tour', () => {
  it('adds, moves, removes, renames and captions steps, returning the same tour when nothing changes', () => {
    const empty = emptyTour('  Wrist  ', ['wrist']);
    expect(empty).toEqual({ id: 'wrist-2', name: 'Wrist', steps: [] });
    const [a, b, c] = sample.steps;
    const three = addStep(addStep(addStep(empty, a!), b!), c!);
    expect(three.steps).toEqual([a, b, c]);
    expect(moveStep(three, 0, 1).steps).toEqual([b, a, c]);
    expect(moveStep(three, 0, -1)).toBe(three);
    expect(moveStep(three, 2, 1)).toBe(three);
    expect(removeStep(three, 1).steps).toEqual([a, c]);
    expect(removeStep(three, 3)).toBe(three);
    expect(renameTour(three, ' Lung ').name).toBe('Lung');
    expect(renameTour(three, '  ')).toBe(three);
    expect(setCaption(three, 1, 'Pericardium').steps[1]?.caption).toBe('Pericardium');
    expect(setCaption(three, 7, 'x')).toBe(three);
  });

  it('keeps an imported or copied tour beside the user’s own under a new id and name', () => {
    const lung = byId('lung-channel');
    const [copy] = toursToAdd([lung], [{ ...lung, id: 'lung-channel' }]);
    expect(copy?.name).toBe('The Lung channel, end to end (2)');
    expect(copy?.id).toBe('the-lung-channel-end-to-end-2');
    expect(copy && 'source' in copy).toBe(false);
    expect(tourSchema.safeParse(copy).success).toBe(true);
  });
});

describe('a tour in a link', () => {
  it('round-trips through the link key, escapes and all', () => {
    const text = encodeTour(sample);
    expect(text.startsWith('Wrist %7E points %2A 100%25~p*LU9*hands*12.5,-3,0.8,0.31,1.05,-0.02*At the wrist %7E crease')).toBe(true);
    const { values, ignored } = readLinkKeys({ tour: tourLinkKey }, new URLSearchParams({ tour: text }));
    expect(ignored).toEqual([]);
    expect(values.tour).toEqual({ ...sample, id: 'shared' });
  });

  it('is malformed when it does not decode to a tour with steps', () => {
    for (const bad of ['Only a name', 'T~x*LU1', 'T~p*LU1*sideways', 'T~p*LU1*hands*1,2,3*x']) {
      const { values, ignored } = readLinkKeys({ tour: tourLinkKey }, new URLSearchParams({ tour: bad }));
      expect([bad, values.tour]).toEqual([bad, null]);
      expect(ignored).toEqual(['tour']);
    }
    expect(decodeTour('T~c*LU')).toEqual({ id: 'shared', name: 'T', steps: [{ item: { system: 'channel', id: 'LU' }, caption: '' }] });
  });
});
