// A list of chips, each an action (search for a condition): ONE tab stop for the whole list, the
// arrow keys, Home and End move within it (the atlas's roving focus, shared with every list).
import { useRovingList } from '../parts/useRovingList.ts';
import './kit.css';

export interface Chip {
  id: string;
  label: string;
  /** the action in words, shown as the native tooltip */
  title?: string;
}

export function ChipList({ chips, onChoose, label }: { chips: readonly Chip[]; onChoose: (chip: Chip) => void; label?: string }) {
  const { ref, onKeyDown, onFocus } = useRovingList<HTMLUListElement>('.chip', true);
  return (
    <ul className="chips" aria-label={label} ref={ref} onKeyDown={onKeyDown} onFocus={onFocus}>
      {chips.map((chip) => (
        <li key={chip.id}>
          <button type="button" className="chip" data-condition={chip.id} onClick={() => onChoose(chip)} title={chip.title}>
            {chip.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
