// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pointFileSchema, type PointRecord } from '../../src/domain/schema/points.ts';
import { conditionsFileSchema } from '../../src/domain/schema/vocabulary.ts';
import type { PlacedLocation } from '../../src/domain/points/placement.ts';
import { selectedPoint, useAtlas } from '../../src/state/store.ts';
import { PointCard } from '../../src/systems/points/ui/PointCard.tsx';
import { PointList } from '../../src/systems/points/ui/PointList.tsx';
import { listenForPointKeys } from '../../src/ui/keyboard.ts';
import { readRepoJson } from '../support/paths.ts';

const load = (ch: string) => pointFileSchema.parse(readRepoJson(`data/points/${ch}.json`)).points;
const records = new Map<string, PointRecord>([...load('LI'), ...load('CV'), ...load('LU')].map((p) => [p.code, p]));
const conditions = new Map(conditionsFileSchema.parse(readRepoJson('data/conditions.json')).conditions.map((c) => [c.id, c]));
const li4: PlacedLocation = {
  code: 'LI4',
  side: 'left',
  index: 1,
  vertices: [0, 1, 2],
  weights: [1, 0, 0],
  guide: {
    ref: 'metacarpal2_base',
    start: [0.35, 0.82, 0.05],
    steps: [{ from: [0.35, 0.82, 0.05], to: [0.37, 0.8, 0.05], amount: 0.5, unit: 'fraction', dir: 'between', lengthM: 0.04 }],
  },
};

beforeEach(() => {
  Element.prototype.scrollIntoView = () => {};
  useAtlas.setState({
    records,
    conditions,
    locations: [li4],
    selection: null,
    channel: null,
    category: null,
    region: null,
    showExtra: true,
    body: 'male',
    landmarks: [],
    announcement: '',
  });
});
afterEach(cleanup);

