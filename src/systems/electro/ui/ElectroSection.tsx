// The point card's electro-acupuncture section: the pairs this point belongs to (choosing one shows
// the pair on the body with its card) and the cautions that come with the current wherever it is
// used. Folded by default: it is a technique the practitioner chooses, not part of the point.
import { useAtlas } from '../../../state/store.ts';
import { CautionList } from '../../../ui/parts/CautionList.tsx';
import { pairTitle } from './pairWords.ts';

export function ElectroSection({ code, side }: { code: string; side: 'left' | 'right' | 'midline' }) {
  const electro = useAtlas((s) => s.electro);
  const records = useAtlas((s) => s.records);
  if (!electro) return null;
  const pairs = electro.pairs.filter((p) => p.a.code === code || p.b.code === code);
  return (
    <details className="electro-section" data-electro-section>
      <summary>
        <h3>Electro-acupuncture</h3>{' '}
        <span className="muted small">{pairs.length === 0 ? 'no pair in the atlas' : `${pairs.length} pair${pairs.length > 1 ? 's' : ''}`}</span>
      </summary>
      {pairs.length > 0 && (
        <ul className="list electro-pairs" aria-label="Electro-acupuncture pairs with this point">
          {pairs.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                data-electro-pair={p.id}
                onClick={() => useAtlas.getState().select({ system: 'electro', id: p.id, side: side === 'right' ? 'right' : 'left' })}
              >
                <span className="code">{pairTitle(p, records)}</span> <span className="muted">{p.purpose}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <CautionList cautions={electro.cautions} />
    </details>
  );
}
