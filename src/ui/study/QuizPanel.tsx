// The quiz's tab in the Study panel: choose the deck, the kind of question and how many, and start;
// while a round is on, the answers so far. The question itself is over the 3D view (QuizBar.tsx).
import { useState } from 'react';
import { channelInfo, channelOrder, type ChannelOrExtra } from '../../domain/points/channels.ts';
import { categoryFilterLabels, categoryFilters, type CategoryFilter } from '../../domain/points/categoryFilters.ts';
import { deckLabel, type Deck } from '../../domain/study/decks.ts';
import { cunText } from '../../domain/study/quizCun.ts';
import { earDistanceText } from '../../domain/study/quizEar.ts';
import { quizKindLabels, quizKinds, type QuizAnswer, type QuizKind } from '../../domain/study/quizRound.ts';
import { fetchEar, loadBuiltInSets } from '../../state/atlasData.ts';
import { namedItem } from '../../state/quizItems.ts';
import { useAtlas } from '../../state/store.ts';
import { useDevice } from '../../state/device.ts';
import { useLoad } from '../../state/useLoad.ts';
import { Button } from '../kit/Button.tsx';
import { SegmentedControl } from '../kit/SegmentedControl.tsx';
import { Select } from '../kit/Select.tsx';
import './quiz.css';
import * as quizActions from '../../state/quizActions.ts';

type DeckKind = Deck['kind'];
const deckKinds: { value: DeckKind; label: string }[] = [
  { value: 'channel', label: 'A channel' },
  { value: 'region', label: 'A region' },
  { value: 'category', label: 'A category' },
  { value: 'extra', label: 'The extra points' },
  { value: 'scalp', label: 'The scalp lines and areas' },
  { value: 'ear', label: 'Ear points (on the chart)' },
  { value: 'set', label: 'A point set' },
  { value: 'missed', label: 'Missed last time' },
];
const counts = ['5', '10', '20', '100'] as const;
const countLabels: Record<(typeof counts)[number], string> = { '5': '5', '10': '10', '20': '20', '100': 'All (up to 100)' };

/** An answer in a few words, for the round's list. */
function answerText(a: QuizAnswer): string {
  if (a.kind === 'locate') return `${cunText(a.distanceCun)} off`;
  if (a.kind === 'ear') return a.wrongFace ? 'on the other face of the ear' : earDistanceText(a.distancePct);
  return a.right ? 'right' : a.given ? `not “${a.given}”` : 'shown';
}

