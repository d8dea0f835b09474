// Patient-safety mode: which cautions apply to a patient (by kind, by technique, strongest first,
// each with its reason), the switches the data carries, the selectors the body, the charts and the
// banner read, and the switches kept in the link (never on the device).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  cautionsForPatient,
  cautionsForSheet,
  itemCautionsForPatient,
  modalityApplies,
  patientConditions,
  patientLinkKey,
  strongestPatientGrade,
  type PatientCondition,
} from '../../src/domain/cautions/patient.ts';
import type { Caution } from '../../src/domain/schema/cautions.ts';
import { applyLink, linkOf } from '../../src/app/urlSync.ts';
import { printLinkKey } from '../../src/domain/link/print.ts';
import { readLinkKeys } from '../../src/state/link.ts';
import { selectPatientEarGrades, selectPatientPointGrades, selectPatientSummary, selectPatientZoneGrades } from '../../src/state/safetySelectors.ts';
import { useAtlas } from '../../src/state/store.ts';
import { deviceDataSchema } from '../../src/state/device.ts';
import { data } from '../support/atlas.ts';

const point = (code: string) => {
  const record = data.points.get(code);
  if (!record) throw new Error(`no record ${code}`);
  return record;
};
const line = (code: string) => {
  const record = data.whoLines.find((l) => l.code === code);
  if (!record) throw new Error(`no line ${code}`);
  return record;
};
const caution = (c: Partial<Caution>): Caution => ({
  grade: 'caution',
  kind: 'general',
  modality: 'any',
  note: 'A caution for the test.',
  source: 'test',
  ...c,
});

describe('cautionsForPatient', () => {
  it('gives nothing while no switch is on', () => {
    expect(cautionsForPatient(point('LI4').cautions, [])).toEqual([]);
  });

  it('matches by kind: pregnancy makes LI4 contraindicated and SP6 a caution, each with its reason', () => {
    const li4 = cautionsForPatient(point('LI4').cautions, ['pregnancy']);
    expect(li4[0]).toMatchObject({ grade: 'contraindicated', kind: 'pregnancy', because: 'pregnancy' });
    expect(li4[0]?.reason).toMatch(/^Pregnant: Classical texts forbid/);
    expect(li4.every((c) => c.kind === 'pregnancy')).toBe(true);
    expect(strongestPatientGrade(point('SP6').cautions, ['pregnancy'])).toBe('caution');
    // a switch that is off does not apply: LI4 has no bleeding or device caution
    expect(cautionsForPatient(point('LI4').cautions, ['implanted-device'])).toEqual([]);
    // organ and general cautions concern every patient: no switch makes them "apply"
    expect(cautionsForPatient(point('LU1').cautions, [...patientConditions]).some((c) => c.kind === 'organ')).toBe(false);
  });

  it('puts the strongest grade first, whatever the order in the record', () => {
    const mixed = [
      caution({ grade: 'note', kind: 'bleeding' }),
      caution({ grade: 'caution', kind: 'pregnancy' }),
      caution({ grade: 'contraindicated', kind: 'implanted-device', modality: 'electro' }),
    ];
    expect(cautionsForPatient(mixed, ['bleeding', 'pregnancy', 'implanted-device']).map((c) => c.grade)).toEqual(['contraindicated', 'caution', 'note']);
  });

  it("matches by modality when a technique is given: MS1's pacemaker caution applies to electro, not to needling or moxa", () => {
    const ms1 = line('MS1').cautions;
    expect(strongestPatientGrade(ms1, ['implanted-device'])).toBe('contraindicated');
    expect(strongestPatientGrade(ms1, ['implanted-device'], 'electro')).toBe('contraindicated');
    expect(strongestPatientGrade(ms1, ['implanted-device'], 'needle')).toBeNull();
    expect(strongestPatientGrade(ms1, ['implanted-device'], 'moxa')).toBeNull();
  });

  it('a bleeding caution applies to bloodletting per its modality; needling cautions also to electro and bloodletting; `any` always', () => {
    const letting = caution({ kind: 'bleeding', modality: 'bloodletting' });
    const deep = caution({ kind: 'bleeding', modality: 'needle' });
    const always = caution({ kind: 'pregnancy', modality: 'any' });
    expect(cautionsForPatient([letting], ['bleeding'], 'bloodletting')).toHaveLength(1);
    expect(cautionsForPatient([letting], ['bleeding'], 'needle')).toHaveLength(0);
    expect(cautionsForPatient([deep], ['bleeding'], 'bloodletting')).toHaveLength(1);
    expect(cautionsForPatient([deep], ['bleeding'], 'electro')).toHaveLength(1);
    expect(cautionsForPatient([deep], ['bleeding'], 'press-seeds')).toHaveLength(0);
    for (const t of ['needle', 'moxa', 'electro', 'bloodletting', 'press-seeds', 'cupping'] as const)
      expect(cautionsForPatient([always], ['pregnancy'], t)).toHaveLength(1);
    expect(modalityApplies('moxa')).toBe(true);
    expect(modalityApplies('moxa', 'any')).toBe(true);
    // LI1 lets blood: its bleeding caution applies to a patient on anticoagulants
    expect(strongestPatientGrade(point('LI1').cautions, ['bleeding'], 'bloodletting')).toBe('caution');
  });
});

