// Presentation mode and tours in the store: playing a tour applies each step through the store
// (the selection, the channel filter, the ear protocol, the camera), steps stay within the tour,
// the clicker's keys (next, previous, blank, Escape), the tours slice, the tours kept on the
// device, and the link's present and tour keys.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Tour } from '../../src/domain/tours/schema.ts';
import { encodeTour } from '../../src/domain/tours/shareLink.ts';
import type { PersistProblem } from '../../src/state/persist/versioned.ts';
import { currentTour } from '../../src/state/slices/tours.ts';
import { useAtlas } from '../../src/state/store.ts';
import { currentTourStep } from '../../src/state/tourSteps.ts';
import { keepToursOnDevice, toursSpec } from '../../src/state/toursStorage.ts';
import { parseAtlasLink, readAtlasLink } from '../../src/state/url.ts';
import { presentationKey } from '../../src/ui/present/Presentation.tsx';
import { memoryStorage } from '../support/memoryStorage.ts';

const initial = useAtlas.getState();
beforeEach(() => useAtlas.setState({ ...initial }, true));
const state = () => useAtlas.getState();

const tour: Tour = {
  id: 'demo',
  name: 'Demo',
  steps: [
    { item: { system: 'channel', id: 'LU' }, view: { preset: 'anterior' }, caption: 'The Lung channel' },
    {
      item: { system: 'points', id: 'LU9' },
      view: { preset: 'hands', orbit: { azimuthDeg: 10, elevationDeg: 5, distanceM: 0.8, target: [0.3, 1, 0.1] } },
      caption: 'LU9',
    },
    { item: { system: 'protocol', id: 'nada' }, caption: 'NADA' },
    { item: { system: 'ear', id: 'TF4' }, caption: 'Shenmen' },
    { item: { system: 'scalp', id: 'motor' }, view: { preset: 'scalp-side' }, caption: 'Motor area' },
  ],
};

describe('playing a tour', () => {
  it('enters presentation mode and applies each step through the store, within the tour’s bounds', () => {
    state().playTour(tour);
    expect(state().presenting).toBe(true);
    expect(state().playing?.index).toBe(0);
    expect(state().channel).toBe('LU');
    expect(state().selection).toBeNull();
    // a preset view holds against the framing of what the step shows
    expect(state().camera).toMatchObject({ preset: 'anterior', orbit: null, held: true });

    state().stepPresentation(-1);
    expect(state().playing?.index).toBe(0);
    state().stepPresentation(1);
    expect(state().selection).toEqual({ system: 'points', id: 'LU9', side: 'left', index: 1 });
    expect(state().camera).toMatchObject({ preset: 'hands', orbit: tour.steps[1]?.view?.orbit, held: true });

    state().stepPresentation(1);
    expect(state()).toMatchObject({ protocol: 'nada', earOpen: true, selection: null });
    state().stepPresentation(1);
    expect(state().selection).toEqual({ system: 'ear', id: 'TF4' });
    state().stepPresentation(1);
    expect(state()).toMatchObject({ earOpen: false, showJiao: true, selection: { system: 'scalp', id: 'motor', side: 'left' } });
    state().stepPresentation(1);
    expect(state().playing?.index).toBe(4);
  });

  it('does not play a tour without steps', () => {
    state().playTour({ ...tour, steps: [] });
    expect(state().presenting).toBe(false);
  });
});

describe('the clicker keys', () => {
  it('step, blank (a press while blank shows the screen again) and leave with Escape, the blank first', () => {
    state().playTour(tour);
    expect(presentationKey('PageDown', state())).toBe(true);
    expect(state().playing?.index).toBe(1);
    presentationKey('ArrowRight', state());
    presentationKey(' ', state());
    expect(state().playing?.index).toBe(3);
    presentationKey('PageUp', state());
    presentationKey('ArrowLeft', state());
    expect(state().playing?.index).toBe(1);
    presentationKey('b', state());
    expect(state().blanked).toBe(true);
    presentationKey('PageDown', state());
    expect([state().blanked, state().playing?.index]).toEqual([false, 1]);
    presentationKey('.', state());
    presentationKey('Escape', state());
    expect([state().blanked, state().presenting]).toEqual([false, true]);
    presentationKey('Escape', state());
    expect([state().presenting, state().playing]).toEqual([false, null]);
    expect(presentationKey('x', state())).toBe(false);
  });
});

