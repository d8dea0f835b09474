// The link through nuqs and zod: links written before the change load the same state, every key's
// value is validated (a malformed one is ignored and reported, never obeyed), what is read is
// written back, and the camera kept in the link round-trips to the same view.
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyLink, linkOf } from '../../src/app/urlSync.ts';
import { orbitOf, orbitPosition, type CameraOrbit } from '../../src/domain/link/camera.ts';
import { cameraLinkKey } from '../../src/domain/link/cameraKey.ts';
import { readLinkKeys } from '../../src/state/link.ts';
import { selectedPoint, useAtlas } from '../../src/state/store.ts';
import { data } from '../support/atlas.ts';

const initial = useAtlas.getState();
beforeEach(() => useAtlas.setState(initial, true));

/** Opens a link on a fresh store: the notice and what the link is written back as. */
function open(search: string) {
  const { stops, notice } = applyLink(search);
  // (a linked point whose records are not there yet is still in the link, pending)
  const written = linkOf(useAtlas.getState());
  stops.forEach((stop) => stop());
  return { notice, written, s: useAtlas.getState() };
}

describe('links written before nuqs', () => {
  it("the README's point link loads the same state and is written back with the same values", () => {
    const link = '?point=LI4&side=right&body=female&view=hands&channel=LI&category=five-shu&region=hand&labels=1&paths=1&landmarks=1&extra=0';
    // the point is selected once its records and the body's atlas are there
    useAtlas.setState({ records: data.points, locations: [{ code: 'LI4' } as never] });
    const { notice, written, s } = open(link);
    expect(notice).toBeNull();
    expect([s.body, s.camera.preset, s.camera.orbit, s.channel, s.category, s.region]).toEqual(['female', 'hands', null, 'LI', 'five-shu', 'hand']);
    expect([s.showPointLabels, s.showPaths, s.showLandmarks, s.showExtra]).toEqual([true, true, true, false]);
    expect(selectedPoint(s)).toMatchObject({ id: 'LI4', side: 'right' });
    expect(Object.fromEntries(new URLSearchParams(written))).toEqual(Object.fromEntries(new URLSearchParams(link)));
  });

  it('the scalp, ear and search links load the same state', () => {
    let { s, notice } = open('?who=1&jiao=1&part=upper-limb&zone=MS7&view=scalp-side');
    expect(notice).toBeNull();
    expect([s.showWho, s.showJiao, s.bodyPart, s.camera.preset, s.selection]).toEqual([
      true,
      true,
      'upper-limb',
      'scalp-side',
      { system: 'scalp', id: 'MS7', side: 'left' },
    ]);
    useAtlas.setState(initial, true);
    ({ s, notice } = open('?ear=1&earmap=compare&protocol=nada&earpoint=TF4&ear3d=1'));
    expect(notice).toBeNull();
    expect([s.earOpen, s.earMap, s.protocol, s.ear3d, s.selection]).toEqual([true, 'compare', 'nada', true, { system: 'ear', id: 'TF4' }]);
    useAtlas.setState(initial, true);
    // URLSearchParams wrote spaces as + and commas as %2C; both still read
    ({ s, notice } = open('?q=low+back%2C+pain&earpoint=AT1%2CAT2'));
    expect(notice).toBeNull();
    expect([s.query, s.selection]).toEqual(['low back, pain', { system: 'ear', id: 'AT1,AT2' }]);
  });

  it('a repeated key: the last value wins, as before', () => {
    expect(open('?view=left&view=head').s.camera.preset).toBe('head');
  });

  it('the default state is the bare address, and defaults are left out of the link', () => {
    expect(open('').written).toBe('');
    expect(open('?body=male&view=anterior&paths=0&extra=1').written).toBe('');
  });
});

describe('values the atlas does not know', () => {
  it('are ignored with a notice naming them, and left out of the link written back', () => {
    const { notice, written, s } = open('?point=LI4&channel=XX&view=sideways&colour=red&who=1&cam=1,2,3&toString=1');
    expect(notice).toBe(
      'Part of this link was ignored: "view" had a value the atlas does not know; "cam" had a value the atlas does not know; "channel" had a value the atlas does not know; "colour" is not a setting of the atlas; "toString" is not a setting of the atlas.',
    );
    expect([s.channel, s.camera.preset, s.camera.orbit, s.showWho]).toEqual([null, 'anterior', null, true]);
    expect(written).toBe('?point=LI4&who=1');
  });

  it('an empty flag, a flag other than 0 or 1 and a too long query are malformed', () => {
    expect(open('?paths=&labels=yes&q=' + 'a'.repeat(301)).notice).toMatch(/"q" had a value.*"paths" had a value.*"labels" had a value/);
  });
});

