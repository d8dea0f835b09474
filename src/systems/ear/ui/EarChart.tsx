// The ear chart as SVG: the left and right ears from the side and the back of the ear, drawn from
// the same chart geometry as the 3D ear. Zones are labelled with their codes; points are markers
// (click to open the card); the European map is drawn as diamonds, tied to the Chinese location
// of the same concept when both are shown.
import { useMemo, useState } from 'react';
import type { EarAtlas, EarPointView } from '../../../domain/schema/ear.ts';
import { selectedEarPoint, useAtlas } from '../../../state/store.ts';
import { selectFoundCodes } from '../../../state/searchSelectors.ts';
import { protocolRefs, visibleEarPoints } from '../../../state/earSelectors.ts';
import { onEar, partFill } from './earView.ts';
import { earPartColours } from '../../../theme/tokens.ts';

type Pair = [number, number];
const S = 1000;
const frontBox = { x: 160, w: 660 };

interface EarFigureProps {
  ear: EarAtlas;
  view: 'left' | 'right' | 'back';
  points: EarPointView[];
  highlight: Set<string>;
  found: ReadonlySet<string> | null;
  selected: string | null;
  showCodes: boolean;
  showPointCodes: boolean;
  onHover: (id: string | null) => void;
}

function EarFigure({ ear, view, points, highlight, found, selected, showCodes, showPointCodes, onHover }: EarFigureProps) {
  // the right ear as stored; the left ear and the back view are its mirror image
  const mirror = view !== 'right';
  const tx = (p: Pair) => `${((mirror ? 1 - p[0] : p[0]) * S).toFixed(1)},${(p[1] * S).toFixed(1)}`;
  const path = (ring: Pair[]) => `M${ring.map(tx).join('L')}Z`;
  const faces = view === 'back' ? ['posterior', 'root'] : ['lateral', 'medial'];
  const zones = ear.zones.filter((z) => faces.includes(z.face));
  const backParts = ear.parts.filter((p) => p.face === 'posterior' || p.face === 'root');
  const shown = points.filter((p) => faces.includes(p.face) && (view === 'back' || onEar(p, view)));
  const conceptLines =
    view === 'back'
      ? []
      : shown
          .filter((p) => p.system === 'nogier' && p.sameConceptAs)
          .map((p) => [p, shown.find((q) => q.id === p.sameConceptAs)] as const)
          .filter((pair): pair is readonly [EarPointView, EarPointView] => Boolean(pair[1]));
  const x0 = mirror ? S - frontBox.x - frontBox.w : frontBox.x;
  const title = view === 'back' ? 'Back of the right ear' : `${view === 'left' ? 'Left' : 'Right'} ear, lateral side`;
  return (
    <figure className="ear-figure">
      <svg viewBox={`${x0} -30 ${frontBox.w} 1060`} role="group" aria-label={title} data-ear-view={view}>
        {view === 'back' ? (
          backParts.map((p) => <path key={p.id} d={path(p.ring)} className="ear-outline" />)
        ) : (
          <path d={path(ear.outline)} className="ear-outline" />
        )}
        {zones.map((z, i) =>
          z.rings.map((ring, k) => (
            <path
              key={`${z.id}-${k}`}
              d={path(ring)}
              fill={partFill[z.part] ?? earPartColours.other}
              fillOpacity={i % 2 ? 0.85 : 1}
              className={`ear-zone${z.face === 'medial' ? ' medial' : ''}`}
              data-zone={z.id}
            >
              <title>{`${z.id}${z.face === 'medial' ? ' (medial surface)' : ''}`}</title>
            </path>
          )),
        )}
        {view !== 'back' && <path d={path(ear.meatus)} className="ear-meatus" />}
        {view === 'back' && <polyline points={ear.groove.map(tx).join(' ')} className="ear-groove" />}
        {showCodes &&
          zones.map((z) => {
            const ring = z.rings[0]!;
            const c = ring.reduce<Pair>((a, p) => [a[0] + p[0] / ring.length, a[1] + p[1] / ring.length], [0, 0]);
            return (
              <text key={`t-${z.id}`} x={(mirror ? 1 - c[0] : c[0]) * S} y={c[1] * S + 26} className="ear-zone-code" aria-hidden="true">
                {z.id}
              </text>
            );
          })}
        {conceptLines.map(([eu, cn]) => (
          <line
            key={`l-${eu.id}`}
            x1={(mirror ? 1 - eu.uv[0] : eu.uv[0]) * S}
            y1={eu.uv[1] * S}
            x2={(mirror ? 1 - cn.uv[0] : cn.uv[0]) * S}
            y2={cn.uv[1] * S}
            className="ear-concept-line"
          />
        ))}
        {shown.map((p) => {
          const x = (mirror ? 1 - p.uv[0] : p.uv[0]) * S,
            y = p.uv[1] * S;
          const lit = highlight.has(p.id) || (found?.has(p.id) ?? false);
          const isSelected = selected === p.id;
          const r = isSelected ? 13 : lit ? 11 : 7;
          const cls = `ear-point ${p.system === 'nogier' ? 'eu' : 'cn'}${lit ? ' lit' : ''}${isSelected ? ' selected' : ''}${found && !found.has(p.id) && !highlight.has(p.id) ? ' dim' : ''}`;
          return (
            <g
              key={p.id}
              className={cls}
              data-ear-point={p.id}
              onClick={() => useAtlas.getState().select({ system: 'ear', id: p.id })}
              onPointerEnter={() => onHover(p.id)}
              onPointerLeave={() => onHover(null)}
            >
              {p.system === 'nogier' ? (
                <rect x={x - r} y={y - r} width={2 * r} height={2 * r} transform={`rotate(45 ${x} ${y})`} />
              ) : (
                <circle cx={x} cy={y} r={r} />
              )}
              <title>{`${p.system === 'nogier' ? 'European: ' : `${p.code} `}${p.english}`}</title>
              {showPointCodes && !lit && !isSelected && p.system !== 'nogier' && (
                <text x={x + 9} y={y - 7} className="ear-point-code" aria-hidden="true">
                  {p.code}
                </text>
              )}
              {(lit || isSelected) && (
                <text x={x > 600 ? x - 16 : x + 16} y={y - 12} textAnchor={x > 600 ? 'end' : 'start'} className="ear-point-label">
                  {p.system === 'nogier' ? p.english : `${p.code} ${p.english}`}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

export function EarChart() {
  const ear = useAtlas((s) => s.ear);
  const map = useAtlas((s) => s.earMap);
  const selected = useAtlas((s) => selectedEarPoint(s)?.id ?? null);
  const protocol = useAtlas((s) => s.protocol);
  const found = useAtlas(selectFoundCodes);
  const [hover, setHover] = useState<string | null>(null);
  const [showCodes, setShowCodes] = useState(true);
  const [showPointCodes, setShowPointCodes] = useState(false);
  const points = useMemo(() => (ear ? visibleEarPoints(ear, map) : []), [ear, map]);
  const highlight = useMemo(() => protocolRefs(ear, protocol), [ear, protocol]);
  const foundHere = useMemo(() => (found && ear && ear.points.some((p) => found.has(p.id)) ? found : null), [found, ear]);
  if (!ear) return <p className="muted">Loading the ear map…</p>;
  const hovered = hover ? ear.points.find((p) => p.id === hover) : undefined;
  const props = { ear, points, highlight, found: foundHere, selected, showCodes: showCodes && !showPointCodes, showPointCodes, onHover: setHover };
  return (
    <div className="ear-chart" data-ear-map={map}>
      <div className="ear-figures">
        <EarFigure view="left" {...props} />
        <EarFigure view="right" {...props} />
        <EarFigure view="back" {...props} />
      </div>
      <div className="ear-chart-foot">
        <label className="radio">
          <input type="checkbox" checked={showCodes} onChange={(e) => setShowCodes(e.target.checked)} /> Zone codes
        </label>
        <label className="radio">
          <input type="checkbox" checked={showPointCodes} onChange={(e) => setShowPointCodes(e.target.checked)} /> Point codes
        </label>
        <span className="ear-hover" aria-hidden="true">
          {hovered
            ? `${hovered.system === 'nogier' ? 'European (Nogier) · ' : `${hovered.code} · `}${hovered.english}${hovered.hanzi ? ` ${hovered.hanzi.simplified}` : ''}${hovered.pinyin ? ` ${hovered.pinyin}` : ''} — zone ${hovered.zones.join(', ')}, ${hovered.part.replace(/-/g, ' ')} — click for its card`
            : 'Point at a marker for its name; click it for its card.'}
        </span>
      </div>
    </div>
  );
}
