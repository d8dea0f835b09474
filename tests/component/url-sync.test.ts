// @vitest-environment jsdom
// The link and the store in step, in a browser's window: the store reads the link when the page
// opens and when the browser goes back or forward to another link (popstate); the store's
// changes are written back in place (replaceState: no history entry per change); the user's
// first press releases a camera the link restored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUrlSync } from '../../src/app/urlSync.ts';
import { useAtlas } from '../../src/state/store.ts';

const initial = useAtlas.getState();
let stop = () => {};
beforeEach(() => useAtlas.setState(initial, true));
afterEach(() => stop());

describe('the link and the store', () => {
  it('reads the link on load, writes changes in place, and reads it again on popstate', () => {
    window.history.replaceState(null, '', '/?channel=BL&view=posterior&colour=red');
    const entries = window.history.length;
    stop = startUrlSync();
    const s = useAtlas.getState();
    expect([s.channel, s.camera.preset]).toEqual(['BL', 'posterior']);
    expect(s.linkNotice).toMatch(/"colour" is not a setting/);
    // the unknown key is dropped from the link written back
    expect(window.location.search).toBe('?view=posterior&channel=BL');
    s.setChannel('GV');
    expect(window.location.search).toBe('?view=posterior&channel=GV');
    expect(window.history.length).toBe(entries);
    // another link in the history (a link within the page, or one the user typed over the hash)
    window.history.pushState(null, '', '/?body=female&labels=1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    const after = useAtlas.getState();
    // every key: those left out go back to their defaults
    expect([after.body, after.showPointLabels, after.channel, after.camera.preset]).toEqual(['female', true, null, 'anterior']);
    expect(after.linkNotice).toBeNull();
    expect(window.location.search).toBe('?body=female&labels=1');
  });

  it('a camera the link restored holds until the first press', () => {
    window.history.replaceState(null, '', '/?cam=10,5,2,0,1,0');
    stop = startUrlSync();
    expect(useAtlas.getState().camera).toMatchObject({ held: true, orbit: { azimuthDeg: 10 } });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(useAtlas.getState().camera).toMatchObject({ held: false, orbit: { azimuthDeg: 10 } });
  });
});