describe('the switches', () => {
  it('are the patient kinds the data carries, each on at least one record (none invented)', () => {
    const all: Caution[] = [
      ...[...data.points.values()].flatMap((p) => p.cautions),
      ...data.whoLines.flatMap((l) => l.cautions),
      ...data.jiaoAreas.flatMap((a) => a.cautions),
      ...data.ear.gb.flatMap((p) => p.cautions),
      ...data.ear.nogier.flatMap((p) => p.cautions),
      ...data.conditions.flatMap((c) => c.cautions),
    ];
    for (const c of patientConditions) expect(all.filter((x) => x.kind === c).length, c).toBeGreaterThan(0);
  });

  it('are not kept on the device: its saved data has no field for them', () => {
    expect(Object.keys(deviceDataSchema.shape)).not.toContain('patient');
  });
});

const initial = useAtlas.getState();
beforeEach(() => useAtlas.setState(initial, true));

describe('the selectors', () => {
  const loadRecords = () => {
    useAtlas.getState().setRecords(new Map(data.points), new Map(data.conditions.map((c) => [c.id, c])));
    useAtlas.getState().setScalpRecords(new Map(data.whoLines.map((l) => [l.code, l])), new Map(data.jiaoAreas.map((a) => [a.id, a])));
    if (data.ear.atlas) useAtlas.getState().setEar(data.ear.atlas);
  };

  it('give per point, zone and ear point the strongest grade for the patient, the same map until an input changes', () => {
    loadRecords();
    expect(selectPatientPointGrades(useAtlas.getState()).size).toBe(0);
    useAtlas.getState().setPatient(['pregnancy', 'implanted-device']);
    const grades = selectPatientPointGrades(useAtlas.getState());
    expect(grades.get('LI4')).toBe('contraindicated');
    expect(grades.get('SP6')).toBe('caution');
    expect(grades.has('LU7')).toBe(false);
    expect(selectPatientPointGrades(useAtlas.getState())).toBe(grades);
    expect(selectPatientZoneGrades(useAtlas.getState()).get('MS1')).toBe('contraindicated');
    // the ear points with a pregnancy caution
    const ear = selectPatientEarGrades(useAtlas.getState());
    expect([...ear.values()].every((g) => g === 'caution' || g === 'contraindicated' || g === 'note')).toBe(true);
    expect(ear.size).toBeGreaterThan(0);
    useAtlas.getState().setPatientCondition('pregnancy', false);
    expect(selectPatientPointGrades(useAtlas.getState()).has('LI4')).toBe(false);
  });

  it('count the points on the body the patient is affected at, for the banner', () => {
    loadRecords();
    useAtlas.getState().setPatient(['pregnancy']);
    const all = selectPatientSummary(useAtlas.getState());
    const shownExtra = useAtlas.getState().showExtra;
    const expected = [...data.points.values()].filter(
      (p) => (shownExtra || !p.code.startsWith('EX-')) && p.cautions.some((c) => c.kind === 'pregnancy' && c.grade !== 'note'),
    );
    expect(all.affected).toBe(expected.length);
    expect(all.contraindicated).toBeGreaterThanOrEqual(2);
    // a channel filter narrows what the body shows, and the count with it
    useAtlas.getState().setChannel('LI');
    expect(selectPatientSummary(useAtlas.getState())).toEqual({ shown: 20, affected: 1, contraindicated: 1 });
  });
});

