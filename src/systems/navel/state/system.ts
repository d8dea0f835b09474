// Navel acupuncture in the store: its records load when the navel view is first opened (or a link
// or a search hit needs them); the link keeps whether the view is open and the selected direction.
import { parseFile } from '../../../state/atlasData.ts';
import { selectedNavel, useAtlas } from '../../../state/store.ts';
import { defineSystemState } from '../../../state/systems.ts';
import { useLoad } from '../../../state/useLoad.ts';
import { trigramIdSchema } from '../domain/ids.ts';
import { navelSystem } from '../domain/system.ts';
import type { NavelFile } from '../domain/schema.ts';

const file = 'data/navel/navel.json';

/** The navel's records, validated at the boundary (the schema loads with them, not in the first view). */
export async function loadNavel(): Promise<NavelFile> {
  const [{ navelFileSchema }, json] = await Promise.all([import('../domain/schema.ts'), import('../../../../data/navel/navel.json')]);
  return parseFile(file, navelFileSchema, json.default);
}

export const navelState = defineSystemState(navelSystem, {
  readLink: (s) => ({ navel: s.navelOpen, trigram: selectedNavel(s)?.id ?? null }),
  applyLink: (link, store) => {
    const s = store.getState();
    // a linked direction opens the view it is drawn in
    s.openNavel(link.navel || link.trigram !== null);
    if (link.trigram) s.select({ system: 'navel', id: link.trigram });
    else if (s.selection?.system === 'navel') s.select(null);
  },
  openHit: (hit, s) => {
    const id = trigramIdSchema.safeParse(hit.code.replace(/^navel-/, ''));
    if (!id.success) return;
    s.openNavel(true);
    s.select({ system: 'navel', id: id.data });
  },
  useLoads: () => {
    const wanted = useAtlas((s) => s.navelOpen || s.selection?.system === 'navel');
    const loaded = useAtlas((s) => s.navel !== null);
    useLoad(
      { key: 'navel', what: 'navel acupuncture', file, enabled: wanted && !loaded, load: loadNavel, done: (navel) => useAtlas.getState().setNavel(navel) },
      [wanted],
    );
  },
});
