// The store's seams: one selection for every system, and screen-reader messages made by one
// subscriber from state changes (the actions only change state).
import { beforeEach, describe, expect, it } from 'vitest';
import { describeChange } from '../../src/state/announcer.ts';
import { selectedEarPoint, selectedPoint, selectedZone, useAtlas } from '../../src/state/store.ts';
import { data } from '../support/atlas.ts';

const initial = useAtlas.getState();
beforeEach(() => useAtlas.setState({ ...initial, records: data.points, whoLines: new Map(data.whoLines.map((l) => [l.code, l])) }, true));

describe('one selection', () => {
  it('selecting a thing of one system replaces the thing of another; nothing is cleared by hand', () => {
    const { select } = useAtlas.getState();
    select({ system: 'points', id: 'LI4', side: 'left', index: 1 });
    expect(selectedPoint(useAtlas.getState())?.id).toBe('LI4');
    select({ system: 'scalp', id: 'MS6', side: 'right' });
    expect(selectedPoint(useAtlas.getState())).toBeNull();
    expect(selectedZone(useAtlas.getState())).toEqual({ system: 'scalp', id: 'MS6', side: 'right' });
    select({ system: 'ear', id: 'TF4' });
    expect(selectedZone(useAtlas.getState())).toBeNull();
    expect(selectedEarPoint(useAtlas.getState())?.id).toBe('TF4');
    expect(useAtlas.getState().earOpen).toBe(true);
    select(null);
    expect(useAtlas.getState().selection).toBeNull();
  });

  it('the per-system selectors hand back the same object, so subscribers do not re-render for nothing', () => {
    useAtlas.getState().select({ system: 'points', id: 'ST36', side: 'right', index: 1 });
    expect(selectedPoint(useAtlas.getState())).toBe(selectedPoint(useAtlas.getState()));
  });

  it('steps along the channel on the same side, and stops at its ends', () => {
    const { select, stepAlongChannel } = useAtlas.getState();
    select({ system: 'points', id: 'LI4', side: 'right', index: 1 });
    stepAlongChannel(1);
    expect(useAtlas.getState().selection).toEqual({ system: 'points', id: 'LI5', side: 'right', index: 1 });
    select({ system: 'points', id: 'LI20', side: 'left', index: 1 });
    stepAlongChannel(1);
    expect(selectedPoint(useAtlas.getState())?.id).toBe('LI20');
  });
});

describe('announcements come from state changes', () => {
  it('says what a change means, the selection last, and nothing for changes a listener does not need', () => {
    const before = useAtlas.getState();
    useAtlas.getState().setBody('female');
    expect(useAtlas.getState().announcement).toBe('Adult female body shown');
    useAtlas.getState().setBodyPart('head');
    expect(useAtlas.getState().announcement).toBe("Jiao's scalp areas shown. Scalp areas for the head highlighted");
    useAtlas.getState().select({ system: 'points', id: 'LI4', side: 'left', index: 1 });
    expect(useAtlas.getState().announcement).toBe('LI4 Hégǔ, Joining Valley (left) selected');
    useAtlas.getState().select({ system: 'scalp', id: 'MS6', side: 'left' });
    expect(useAtlas.getState().announcement).toMatch(/^MS6 .+ \(left\) selected$/);
    const now = useAtlas.getState();
    expect(describeChange({ ...now, focus: { target: [0, 0, 0], from: [0, 0, 1], nonce: 9 }, loading: { active: true, progress: 40 } }, now)).toEqual([]);
    expect(describeChange(before, before)).toEqual([]);
  });
});