describe('the tours slice', () => {
  it('builds a tour from what is shown, reorders, captions, removes and deletes, saying what it did', () => {
    state().select({ system: 'points', id: 'LI4', side: 'left', index: 1 });
    state().goTo('hands');
    const step = currentTourStep(state(), 'Between the bones');
    expect(step).toEqual({ item: { system: 'points', id: 'LI4' }, view: { preset: 'hands' }, caption: 'Between the bones' });
    state().addTourStep(step!, 'LI4');
    expect(currentTour(state())?.name).toBe('New tour');
    expect(state().toursMessage).toBe('LI4 added to "New tour" as step 1');
    // a camera that framed the selection is not kept: the step frames its item again
    state().select(null);
    state().setChannel('ST');
    state().leavePreset();
    state().addTourStep(currentTourStep(state(), '')!, 'ST');
    expect(currentTour(state())?.steps[1]).toEqual({ item: { system: 'channel', id: 'ST' }, caption: '' });
    state().moveTourStep(1, -1);
    expect(currentTour(state())?.steps.map((s) => s.item.id)).toEqual(['ST', 'LI4']);
    state().captionTourStep(0, 'The Stomach channel');
    state().renameCurrentTour('Hands');
    state().removeTourStep(1);
    expect(currentTour(state())).toMatchObject({ name: 'Hands', steps: [{ caption: 'The Stomach channel' }] });
    state().deleteTour(currentTour(state())!.id);
    expect(state().userTours).toEqual([]);
  });

  it('shows the ear protocol as the step while the ear map is open on it', () => {
    state().select({ system: 'points', id: 'LI4', side: 'left', index: 1 });
    state().goTo('hands');
    state().setProtocol('nada');
    // (no camera: the ear map covers the stage)
    expect(currentTourStep(state(), '')).toEqual({ item: { system: 'protocol', id: 'nada' }, caption: '' });
    state().select({ system: 'ear', id: 'TF4' });
    expect(currentTourStep(state(), '')?.item).toEqual({ system: 'ear', id: 'TF4' });
  });
});

describe('tours on the device', () => {
  it('are read back after a reload, and a value from a newer atlas is backed up and reported', () => {
    const storage = memoryStorage();
    const problems: PersistProblem[] = [];
    const stop = keepToursOnDevice(
      useAtlas,
      () => storage,
      (p) => problems.push(p),
    );
    state().keepTours([tour], 'Imported');
    stop();
    useAtlas.setState({ ...initial }, true);
    keepToursOnDevice(
      useAtlas,
      () => storage,
      (p) => problems.push(p),
    )();
    expect(state().userTours.map((t) => [t.name, t.steps.length])).toEqual([['Demo', 5]]);
    storage.setItem(toursSpec.key, JSON.stringify({ version: 9, state: {} }));
    keepToursOnDevice(
      useAtlas,
      () => storage,
      (p) => problems.push(p),
    )();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reason).toMatch(/newer version/);
  });
});

describe('the link', () => {
  it('carries presentation mode and a shared tour', () => {
    const { values, ignored } = parseAtlasLink(`?present=1&tour=${encodeURIComponent(encodeTour(tour))}`);
    expect(ignored).toEqual([]);
    expect(values.present).toBe(true);
    expect(values.tour).toEqual({ ...tour, id: 'shared' });
    state().setPresenting(true);
    state().offerSharedTour(values.tour);
    expect(readAtlasLink(state())).toMatchObject({ present: true, tour: values.tour });
    expect(state()).toMatchObject({ leftPanel: 'study', studyTab: 'tours' });
  });
});
