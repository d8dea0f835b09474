// Electro-acupuncture in the store: the pairs and their cautions load when a point's card or a pair
// is first shown; the link keeps the chosen pair (ea=st36-st37, on the left unless side=right).
import { parseFile } from '../../../state/atlasData.ts';
import { selectedPair, useAtlas } from '../../../state/store.ts';
import { defineSystemState } from '../../../state/systems.ts';
import { useLoad } from '../../../state/useLoad.ts';
import { electroSystem } from '../domain/system.ts';
import type { ElectroFile } from '../domain/schema.ts';

const file = 'data/electro/pairs.json';

/** The pairs and cautions, validated at the boundary (the schema loads with them, not in the first view). */
export async function loadElectro(): Promise<ElectroFile> {
  const [{ electroFileSchema }, json] = await Promise.all([import('../domain/schema.ts'), import('../../../../data/electro/pairs.json')]);
  return parseFile(file, electroFileSchema, json.default);
}

export const electroState = defineSystemState(electroSystem, {
  readLink: (s) => ({ ea: selectedPair(s)?.id ?? null }),
  applyLink: (link, store) => {
    const s = store.getState();
    if (link.ea) s.select({ system: 'electro', id: link.ea, side: 'left' });
    else if (s.selection?.system === 'electro') s.select(null);
  },
  openHit: (hit, s) => s.select({ system: 'electro', id: hit.code, side: 'left' }),
  useLoads: () => {
    // a point's card lists the pairs it belongs to, so they load with the first card
    const wanted = useAtlas((s) => s.selection?.system === 'electro' || s.selection?.system === 'points');
    const loaded = useAtlas((s) => s.electro !== null);
    useLoad(
      {
        key: 'electro',
        what: 'the electro-acupuncture pairs',
        file,
        enabled: wanted && !loaded,
        load: loadElectro,
        done: (electro) => useAtlas.getState().setElectro(electro),
      },
      [wanted],
    );
  },
});
