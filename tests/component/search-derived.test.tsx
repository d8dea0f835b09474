// @vitest-environment jsdom
// What the search lights is derived from the store: clearing the query clears the body, the scalp
// and the ear, even though the results list (which once pushed the found codes into the store) is
// unmounted as soon as the query empties. Regression test for issue 13's first defect.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEarAtlas } from '../../src/domain/ear/earAtlas.ts';
import { buildSearch } from '../../src/systems/search.ts';
import { atlasRecords } from '../../src/pipeline/atlasData.ts';
import { sameCodes, selectFoundCodes, selectSearchHits } from '../../src/state/searchSelectors.ts';
import { useAtlas } from '../../src/state/store.ts';
import { EarChart } from '../../src/systems/ear/ui/EarChart.tsx';
import { data } from '../support/atlas.ts';

const search = await buildSearch(atlasRecords(data), data.regions);
const { atlas: ear } = buildEarAtlas({
  chart: data.ear.chart!,
  gb: data.ear.gb,
  nogier: data.ear.nogier,
  protocols: data.ear.protocols,
  conditionIds: new Set(data.conditions.map((c) => c.id)),
});

beforeEach(() => {
  useAtlas.setState({
    ear,
    earOpen: true,
    earMap: 'gbt13734-2008',
    selection: null,
    protocol: null,
    query: '',
    searchIndex: search,
    searchSystem: null,
    hidePregnancy: false,
    channel: null,
    category: null,
    region: null,
  });
});
afterEach(cleanup);

describe('search results are derived, not pushed', () => {
  it('finds nothing and filters nothing without a query, or while the index loads', () => {
    expect(selectSearchHits(useAtlas.getState())).toBeNull();
    expect(selectFoundCodes(useAtlas.getState())).toBeNull();
    useAtlas.setState({ query: '   ' });
    expect(selectFoundCodes(useAtlas.getState())).toBeNull();
    useAtlas.setState({ query: 'migraine', searchIndex: null });
    expect(selectFoundCodes(useAtlas.getState())).toBeNull();
  });

  it('lights what the query finds and nothing once the query is cleared', () => {
    useAtlas.getState().setQuery('migraine');
    const found = selectFoundCodes(useAtlas.getState());
    expect(found?.has('GB20')).toBe(true);
    // conditions and protocols are listed, not lit
    expect([...(found ?? [])].some((c) => c.startsWith('condition:'))).toBe(false);
    useAtlas.getState().setQuery('');
    expect(selectFoundCodes(useAtlas.getState())).toBeNull();
  });

  it('gives every subscriber the same hits until an input changes, and new hits when a filter changes', () => {
    useAtlas.getState().setQuery('headache');
    const a = selectSearchHits(useAtlas.getState());
    useAtlas.setState({ earOpen: false });
    expect(selectSearchHits(useAtlas.getState())).toBe(a);
    useAtlas.getState().setChannel('GB');
    const b = selectSearchHits(useAtlas.getState());
    expect(b).not.toBe(a);
    expect(b?.filter((h) => h.kind === 'point').every((h) => h.code.startsWith('GB'))).toBe(true);
    useAtlas.getState().setSearchSystem('gbt13734-2008');
    expect(selectSearchHits(useAtlas.getState())?.every((h) => h.kind !== 'point')).toBe(true);
  });

  it('compares found sets by their codes', () => {
    expect(sameCodes(new Set(['LI4', 'ST36']), new Set(['ST36', 'LI4']))).toBe(true);
    expect(sameCodes(new Set(['LI4']), new Set(['LI4', 'ST36']))).toBe(false);
    expect(sameCodes(null, new Set())).toBe(false);
    expect(sameCodes(null, null)).toBe(true);
  });

  it('the ear chart lights found points and lets go of them when the query is cleared', () => {
    const { container } = render(<EarChart />);
    act(() => useAtlas.getState().setQuery('smoking cessation'));
    expect(container.querySelectorAll('[data-ear-view="right"] .ear-point.lit').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('[data-ear-view="right"] .ear-point.dim').length).toBeGreaterThan(0);
    act(() => useAtlas.getState().setQuery(''));
    expect(container.querySelectorAll('.ear-point.lit, .ear-point.dim')).toHaveLength(0);
  });
});
