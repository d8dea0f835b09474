// @vitest-environment jsdom
// GPU resources owned by R3F: the channel paths and the scalp zones are JSX geometries. Hiding a
// layer keeps its geometry; new data mounts a new geometry and disposes the old one; unmounting
// disposes what is left; colours change in place (the same attribute, new values), never by a rebuild.
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InterleavedBufferAttribute, LineSegments } from 'three';
import { ChannelPaths } from '../../src/systems/points/scene/ChannelPaths.tsx';
import { ScalpZones } from '../../src/systems/scalp/scene/ScalpZones.tsx';
import { useAtlas } from '../../src/state/store.ts';
import { scalpLines } from '../support/scalp.ts';

const paths = ['LU', 'LI'].map((channel, k) => ({
  channel,
  side: 'left' as const,
  polyline: [
    [k * 0.1, 1, 0.1],
    [k * 0.1, 1.1, 0.1],
    [k * 0.1, 1.2, 0.1],
  ] as [number, number, number][],
}));
const zones = scalpLines(['MS1', 'MS2'], 1);

const initial = useAtlas.getState();
let renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>> | null = null;
beforeEach(() => useAtlas.setState(initial, true));
afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

const lineGeometry = (name: string) => (renderer!.scene.findByProps({ name }).instance as LineSegments).geometry;
// wide lines keep their segments and colours as instanced, interleaved buffers (six floats a segment)
const segmentCount = (name: string) => lineGeometry(name).getAttribute('instanceStart').count;
const colourBuffer = (name: string) => (lineGeometry(name).getAttribute('instanceColorStart') as InterleavedBufferAttribute).data;

describe('scene geometries owned by R3F', () => {
  it('channel paths: hidden keeps the geometry, a new filter replaces and disposes it, unmount disposes the last', async () => {
    useAtlas.setState({ paths, showPaths: true });
    renderer = await ReactThreeTestRenderer.create(<ChannelPaths />);
    const first = lineGeometry('channel-paths');
    expect(segmentCount('channel-paths')).toBe(4);
    const firstDisposed = vi.fn();
    first.addEventListener('dispose', firstDisposed);

    await ReactThreeTestRenderer.act(() => Promise.resolve(useAtlas.setState({ showPaths: false })));
    expect(lineGeometry('channel-paths')).toBe(first);
    expect(firstDisposed).not.toHaveBeenCalled();

    await ReactThreeTestRenderer.act(() => Promise.resolve(useAtlas.setState({ showPaths: true, channel: 'LU' })));
    const second = lineGeometry('channel-paths');
    expect(second).not.toBe(first);
    expect(segmentCount('channel-paths')).toBe(2);
    expect(firstDisposed).toHaveBeenCalledTimes(1);

    const secondDisposed = vi.fn();
    second.addEventListener('dispose', secondDisposed);
    await renderer.unmount();
    renderer = null;
    expect(secondDisposed).toHaveBeenCalledTimes(1);
  });

  it('channel paths: selecting a point fades the other channels in the same colour attribute', async () => {
    useAtlas.setState({ paths, showPaths: true });
    renderer = await ReactThreeTestRenderer.create(<ChannelPaths />);
    const colors = colourBuffer('channel-paths');
    const before = Array.from(colors.array);
    expect(before.some((v) => v > 0)).toBe(true);
    await ReactThreeTestRenderer.act(() => Promise.resolve(useAtlas.getState().select({ system: 'points', id: 'LU5', side: 'left', index: 1 })));
    const after = colourBuffer('channel-paths');
    expect(after).toBe(colors);
    // LU's two segments keep their colour, LI's two change
    expect(Array.from(after.array).slice(0, 12)).toEqual(before.slice(0, 12));
    expect(Array.from(after.array).slice(12)).not.toEqual(before.slice(12));
  });

  it('scalp lines: selection recolours in place; new zones replace and dispose the geometry', async () => {
    useAtlas.setState({ scalp: { variant: 'male', zones, hairlines: [] }, showWho: true });
    renderer = await ReactThreeTestRenderer.create(<ScalpZones />);
    const geometry = lineGeometry('who-lines');
    const colors = colourBuffer('who-lines');
    const before = Array.from(colors.array);
    await ReactThreeTestRenderer.act(() => Promise.resolve(useAtlas.getState().select({ system: 'scalp', id: 'MS2', side: 'left' })));
    expect(colourBuffer('who-lines')).toBe(colors);
    expect(Array.from(colors.array).slice(0, 6)).toEqual(before.slice(0, 6));
    expect(Array.from(colors.array).slice(6)).not.toEqual(before.slice(6));

    const disposed = vi.fn();
    geometry.addEventListener('dispose', disposed);
    await ReactThreeTestRenderer.act(() => Promise.resolve(useAtlas.setState({ scalp: { variant: 'female', zones: zones.slice(0, 1), hairlines: [] } })));
    expect(lineGeometry('who-lines')).not.toBe(geometry);
    expect(disposed).toHaveBeenCalledTimes(1);
  });
});
