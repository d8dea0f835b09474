// The scalp lines and areas in the store: their records and their placement on the body shown are
// loaded here; the link keeps which are shown, the selected one and the highlighted body part.
import { fetchScalp, loadScalpRecords } from '../../../state/atlasData.ts';
import { selectedZone, useAtlas } from '../../../state/store.ts';
import { defineSystemState } from '../../../state/systems.ts';
import { useLoad } from '../../../state/useLoad.ts';
import { scalpSystem } from '../domain/system.ts';

/** the lines on the midline have no side */
const midlineLines = /^MS(1|5|12)$/;

export const scalpState = defineSystemState(scalpSystem, {
  readLink: (s) => ({
    zone: selectedZone(s)?.id ?? null,
    side: selectedZone(s)?.side === 'right' ? ('right' as const) : null,
    who: s.showWho,
    jiao: s.showJiao,
    part: s.bodyPart,
  }),
  applyLink: (link, store) => {
    const s = store.getState();
    s.setShowWho(link.who);
    s.setShowJiao(link.jiao);
    s.setBodyPart(link.part); // (a body part shows Jiao's areas)
    if (link.zone) s.select({ system: 'scalp', id: link.zone, side: link.side ?? (midlineLines.test(link.zone) ? 'midline' : 'left') });
    else if (s.selection?.system === 'scalp') s.select(null);
  },
  openHit: (hit, s) => {
    const line = s.whoLines.get(hit.code);
    if (line) s.setShowWho(true);
    else s.setShowJiao(true);
    s.select({ system: 'scalp', id: hit.code, side: line?.laterality === 'midline' ? 'midline' : 'left' });
  },
  useLoads: () => {
    const body = useAtlas((s) => s.body);
    useLoad(
      {
        key: 'scalp-records',
        what: 'the scalp records',
        file: 'data/scalp/*.json',
        load: loadScalpRecords,
        done: ({ who, jiao }) => useAtlas.getState().setScalpRecords(who, jiao),
      },
      [],
    );
    useLoad(
      {
        key: 'scalp',
        what: 'the scalp lines and areas of this body',
        file: `generated/scalp-${body}.json`,
        load: () => fetchScalp(body),
        done: (scalp) => useAtlas.getState().setScalp(scalp),
      },
      [body],
    );
  },
});
