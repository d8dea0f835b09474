// Screen-reader messages are made in ONE place, from state changes: the actions only change state,
// and this subscriber says what changed (the live region reads `announcement`). Several changes at
// once are said together, the selection last.
import type { AtlasState } from './store.ts';
import { searchInputsChanged, selectSearchHits } from './searchSelectors.ts';
import { bodyLabels } from './bodyLabels.ts';
import { systemDefinitions } from '../systems/catalogue.ts';
import type { QuizRound } from '../domain/study/quizRound.ts';

const words = (id: string) => id.replace(/-/g, ' ');
const shown = (flag: boolean, what: string) => `${what} ${flag ? 'shown' : 'hidden'}`;

type QuizDescriber = (next: QuizRound | null, prev: QuizRound | null, s: AtlasState) => string | null;
let describeQuiz: QuizDescriber | null = null;
/**
 * How a change of the quiz is said (quizText.ts): handed over by the quiz's actions when they load,
 * which is before any round can start, so the first view does not carry the quiz's wording.
 */
export const sayQuizChangesWith = (describe: QuizDescriber): void => {
  describeQuiz = describe;
};

/** What a change of state means to a listener, or nothing. Pure: tested without a DOM. */
export function describeChange(next: AtlasState, prev: AtlasState): string[] {
  const said: string[] = [];
  const changed = <K extends keyof AtlasState>(k: K) => next[k] !== prev[k];
  if (changed('body')) said.push(`${bodyLabels[next.body]} body shown`);
  if (next.camera.nonce !== prev.camera.nonce) said.push(`${next.camera.preset[0]?.toUpperCase()}${next.camera.preset.slice(1)} view`);
  if (changed('showPoints')) said.push(shown(next.showPoints, 'Points'));
  if (changed('showPointLabels')) said.push(shown(next.showPointLabels, 'Point labels'));
  if (changed('showLandmarks')) said.push(shown(next.showLandmarks, 'Landmarks'));
  if (changed('showPaths')) said.push(shown(next.showPaths, 'Channel paths'));
  if (changed('showExtra')) said.push(shown(next.showExtra, 'Extra points'));
  if (changed('channel')) said.push(next.channel ? `${next.channel} channel shown` : 'All channels shown');
  if (changed('category')) said.push(next.category ? `${words(next.category)} points shown` : 'All categories shown');
  if (changed('region')) said.push(next.region ? `Points of the ${words(next.region)} shown` : 'All regions shown');
  if (changed('selectedLandmark') && next.selectedLandmark) {
    const lm = next.landmarks.find((l) => l.key === next.selectedLandmark);
    if (lm) said.push(`Landmark: ${lm.name}`);
  }
  if (changed('showWho')) said.push(shown(next.showWho, 'WHO scalp lines'));
  if (changed('showJiao')) said.push(shown(next.showJiao, "Jiao's scalp areas"));
  if (changed('bodyPart')) said.push(next.bodyPart ? `Scalp areas for the ${words(next.bodyPart)} highlighted` : 'Body part highlight cleared');
  if (changed('earOpen')) said.push(next.earOpen ? 'Ear map opened' : 'Ear map closed');
  if (changed('earMap'))
    said.push(
      next.earMap === 'compare'
        ? 'Chinese and European ear maps compared'
        : next.earMap === 'nogier'
          ? 'European (Nogier) ear map shown'
          : 'Chinese standard ear map shown',
    );
  if (changed('ear3d')) said.push(next.ear3d ? '3D ear shown' : 'Ear chart shown');
  if (changed('protocol')) {
    const p = next.protocol ? next.ear?.protocols.find((x) => x.id === next.protocol) : undefined;
    said.push(p ? `${p.name}: ${p.points.map((x) => x.label).join(', ')} highlighted on both ears` : 'Protocol cleared');
  }
  // the hits are compared through their inputs: running the search again on the previous state
  // would replace the memoised hits every subscriber shares and search twice per keystroke
  const hits = searchInputsChanged(next, prev) ? selectSearchHits(next) : null;
  if (changed('setsMessage') && next.setsMessage) said.push(next.setsMessage);
  if (changed('toursMessage') && next.toursMessage) said.push(next.toursMessage);
  if (changed('presenting'))
    said.push(
      next.presenting ? 'Presentation mode: Page Down or the right arrow for the next step, B to blank the screen, Escape to leave' : 'Presentation mode left',
    );
  if (changed('blanked')) said.push(next.blanked ? 'Screen blanked' : 'Screen shown');
  if (changed('playing') && next.playing)
    said.push(
      `${next.playing.tour.name}, step ${next.playing.index + 1} of ${next.playing.tour.steps.length}: ${next.playing.tour.steps[next.playing.index]?.caption ?? ''}`,
    );
  if (hits) said.push(`${hits.length} result${hits.length === 1 ? '' : 's'} for ${next.query.slice(0, 60)}`);
  const quiz = changed('quiz') && describeQuiz ? describeQuiz(next.quiz, prev.quiz, next) : null;
  if (quiz) said.push(quiz);
  if (changed('selection') && next.selection) said.push(describeSelection(next));
  return said;
}

/** "LI4 Hégǔ, Joining Valley (left) selected": the selected item as its system names it, and its side. */
function describeSelection(s: AtlasState): string {
  const sel = s.selection;
  if (!sel) return '';
  const system = systemDefinitions.find((d) => d.id === sel.system);
  const lookup = { points: s.records, whoLines: s.whoLines, jiaoAreas: s.jiaoAreas, earPoints: s.ear?.points ?? [] };
  const name = system?.describeItem(sel.id, lookup) ?? (sel.system === 'ear' ? `Ear point ${sel.id}` : sel.id);
  const side = 'side' in sel && sel.side !== 'midline' ? ` (${sel.side})` : '';
  return `${name}${side} selected`;
}
