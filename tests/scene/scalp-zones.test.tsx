// @vitest-environment jsdom
// A click on a WHO scalp line opens the line that was clicked. The lines are drawn wide (three's
// LineSegments2), which reports the segment clicked as faceIndex; the zones are kept per segment
// end (two per segment), so reading the zone at the segment's own index opened a line further up
// the list (MS2 for a click on MS4's second segment).
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, describe, expect, it } from 'vitest';
import { ScalpZones } from '../../src/systems/scalp/scene/ScalpZones.tsx';
import { selectedZone, useAtlas } from '../../src/state/store.ts';
import { scalpLines } from '../support/scalp.ts';

// four WHO lines of two segments each, side by side
const zones = scalpLines(['MS1', 'MS2', 'MS3', 'MS4'], 2);
const initial = useAtlas.getState();
let renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>> | null = null;
afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
  useAtlas.setState(initial, true);
});

describe('scalp lines in the scene', () => {
  it('a click on a segment selects the line that segment belongs to', async () => {
    useAtlas.setState({ scalp: { variant: 'male', zones, hairlines: [] }, showWho: true });
    renderer = await ReactThreeTestRenderer.create(<ScalpZones />);
    const lines = renderer.scene.findByProps({ name: 'who-lines' });
    for (const [k, id] of ['MS1', 'MS2', 'MS3', 'MS4'].entries()) {
      // the second segment of line k is segment 2k + 1
      await renderer.fireEvent(lines, 'onClick', { faceIndex: 2 * k + 1, stopPropagation: () => undefined });
      expect(selectedZone(useAtlas.getState())?.id).toBe(id);
    }
  });
});
