// The mark beside a listed item with cautions, in a file of its own: the points list of the first
// view shows it, while the cards' full CautionList loads with the cards.
import { cautionMark, type Caution } from '../../domain/schema/cautions.ts';

/**
 * The mark a list shows beside an item with contraindications or cautions: a sign in the strongest
 * grade's colour and what they are about in words (read out with the item's name).
 */
export function CautionMark({ cautions }: { cautions: readonly Caution[] }) {
  const mark = cautionMark(cautions);
  if (!mark) return null;
  return (
    // the sign is drawn by the stylesheet (one element fewer in each of the ~200 marked entries of the list)
    <span className="caution-mark" data-caution-mark={mark.grade} title={mark.label}>
      <span className="visually-hidden"> ({mark.label})</span>
    </span>
  );
}
