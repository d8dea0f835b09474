// Every channel's external pathway as ONE merged line geometry over the skin, coloured by channel;
// when a point is selected its channel keeps its colour and the others fade. The geometry and its
// material are JSX, so R3F owns them: a new geometry replaces the old one (keyed by its build) and
// is disposed with it, and hiding the paths keeps it.
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, type BufferAttribute } from 'three';
import { channelInfo, channelOfCode, type ChannelOrExtra } from '../../../domain/points/channels.ts';
import { selectedPoint, useAtlas } from '../../../state/store.ts';
import { usePalette } from '../../../state/theme.ts';
import { nextBuild } from '../../../scene/builds.ts';

export function ChannelPaths() {
  const paths = useAtlas((s) => s.paths);
  const show = useAtlas((s) => s.showPaths);
  const channelFilter = useAtlas((s) => s.channel);
  const selected = useAtlas(selectedPoint);
  const invalidate = useThree((s) => s.invalidate);
  const emphasis: ChannelOrExtra | null = selected ? channelOfCode(selected.id) : null;

  // the segments, built when the paths or the channel filter change; each remembers its channel
  const lines = useMemo(() => {
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
    return { build: nextBuild(), positions: new Float32Array(positions), colors: new Float32Array(positions.length), channels };
  }, [paths, channelFilter]);

  const colorAttribute = useRef<BufferAttribute>(null);
  const palette = usePalette();
  // the colours, written in place when the emphasis or the theme changes (the geometry stays)
  useLayoutEffect(() => {
    const colors = colorAttribute.current;
    if (!colors) return;
    const c = new Color();
    const faded = new Color(palette.pathFaded);
    lines.channels.forEach((channel, i) => {
      c.set(channelInfo[channel].color);
      if (emphasis && channel !== emphasis) c.lerp(faded, 0.75);
      colors.setXYZ(2 * i, c.r, c.g, c.b);
      colors.setXYZ(2 * i + 1, c.r, c.g, c.b);
    });
    colors.needsUpdate = true;
    invalidate();
  }, [lines, emphasis, invalidate, palette]);

  useEffect(() => invalidate(), [lines, show, invalidate]);

  return (
    <lineSegments name="channel-paths" visible={show}>
      <bufferGeometry key={lines.build}>
        <bufferAttribute attach="attributes-position" args={[lines.positions, 3]} />
        <bufferAttribute ref={colorAttribute} attach="attributes-color" args={[lines.colors, 3]} />
      </bufferGeometry>
      <lineBasicMaterial vertexColors toneMapped={false} />
    </lineSegments>
  );
}