describe('the switches in the link', () => {
  it('are read, normalised to one order, and written back; an unknown condition is ignored and reported', () => {
    const read = (search: string) => readLinkKeys({ patient: patientLinkKey }, search);
    expect(read('?patient=implanted-device,pregnancy').values.patient).toEqual(['pregnancy', 'implanted-device']);
    expect(read('?patient=pregnant')).toEqual({ values: { patient: null }, ignored: ['patient'] });
    expect(read('?patient=').ignored).toEqual(['patient']);

    const { stops, notice } = applyLink('?patient=implanted-device,pregnancy');
    stops.forEach((stop) => stop());
    expect(notice).toBeNull();
    expect(useAtlas.getState().patient).toEqual<PatientCondition[]>(['pregnancy', 'implanted-device']);
    const written = linkOf(useAtlas.getState());
    expect(new URLSearchParams(written).get('patient')).toBe('pregnancy,implanted-device');
    // and back: the written link gives the same switches
    useAtlas.setState(initial, true);
    applyLink(written).stops.forEach((stop) => stop());
    expect(useAtlas.getState().patient).toEqual(['pregnancy', 'implanted-device']);
    // none on: no key
    useAtlas.getState().setPatient([]);
    expect(linkOf(useAtlas.getState())).not.toContain('patient');
  });
});

describe('the print sheet', () => {
  it('lists every caution while no switch is on, else those for every patient and for the switches on, saying how many were left out', () => {
    const li4 = point('LI4').cautions;
    expect(cautionsForSheet(li4, []).shown).toHaveLength(li4.length);
    const mixed = [
      caution({ kind: 'organ', structure: 'lung-pleura' }),
      caution({ kind: 'pregnancy' }),
      caution({ kind: 'bleeding', grade: 'contraindicated' }),
    ];
    const sheet = cautionsForSheet(mixed, ['bleeding']);
    expect(sheet.shown.map((c) => c.kind)).toEqual(['bleeding', 'organ']);
    expect(sheet.left).toBe(1);
  });

  it('is opened by its link key, one item or a list, and written back the same; a malformed item is ignored and reported', () => {
    const read = (search: string) => readLinkKeys({ print: printLinkKey }, search);
    expect(read('?print=point:ST36').values.print).toEqual([{ system: 'points', id: 'ST36' }]);
    expect(read('?print=point:LI4,scalp:MS6,ear:TF2').values.print).toEqual([
      { system: 'points', id: 'LI4' },
      { system: 'scalp', id: 'MS6' },
      { system: 'ear', id: 'TF2' },
    ]);
    // an ear id with a comma in it stays one item
    expect(read('?print=ear:HX6,7i,point:LI4').values.print).toEqual([
      { system: 'ear', id: 'HX6,7i' },
      { system: 'points', id: 'LI4' },
    ]);
    expect(read('?print=body:ST36').ignored).toEqual(['print']);
    const { stops } = applyLink('?print=point:ST36,ear:TF2');
    stops.forEach((stop) => stop());
    expect(useAtlas.getState().printItems).toEqual([
      { system: 'points', id: 'ST36' },
      { system: 'ear', id: 'TF2' },
    ]);
    expect(new URLSearchParams(linkOf(useAtlas.getState())).get('print')).toBe('point:ST36,ear:TF2');
  });
});

describe('a set item for this patient', () => {
  const pregnancyLI4: Caution = {
    grade: 'contraindicated',
    kind: 'pregnancy',
    modality: 'needle',
    note: 'Classical texts forbid needling here in pregnancy.',
    source: 'test',
  };
  it("adds the technique's own cautions: electro brings the pacemaker contraindication to any point, needling does not", () => {
    expect(itemCautionsForPatient([], ['implanted-device'], 'electro').map((c) => [c.grade, c.kind])).toEqual([['contraindicated', 'implanted-device']]);
    expect(itemCautionsForPatient([], ['implanted-device'], 'needle')).toEqual([]);
    expect(itemCautionsForPatient([], ['implanted-device'])).toEqual([]);
    // bloodletting with a bleeding disorder, whatever the point
    expect(itemCautionsForPatient([], ['bleeding'], 'bloodletting').map((c) => c.because)).toEqual(['bleeding']);
  });
  it("keeps the record's cautions for the technique (a needling caution applies to electro) and none without a switch", () => {
    expect(itemCautionsForPatient([pregnancyLI4], ['pregnancy', 'implanted-device'], 'electro').map((c) => c.because)).toEqual([
      'pregnancy',
      'implanted-device',
    ]);
    expect(itemCautionsForPatient([pregnancyLI4], ['pregnancy'], 'moxa')).toEqual([]);
    expect(itemCautionsForPatient([pregnancyLI4], [], 'electro')).toEqual([]);
  });
});