export function QuizPanel() {
  const records = useAtlas((s) => s.records);
  const userSets = useAtlas((s) => s.userSets);
  const builtInSets = useAtlas((s) => s.builtInSets);
  const missed = useAtlas((s) => s.quizMissed);
  const round = useAtlas((s) => s.quiz);
  const whoLines = useAtlas((s) => s.whoLines);
  const jiaoAreas = useAtlas((s) => s.jiaoAreas);
  const ear = useAtlas((s) => s.ear);
  useLoad(
    {
      key: 'sets',
      what: "the atlas's point sets",
      file: 'data/sets.json',
      enabled: builtInSets === null,
      load: loadBuiltInSets,
      done: (sets) => useAtlas.getState().setBuiltInSets(sets),
    },
    [],
  );
  const [deckKind, setDeckKind] = useState<DeckKind>('channel');
  // the ear's map is loaded when its deck is chosen (its points and protocols make the deck)
  useLoad(
    {
      key: 'ear',
      what: 'the ear map',
      file: 'generated/ear.json',
      enabled: deckKind === 'ear' && ear === null,
      load: fetchEar,
      done: (atlas) => useAtlas.getState().setEar(atlas),
    },
    [],
  );
  const [protocol, setProtocol] = useState<string | null>(null);
  const earProtocols = (ear?.protocols ?? []).filter((p) => p.system === 'gbt13734-2008');
  const [channel, setChannel] = useState<ChannelOrExtra>('LU');
  const [region, setRegion] = useState<string>('forearm');
  const [category, setCategory] = useState<CategoryFilter>('five-shu');
  const sets = [...userSets, ...(builtInSets ?? [])];
  const [setId, setSetId] = useState<string | null>(null);
  const [kind, setKind] = useState<QuizKind>('locate');
  const [count, setCount] = useState<(typeof counts)[number]>('10');
  const regions = [...new Set([...(records?.values() ?? [])].map((r) => r.region))].sort();

  const chosenSet = setId ?? sets[0]?.id ?? null;
  const deck: Deck | null =
    deckKind === 'channel'
      ? { kind: 'channel', channel }
      : deckKind === 'region'
        ? { kind: 'region', region }
        : deckKind === 'category'
          ? { kind: 'category', category }
          : deckKind === 'ear'
            ? ear
              ? { kind: 'ear', ...(protocol ? { protocol } : {}) }
              : null
            : deckKind === 'set'
              ? chosenSet
                ? { kind: 'set', setId: chosenSet }
                : null
              : { kind: deckKind };
  const empty = deckKind === 'missed' && missed.length === 0;

  return (
    <section className="quiz-panel" aria-label="Quiz setup">
      <form
        className="quiz-setup"
        onSubmit={(e) => {
          e.preventDefault();
          if (!deck || empty) return;
          quizActions.startQuiz({ deck, kind, count: Number(count) });
          // a student who starts a round is past the welcome: put away, it would sit under the
          // question on a phone (both at the foot of the screen) until dismissed by hand
          useDevice.getState().dismissWelcome();
        }}
      >
        <Select label="Deck" options={deckKinds} value={deckKind} onChange={(v) => v && setDeckKind(v)} />
        {deckKind === 'channel' && (
          <Select
            label="Channel"
            options={channelOrder.filter((c) => c !== 'EX').map((c) => ({ value: c, label: `${c} ${channelInfo[c].name}` }))}
            value={channel}
            onChange={(v) => v && setChannel(v)}
          />
        )}
        {deckKind === 'region' && (
          <Select label="Region" options={regions.map((r) => ({ value: r, label: r.replace(/-/g, ' ') }))} value={region} onChange={(v) => v && setRegion(v)} />
        )}
        {deckKind === 'category' && (
          <Select
            label="Category"
            options={categoryFilters.map((c) => ({ value: c, label: categoryFilterLabels[c] }))}
            value={category}
            onChange={(v) => v && setCategory(v)}
          />
        )}
        {deckKind === 'ear' &&
          (ear ? (
            <Select
              label="Ear points"
              options={earProtocols.map((p) => ({ value: p.id, label: `The ${p.name} points` }))}
              none="The whole map (GB/T 13734)"
              value={protocol}
              onChange={setProtocol}
            />
          ) : (
            <p className="muted">Loading the ear map…</p>
          ))}
        {deckKind === 'set' &&
          (sets.length > 0 ? (
            <Select label="Set" options={sets.map((x) => ({ value: x.id, label: x.name }))} value={chosenSet} onChange={(v) => setSetId(v)} />
          ) : (
            <p className="muted">No sets yet.</p>
          ))}
        {deckKind === 'missed' && (
          <p className="muted">{missed.length === 0 ? 'Nothing missed yet: play a round first.' : `${missed.length} missed last round.`}</p>
        )}
        <SegmentedControl
          label="Question"
          options={quizKinds.map((k) => ({ value: k, label: k === 'locate' && deckKind === 'ear' ? 'Find it on the chart' : quizKindLabels[k] }))}
          value={kind}
          onChoose={setKind}
          className="quiz-kinds"
        />
        <Select label="Questions" options={counts.map((c) => ({ value: c, label: countLabels[c] }))} value={count} onChange={(v) => v && setCount(v)} />
        <Button type="submit" disabled={!deck || empty}>
          {round ? 'Start a new round' : 'Start'}
        </Button>
        {deck && <p className="muted">{deckLabel(deck, sets, earProtocols)}</p>}
      </form>
      {round && (
        <>
          <h3>This round</h3>
          {round.questions.length === 0 && <p>This deck has nothing to ask this way.</p>}
          <ol className="quiz-answers">
            {round.answers.map((a, i) => {
              const item = round.questions[i]?.item;
              const name = item ? (namedItem(item, { records, whoLines, jiaoAreas, ear })?.label ?? item.id) : '';
              return (
                <li key={i}>
                  {name}: {answerText(a)}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
