// Every channel's external pathway as ONE merged line geometry over the skin, coloured by channel;
// when a point is selected its channel keeps its colour and the others fade. Drawn 2 px wide (a
// projector's 1 px line is lost); the geometry is JSX, owned by R3F: new paths mount a new geometry
// and the old is disposed, hiding the paths keeps it, and colours are painted in place.
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color } from 'three';
import { channelInfo, channelOfCode, type ChannelOrExtra } from '../../../domain/points/channels.ts';
import { selectedPoint, useAtlas } from '../../../state/store.ts';
import { usePalette } from '../../../state/theme.ts';
import { FatSegments, paintSegments, type LineSegments2 } from '../../../scene/FatSegments.tsx';

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
    return { positions: new Float32Array(positions), colors: new Float32Array(positions.length), channels };
  }, [paths, channelFilter]);

  const line = useRef<LineSegments2>(null);
  const palette = usePalette();
  // the colours, written in place when the emphasis or the theme changes (the geometry stays)
  useLayoutEffect(() => {
    const colors = lines.colors;
    const c = new Color();
    const faded = new Color(palette.pathFaded);
    lines.channels.forEach((channel, i) => {
      c.set(channelInfo[channel].color);
      if (emphasis && channel !== emphasis) c.lerp(faded, 0.75);
      c.toArray(colors, 6 * i);
      c.toArray(colors, 6 * i + 3);
    });
    paintSegments(line.current, colors);
    invalidate();
  }, [lines, emphasis, invalidate, palette]);

  useEffect(() => invalidate(), [lines, show, invalidate]);

  return <FatSegments ref={line} name="channel-paths" positions={lines.positions} colors={lines.colors} width={2} visible={show} />;
}
