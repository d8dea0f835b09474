// The ear maps in the store: the ear atlas is loaded when the map is first opened (or a link or
// the search needs it); the link keeps the map shown, 2D or 3D, the selected point and the protocol.
import { fetchEar } from '../../../state/atlasData.ts';
import { selectedEarPoint, useAtlas } from '../../../state/store.ts';
import { defineSystemState } from '../../../state/systems.ts';
import { useLoad } from '../../../state/useLoad.ts';
import { earSystem } from '../domain/system.ts';
import { flagValue } from '../../types.ts';

export const earState = defineSystemState(earSystem, {
  readLink: (s) => ({
    ear: flagValue(s.earOpen),
    earmap: s.earMap === 'gbt13734-2008' ? undefined : s.earMap,
    ear3d: flagValue(s.ear3d),
    earpoint: selectedEarPoint(s)?.id,
    protocol: s.protocol ?? undefined,
  }),
  applyLink: (link, store) => {
    const s = store.getState();
    if (link.ear === '1') s.openEar(true);
    if (link.earmap) s.setEarMap(link.earmap);
    if (link.ear3d === '1') s.setEar3d(true);
    if (link.earpoint) s.select({ system: 'ear', id: link.earpoint });
    if (link.protocol) s.setProtocol(link.protocol);
  },
  openHit: (hit, s) => (hit.kind === 'protocol' ? s.setProtocol(hit.code) : s.select({ system: 'ear', id: hit.code })),
  useLoads: () => {
    const earOpen = useAtlas((s) => s.earOpen);
    const earPoint = useAtlas((s) => selectedEarPoint(s)?.id ?? null);
    const earLoaded = useAtlas((s) => s.ear !== null);
    useLoad(
      {
        key: 'ear',
        what: 'the ear map',
        file: 'generated/ear.json',
        enabled: (earOpen || earPoint !== null) && !earLoaded,
        load: fetchEar,
        done: (ear) => useAtlas.getState().setEar(ear),
      },
      [],
    );
  },
});
