// The deck and the directions a flashcards session draws from: the deck kinds of decks.ts (a
// channel, a region, a category, the extra points, the scalp, the ear, a set, the cards missed),
// the sets from the store.
import regionsData from '../../../data/regions.json';
import type { Deck } from '../../domain/study/decks.ts';
import { cardDirections, directionLabels, type CardDirection } from '../../domain/study/flashcards.ts';
import { categoryFilterLabels, categoryFilters } from '../../domain/points/categoryFilters.ts';
import { channelInfo, channelOrder } from '../../domain/points/channels.ts';
import { useAtlas } from '../../state/store.ts';
import { Select } from '../kit/Select.tsx';

const regions = regionsData.regions as { id: string; name: string }[];
type Kind = Deck['kind'];
const kindLabels: Record<Kind, string> = {
  channel: 'A channel',
  region: 'A region',
  category: 'A category',
  extra: 'The extra points',
  scalp: 'The scalp',
  ear: 'The ear',
  set: 'A set',
  missed: 'Cards I missed',
};
const kinds = Object.keys(kindLabels) as Kind[];

/** The first deck of a kind (the one its second choice starts at). */
function firstDeck(kind: Kind, setId: string | undefined): Deck | null {
  switch (kind) {
    case 'channel':
      return { kind, channel: 'LU' };
    case 'region':
      return regions[0] ? { kind, region: regions[0].id } : null;
    case 'category':
      return { kind, category: categoryFilters[0] };
    case 'set':
      return setId ? { kind, setId } : null;
    default:
      return { kind };
  }
}

interface Props {
  deck: Deck;
  directions: readonly CardDirection[];
  onDeck: (deck: Deck) => void;
  onDirections: (directions: CardDirection[]) => void;
}

export function FlashcardDeckChooser({ deck, directions, onDeck, onDirections }: Props) {
  const userSets = useAtlas((s) => s.userSets);
  const builtIn = useAtlas((s) => s.builtInSets);
  const sets = [...userSets, ...(builtIn ?? [])];
  const toggle = (d: CardDirection, on: boolean) => {
    const next = cardDirections.filter((x) => (x === d ? on : directions.includes(x)));
    // at least one direction: unticking the last one is refused
    if (next.length > 0) onDirections(next);
  };
  return (
    <fieldset className="flashcard-choice">
      <legend>Deck</legend>
      <Select
        label="Study"
        options={kinds.filter((k) => k !== 'set' || sets.length > 0).map((k) => ({ value: k, label: kindLabels[k] }))}
        value={deck.kind}
        onChange={(kind) => {
          const made = kind && firstDeck(kind, sets[0]?.id);
          if (made) onDeck(made);
        }}
      />
      {deck.kind === 'channel' && (
        <Select
          label="Channel"
          options={channelOrder.filter((c) => c !== 'EX').map((c) => ({ value: c, label: `${channelInfo[c].name} (${c})` }))}
          value={deck.channel}
          onChange={(channel) => channel && onDeck({ kind: 'channel', channel })}
        />
      )}
      {deck.kind === 'region' && (
        <Select
          label="Region"
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          value={deck.region}
          onChange={(region) => region && onDeck({ kind: 'region', region })}
        />
      )}
      {deck.kind === 'category' && (
        <Select
          label="Category"
          options={categoryFilters.map((c) => ({ value: c, label: categoryFilterLabels[c] }))}
          value={deck.category}
          onChange={(category) => category && onDeck({ kind: 'category', category })}
        />
      )}
      {deck.kind === 'set' && (
        <Select
          label="Set"
          options={sets.map((s) => ({ value: s.id, label: s.name }))}
          value={deck.setId}
          onChange={(setId) => setId && onDeck({ kind: 'set', setId })}
        />
      )}
      <div className="flashcard-directions" role="group" aria-label="Directions">
        {cardDirections.map((d) => (
          <label key={d} className="radio">
            <input type="checkbox" checked={directions.includes(d)} onChange={(e) => toggle(d, e.target.checked)} data-direction={d} /> {directionLabels[d]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
