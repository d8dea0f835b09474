// Every channel's external pathway as ONE merged line geometry over the skin, coloured by channel;
// when a point is selected its channel keeps its colour and the others fade.
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { BufferGeometry, Color, Float32BufferAttribute, LineBasicMaterial } from 'three';
import { channelInfo, channelOfCode, type ChannelOrExtra } from '../../../domain/points/channels.ts';
import { selectedPoint, useAtlas } from '../../../state/store.ts';
import { usePalette } from '../../../state/theme.ts';

const material = new LineBasicMaterial({ vertexColors: true, toneMapped: false });

export function ChannelPaths() {
  const paths = useAtlas((s) => s.paths);
  const show = useAtlas((s) => s.showPaths);
  const channelFilter = useAtlas((s) => s.channel);
  const selected = useAtlas(selectedPoint);
  const invalidate = useThree((s) => s.invalidate);
  const emphasis: ChannelOrExtra | null = selected ? channelOfCode(selected.id) : null;

  // the lines, built when the paths or the channel filter change; each segment remembers its channel
  const { geometry, channels } = useMemo(() => {
    const positions: number[] = [];
    const channels: ChannelOrExtra[] = [];
    for (const path of paths) {
      const channel = path.channel as ChannelOrExtra;
      if (channelFilter !== null && channel !== channelFilter) continue;
      for (let i = 0; i < path.polyline.length - 1; i++) {
        const a = path.polyline[i],
          b = path.polyline[i + 1];
        if (!a || !b) continue;
        positions.push(...a, ...b);
        channels.push(channel);
      }
    }
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(positions, 3));
    g.setAttribute('color', new Float32BufferAttribute(new Float32Array(positions.length), 3));
    return { geometry: g, channels };
  }, [paths, channelFilter]);

  const palette = usePalette();
  // the colours, written in place when the emphasis or the theme changes (the geometry stays)
  useLayoutEffect(() => {
    const colors = geometry.getAttribute('color');
    const c = new Color();
    const faded = new Color(palette.pathFaded);
    channels.forEach((channel, i) => {
      c.set(channelInfo[channel].color);
      if (emphasis && channel !== emphasis) c.lerp(faded, 0.75);
      colors.setXYZ(2 * i, c.r, c.g, c.b);
      colors.setXYZ(2 * i + 1, c.r, c.g, c.b);
    });
    colors.needsUpdate = true;
    invalidate();
  }, [geometry, channels, emphasis, invalidate, palette]);

  useEffect(() => invalidate(), [geometry, show, invalidate]);
  // let the geometry go when it is replaced or unmounted, not when the paths are only hidden
  useEffect(() => () => geometry.dispose(), [geometry]);

  return <lineSegments name="channel-paths" geometry={geometry} material={material} visible={show} />;
}
