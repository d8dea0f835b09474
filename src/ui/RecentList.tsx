// What was looked at recently on this device, newest first: one click brings it back.
import { useDevice } from '../state/device.ts';
import { useAtlas, type Selection } from '../state/store.ts';

function label(s: Selection, jiaoName: (id: string) => string | undefined): string {
  if (s.system === 'points') return s.id;
  if (s.system === 'scalp') return jiaoName(s.id) ?? s.id;
  if (s.system === 'navel') return `${s.id[0]?.toUpperCase() ?? ''}${s.id.slice(1)} (navel)`;
  if (s.system === 'electro') return `${s.id.toUpperCase()} (electro)`;
  return s.id.startsWith('nogier-') ? `${s.id.slice(7).replace(/-/g, ' ')} (ear, European)` : `${s.id} (ear)`;
}

export function RecentList() {
  const recent = useDevice((s) => s.recent);
  const jiao = useAtlas((s) => s.jiaoAreas);
  if (recent.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent</h2>
      <ul className="chips">
        {recent.map((s) => (
          <li key={`${s.system}:${s.id}`}>
            <button type="button" className="chip" data-recent={`${s.system}:${s.id}`} onClick={() => useAtlas.getState().select(s)}>
              {label(s, (id) => jiao.get(id)?.english)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link small" onClick={() => useDevice.getState().forget()}>
        Clear the recent list
      </button>
    </section>
  );
}
