// The registry of systems: what each declares is its own and fits with the others', and the link
// is read per system with malformed values and unknown keys reported, not obeyed.
import { describe, expect, it } from 'vitest';
import { catalogues, systemDefinitions } from '../../src/systems/catalogue.ts';
import { searchDocuments } from '../../src/systems/search.ts';
import { ignoredLinkNotice, parseAtlasLink, atlasLinkKeys } from '../../src/state/url.ts';
import { pointsState } from '../../src/systems/points/state/system.ts';
import { scalpState } from '../../src/systems/scalp/state/system.ts';
import { earState } from '../../src/systems/ear/state/system.ts';
import { useAtlas } from '../../src/state/store.ts';
import { applySystemLink } from '../../src/state/link.ts';
import { atlasRecords } from '../../src/pipeline/atlasData.ts';
import { data } from '../support/atlas.ts';

const records = atlasRecords(data);

describe('the registry of systems', () => {
  it('has unique ids and catalogues, and every search document belongs to the system that made it', async () => {
    expect(new Set(systemDefinitions.map((s) => s.id)).size).toBe(systemDefinitions.length);
    expect(new Set(catalogues.map((c) => c.id)).size).toBe(catalogues.length);
    const docs = await searchDocuments(records, data.regions);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const system of systemDefinitions) {
      const own = (await system.loadSearchDocuments())(records, { conditions: () => '', region: () => '', pinyin: () => '', pinyinRuns: () => '' });
      // a system with catalogues has items to find (the injury level has none: its items are the scalp's and the ear's)
      if (system.catalogues.length > 0) expect(own.length).toBeGreaterThan(0);
      for (const d of own) expect(d.owner).toBe(system.id);
      // each catalogue the system offers in the filter has documents
      for (const c of system.catalogues) expect(own.some((d) => d.system === c.id)).toBe(true);
    }
    expect(docs.filter((d) => d.kind === 'point')).toHaveLength(data.points.size);
    expect(docs.filter((d) => d.kind === 'scalp-line')).toHaveLength(data.whoLines.length);
    expect(docs.filter((d) => d.kind === 'ear-point' && d.system === 'gbt13734-2008')).toHaveLength(93);
  });

  it('gives every link key one owner, except keys shared with the same schema (the side of a selection)', () => {
    const owners = new Map<string, unknown>();
    for (const key of Object.keys(atlasLinkKeys)) owners.set(key, atlasLinkKeys[key as keyof typeof atlasLinkKeys]);
    for (const system of systemDefinitions) {
      for (const [key, schema] of Object.entries(system.linkKeys)) {
        if (owners.has(key)) expect(owners.get(key), `link key "${key}" of ${system.id}`).toBe(schema);
        owners.set(key, schema);
      }
    }
  });

  it('names a selected item in words through its system', () => {
    const lookup = { points: data.points, whoLines: records.whoLines, jiaoAreas: records.jiaoAreas, earPoints: [] };
    const [points, scalp] = systemDefinitions;
    expect(points.describeItem('LI4', lookup)).toBe('LI4 Hégǔ, Joining Valley');
    expect(points.describeItem('XX99', lookup)).toBeNull();
    expect(scalp.describeItem('MS6', lookup)).toMatch(/^MS6 /);
  });
});

describe('the link, read per system', () => {
  it('applies good values and reports malformed ones and unknown keys, by name', () => {
    useAtlas.setState({ channel: null, showPaths: false, showWho: false, earMap: 'gbt13734-2008', selection: null });
    const search = '?channel=XX&paths=1&who=1&earmap=martian&body=robot&view=left&colour=red';
    const atlas = parseAtlasLink(search);
    // a key left out or malformed takes its default
    expect(atlas.values).toEqual({
      body: 'male',
      view: 'left',
      cam: null,
      landmarks: false,
      q: null,
      set: null,
      patient: null,
      print: null,
      present: false,
      tour: null,
      play: null,
      step: null,
    });
    expect(atlas.ignored).toEqual(['body']);
    const applied = [pointsState, scalpState, earState].map((s) => applySystemLink(s, search, useAtlas));
    applied.forEach((a) => a.stop?.());
    expect(applied.map((a) => a.ignored)).toEqual([['channel'], [], ['earmap']]);
    const s = useAtlas.getState();
    expect([s.channel, s.showPaths, s.showWho, s.earMap]).toEqual([null, true, true, 'gbt13734-2008']);
    const notice = ignoredLinkNotice(['body', 'channel', 'earmap'], ['colour']);
    expect(notice).toBe(
      'Part of this link was ignored: "body" had a value the atlas does not know; "channel" had a value the atlas does not know; "earmap" had a value the atlas does not know; "colour" is not a setting of the atlas.',
    );
    expect(ignoredLinkNotice([], [])).toBeNull();
  });

  it('writes back what it read, so a link survives a reload', () => {
    useAtlas.setState({
      channel: 'ST',
      showPaths: true,
      showExtra: false,
      showJiao: true,
      bodyPart: 'head',
      earOpen: true,
      earMap: 'nogier',
      selection: { system: 'scalp', id: 'MS6', side: 'right' },
    });
    const s = useAtlas.getState();
    expect(pointsState.readLink(s)).toMatchObject({ channel: 'ST', paths: true, extra: false, point: null, side: null });
    expect(scalpState.readLink(s)).toMatchObject({ zone: 'MS6', side: 'right', jiao: true, part: 'head' });
    expect(earState.readLink(s)).toMatchObject({ ear: true, earmap: 'nogier', earpoint: null });
  });
});
