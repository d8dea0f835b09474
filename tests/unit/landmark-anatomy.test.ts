// Landmarks and spans against anatomy, not against our own rules: where each landmark must sit
// relative to its neighbours and to the body's height, and how long the WHO spans must come out.
// Sources: WHO 2008 proportional (B-cun) table (tests/fixtures/reference); adult anthropometry
// (cervicale ≈ 7 cm above suprasternale, acromion near the suprasternal level, ASIS 11-13 cm from
// the midline in men, mastoid tips behind the ear lobes, the intercostal spaces at the sternum).
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/domain/body/frame.ts';
import { nth } from '../../src/domain/checked.ts';
import { atlasFixture } from '../support/atlas.ts';
import { bodyVariantIds, fixture } from '../support/bodies.ts';

const cm = (m: number) => m * 100;
const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe.each(bodyVariantIds)('landmark anatomy on the %s body', (variant) => {
  const { at, body } = fixture(variant);
  const { ctx, cun } = atlasFixture(variant);
  const p = (k: string) => at(k).position;
  const scale = body.heightM / 1.75;

  it('the midclavicular lines are 8 B-cun apart like the nipples (men): the clavicle midpoints halve the clavicle', () => {
    const sc = p('sternoclavicular_joint'),
      ac = p('acromion'),
      mid = p('clavicle_midpoint');
    const t = (mid[0] - sc[0]) / (ac[0] - sc[0]);
    expect(t).toBeGreaterThan(0.35);
    expect(t).toBeLessThan(0.6);
    if (variant === 'male') expect(Math.abs(cm(mid[0]) - cm(p('nipple')[0]))).toBeLessThan(1.5);
    // the chest cun comes out within a fifth of the forearm cun (WHO: both divide the same body)
    expect(cun('chest_nipples') / cun('forearm_cubital_wrist')).toBeGreaterThan(0.95);
    expect(cun('chest_nipples') / cun('forearm_cubital_wrist')).toBeLessThan(1.3);
  });

  it('the philtrum: from the subnasale under the nose down to the vermilion border of the upper lip (0.6-2 cm), its midpoint halfway, above the mouth', () => {
    const sn = p('subnasale'),
      third = p('philtrum_upper_third'),
      mid = p('philtrum_midpoint'),
      ls = p('labrale_superius');
    expect(sn[1]).toBeLessThan(p('nose_tip')[1] - 0.005);
    expect(cm(sn[1] - ls[1])).toBeGreaterThan(0.6);
    expect(cm(sn[1] - ls[1])).toBeLessThan(2);
    expect(Math.abs((sn[1] - third[1]) / (sn[1] - ls[1]) - 1 / 3)).toBeLessThan(0.1);
    expect(Math.abs((sn[1] - mid[1]) / (sn[1] - ls[1]) - 0.5)).toBeLessThan(0.1);
    expect(ls[1]).toBeGreaterThan(p('mouth_corner')[1]);
    // the subnasale is a hollow, the vermilion border a crest, of the profile
    expect(ls[2]).toBeGreaterThan(sn[2]);
  });

  it('the pelvis: ASIS 10-14 cm from the midline (scaled), in front; the iliac crest on the flank at L4', () => {
    const asis = p('asis'),
      crest = p('iliac_crest_highest');
    expect(cm(asis[0]) / scale).toBeGreaterThan(10);
    expect(cm(asis[0]) / scale).toBeLessThan(14);
    expect(asis[2]).toBeGreaterThan(p('spinous_l4')[2] + 0.08);
    expect(asis[1]).toBeLessThan(p('umbilicus')[1] - 0.04);
    expect(asis[1]).toBeGreaterThan(p('pubic_symphysis_superior')[1] + 0.02);
    expect(crest[0]).toBeGreaterThan(asis[0]);
    expect(cm(crest[0])).toBeLessThan(cm(body.heightM) * 0.1); // on the trunk, not the forearm beside it
    expect(Math.abs(cm(crest[1] - p('spinous_l4')[1]))).toBeLessThan(1.5);
  });

  it('the sacral foramina descend one per sacral segment, level with their tubercles, converging', () => {
    for (let n = 1; n <= 4; n++) {
      const f = p(`sacral_foramen_${n}`);
      expect(Math.abs(cm(f[1] - p(`spinous_s${n}`)[1])), `S${n}`).toBeLessThan(1);
      if (n > 1) {
        const above = p(`sacral_foramen_${n - 1}`);
        expect(cm(above[1] - f[1]), `S${n - 1} above S${n}`).toBeGreaterThan(1.2);
        expect(f[0]).toBeLessThanOrEqual(above[0] + 0.001);
      }
      expect(cm(f[0])).toBeGreaterThan(1.2);
      expect(cm(f[0])).toBeLessThan(4);
      // 0.7-1 B-cun from the median sacral crest, well inside BL27-BL30's line 1.5 B-cun out
      expect(f[0] / cun('back_scapular_medial_borders'), `S${n}`).toBeGreaterThan(0.65);
      expect(f[0] / cun('back_scapular_medial_borders'), `S${n}`).toBeLessThan(1);
    }
    expect(p('sacral_foramen_1')[1]).toBeLessThan(p('spinous_l5')[1] - 0.01);
  });

  it('the lumbar spine and sacrum: the lumbar spinous processes evenly 2.5-3.8 cm apart, L5 well above the PSIS (level with S2), the umbilicus level with L2-L4, the sacrum 7 cm or more from S1 to the hiatus', () => {
    const order = ['t12', 'l1', 'l2', 'l3', 'l4', 'l5'];
    const gaps = order.slice(1).map((k, i) => cm(p(`spinous_${order[i]}`)[1] - p(`spinous_${k}`)[1]) / scale);
    for (const [i, g] of gaps.entries()) {
      expect(g, `${order[i]}-${order[i + 1]}`).toBeGreaterThan(2.5);
      expect(g, `${order[i]}-${order[i + 1]}`).toBeLessThan(3.8);
    }
    expect(Math.max(...gaps) / Math.min(...gaps)).toBeLessThan(1.25);
    expect(Math.abs(cm(p('spinous_s2')[1] - p('psis')[1]))).toBeLessThan(1);
    expect(cm(p('spinous_l5')[1] - p('psis')[1]) / scale).toBeGreaterThan(4);
    const umbilicus = p('umbilicus')[1];
    expect(umbilicus).toBeLessThan(p('spinous_l2')[1]);
    expect(umbilicus).toBeGreaterThan(p('spinous_l4')[1]);
    expect(cm(p('spinous_s1')[1] - p('sacral_hiatus')[1]) / scale).toBeGreaterThan(7);
  });

  it('the neck: C7 about 7 cm above the suprasternal notch and 3 B-cun (± 1) below the posterior hairline', () => {
    const c7 = p('spinous_c7');
    expect(cm(c7[1] - p('sternal_notch')[1]) / scale).toBeGreaterThan(5.5);
    expect(cm(c7[1] - p('sternal_notch')[1]) / scale).toBeLessThan(9);
    expect(cm(c7[1] - p('acromion')[1]) / scale).toBeGreaterThan(4);
    // the head's cun (12 over the vertex) divides the hairline-to-C7 distance into about 3
    const hairlineToC7 = (p('posterior_hairline_midpoint')[1] - c7[1]) / cun('head_hairline_anterior_posterior');
    expect(hairlineToC7).toBeGreaterThan(2);
    expect(hairlineToC7).toBeLessThan(4);
    // the spinous processes descend evenly from C2 to L5 (no gap twice its neighbours)
    const order = ['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 't11', 't12', 'l1', 'l2', 'l3', 'l4', 'l5'];
    const gaps = order.slice(1).map((k, i) => p(`spinous_${order[i]}`)[1] - p(`spinous_${k}`)[1]);
    gaps.forEach((g, i) => expect(g, `${order[i]} above ${order[i + 1]}`).toBeGreaterThan(0.005));
    // evenly within the cervical and within the thoracolumbar spine (the step between them is larger)
    for (let i = 1; i < gaps.length; i++) if (order[i] !== 'c7') expect(gaps[i]! / gaps[i - 1]!, `${order[i]}-${order[i + 1]}`).toBeLessThan(2);
  });

  it('the intercostal spaces: the first 1.5-2.5 chest cun below the notch, then evenly down to the nipple level', () => {
    const chest = cun('chest_sternal_notch_xiphisternal');
    const first = (p('sternal_notch')[1] - p('intercostal_space_1')[1]) / chest;
    expect(first).toBeGreaterThan(1.5);
    expect(first).toBeLessThan(2.5);
    const ys = [1, 2, 3, 4, 5, 6, 7].map((i) => p(`intercostal_space_${i}`)[1]);
    const steps = ys.slice(1).map((y, i) => ys[i]! - y);
    for (const s of steps) expect(s / chest).toBeGreaterThan(1);
    for (const s of steps) expect(s / chest).toBeLessThan(2.2);
    if (variant === 'male') expect(Math.abs(cm(ys[3]! - p('nipple')[1]))).toBeLessThan(1.5);
  });

  it('the infraclavicular fossa: 6 B-cun out, below the clavicle, medial to the coracoid, 1 chest cun above the first intercostal space (so LU1, level with that space, lies 1 B-cun below LU2)', () => {
    const chest = cun('chest_sternal_notch_xiphisternal'),
      fossa = p('infraclavicular_fossa');
    expect(Math.abs((fossa[1] - p('intercostal_space_1')[1]) / chest - 1)).toBeLessThan(0.05);
    expect(fossa[1]).toBeLessThan(p('clavicle_inferior_border')[1]);
    expect(fossa[1]).toBeLessThan(p('sternal_notch')[1]);
    expect(fossa[0]).toBeLessThan(p('coracoid_process')[0]);
    expect(cm(Math.abs(fossa[1] - p('coracoid_process')[1]))).toBeLessThan(2.5);
    expect(Math.abs(fossa[0] / cun('chest_nipples') - 6)).toBeLessThan(0.3);
    expect(at('infraclavicular_fossa').normal[2]).toBeGreaterThan(0.7);
  });

  it('the hollow between the acromial end of the clavicle and the spine of the scapula: on top of the shoulder, 2-4 cm medial to the acromion, lateral to the coracoid, behind the clavicle and in front of the spine', () => {
    const notch = p('clavicle_spine_notch'),
      sc = p('sternoclavicular_joint'),
      ac = p('acromion');
    expect(cm(ac[0] - notch[0]) / scale).toBeGreaterThan(2);
    expect(cm(ac[0] - notch[0]) / scale).toBeLessThan(4);
    expect(notch[0]).toBeGreaterThan(p('coracoid_process')[0]);
    // behind the clavicle's line at this width, in front of the spine's
    const clavicle = sc[2] + ((notch[0] - sc[0]) / (ac[0] - sc[0])) * (ac[2] - sc[2]);
    const m = p('scapula_spine_medial_end'),
      a = p('acromion_posterior_angle');
    const spine = m[2] + ((notch[0] - m[0]) / (a[0] - m[0])) * (a[2] - m[2]);
    expect(notch[2]).toBeLessThan(clavicle - 0.01);
    expect(notch[2]).toBeGreaterThan(spine + 0.01);
    expect(at('clavicle_spine_notch').normal[1]).toBeGreaterThan(0.7);
  });

  it('the axilla: its apex midway between the folds, above them', () => {
    const apex = p('axilla_apex'),
      front = p('anterior_axillary_fold'),
      back = p('posterior_axillary_fold');
    const t = (apex[2] - back[2]) / (front[2] - back[2]);
    expect(t).toBeGreaterThan(0.3);
    expect(t).toBeLessThan(0.7);
    expect(apex[1]).toBeGreaterThan(Math.max(front[1], back[1]));
    expect(apex[0]).toBeLessThan(front[0]);
  });

  it('the scapula: the middle of its spine on the back, below the acromion, between its ends', () => {
    const mid = p('scapula_spine_midpoint'),
      medial = p('scapula_spine_medial_end'),
      angle = p('acromion_posterior_angle');
    expect(mid[1]).toBeLessThan(p('acromion')[1] - 0.01);
    expect(mid[2]).toBeLessThan(Math.max(medial[2], angle[2]));
    expect(mid[0]).toBeGreaterThan(medial[0] + 0.03);
    expect(mid[0]).toBeLessThan(angle[0] - 0.03);
    expect(at('scapula_spine_midpoint').normal[2]).toBeLessThan(0);
  });

  it("the red-white border of the little finger at its base: on its ulnar side, just distal to the 5th knuckle's border", () => {
    const border = p('little_finger_base_ulnar_border'),
      joint = p('mcp5_ulnar_border');
    expect(at('little_finger_base_ulnar_border').normal[0]).toBeLessThan(-0.85);
    expect(cm(joint[1] - border[1])).toBeGreaterThan(0.4);
    expect(cm(joint[1] - border[1])).toBeLessThan(1.5);
    expect(border[1]).toBeGreaterThan(p('little_nail_ulnar_corner')[1] + 0.015);
    expect(border[0]).toBeLessThan(p('mcp5')[0] - 0.005);
  });

  it('the red-white border of the index finger at its base: on its radial side, just distal to the 2nd knuckle, on the finger and not on the web', () => {
    const border = p('index_finger_base_radial_border'),
      knuckle = p('mcp2');
    expect(at('index_finger_base_radial_border').normal[0]).toBeGreaterThan(0.85);
    expect(Math.abs(at('index_finger_base_radial_border').normal[2])).toBeLessThan(0.5);
    expect(cm(knuckle[1] - border[1])).toBeGreaterThan(0.3);
    expect(border[0]).toBeGreaterThan(knuckle[0] + 0.005);
    expect(border[1]).toBeLessThan(p('finger_web_1_2')[1] - 0.01);
    expect(border[1]).toBeGreaterThan(p('pip2')[1] + 0.015);
  });

  it('the posteroinferior border of the deltoid: on the back of the arm about level with the posterior axillary fold, between the acromial angle and the insertion', () => {
    const border = p('deltoid_posterior_border'),
      fold = p('posterior_axillary_fold');
    expect(Math.abs(border[1] - fold[1]) / cun('arm_axillary_fold_cubital')).toBeLessThan(1);
    expect(border[1]).toBeLessThan(p('acromion_posterior_angle')[1] - 3 * cun('arm_axillary_fold_cubital'));
    expect(border[1]).toBeGreaterThan(p('deltoid_insertion')[1]);
    expect(border[0]).toBeGreaterThan(fold[0] + 0.02);
    expect(at('deltoid_posterior_border').normal[2]).toBeLessThan(-0.5);
  });

  it('the front of the medial epicondyle: level with the cubital crease, in front of the epicondyle and medial to the crease midpoint, facing forward and inward', () => {
    const front = p('medial_epicondyle_front'),
      epi = p('medial_epicondyle'),
      crease = p('cubital_crease_midpoint');
    expect(Math.abs(cm(front[1] - crease[1]))).toBeLessThan(1);
    expect(cm(front[2] - epi[2])).toBeGreaterThan(1.5);
    expect(cm(dist(front, epi))).toBeLessThan(3.5);
    expect(front[0]).toBeLessThan(crease[0] - 0.015);
    const n = at('medial_epicondyle_front').normal;
    expect(n[2]).toBeGreaterThan(0.4);
    expect(-n[0]).toBeGreaterThan(0.5);
  });

  it('the chin (menton): the lowest point of the chin, below the mentolabial groove and well in front of the hyoid, facing down', () => {
    const chin = p('chin'),
      groove = p('mentolabial_groove'),
      hyoid = p('hyoid');
    expect(cm(groove[1] - chin[1]) / scale).toBeGreaterThan(1.5);
    expect(cm(groove[1] - chin[1]) / scale).toBeLessThan(4.5);
    expect(cm(chin[2] - hyoid[2]) / scale).toBeGreaterThan(3);
    expect(Math.abs(cm(chin[0]))).toBeLessThan(0.3);
    expect(at('chin').normal[1]).toBeLessThan(-0.7);
  });

  it('the face: the zygomatic arch in front of the tragus at its level; the mastoid tips behind and below the ear lobes', () => {
    const arch = p('zygomatic_arch_midpoint'),
      tragus = p('tragus');
    expect(Math.abs(cm(arch[1] - tragus[1]))).toBeLessThan(1);
    expect(cm(arch[2] - tragus[2]) / scale).toBeGreaterThan(1.5);
    expect(cm(arch[2] - tragus[2]) / scale).toBeLessThan(3.5);
    const mastoid = p('mastoid_process'),
      lobe = p('earlobe');
    expect(mastoid[2]).toBeLessThan(lobe[2] - 0.005);
    expect(mastoid[1]).toBeLessThan(lobe[1]);
    expect(cm(mastoid[0]) / scale).toBeGreaterThan(5);
  });

  it('the ear: the tragus over the ear canal at the level of the jaw pivot, in the lower half of the auricle, the notches above and below it, the upper root above them', () => {
    const tragus = p('tragus'),
      apex = p('ear_apex'),
      lobe = p('earlobe'),
      jaw = body.joints.get('jaw____head')!;
    // the canal opens just behind the head of the mandible, at its level (the vertices picked
    // before lay on the root of the helix, in the upper third of the ear)
    expect(cm(tragus[1] - jaw[1]) / scale).toBeGreaterThan(-0.5);
    expect(cm(tragus[1] - jaw[1]) / scale).toBeLessThan(1.5);
    expect((tragus[1] - lobe[1]) / (apex[1] - lobe[1])).toBeLessThan(0.55);
    expect(cm(p('supratragic_notch')[1] - tragus[1])).toBeGreaterThan(0.3);
    expect(cm(tragus[1] - p('intertragic_notch')[1])).toBeGreaterThan(0.3);
    expect(cm(p('ear_root_superior')[1] - p('supratragic_notch')[1])).toBeGreaterThan(1);
    expect(p('ear_root_superior')[1]).toBeLessThan(apex[1]);
    expect(p('intertragic_notch')[1]).toBeGreaterThan(lobe[1] + 0.01);
  });

  it('the arm: the anterior axillary fold ends on its medial edge; the front of the arm at that level (between the heads of biceps) faces forward more than a centimetre further out, the lateral border of biceps faces forward and out beyond it', () => {
    const fold = p('anterior_axillary_fold'),
      groove = p('biceps_groove_axillary_level'),
      border = p('biceps_lateral_border_axillary_level');
    expect(cm(groove[0] - fold[0])).toBeGreaterThan(1.2);
    expect(at('biceps_groove_axillary_level').normal[2]).toBeGreaterThan(0.9);
    expect(cm(border[0] - groove[0])).toBeGreaterThan(1.5);
    expect(cm(border[0] - groove[0])).toBeLessThan(4);
    expect(at('biceps_lateral_border_axillary_level').normal[0]).toBeGreaterThan(0.5);
    expect(at('biceps_lateral_border_axillary_level').normal[2]).toBeGreaterThan(0.5);
    for (const q of [groove, border]) expect(Math.abs(cm(q[1] - fold[1]))).toBeLessThan(0.5);
  });

  it('the red-white borders of the hand: the ulnar border at the 5th knuckle and the base of the 5th metacarpal face ulnar, not back; the radial border of the 1st metacarpal faces away from the back of the hand, outward or up', () => {
    for (const k of ['mcp5_ulnar_border', 'metacarpal5_base']) {
      expect(at(k).normal[0], k).toBeLessThan(-0.85);
      expect(p(k)[0], k).toBeLessThan(p('mcp5')[0] - 0.005);
    }
    expect(Math.abs(cm(p('mcp5_ulnar_border')[1] - p('mcp5')[1]))).toBeLessThan(1);
    const border = at('metacarpal1_radial_border');
    expect(border.normal[2]).toBeGreaterThanOrEqual(0);
    expect(border.normal[0] + border.normal[1]).toBeGreaterThan(0.8);
    // at the middle of the bone: between the levels of its base and of the thumb's knuckle
    expect(border.position[1]).toBeLessThan(p('metacarpal1_base')[1] + 0.015);
    expect(border.position[1]).toBeGreaterThan(p('mcp1')[1]);
  });

  it('the knuckles: each proximal phalanx about as long as the rest of its finger, the knuckles 1.5-2.5 cm proximal to the webs in a gentle arc with the 3rd the most distal, on the back of the hand', () => {
    // a real proximal phalanx is about 0.85-0.9 of the rest of its finger (middle: 4.5 cm against
    // 2.8 + 1.9 cm and the pulp); from the dorsal knuckle to the palmar PIP crease the skin adds a
    // little (the knuckles once sat at the webs: 0.63-0.67, the middle finger 3.9 / 3.3 cm against 5.8 / 4.8)
    const tips = ['', '', 'index_tip', 'middle_tip', 'ring_tip', 'little_tip'];
    for (let f = 2; f <= 5; f++) {
      const ratio = dist(p(`mcp${f}`), p(`pip${f}`)) / dist(p(`pip${f}`), p(nth(tips, f)));
      expect(ratio, `finger ${f}`).toBeGreaterThan(f === 3 ? 0.85 : 0.8);
      expect(ratio, `finger ${f}`).toBeLessThan(f === 3 ? 1.15 : 1.2);
      expect(at(`mcp${f}`).normal[2], `mcp${f} on the back`).toBeLessThan(-0.7);
    }
    // along the hand's axis (the dorsal wrist crease to the webs of the middle finger)
    const w = p('dorsal_wrist_crease_midpoint'),
      webs = [p('finger_web_2_3'), p('finger_web_3_4')] as const;
    const mid: Vec3 = [(webs[0][0] + webs[1][0]) / 2, (webs[0][1] + webs[1][1]) / 2, (webs[0][2] + webs[1][2]) / 2];
    const axis = [mid[0] - w[0], mid[1] - w[1], mid[2] - w[2]],
      n = Math.hypot(...axis);
    const along = (k: string) => cm(((p(k)[0] - w[0]) * nth(axis, 0) + (p(k)[1] - w[1]) * nth(axis, 1) + (p(k)[2] - w[2]) * nth(axis, 2)) / n);
    const web = (a: string, b: string) => (along(a) + along(b)) / 2;
    expect(web('finger_web_2_3', 'finger_web_3_4') - along('mcp3'), 'mcp3 behind its webs').toBeGreaterThan(1.5);
    expect(web('finger_web_2_3', 'finger_web_3_4') - along('mcp3'), 'mcp3 behind its webs').toBeLessThan(2.5);
    expect(along('finger_web_2_3') - along('mcp2'), 'mcp2 behind the index-middle web').toBeGreaterThan(1.5);
    // (the index knuckle stands 2.9 / 2.4 cm behind its web: the mesh's index finger is short at its
    // base, its rig joint 2.6 cm from the PIP joint against the middle finger's 3.5 cm)
    expect(along('finger_web_2_3') - along('mcp2'), 'mcp2 behind the index-middle web').toBeLessThan(3);
    expect(web('finger_web_3_4', 'finger_web_4_5') - along('mcp4'), 'mcp4 behind its webs').toBeGreaterThan(1.5);
    expect(web('finger_web_3_4', 'finger_web_4_5') - along('mcp4'), 'mcp4 behind its webs').toBeLessThan(2.5);
    expect(along('finger_web_4_5') - along('mcp5'), 'mcp5 behind the ring-little web').toBeGreaterThan(1.5);
    expect(along('finger_web_4_5') - along('mcp5'), 'mcp5 behind the ring-little web').toBeLessThan(2.5);
    // the webs of the middle, ring and little fingers about level (the ring-little web once stood
    // 1.3 cm distal to the others, level with the little finger's PIP crease)
    expect(Math.abs(along('finger_web_4_5') - along('finger_web_3_4')), 'web 4-5 level with web 3-4').toBeLessThan(0.8);
    expect(along('pip5') - along('finger_web_4_5'), "the little finger's PIP beyond its web").toBeGreaterThan(0.5);
    // the arc: the 3rd knuckle the most distal, its neighbours a little behind it, none more than 1.5 cm
    for (const k of ['mcp2', 'mcp4', 'mcp5']) {
      expect(along('mcp3') - along(k), k).toBeGreaterThan(0);
      expect(along('mcp3') - along(k), k).toBeLessThan(1.5);
    }
    expect(along('mcp4')).toBeGreaterThanOrEqual(along('mcp5'));
    // from the radial to the ulnar side, each knuckle at least 1.2 cm from the next
    for (let f = 2; f < 5; f++) expect(cm(p(`mcp${f}`)[0] - p(`mcp${f + 1}`)[0]), `mcp${f}-mcp${f + 1}`).toBeGreaterThan(1.2);
  });

  it('the hand and foot: web between its fingers, nail corners on the right sides and apart, thumb tip beyond its crease', () => {
    const web = p('finger_web_4_5');
    expect(web[0]).toBeLessThan(p('mcp4')[0] - 0.003);
    expect(web[0]).toBeGreaterThan(p('mcp5')[0] + 0.003);
    // the thumb-index web: its margin between the thumb's and the index's knuckles, facing out of the cleft (radially)
    const web12 = p('finger_web_1_2');
    expect(web12[1]).toBeLessThan(p('mcp1')[1] - 0.01);
    expect(web12[1]).toBeGreaterThan(p('mcp2')[1] + 0.01);
    expect(at('finger_web_1_2').normal[0]).toBeGreaterThan(0.7);
    // palms forward, left hand: radial = +x, so the little finger's radial corner is the outer one
    expect(p('little_nail_radial_corner')[0]).toBeGreaterThan(p('little_nail_ulnar_corner')[0] + 0.004);
    expect(dist(p('little_nail_radial_corner'), p('little_nail_ulnar_corner'))).toBeLessThan(0.013);
    // a corner faces its own side of the finger: the ulnar corners toward the little finger (-x), the
    // radial ones toward the thumb (the ring finger's ulnar corner once faced the middle finger)
    for (const k of ['ring_nail_ulnar_corner', 'little_nail_ulnar_corner']) expect(at(k).normal[0], k).toBeLessThan(-0.2);
    for (const k of ['index_nail_radial_corner', 'middle_nail_radial_corner', 'little_nail_radial_corner', 'thumb_nail_radial_corner'])
      expect(at(k).normal[0], k).toBeGreaterThan(0.05);
    expect(p('ring_nail_ulnar_corner')[0]).toBeLessThan(p('ring_tip')[0] - 0.002);
    expect(p('big_toe_nail_lateral_corner')[0]).toBeGreaterThan(p('big_toe_nail_medial_corner')[0] + 0.008);
    expect(cm(dist(p('thumb_ip_crease'), p('thumb_tip')))).toBeGreaterThan(1.8);
  });

  it('the toes: each tip the most distal skin of its toe, beyond the base of its nail; the webs at the ends of the clefts, behind the toes and between them', () => {
    const toes = ['big', 'second', 'third', 'fourth', 'little'];
    for (const [i, t] of toes.entries()) {
      const tip = p(`${t}_toe_tip`);
      // the tip faces forward (the pulp beyond the free edge of the nail)
      expect(at(`${t}_toe_tip`).normal[2], t).toBeGreaterThan(0.7);
      if (i > 0) expect(tip[0], t).toBeGreaterThan(p(`${toes[i - 1]}_toe_tip`)[0] + 0.008);
      if (t !== 'third') {
        const corner = p(`${t}_toe_nail_lateral_corner`);
        // the nail covers the distal part of the toe: its base is well behind the tip, its lateral corner lateral to the toe's axis
        expect(cm(tip[2] - corner[2]) / scale, t).toBeGreaterThan(0.4);
        expect(corner[0], t).toBeGreaterThan(tip[0] + 0.002);
        expect(at(`${t}_toe_nail_lateral_corner`).normal[1], t).toBeGreaterThan(0.3);
      }
    }
    expect(p('big_toe_nail_medial_corner')[0]).toBeLessThan(p('big_toe_tip')[0] - 0.002);
    for (let t = 1; t <= 4; t++) {
      const web = p(`toe_web_${t}_${t + 1}`),
        a = p(`${toes[t - 1]}_toe_tip`),
        b = p(`${toes[t]}_toe_tip`);
      expect(web[0], `web ${t}`).toBeGreaterThan(a[0]);
      expect(web[0], `web ${t}`).toBeLessThan(b[0]);
      // the toes reach well beyond the web, and the web faces up or forward, not into the cleft
      expect(cm(Math.min(a[2], b[2]) - web[2]) / scale, `web ${t}`).toBeGreaterThan(1.5);
      const n = at(`toe_web_${t}_${t + 1}`).normal;
      expect(Math.max(n[1], n[2]), `web ${t}`).toBeGreaterThan(0.5);
    }
  });

  it('the knee: the patella on the front of the knee above the joint line, its base about 5 cm above its apex and 4-5 cm wide; the patellar ligament down to the tibial tuberosity with the knee eyes either side of it, facing forward and out or in', () => {
    const joint = body.joints.get('lowerleg01.L____head')!;
    const apex = at('patella_apex'),
      base = at('patella_base'),
      tuberosity = p('tibial_tuberosity');
    // with the knee straight the apex lies a little above the joint line, the base about 5 cm higher
    expect(cm(apex.position[1] - joint[1]) / scale).toBeGreaterThan(0.3);
    expect(cm(apex.position[1] - joint[1]) / scale).toBeLessThan(1.5);
    expect(cm(base.position[1] - apex.position[1]) / scale).toBeGreaterThan(4);
    expect(cm(base.position[1] - apex.position[1]) / scale).toBeLessThan(6);
    // on the front of the knee, not its inner side (the vertices picked on the male faced inward on the female)
    for (const l of [apex, base]) {
      expect(Math.abs(l.normal[0])).toBeLessThan(0.35);
      expect(l.normal[2]).toBeGreaterThan(0.8);
    }
    // the patella stands upright in the straight knee: seen from in front its base lies within 10
    // degrees of straight above its apex (the most forward skin at the base's height, on the bulge
    // of vastus medialis, leaned it 22 degrees on the male)
    const lean = (Math.atan2(base.position[0] - apex.position[0], base.position[1] - apex.position[1]) * 180) / Math.PI;
    expect(Math.abs(lean)).toBeLessThan(10);
    const medialEnd = p('patella_base_medial_end'),
      lateralEnd = p('patella_base_lateral_end');
    expect(medialEnd[0]).toBeLessThan(base.position[0]);
    expect(lateralEnd[0]).toBeGreaterThan(base.position[0]);
    expect(cm(lateralEnd[0] - medialEnd[0]) / scale).toBeGreaterThan(3.5);
    expect(cm(lateralEnd[0] - medialEnd[0]) / scale).toBeLessThan(5.5);
    // the tuberosity 4-7 cm below the apex, the anterior crest of the tibia running down from it
    expect(cm(apex.position[1] - tuberosity[1]) / scale).toBeGreaterThan(4);
    expect(cm(apex.position[1] - tuberosity[1]) / scale).toBeLessThan(7);
    expect(Math.abs(cm(p('tibia_anterior_crest')[0] - tuberosity[0]))).toBeLessThan(2);
    // the ligament runs from the apex straight down or a little outward: the tuberosity lies below
    // the apex or lateral to it, never medial (straight in front of the shaft, the male's lay 1.1 cm medial)
    expect(cm(tuberosity[0] - apex.position[0])).toBeGreaterThan(-0.3);
    expect(cm(tuberosity[0] - apex.position[0])).toBeLessThan(2);
    // the crest at the levels of ST36-ST39 runs down from the tuberosity, in front of the tibia, its
    // skin facing forward and a little inward, medial to the skin that faces straight forward
    for (const k of [3, 5, 6, 8, 9]) {
      const crest = at(`tibia_anterior_crest_${k}`);
      expect(crest.position[1], `crest ${k}`).toBeLessThan(tuberosity[1]);
      expect(Math.abs(cm(crest.position[0] - tuberosity[0])), `crest ${k}`).toBeLessThan(2);
      expect(crest.normal[0], `crest ${k}`).toBeLessThan(0);
      expect(crest.normal[2], `crest ${k}`).toBeGreaterThan(0.9);
    }
    // the ligament 2-3.5 cm wide at the joint line, between the apex and the tuberosity; the eyes beyond its borders
    const lb = p('patellar_ligament_lateral_border'),
      mb = p('patellar_ligament_medial_border');
    expect(cm(lb[0] - mb[0])).toBeGreaterThan(2);
    expect(cm(lb[0] - mb[0])).toBeLessThan(3.5);
    expect(Math.min(apex.position[0], tuberosity[0])).toBeLessThan(lb[0]);
    expect(Math.max(apex.position[0], tuberosity[0])).toBeGreaterThan(mb[0]);
    const lateralEye = at('knee_eye_lateral'),
      medialEye = at('knee_eye_medial');
    expect(lateralEye.position[0]).toBeGreaterThan(lb[0]);
    expect(medialEye.position[0]).toBeLessThan(mb[0]);
    expect(lateralEye.normal[0]).toBeGreaterThan(0.2);
    expect(medialEye.normal[0]).toBeLessThan(-0.2);
    expect(lateralEye.normal[2]).toBeGreaterThan(0.5);
    expect(medialEye.normal[2]).toBeGreaterThan(0.5);
  });

  it('the medial side of the tibia: the middle of its medial surface faces anteromedially, well in front of the skin behind its medial border, which faces inward up to the lower border of the medial condyle', () => {
    const facing = (k: string) => (Math.atan2(-at(k).normal[0], at(k).normal[2]) * 180) / Math.PI;
    for (const k of ['tibia_medial_surface_5', 'tibia_medial_surface_7']) {
      expect(facing(k)).toBeGreaterThan(30);
      expect(facing(k)).toBeLessThan(60);
    }
    for (const k of ['tibia_medial_border_3', 'tibia_medial_border_6', 'tibia_medial_border_10', 'medial_tibial_condyle'])
      expect(facing(k)).toBeGreaterThan(80);
    // the lower border of the medial condyle: level with the tibial tuberosity, 2 B-cun (4-7 cm) below the apex of the patella,
    // at the top of the line of the border points behind the medial border of the tibia
    expect(Math.abs(cm(p('medial_tibial_condyle')[1] - p('tibial_tuberosity')[1]))).toBeLessThan(1);
    expect(cm(p('patella_apex')[1] - p('medial_tibial_condyle')[1])).toBeGreaterThan(4);
    expect(cm(p('patella_apex')[1] - p('medial_tibial_condyle')[1])).toBeLessThan(7);
    expect(cm(p('tibial_tuberosity')[2] - p('medial_tibial_condyle')[2])).toBeGreaterThan(3);
    // the medial surface of the tibia is 4-5 cm wide in the middle of the leg: its middle at least 1.5 cm in front of the border
    expect(cm(p('tibia_medial_surface_5')[2] - p('tibia_medial_border_3')[2])).toBeGreaterThan(1.5);
    expect(cm(p('tibia_medial_surface_5')[2] - p('tibia_medial_border_6')[2])).toBeGreaterThan(1.5);
    expect(cm(p('tibia_medial_surface_7')[2] - p('tibia_medial_border_6')[2])).toBeGreaterThan(1.5);
  });

  it("the ankle: the medial malleolus ends higher than the lateral; the foot's 3 B-cun (medial malleolus to sole) the leg's B-cun; the front of the ankle joint level with the line joining the prominences", () => {
    const medial = p('medial_malleolus'),
      lateral = p('lateral_malleolus');
    expect(cm(medial[1] - lateral[1]) / scale).toBeGreaterThan(0.5);
    expect(cm(medial[1] - lateral[1]) / scale).toBeLessThan(1.5);
    // WHO divides the leg (13 B-cun from the medial tibial condyle to the medial malleolus) and the
    // height of the malleolus above the sole (3 B-cun) in the same unit
    const ratio = cun('foot_medial_malleolus_sole') / cun('leg_tibial_condyle_medial_malleolus');
    expect(ratio).toBeGreaterThan(0.88);
    expect(ratio).toBeLessThan(1.12);
    // ST41's hollow: level with the prominence of the lateral malleolus (WHO), not above the malleoli
    const front = p('ankle_front_midpoint');
    expect(cm(front[1] - lateral[1])).toBeGreaterThan(-0.5);
    expect(cm(front[1] - medial[1])).toBeLessThan(0.5);
    expect(at('ankle_front_midpoint').normal[2]).toBeGreaterThan(0.4);
  });

  it("the outer border of the foot: the tuberosity of the 5th metatarsal about two fifths of the foot's length from the heel, a little behind the middle between the lateral malleolus and the 5th metatarsophalangeal joint", () => {
    const heel = p('heel'),
      tip = p('second_toe_tip'),
      tub = p('metatarsal5_tuberosity');
    const t = (tub[2] - heel[2]) / (tip[2] - heel[2]);
    expect(t).toBeGreaterThan(0.35);
    expect(t).toBeLessThan(0.46);
    const m = (tub[2] - p('lateral_malleolus')[2]) / (p('mtp5')[2] - p('lateral_malleolus')[2]);
    expect(m).toBeGreaterThan(0.3);
    expect(m).toBeLessThan(0.52);
    // ST42's joint (the base of the 2nd metatarsal) lies in front of the tuberosity, the Lisfranc line slanting back laterally
    expect(p('metatarsal2_base')[2]).toBeGreaterThan(tub[2] + 0.01);
  });

  it('the spans: the head measured over the vertex (not the chord), the mastoids round the back, the finger cun the body cun', () => {
    const head = ctx.spans.get('head_hairline_anterior_posterior')!;
    expect(head.lengthM).toBeGreaterThan(dist(head.fromPosition, head.toPosition) * 1.2);
    expect(cm(head.lengthM) / scale).toBeGreaterThan(30);
    const mastoids = ctx.spans.get('head_mastoids')!;
    expect(mastoids.lengthM).toBeGreaterThan(dist(mastoids.fromPosition, mastoids.toPosition) * 1.3);
    expect(cun('head_mastoids') / cun('forearm_cubital_wrist')).toBeGreaterThan(0.8);
    expect(ctx.fingerCunM.left / cun('forearm_cubital_wrist')).toBeCloseTo(1, 2);
  });
});
