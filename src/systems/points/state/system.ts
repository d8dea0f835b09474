// The points in the store: their records and the resolved atlas of the body shown are loaded
// here; the link keeps the selected point, its side, and the point filters.
import { fetchAtlas, loadPointRecords } from '../../../state/atlasData.ts';
import { pointSelection, selectedPoint, useAtlas } from '../../../state/store.ts';
import { defineSystemState } from '../../../state/systems.ts';
import { useLoad } from '../../../state/useLoad.ts';
import { pointsSystem } from '../domain/system.ts';

/** a linked point not yet selected (its records are loading): the link keeps it meanwhile */
let pending: string | undefined;

export const pointsState = defineSystemState(pointsSystem, {
  readLink: (s) => ({
    point: pending ?? selectedPoint(s)?.id ?? null,
    side: selectedPoint(s)?.side === 'right' ? ('right' as const) : null,
    paths: s.showPaths,
    extra: s.showExtra,
    labels: s.showPointLabels,
    channel: s.channel,
    category: s.category,
    region: s.region,
  }),
  applyLink: (link, store) => {
    const s = store.getState();
    s.setShowPaths(link.paths);
    s.setShowExtra(link.extra);
    s.setShowPointLabels(link.labels);
    s.setChannel(link.channel);
    s.setCategory(link.category);
    s.setRegion(link.region);
    if (!link.point && s.selection?.system === 'points') s.select(null);
    // a linked point is selected once its records and the body's atlas have arrived
    pending = link.point ?? undefined;
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
