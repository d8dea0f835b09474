// The dermatome map in the store: the map of the body shown is loaded with the body (small: it
// also gives each point its segment), the records when the overlay is first shown or an area
// selected; the link keeps whether the overlay is on and the selected area.
import { fetchDermatomeMap, loadDermatomeRecords } from '../../../state/atlasData.ts';
import { useAtlas } from '../../../state/store.ts';
import { defineSystemState } from '../../../state/systems.ts';
import { useLoad } from '../../../state/useLoad.ts';
import { skinAreaId } from '../../../domain/neuro/segments.ts';
import { dermatomesSystem } from '../domain/system.ts';
import { selectedDermatome } from './selectors.ts';

export const dermatomesState = defineSystemState(dermatomesSystem, {
  readLink: (s) => ({ derm: s.showDermatomes, dermatome: selectedDermatome(s) }),
  applyLink: (link, store) => {
    const s = store.getState();
    s.setShowDermatomes(link.derm || link.dermatome !== null);
    if (link.dermatome) s.select({ system: 'dermatomes', id: link.dermatome });
    else if (s.selection?.system === 'dermatomes') s.select(null);
  },
  openHit: (hit, s) => {
    const id = skinAreaId.safeParse(hit.code);
    if (!id.success) return;
    s.setShowDermatomes(true);
    s.select({ system: 'dermatomes', id: id.data });
  },
  useLoads: () => {
    const body = useAtlas((s) => s.body);
    const wanted = useAtlas((s) => s.showDermatomes || s.injuryLevel !== null || s.selection?.system === 'dermatomes');
    useLoad(
      {
        key: 'dermatome-map',
        what: 'the dermatome map of this body',
        file: `generated/dermatomes-${body}.json`,
        load: () => fetchDermatomeMap(body),
        done: (map) => useAtlas.getState().setDermatomeMap(map),
      },
      [body],
    );
    useLoad(
      {
        key: 'dermatome-records',
        what: 'the dermatome records',
        file: 'data/dermatomes/dermatomes.json',
        enabled: wanted,
        load: loadDermatomeRecords,
        done: (records) => useAtlas.getState().setDermatomeRecords(records),
      },
      [wanted],
    );
  },
});
