// The injury level in the store: the link keeps the level and the grade (?sci=T6&ais=A); the zones
// used in spinal cord injury load once a level is chosen.
import { useAtlas } from '../../../state/store.ts';
import { defineSystemState } from '../../../state/systems.ts';
import { useLoad } from '../../../state/useLoad.ts';
import { sciZonesFileSchema } from '../domain/sciZones.ts';
import { injurySystem } from '../domain/system.ts';

export async function loadSciZones() {
  const raw: unknown = (await import('../../../../data/neuro/sci-zones.json')).default;
  const parsed = sciZonesFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`data/neuro/sci-zones.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.zones;
}

export const injuryState = defineSystemState(injurySystem, {
  readLink: (s) => ({ sci: s.injuryLevel, ais: s.injuryLevel ? s.injuryGrade : null }),
  applyLink: (link, store) => store.getState().setInjury(link.sci, link.ais),
  // it owns no search documents
  openHit: () => {},
  useLoads: () => {
    const wanted = useAtlas((s) => s.injuryLevel !== null && s.sciZones === null);
    useLoad(
      {
        key: 'sci-zones',
        what: 'the zones used in spinal cord injury',
        file: 'data/neuro/sci-zones.json',
        enabled: wanted,
        load: loadSciZones,
        done: (zones) => useAtlas.getState().setSciZones(zones),
      },
      [wanted],
    );
  },
});
