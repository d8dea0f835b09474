// The ear maps in the store: the ear atlas is loaded when the map is first opened (or a link or
// the search needs it); the link keeps the map shown, 2D or 3D, the selected point and the protocol.
import { fetchEar } from '../../../state/atlasData.ts';
import { selectedEarPoint, useAtlas } from '../../../state/store.ts';
import { defineSystemState } from '../../../state/systems.ts';
import { useLoad } from '../../../state/useLoad.ts';
import { earSystem } from '../domain/system.ts';

export const earState = defineSystemState(earSystem, {
  readLink: (s) => ({
    ear: s.earOpen,
    earmap: s.earMap,
    ear3d: s.ear3d,
    earpoint: selectedEarPoint(s)?.id ?? null,
    protocol: s.protocol,
  }),
  applyLink: (link, store) => {
    const s = store.getState();
    s.openEar(link.ear);
    s.setEarMap(link.earmap);
    s.setEar3d(link.ear3d);
    // a linked ear point or protocol opens the ear map
    if (link.earpoint) s.select({ system: 'ear', id: link.earpoint });
    else if (s.selection?.system === 'ear') s.select(null);
    s.setProtocol(link.protocol);
  },
  openHit: (hit, s) => (hit.kind === 'protocol' ? s.setProtocol(hit.code) : s.select({ system: 'ear', id: hit.code })),
  useLoads: () => {
    const earOpen = useAtlas((s) => s.earOpen);
    const earPoint = useAtlas((s) => selectedEarPoint(s)?.id ?? null);
    const earLoaded = useAtlas((s) => s.ear !== null);
    // (the print view of an ear point draws it on the chart)
    const printsEar = useAtlas((s) => s.printItems?.some((i) => i.system === 'ear') ?? false);
    useLoad(
      {
        key: 'ear',
        what: 'the ear map',
        file: 'generated/ear.json',
        enabled: (earOpen || earPoint !== null || printsEar) && !earLoaded,
        load: fetchEar,
        done: (ear) => useAtlas.getState().setEar(ear),
      },
      [],
    );
  },
});