describe('the point card', () => {
  it('shows names, location, the guide, needling in cun and mm, indications, categories and cautions', () => {
    useAtlas.getState().select({ system: 'points', id: 'LI4', side: 'left', index: 1 });
    render(<PointCard />);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toContain('LI4 Hégǔ 合谷');
    expect(card.textContent).toContain('Joining Valley');
    expect(card.textContent).toContain('Large Intestine channel, point 4');
    // graded as the sources grade it: classical texts forbid LI4 in pregnancy
    expect(within(card).getByLabelText('Cautions').textContent).toMatch(/Contraindicated — pregnancy, needling: Classical texts forbid/);
    expect(within(card).getByLabelText('How to find it').textContent).toContain('50 % of the way');
    expect(within(card).getByLabelText('Needling').textContent).toMatch(/cun \(about \d+–\d+ mm on this body\)/);
    expect(within(card).getByLabelText('Categories').textContent).toContain('yuan source');
    expect(useAtlas.getState().announcement).toBe('LI4 Hégǔ, Joining Valley (left) selected');
    // an indication searches for its condition in place: by name (not its id), the card kept open
    fireEvent.click(within(card).getByRole('button', { name: 'Toothache' }));
    expect(useAtlas.getState().query).toBe('Toothache');
    expect(useAtlas.getState().selection).toMatchObject({ system: 'points', id: 'LI4' });
  });

  it("names a point's first 12 conditions, then all on request, as one tab stop", () => {
    useAtlas.getState().select({ system: 'points', id: 'LI4', side: 'left', index: 1 });
    render(<PointCard />);
    const uses = within(screen.getByRole('article')).getByLabelText('Indications');
    const total = records.get('LI4')!.indications.length;
    expect(total).toBeGreaterThan(12);
    expect(uses.querySelectorAll('.chip')).toHaveLength(12);
    expect([...uses.querySelectorAll<HTMLElement>('.chip')].filter((c) => c.tabIndex === 0)).toHaveLength(1);
    fireEvent.click(within(uses).getByRole('button', { name: `Show all ${total} conditions` }));
    expect(uses.querySelectorAll('.chip')).toHaveLength(total);
    expect([...uses.querySelectorAll<HTMLElement>('.chip')].filter((c) => c.tabIndex === 0)).toHaveLength(1);
  });

  it('says what the location check means, from the status the build derived, in words without tests or screenshots', () => {
    useAtlas.setState({ locationChecks: { LI4: { status: 'checked', assertions: 14 }, LU5: { status: 'failed', assertions: 8 } } });
    useAtlas.getState().select({ system: 'points', id: 'LI4', side: 'left', index: 1 });
    const { unmount } = render(<PointCard />);
    const note = screen.getByRole('article').querySelector('.location-check')!.textContent ?? '';
    expect(note).toMatch(/^Location checked: on both bodies this point sits where the standard's description puts it \(14 measurements/);
    expect(note).not.toMatch(/test|screenshot/i);
    unmount();
    useAtlas.getState().select({ system: 'points', id: 'LU5', side: 'left', index: 1 });
    const second = render(<PointCard />);
    expect(screen.getByRole('article').querySelector('.location-check')!.textContent).toMatch(/^Location under review/);
    second.unmount();
    useAtlas.getState().select({ system: 'points', id: 'LU6', side: 'left', index: 1 });
    render(<PointCard />);
    expect(screen.getByRole('article').querySelector('.location-check')!.textContent).toMatch(/^Location not yet checked/);
  });

  it('has no caution box where a point has none, and a contraindication where needling is forbidden', () => {
    // LU6 (LU5, used before, now carries the bleeding caution of its bloodletting: issue 15)
    useAtlas.getState().select({ system: 'points', id: 'LU6', side: 'left', index: 1 });
    const { unmount } = render(<PointCard />);
    expect(screen.queryByLabelText('Cautions')).toBeNull();
    unmount();
    useAtlas.getState().select({ system: 'points', id: 'CV8', side: 'midline', index: 1 });
    render(<PointCard />);
    expect(screen.getByLabelText('Cautions').textContent).toMatch(/Contraindicated/);
    expect(screen.getByLabelText('Needling').textContent).toContain('Not needled');
  });

  it('writes a single depth once ("0.1 cun", not "0.1–0.1 cun")', () => {
    useAtlas.setState({ records: new Map([...records, ...load('EX').map((p) => [p.code, p] as const)]) });
    useAtlas.getState().select({ system: 'points', id: 'EX-HN9', side: 'left', index: 1 });
    render(<PointCard />);
    expect(screen.getByLabelText('Needling').textContent).toMatch(/prick, 0\.1 cun \(about \d+ mm on this body\)/);
  });

  it('steps to the previous and next point of the channel by button and by key', () => {
    const stopListening = listenForPointKeys(); // the app listens page-wide
    useAtlas.getState().select({ system: 'points', id: 'LI4', side: 'right', index: 1 });
    render(<PointCard />);
    fireEvent.click(screen.getByRole('button', { name: /LI5/ }));
    expect(useAtlas.getState().selection).toEqual({ system: 'points', id: 'LI5', side: 'right', index: 1 });
    fireEvent.keyDown(window, { key: '[' });
    fireEvent.keyDown(window, { key: '[' });
    expect(selectedPoint(useAtlas.getState())?.id).toBe('LI3');
    useAtlas.getState().select({ system: 'points', id: 'LI1', side: 'left', index: 1 });
    fireEvent.keyDown(window, { key: '[' });
    expect(selectedPoint(useAtlas.getState())?.id).toBe('LI1'); // no point before the first
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(useAtlas.getState().selection).toBeNull();
    stopListening();
  });
});

/** The list's entries (each point; the small "add to the set" buttons are hidden from the accessibility tree). */
const entries = () => screen.getAllByRole('button');

describe('the point list', () => {
  it('groups every point by channel and selects on click', () => {
    render(<PointList />);
    expect(screen.getByRole('heading', { name: /LI Large Intestine \(20\)/ })).toBeTruthy();
    // each entry, and beside it its small "add to the set" button (out of the tab order)
    expect(entries()).toHaveLength(20 + 24 + 11);
    expect([...document.querySelectorAll<HTMLButtonElement>('button.add-mini')].filter((b) => b.tabIndex === -1)).toHaveLength(20 + 24 + 11);
    fireEvent.click(screen.getByRole('button', { name: /CV12/ }));
    expect(useAtlas.getState().selection).toEqual({ system: 'points', id: 'CV12', side: 'midline', index: 1 });
    expect(screen.getByRole('button', { name: /CV12/ }).getAttribute('aria-current')).toBe('true');
  });

  it('is one tab stop: the current point, else the one last focused, else the first (roving focus)', () => {
    render(<PointList />);
    const stops = () =>
      screen
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0)
        .map((b) => b.dataset.code);
    expect(stops()).toEqual(['LU1']);
    const lu1 = screen.getByRole('button', { name: /^LU1 / });
    lu1.focus();
    fireEvent.keyDown(lu1, { key: 'ArrowDown' });
    expect(stops()).toEqual(['LU2']);
    act(() => useAtlas.getState().select({ system: 'points', id: 'CV12', side: 'midline', index: 1 }));
    expect(stops()).toEqual(['CV12']);
  });

  it('moves through the points with the arrow keys, Home and End', () => {
    render(<PointList />);
    const first = screen.getByRole('button', { name: /^LU1 / });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toMatch(/^LU2 /);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toMatch(/^CV24 /);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toMatch(/^CV23 /);
  });

  it('shows one channel when the channel filter is set', () => {
    useAtlas.setState({ channel: 'LU' });
    render(<PointList />);
    expect(entries()).toHaveLength(11);
  });

  it('adds the focused point to the set with the + key, keeping the focus on it', () => {
    render(<PointList />);
    const cv12 = screen.getByRole('button', { name: /^CV12 / });
    cv12.focus();
    fireEvent.keyDown(cv12, { key: '+' });
    expect(useAtlas.getState().userSets[0]?.items).toEqual([{ system: 'points', id: 'CV12' }]);
    const lu1 = screen.getByRole('button', { name: /^LU1 / });
    fireEvent.click(document.querySelector('[data-add-mini="LU1"]')!);
    expect(useAtlas.getState().userSets[0]?.items.map((i) => [i.id, i.side])).toEqual([
      ['CV12', undefined],
      ['LU1', 'both'],
    ]);
    expect(lu1.tabIndex).toBe(-1);
    expect(document.activeElement).toBe(cv12);
  });
});

describe('the filters', () => {
  it('narrow the list by category, region and extra points', () => {
    useAtlas.setState({ category: 'five-shu' });
    const { unmount } = render(<PointList />);
    // five shu: LU5, LU8, LU9, LU10, LU11 and LI1, LI2, LI3, LI5, LI11
    expect(
      entries()
        .map((b) => b.getAttribute('data-code'))
        .sort(),
    ).toEqual(['LI1', 'LI11', 'LI2', 'LI3', 'LI5', 'LU10', 'LU11', 'LU5', 'LU8', 'LU9']);
    unmount();
    useAtlas.setState({ category: null, region: 'forearm' });
    render(<PointList />);
    const codes = entries().map((b) => b.getAttribute('data-code'));
    expect(codes).toContain('LU6');
    expect(codes).toContain('LI10');
    expect(codes).not.toContain('LI4');
    useAtlas.setState({ region: null, category: null });
  });
});