describe('the camera kept in the link', () => {
  const orbit: CameraOrbit = { azimuthDeg: -32.5, elevationDeg: 12.3, distanceM: 1.234, target: [0.012, 0.987, -0.05] };

  it('writes az,el,dist,tx,ty,tz rounded to 0.1 degree and 1 mm, and reads it back', () => {
    expect(cameraLinkKey.format(orbit)).toBe('-32.5,12.3,1.234,0.012,0.987,-0.05');
    expect(z.parse(cameraLinkKey.schema, '-32.5,12.3,1.234,0.012,0.987,-0.05')).toEqual(orbit);
    expect(z.parse(cameraLinkKey.schema, '10.04,0.06,1.23449,0,1.00049,0')).toEqual({ azimuthDeg: 10, elevationDeg: 0.1, distanceM: 1.234, target: [0, 1, 0] });
  });

  it('ignores a malformed camera, with its key named', () => {
    for (const bad of [
      '',
      '1,2,3',
      '1,2,3,4,5,6,7',
      '0,0,1,0,1,',
      '0,95,1,0,1,0',
      '0,0,0.01,0,1,0',
      '0,0,9,0,1,0',
      '0,0,1,0,7,0',
      '0,0,1e1,0,1,0',
      'NaN,0,1,0,1,0',
      '0,0,1,0,x,0',
      '181,0,1,0,1,0',
    ]) {
      expect(z.safeParse(cameraLinkKey.schema, bad).success, bad).toBe(false);
      expect(readLinkKeys({ cam: cameraLinkKey }, `?cam=${encodeURIComponent(bad)}`), bad).toEqual({ values: { cam: null }, ignored: ['cam'] });
    }
  });

  it('is the same view after a round trip: the orbit of a camera, and the camera of an orbit', () => {
    const position = orbitPosition(orbit);
    expect(orbitOf(position, orbit.target)).toEqual(orbit);
    // straight from the front at 3 m, and from the body's left
    expect(orbitOf([0, 1, 3], [0, 1, 0])).toEqual({ azimuthDeg: 0, elevationDeg: 0, distanceM: 3, target: [0, 1, 0] });
    expect(orbitOf([2, 1, 0], [0, 1, 0])).toMatchObject({ azimuthDeg: 90, elevationDeg: 0 });
    // from behind is 180, never -180, so one view has one link
    expect(orbitOf([0, 1, -2], [0, 1, 0]).azimuthDeg).toBe(180);
  });

  it("is restored over the link's preset, and written back as it was read", () => {
    const { s, written, notice } = open('?view=posterior&cam=-32.5,12.3,1.234,0.012,0.987,-0.05');
    expect(notice).toBeNull();
    expect(s.camera).toMatchObject({ preset: 'posterior', orbit, held: true });
    expect(written).toBe('?view=posterior&cam=-32.5,12.3,1.234,0.012,0.987,-0.05');
  });

  it('a restored camera holds against framing until the user acts; then framing moves on from it', () => {
    open('?cam=-32.5,12.3,1.234,0.012,0.987,-0.05');
    useAtlas.getState().frame([0, 1, 0], [0, 1, 1]);
    expect(useAtlas.getState().focus).toBeNull();
    useAtlas.getState().releaseCamera();
    useAtlas.getState().frame([0, 1, 0], [0, 1, 1]);
    expect(useAtlas.getState().focus).toMatchObject({ target: [0, 1, 0] });
    // the framed camera is not the kept one: the link drops it
    expect(useAtlas.getState().camera.orbit).toBeNull();
  });

  it("is written when the user's move settles, and dropped when a preset is chosen or the body changes", () => {
    const atlas = useAtlas.getState();
    atlas.settleCamera(orbit);
    const nonce = useAtlas.getState().camera.nonce;
    expect(linkOf(useAtlas.getState())).toBe('?cam=-32.5,12.3,1.234,0.012,0.987,-0.05');
    // settling reports where the camera is: it does not ask the scene to move it
    expect(useAtlas.getState().camera.nonce).toBe(nonce);
    atlas.goTo('left');
    expect(linkOf(useAtlas.getState())).toBe('?view=left');
    atlas.settleCamera(orbit);
    atlas.setBody('female');
    expect(linkOf(useAtlas.getState())).toBe('?body=female&view=left');
  });
});

describe('the tour played, in the link', () => {
  const tour = {
    id: 'wrist-tour',
    name: 'Wrist',
    steps: [
      { item: { system: 'points' as const, id: 'LU9' }, caption: 'At the crease' },
      { item: { system: 'points' as const, id: 'LU8' }, caption: 'One cun above' },
      { item: { system: 'points' as const, id: 'LU7' }, view: { preset: 'hands' as const }, caption: 'Between the tendons' },
    ],
  };
  beforeEach(() => useAtlas.setState({ records: data.points, locations: [{ code: 'LU9' }, { code: 'LU8' }, { code: 'LU7' }] as never, userTours: [tour] }));

  it('playing writes the tour and its step; the link played again shows the same step in presentation mode', () => {
    useAtlas.getState().playTour(tour, 2);
    const link = linkOf(useAtlas.getState());
    expect(new URLSearchParams(link).get('play')).toBe('wrist-tour');
    expect(new URLSearchParams(link).get('step')).toBe('3');
    expect(new URLSearchParams(link).get('present')).toBe('1');
    useAtlas.getState().setPresenting(false);
    const { s, notice, written } = open(link);
    expect(notice).toBeNull();
    expect(s.presenting).toBe(true);
    expect(s.playing).toMatchObject({ tour: { id: 'wrist-tour' }, index: 2 });
    expect(selectedPoint(s)).toMatchObject({ id: 'LU7' });
    expect(written).toBe(link);
  });

  it('a bad step is ignored and said (the tour plays from its first step); a step past the end shows the last', () => {
    const bad = open('?present=1&play=wrist-tour&step=zero');
    expect(bad.notice).toBe('Part of this link was ignored: "step" had a value the atlas does not know.');
    expect(bad.s.playing?.index).toBe(0);
    expect(open('?present=1&play=wrist-tour&step=9').s.playing?.index).toBe(2);
  });

  it('a tour that is not on this device is ignored and said; presentation mode stays', () => {
    useAtlas.setState({ builtInTours: [] });
    const { s, notice } = open('?present=1&play=gone-tour&step=2');
    expect(notice).toBe('Part of this link was ignored: "play" had a value the atlas does not know.');
    expect([s.presenting, s.playing]).toEqual([true, null]);
  });

  it('a link without a played tour ends the one playing (the browser back from its first step)', () => {
    useAtlas.getState().playTour(tour, 1);
    const { s } = open('?present=1');
    expect([s.presenting, s.playing]).toEqual([true, null]);
  });
});
