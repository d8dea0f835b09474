// The ear chart as SVG: the left and right ears from the side and the back of the ear, drawn from
// the same chart geometry as the 3D ear. Zones are labelled with their codes; points are markers
// (click to open the card); the European map is drawn as diamonds, tied to the Chinese location
// of the same concept when both are shown. While a quiz asks an ear point the chart is the answer
// sheet: no marker, code or name (a click on a figure answers), then the true zone is outlined.
import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { EarAtlas, EarPointView } from '../../../domain/schema/ear.ts';
import { selectedEarPoint, useAtlas } from '../../../state/store.ts';
import { selectLitCodes, selectNamesHidden } from '../../../state/studySelectors.ts';
import { selectEarQuizAnswer, selectEarQuizAsking, selectEarQuizPoint } from '../../../state/quizSelectors.ts';
import { earPointTolerancePct, ownZones, unmirrored } from '../../../domain/study/quizEar.ts';
import { protocolRefs, visibleEarPoints } from '../../../state/earSelectors.ts';
import { partFill } from './earView.ts';
import { chartFontSizes } from '../../../domain/ear/labels.ts';
import {
  chartUnits,
  figureBounds,
  figureFaces,
  figureHeight,
  figureLabels,
  figurePoints,
  figureXY,
  figureZoneCodes,
  frontBox,
  markerRadius,
  mirrored,
  type EarFigureView,
} from '../domain/chartLabels.ts';
import { earPartColours } from '../../../theme/tokens.ts';
import { selectPatientEarGrades, type PatientGrades } from '../../../state/safetySelectors.ts';
import { warningGrade } from '../../../domain/cautions/patient.ts';
import * as quizActions from '../../../state/quizActions.ts';

type Pair = [number, number];
const S = chartUnits;

/** Chart units per CSS pixel of a figure's SVG (it keeps its aspect: the tighter side decides). */
function useUnitsPerPx(): [(svg: SVGSVGElement | null) => void, number] {
  const [unitsPerPx, setUnitsPerPx] = useState(1);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((svg: SVGSVGElement | null) => {
    observer.current?.disconnect();
    if (!svg || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => {
      const { width, height } = entry?.contentRect ?? { width: 0, height: 0 };
      if (width > 0 && height > 0) setUnitsPerPx(Math.max(frontBox.w / width, figureHeight / height));
    });
    observer.current.observe(svg);
  }, []);
  return [ref, unitsPerPx];
}

interface EarFigureProps {
  ear: EarAtlas;
  view: EarFigureView;
  points: EarPointView[];
  highlight: Set<string>;
  found: ReadonlySet<string> | null;
  selected: string | null;
  showCodes: boolean;
  showPointCodes: boolean;
  /** patient-safety mode: the strongest grade that applies to the patient, per point (ringed in its colour) */
  patientGrades: PatientGrades;
  onHover: (id: string | null) => void;
  /** names are hidden (a quiz or a flashcard asks): no codes, labels or zone titles */
  namesHidden: boolean;
  /** a quiz asks where an ear point is: no markers, and a click on the figure answers */
  asking: boolean;
  /** the ear point a quiz asked, once answered (its zone is outlined, and the click joined to it), or the one a front lights */
  quizTruth: { point: EarPointView; zones: string[]; answer: EarQuizAnswer | null } | null;
}

type EarQuizAnswer = NonNullable<ReturnType<typeof selectEarQuizAnswer>>;

/** A click on a figure as the quiz's answer: where on the stored right ear it is. */
function answerOnFigure(e: MouseEvent<SVGSVGElement>, view: EarFigureView) {
  const svg = e.currentTarget;
  const m = svg.getScreenCTM();
  if (!m) return;
  const at = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
  quizActions.answerQuizEarClick(unmirrored([at.x, at.y], view, S), view);
}

