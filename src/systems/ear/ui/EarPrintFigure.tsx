// An ear point on the ear chart for a print sheet: the right ear from the side (or the back of the
// ear for a point there), drawn from the chart's own geometry in black lines on white, the zones in
// light grey, the point as a black dot in a ring, named beside it.
import type { EarAtlas, EarPointView } from '../../../domain/schema/ear.ts';
import { printColours as ink } from '../../../theme/tokens.ts';
import { chartUnits, figureBounds, figureFaces, figureHeight, figureXY, frontBox, mirrored, type EarFigureView } from '../domain/chartLabels.ts';

type Pair = [number, number];

export function EarPrintFigure({ ear, point }: { ear: EarAtlas; point: EarPointView }) {
  const view: EarFigureView = point.face === 'posterior' || point.face === 'root' ? 'back' : 'right';
  const mirror = mirrored(view);
  const tx = (p: Pair) => `${((mirror ? 1 - p[0] : p[0]) * chartUnits).toFixed(1)},${(p[1] * chartUnits).toFixed(1)}`;
  const path = (ring: Pair[]) => `M${ring.map(tx).join('L')}Z`;
  const faces = figureFaces(view);
  const bounds = figureBounds(view);
  const [x, y] = figureXY(point, view);
  const name = point.system === 'nogier' ? point.english : point.code;
  return (
    <figure className="print-ear" data-print-figure="ear">
      <svg
        viewBox={`${bounds.x0} ${bounds.y0} ${frontBox.w} ${figureHeight}`}
        role="img"
        aria-label={`${name} marked on the ${view === 'back' ? 'back of the right ear' : 'right ear'}`}
      >
        {view === 'back' ? (
          ear.parts
            .filter((p) => p.face === 'posterior' || p.face === 'root')
            .map((p) => <path key={p.id} d={path(p.ring)} fill={ink.paper} stroke={ink.ink} strokeWidth={3} />)
        ) : (
          <path d={path(ear.outline)} fill={ink.paper} stroke={ink.ink} strokeWidth={3} />
        )}
        {ear.zones
          .filter((z) => faces.includes(z.face))
          .map((z) => z.rings.map((ring, k) => <path key={`${z.id}-${k}`} d={path(ring)} fill={ink.zone} stroke={ink.zoneLine} strokeWidth={1.5} />))}
        {view !== 'back' && <path d={path(ear.meatus)} fill={ink.meatus} stroke={ink.ink} strokeWidth={2} />}
        <circle cx={x} cy={y} r={26} fill="none" stroke={ink.ink} strokeWidth={5} />
        <circle cx={x} cy={y} r={11} fill={ink.ink} />
        <text x={x + 34} y={y - 24} fontSize={44} fontWeight={700} fill={ink.ink} stroke={ink.paper} strokeWidth={8} paintOrder="stroke">
          {name}
        </text>
      </svg>
      <figcaption>{view === 'back' ? 'Back of the right ear' : 'Right ear, lateral side'}</figcaption>
    </figure>
  );
}
