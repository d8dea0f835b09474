// @vitest-environment jsdom
// The ear views: the SVG chart draws every zone and point of the chosen map, a click opens the
// card through the store, protocols light their points on both ears, the card shows what the
// issue asks (code, names, zone, location, indications, system) and the other map's location.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEarAtlas } from '../../src/domain/ear/earAtlas.ts';
import { earChartSchema, gbEarFileSchema, nogierFileSchema, protocolsFileSchema } from '../../src/domain/schema/ear.ts';
import { conditionsFileSchema } from '../../src/domain/schema/vocabulary.ts';
import { selectedEarPoint, useAtlas } from '../../src/state/store.ts';
import { EarCard } from '../../src/systems/ear/ui/EarCard.tsx';
import { EarChart } from '../../src/systems/ear/ui/EarChart.tsx';
import { EarPointList } from '../../src/systems/ear/ui/EarPointList.tsx';
import { readRepoJson } from '../support/paths.ts';

const json = (f: string) => readRepoJson(f);
const conditions = new Map(conditionsFileSchema.parse(json('data/conditions.json')).conditions.map((c) => [c.id, c]));
const { atlas: ear } = buildEarAtlas({
  chart: earChartSchema.parse(json('data/ear/chart.json')),
  gb: gbEarFileSchema.parse(json('data/ear/gbt13734-2008.json')).points,
  nogier: nogierFileSchema.parse(json('data/ear/nogier.json')).points,
  protocols: protocolsFileSchema.parse(json('data/protocols.json')).protocols,
  conditionIds: new Set(conditions.keys()),
});

beforeEach(() => {
  useAtlas.setState({
    ear,
    conditions,
    earOpen: true,
    earMap: 'gbt13734-2008',
    protocol: null,
    query: '',
    searchIndex: null,
    selection: null,
    announcement: '',
    patient: [],
  });
});
afterEach(cleanup);

describe('the ear chart', () => {
  it('rings the points whose cautions apply to the patient in patient-safety mode: TF2 in pregnancy, and none once switched off', () => {
    useAtlas.getState().setPatient(['pregnancy']);
    const { container, rerender } = render(<EarChart />);
    const tf2 = container.querySelector('[data-ear-view="right"] [data-ear-point="TF2"]');
    expect(tf2?.getAttribute('data-patient-grade')).toBe('caution');
    expect(tf2?.classList.contains('patient-caution')).toBe(true);
    // a point without a pregnancy caution is not ringed
    expect(container.querySelector('[data-ear-view="right"] [data-ear-point="HX1"]')?.getAttribute('data-patient-grade')).toBeNull();
    useAtlas.getState().setPatient([]);
    rerender(<EarChart />);
    expect(container.querySelectorAll('[data-patient-grade]')).toHaveLength(0);
  });

  it('draws the zones and the 93 standard points on each ear, with the lateral zones on the front views and P/R on the back', () => {
    const { container } = render(<EarChart />);
    const view = (v: string) => container.querySelector(`[data-ear-view="${v}"]`)!;
    expect(view('right').querySelectorAll('[data-zone]').length).toBe(71);
    expect(view('back').querySelectorAll('[data-zone]').length).toBe(8);
    const front = view('right').querySelectorAll('[data-ear-point]').length;
    expect(front + view('back').querySelectorAll('[data-ear-point]').length).toBe(93);
    expect(view('left').querySelectorAll('[data-ear-point]').length).toBe(front);
  });

  it('opens a point card with a click, through the store', () => {
    const { container } = render(<EarChart />);
    fireEvent.click(container.querySelector('[data-ear-view="right"] [data-ear-point="CO10"]')!);
    expect(selectedEarPoint(useAtlas.getState())?.id).toBe('CO10');
    expect(useAtlas.getState().announcement).toMatch(/CO10 Kidney/);
  });

  it('lights a protocol on both ears and shows European points, lateralised, in the compare map', () => {
    useAtlas.setState({ protocol: 'nada', earMap: 'compare' });
    const { container } = render(<EarChart />);
    for (const v of ['left', 'right'])
      expect([...container.querySelectorAll(`[data-ear-view="${v}"] .ear-point.lit`)].map((e) => e.getAttribute('data-ear-point')).sort()).toEqual([
        'AH6a',
        'CO10',
        'CO12',
        'CO14',
        'TF4',
      ]);
    expect(container.querySelector('[data-ear-view="right"] [data-ear-point="nogier-liver"]')).not.toBeNull();
    expect(container.querySelector('[data-ear-view="left"] [data-ear-point="nogier-liver"]')).toBeNull();
    expect(container.querySelector('[data-ear-view="left"] [data-ear-point="nogier-spleen"]')).not.toBeNull();
  });
});

describe('the ear point list and card', () => {
  it('lists every point of the map and walks it with the arrow keys', () => {
    render(<EarPointList />);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(93);
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons[92]);
  });

  it('shows code, names, zone, location, indications, system, protocols and the European location of the concept', () => {
    useAtlas.getState().select({ system: 'ear', id: 'AH4' });
    render(<EarCard />);
    const card = screen.getByRole('article');
    const text = card.textContent ?? '';
    expect(text).toContain('AH4');
    expect(text).toContain('Knee');
    expect(text).toContain('膝');
    expect(text).toContain('Chinese standard GB/T 13734-2008');
    expect(text).toMatch(/Zone: AH4/);
    expect(text).toContain('Knee pain');
    expect(text).toMatch(/For education, not medical advice/);
    const other = within(card).getByRole('region', { name: 'Other map' });
    fireEvent.click(within(other).getByRole('button'));
    expect(selectedEarPoint(useAtlas.getState())?.id).toBe('nogier-knee');
  });

  it('shows the cautions of an ear point, strongest first, with their grade: the pregnancy caution of Internal Genitals', () => {
    useAtlas.getState().select({ system: 'ear', id: 'TF2' });
    render(<EarCard />);
    const cautions = [...within(screen.getByRole('region', { name: 'Cautions' })).getAllByRole('paragraph')];
    expect(cautions[0]?.textContent).toMatch(/^Contraindicated — infection:/);
    expect(cautions.some((c) => /^Caution — pregnancy:/.test(c.textContent ?? ''))).toBe(true);
    expect(cautions.some((c) => /perichondritis/.test(c.textContent ?? ''))).toBe(true);
    expect(cautions.at(-1)?.textContent).toMatch(/^Note — general, press seeds:/);
  });
});