function EarFigure(props: EarFigureProps) {
  const { ear, view, points, highlight, found, selected, showCodes, showPointCodes, patientGrades, onHover, namesHidden, asking, quizTruth } = props;
  const mirror = mirrored(view);
  const [svgRef, unitsPerPx] = useUnitsPerPx();
  const fonts = chartFontSizes(unitsPerPx);
  const tx = (p: Pair) => `${((mirror ? 1 - p[0] : p[0]) * S).toFixed(1)},${(p[1] * S).toFixed(1)}`;
  const path = (ring: Pair[]) => `M${ring.map(tx).join('L')}Z`;
  const faces = figureFaces(view);
  const zones = ear.zones.filter((z) => faces.includes(z.face));
  const backParts = ear.parts.filter((p) => p.face === 'posterior' || p.face === 'root');
  const shown = asking ? [] : figurePoints(points, view);
  const isLit = (id: string) => highlight.has(id) || (found?.has(id) ?? false);
  const labels = namesHidden ? [] : figureLabels(shown, view, isLit, selected, fonts.label);
  const labelOf = new Map(labels.map((l) => [l.id, l]));
  const zoneCodes = showCodes && !namesHidden ? figureZoneCodes(ear, view, fonts.zoneCode) : [];
  const truthRings = quizTruth ? ear.zones.filter((z) => quizTruth.zones.includes(z.id) && faces.includes(z.face)).flatMap((z) => z.rings) : [];
  const truthHere = quizTruth && faces.includes(quizTruth.point.face) ? figureXY(quizTruth.point, view) : null;
  const given = quizTruth?.answer;
  const clickHere = given && given.view === view ? [(mirror ? 1 - given.click[0] : given.click[0]) * S, given.click[1] * S] : null;
  const conceptLines =
    view === 'back'
      ? []
      : shown
          .filter((p) => p.system === 'nogier' && p.sameConceptAs)
          .map((p) => [p, shown.find((q) => q.id === p.sameConceptAs)] as const)
          .filter((pair): pair is readonly [EarPointView, EarPointView] => Boolean(pair[1]));
  const bounds = figureBounds(view);
  const title = view === 'back' ? 'Back of the right ear' : `${view === 'left' ? 'Left' : 'Right'} ear, lateral side`;
  return (
    <figure className="ear-figure">
      <svg
        ref={svgRef}
        viewBox={`${bounds.x0} ${bounds.y0} ${frontBox.w} ${figureHeight}`}
        role="group"
        aria-label={asking ? `${title}: click the point's place` : title}
        data-ear-view={view}
        className={asking ? 'ear-answer-sheet' : undefined}
        onClick={asking ? (e) => answerOnFigure(e, view) : undefined}
      >
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
              {!namesHidden && <title>{`${z.id}${z.face === 'medial' ? ' (medial surface)' : ''}`}</title>}
            </path>
          )),
        )}
        {view !== 'back' && <path d={path(ear.meatus)} className="ear-meatus" />}
        {view === 'back' && <polyline points={ear.groove.map(tx).join(' ')} className="ear-groove" />}
        {zoneCodes.map((c) => (
          <text key={`t-${c.id}`} x={c.x} y={c.y} fontSize={fonts.zoneCode} className="ear-zone-code" aria-hidden="true">
            {c.text}
          </text>
        ))}
        {conceptLines.map(([eu, cn]) => {
          const [x1, y1] = figureXY(eu, view),
            [x2, y2] = figureXY(cn, view);
          return <line key={`l-${eu.id}`} x1={x1} y1={y1} x2={x2} y2={y2} className="ear-concept-line" />;
        })}
        {shown.map((p) => {
          const [x, y] = figureXY(p, view);
          const lit = isLit(p.id);
          const isSelected = selected === p.id;
          const r = markerRadius(lit, isSelected);
          const label = labelOf.get(p.id);
          const grade = patientGrades.get(p.id);
          const patientMark = warningGrade(grade) ? ` patient-${grade}` : '';
          const cls = `ear-point ${p.system === 'nogier' ? 'eu' : 'cn'}${lit ? ' lit' : ''}${isSelected ? ' selected' : ''}${found && !found.has(p.id) && !highlight.has(p.id) ? ' dim' : ''}${patientMark}`;
          return (
            <g
              key={p.id}
              className={cls}
              data-ear-point={p.id}
              data-patient-grade={warningGrade(grade) ? grade : undefined}
              onClick={() => !namesHidden && useAtlas.getState().select({ system: 'ear', id: p.id })}
              onPointerEnter={() => onHover(p.id)}
              onPointerLeave={() => onHover(null)}
            >
              {p.system === 'nogier' ? (
                <rect x={x - r} y={y - r} width={2 * r} height={2 * r} transform={`rotate(45 ${x} ${y})`} />
              ) : (
                <circle cx={x} cy={y} r={r} />
              )}
              {!namesHidden && <title>{`${p.system === 'nogier' ? 'European: ' : `${p.code} `}${p.english}`}</title>}
              {showPointCodes && !namesHidden && !lit && !isSelected && p.system !== 'nogier' && (
                <text x={x + 9} y={y - 7} fontSize={fonts.pointCode} className="ear-point-code" aria-hidden="true">
                  {p.code}
                </text>
              )}
              {label && (
                <text x={label.x} y={label.y} textAnchor={label.anchor} fontSize={fonts.label} className="ear-point-label">
                  {label.text}
                </text>
              )}
            </g>
          );
        })}
        {truthRings.map((ring, k) => (
          <path key={`truth-${k}`} d={path(ring)} className="ear-quiz-zone" data-quiz-zone />
        ))}
        {truthHere && quizTruth && quizTruth.zones.length === 0 && (
          <circle cx={truthHere[0]} cy={truthHere[1]} r={(earPointTolerancePct / 100) * S} className="ear-quiz-zone" data-quiz-zone />
        )}
        {clickHere && (
          <g className="ear-quiz-click" data-quiz-click>
            {truthHere && <line x1={clickHere[0]} y1={clickHere[1]} x2={truthHere[0]} y2={truthHere[1]} />}
            <circle cx={clickHere[0]} cy={clickHere[1]} r={8} />
          </g>
        )}
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
  const found = useAtlas(selectLitCodes);
  const namesHidden = useAtlas(selectNamesHidden);
  const asking = useAtlas(selectEarQuizAsking);
  const quizPoint = useAtlas(selectEarQuizPoint);
  const quizAnswer = useAtlas(selectEarQuizAnswer);
  const patientGrades = useAtlas(selectPatientEarGrades);
  const [hover, setHover] = useState<string | null>(null);
  const [showCodes, setShowCodes] = useState(true);
  const [showPointCodes, setShowPointCodes] = useState(false);
  const points = useMemo(() => (ear ? visibleEarPoints(ear, map) : []), [ear, map]);
  // (a protocol's points are not lit while a question asks: only what is asked is)
  const highlight = useMemo(() => (namesHidden ? new Set<string>() : protocolRefs(ear, protocol)), [ear, protocol, namesHidden]);
  const foundHere = useMemo(() => (found && ear && ear.points.some((p) => found.has(p.id)) ? found : null), [found, ear]);
  const quizTruth = useMemo(() => {
    const point = quizAnswer && ear?.points.find((p) => p.id === quizPoint);
    if (point && quizAnswer && ear) return { point, zones: ownZones(point, ear.points), answer: quizAnswer };
    // a flashcard's front or a name question lights one ear point without its name: its zone is outlined too
    const lit = namesHidden && foundHere ? ear?.points.filter((p) => foundHere.has(p.id)) : undefined;
    return lit?.length === 1 && lit[0] && ear ? { point: lit[0], zones: ownZones(lit[0], ear.points), answer: null } : null;
  }, [ear, quizPoint, quizAnswer, namesHidden, foundHere]);
  if (!ear) return <p className="muted">Loading the ear map…</p>;
  const hovered = hover && !namesHidden ? ear.points.find((p) => p.id === hover) : undefined;
  const props = {
    ear,
    points,
    highlight,
    found: foundHere,
    selected,
    showCodes: showCodes && !showPointCodes,
    showPointCodes,
    patientGrades,
    onHover: setHover,
    namesHidden,
    asking,
    quizTruth,
  };
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
            : asking
              ? 'Click where the point is, on either ear or the back view.'
              : namesHidden
                ? 'Names are hidden while you answer.'
                : 'Point at a marker for its name; click it for its card.'}
        </span>
      </div>
    </div>
  );
}
