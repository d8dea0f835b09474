// The points in the store: their records and the resolved atlas of the body shown are loaded
// here; the link keeps the selected point, its side, and the point filters.
import { fetchAtlas, loadPointRecords } from '../../../state/atlasData.ts';
import { pointSelection, selectedPoint, useAtlas } from '../../../state/store.ts';
import { defineSystemState } from '../../../state/systems.ts';
import { useLoad } from '../../../state/useLoad.ts';
import { pointsSystem } from '../domain/system.ts';
import { flagValue } from '../../types.ts';

/** a linked point not yet selected (its records are loading): the link keeps it meanwhile */
let pending: string | undefined;

export const pointsState = defineSystemState(pointsSystem, {
  readLink: (s) => ({
    point: pending ?? selectedPoint(s)?.id,
    side: selectedPoint(s)?.side === 'right' ? 'right' : undefined,
    paths: flagValue(s.showPaths),
    extra: s.showExtra ? undefined : '0',
    labels: flagValue(s.showPointLabels),
    channel: s.channel ?? undefined,
    category: s.category ?? undefined,
    region: s.region ?? undefined,
  }),
  applyLink: (link, store) => {
    const s = store.getState();
    if (link.paths === '1') s.setShowPaths(true);
    if (link.extra === '0') s.setShowExtra(false);
    if (link.labels === '1') s.setShowPointLabels(true);
    if (link.channel) s.setChannel(link.channel);
    if (link.category) s.setCategory(link.category);
    if (link.region) s.setRegion(link.region);
    // a linked point is selected once its records and the body's atlas have arrived
    pending = link.point;
    const selectPending = (state = store.getState()) => {
      if (!pending || !state.records || state.locations.length === 0) return;
      const record = state.records.get(pending);
      pending = undefined; // first, since selecting notifies this very listener
      if (record) state.select(pointSelection(record, link.side === 'right' ? 'right' : 'left'));
    };
    const off = store.subscribe(selectPending);
    selectPending();
    return () => {
      pending = undefined;
      off();
    };
  },
  openHit: (hit, s) => {
    const record = s.records?.get(hit.code);
    if (record) s.select(pointSelection(record));
  },
  useLoads: () => {
    const body = useAtlas((s) => s.body);
    useLoad(
      {
        key: 'points',
        what: 'the point records',
        file: 'generated/points.json',
        load: loadPointRecords,
        done: ({ points, conditions }) => useAtlas.getState().setRecords(points, conditions),
      },
      [],
    );
    useLoad(
      {
        key: 'atlas',
        what: 'the points of this body',
        file: `generated/atlas-${body}.json`,
        load: () => fetchAtlas(body),
        done: ({ locations, paths, checks }) => useAtlas.getState().setAtlas(locations, paths, checks),
      },
      [body],
    );
  },
});
