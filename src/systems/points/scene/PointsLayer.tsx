// The points on the body: the markers (one draw call), the channel paths and the how-to-find guide
// of the selected point.
import type { BodySurface } from '../../../domain/body/frame.ts';
import { ChannelPaths } from './ChannelPaths.tsx';
import { Guide } from './Guide.tsx';
import { PointMarkers } from './PointMarkers.tsx';

export function PointsLayer({ surface }: { surface: BodySurface }) {
  return (
    <>
      <PointMarkers surface={surface} />
      <ChannelPaths />
      <Guide surface={surface} />
    </>
  );
}
