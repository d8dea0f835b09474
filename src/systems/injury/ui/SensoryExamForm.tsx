// The ISNCSCI sensory examination as a grid: a row per segment (C2 to S4-5), light touch and pin
// prick on the right and the left. Type 0, 1, 2 or N (not testable) in a cell; the arrow keys move
// through the grid, Delete clears a cell. The sensory level of each side and the totals follow.
import type { KeyboardEvent } from 'react';
import { spinalSegments, type SegmentId } from '../../../domain/neuro/segments.ts';
import { useAtlas } from '../../../state/store.ts';
import { sensoryLevel, sensoryTotals, type Modality, type SensoryLevel, type SensoryScore, type Side } from '../domain/sensoryExam.ts';

const columns: { side: Side; modality: Modality; label: string }[] = [
  { side: 'right', modality: 'lt', label: 'Right light touch' },
  { side: 'right', modality: 'pp', label: 'Right pin prick' },
  { side: 'left', modality: 'lt', label: 'Left light touch' },
  { side: 'left', modality: 'pp', label: 'Left pin prick' },
];
const typed: Record<string, SensoryScore | undefined> = { '0': '0', '1': '1', '2': '2', n: 'NT', N: 'NT' };

/** moves the focus to the cell at (row, col) of the grid, clamped */
function focusCell(grid: HTMLElement | null, row: number, col: number) {
  const r = Math.max(0, Math.min(spinalSegments.length - 1, row));
  const c = Math.max(0, Math.min(columns.length - 1, col));
  grid?.querySelector<HTMLInputElement>(`input[data-row="${r}"][data-col="${c}"]`)?.focus();
}

const levelText = (r: { level: SensoryLevel | null; possible: SensoryLevel[] }) =>
  r.level ?? (r.possible.length > 4 ? 'not determined: enter the scores' : `not determinable: ${r.possible.join(' or ')} (a segment is NT)`);
const totalText = (v: number | null, max: number) => (v === null ? 'not determinable' : `${v} of ${max}`);

export function SensoryExamForm() {
  const exam = useAtlas((s) => s.sensoryExam);
  const { setSensoryScore, clearSensoryExam } = useAtlas.getState();
  // 28 segments a side: cheap enough to derive on each render
  const levels = { right: sensoryLevel(exam, 'right'), left: sensoryLevel(exam, 'left') };
  const totals = sensoryTotals(exam);

  const onKey = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number, segment: SegmentId) => {
    const grid = e.currentTarget.closest('table');
    const { side, modality } = columns[col]!;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      focusCell(grid, row + move[0], col + move[1]);
    } else if (typed[e.key]) {
      e.preventDefault();
      setSensoryScore(side, modality, segment, typed[e.key]!);
      focusCell(grid, row + 1, col); // the next segment down, as a worksheet is filled in
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      setSensoryScore(side, modality, segment, null);
    }
  };

  return (
    <>
      <p className="muted">Type 0 absent, 1 altered, 2 normal or N not testable; arrows move, Delete clears. Kept on this device only, never in the link.</p>
      <output className="sensory-result" aria-live="polite">
        <span data-sensory-level="right">Sensory level right: {levelText(levels.right)}</span>
        <span data-sensory-level="left">Sensory level left: {levelText(levels.left)}</span>
        <span>
          Light touch: right {totalText(totals.right.lt, 56)}, left {totalText(totals.left.lt, 56)}, total {totalText(totals.lt, 112)}
        </span>
        <span>
          Pin prick: right {totalText(totals.right.pp, 56)}, left {totalText(totals.left.pp, 56)}, total {totalText(totals.pp, 112)}
        </span>
      </output>
      <table className="sensory-grid">
        <caption className="visually-hidden">Key sensory points, scored per side</caption>
        <thead>
          <tr>
            <th scope="col">Segment</th>
            <th scope="col" abbr="Right light touch">
              R LT
            </th>
            <th scope="col" abbr="Right pin prick">
              R PP
            </th>
            <th scope="col" abbr="Left light touch">
              L LT
            </th>
            <th scope="col" abbr="Left pin prick">
              L PP
            </th>
          </tr>
        </thead>
        <tbody>
          {spinalSegments.map((segment, row) => (
            <tr key={segment}>
              <th scope="row">{segment}</th>
              {columns.map((c, col) => (
                <td key={c.label}>
                  <input
                    data-row={row}
                    data-col={col}
                    aria-label={`${segment} ${c.label}`}
                    inputMode="numeric"
                    autoComplete="off"
                    value={exam[c.side][c.modality][segment] ?? ''}
                    onChange={(e) => {
                      // a paste or a phone keyboard: the last character typed decides
                      const v = typed[e.target.value.slice(-1)];
                      setSensoryScore(c.side, c.modality, segment, v ?? null);
                    }}
                    onKeyDown={(e) => onKey(e, row, col, segment)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={clearSensoryExam}>
        Clear the examination
      </button>
    </>
  );
}
