// The quiz over the 3D view while a round is on: the question (said by the announcer too), the way
// to answer it (a click on the body, a typed name, or one of four), the verdict, and at the end the
// score and the points missed. Over the view, so that on a phone and in the narrow layouts (where
// the study panel is below the view or in a drawer) the question is where the answer is given.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { gradeOf } from '../../domain/study/quizCun.ts';
import { missedItems, quizPhase, roundScore } from '../../domain/study/quizRound.ts';
import { namedItem } from '../../state/quizItems.ts';
import { fetchCunSpans } from '../../state/quizLoad.ts';
import { quizPrompt, quizVerdict } from '../../state/quizText.ts';
import { pointSelection, useAtlas } from '../../state/store.ts';
import { useLoad } from '../../state/useLoad.ts';
import { Button } from '../kit/Button.tsx';
import { useStageInset } from '../parts/useStageInset.ts';
import './quiz.css';
import * as quizActions from '../../state/quizActions.ts';

export function QuizBar() {
  const round = useAtlas((s) => s.quiz);
  const body = useAtlas((s) => s.body);
  // the names and the records the prompt and the verdict are said with
  const records = useAtlas((s) => s.records);
  const whoLines = useAtlas((s) => s.whoLines);
  const jiaoAreas = useAtlas((s) => s.jiaoAreas);
  const ear = useAtlas((s) => s.ear);
  const names = { records, whoLines, jiaoAreas, ear };
  useLoad(
    {
      key: 'cun-spans',
      what: 'the cun measured on this body (to score the quiz)',
      file: `generated/body-${body}.measurements.json`,
      load: () => fetchCunSpans(body),
      done: (spans) => useAtlas.getState().setQuizSpans(body, spans),
    },
    [body],
  );
  const bar = useRef<HTMLElement>(null);
  const phase = round ? quizPhase(round) : null;
  // the camera frames its preset below the bar (the round's end is another element)
  useStageInset(bar, phase === 'done');
  const current = round?.current;
  const onEar = round?.questions[round.current]?.item.system === 'ear';
  // the answer given, the way on is focused (a typed answer's field focuses itself)
  useEffect(() => {
    const el = bar.current;
    if (phase === 'answered') el?.querySelector<HTMLButtonElement>('[data-quiz-next]')?.focus();
    // on a phone the round is started below the view: the question and the body come into sight,
    // or for an ear point the chart (below the view there), its right ear in the middle
    const view = el?.closest('.viewport');
    const chart = onEar ? view?.querySelector('svg[data-ear-view="right"]') : null;
    if (phase === 'asking' && chart && window.matchMedia('(max-width: 699px)').matches) chart.scrollIntoView({ block: 'center' });
    else if (phase === 'asking' && view && view.getBoundingClientRect().top < 0) view.scrollIntoView({ block: 'start' });
  }, [phase, current, onEar]);
  if (!round || !phase) return null;
  const s = useAtlas.getState();
  const question = round.questions[round.current];
  const given = round.answers[round.current];
  const counter = `${Math.min(round.current + 1, round.questions.length)} / ${round.questions.length}`;

  if (phase === 'done') {
    const { earned, total, percent } = roundScore(round);
    const missed = missedItems(round);
    return (
      <section ref={bar} className="quiz-bar" aria-label="Quiz result" data-quiz-phase="done">
        <p className="quiz-score">
          Score <strong>{Math.round(earned * 10) / 10}</strong> of {total} ({percent} %)
        </p>
        {missed.length > 0 ? (
          <>
            <p className="muted">Missed, lit on the body:</p>
            <ul className="quiz-missed" aria-label="Missed">
              {missed.map((item) => (
                <li key={`${item.system}:${item.id}`}>
                  <button
                    type="button"
                    className="chip"
                    onClick={() => {
                      const record = item.system === 'points' ? s.records?.get(item.id) : undefined;
                      if (record) s.select(pointSelection(record));
                      else if (item.system === 'ear') s.select({ system: 'ear', id: item.id });
                    }}
                  >
                    {namedItem(item, names)?.label ?? item.id}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Nothing missed.</p>
        )}
        <div className="quiz-actions">
          {missed.length > 0 && <Button onClick={() => quizActions.startQuiz({ ...round.settings, deck: { kind: 'missed' } })}>Drill the missed</Button>}
          <Button quiet onClick={() => s.closeQuiz()}>
            Close
          </Button>
        </div>
      </section>
    );
  }

  const kind = round.settings.kind;
  return (
    <section ref={bar} className="quiz-bar" aria-label="Quiz question" data-quiz-phase={phase}>
      <p className="quiz-prompt">
        <span className="muted">{counter}</span> <strong>{quizPrompt(round, names)}</strong>
      </p>
      {phase === 'asking' && kind === 'locate' && (
        <p className="muted">
          {question?.item.system === 'ear'
            ? 'Click the spot on the chart (either ear, or the back view for the back of the ear).'
            : 'Click the spot on the body (orbit and zoom as you need).'}
        </p>
      )}
      {phase === 'asking' && kind === 'type' && <TypedAnswer key={`${round.seed}:${round.current}`} />}
      {phase === 'asking' && kind === 'choose' && (
        <div className="quiz-choices" role="group" aria-label="Choose its name">
          {question?.choices?.map((choice) => (
            <Button key={choice.id} onClick={() => quizActions.answerQuizName(choice)}>
              {namedItem(choice, names)?.label ?? choice.id}
            </Button>
          ))}
        </div>
      )}
      {phase === 'answered' && given && (
        <p
          className={`quiz-verdict ${given.kind === 'locate' ? gradeOf(given.distanceCun).id : given.kind === 'ear' ? given.grade : given.right ? 'on-it' : 'missed'}`}
          data-quiz-verdict
        >
          {quizVerdict(round, given, names)}
          {given.kind === 'locate' && <span className="muted"> (a line joins your click to the point)</span>}
          {given.kind === 'ear' && <span className="muted"> (its zone is outlined, a line joins your click to the point)</span>}
          {given.kind === 'name' && given.given && !given.right && <span className="muted"> (you said “{given.given}”)</span>}
        </p>
      )}
      <div className="quiz-actions">
        {phase === 'asking' && (
          <Button quiet onClick={() => quizActions.skipQuizQuestion()}>
            Show me
          </Button>
        )}
        {phase === 'answered' && (
          <Button data-quiz-next onClick={() => quizActions.nextQuizQuestion()}>
            {round.current + 1 < round.questions.length ? 'Next' : 'See the score'}
          </Button>
        )}
        <Button quiet onClick={() => s.closeQuiz()}>
          End round
        </Button>
      </div>
    </section>
  );
}

/** The field a name is typed in: one per question (a new question starts it empty, focused). */
function TypedAnswer() {
  const [typed, setTyped] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim()) quizActions.answerQuizName(typed);
  };
  return (
    <form className="quiz-type" onSubmit={submit}>
      <label htmlFor="quiz-answer">Its name or code</label>
      {/* focused on each new question: the student types at once */}
      <input id="quiz-answer" autoFocus value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
      <Button type="submit">Answer</Button>
    </form>
  );
}
