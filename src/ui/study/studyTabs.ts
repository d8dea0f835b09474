// The study activities of the left panel's "Study" tab (quizzes, flashcards, tours): one entry each,
// its component loaded when its tab is first opened, so nothing of it is in the first view. Adding
// an activity is its folder and one line here.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface StudyTab {
  id: string;
  label: string;
  Panel: LazyExoticComponent<ComponentType>;
}

export const studyTabs: readonly StudyTab[] = [
  {
    id: 'quiz',
    label: 'Quiz',
    Panel: lazyPanel(
      () => import('./QuizPanel.tsx'),
      (m) => m.QuizPanel,
    ),
  },
  {
    id: 'flashcards',
    label: 'Flashcards',
    Panel: lazyPanel(
      () => import('./Flashcards.tsx'),
      (m) => m.Flashcards,
    ),
  },
  {
    id: 'tours',
    label: 'Tours',
    Panel: lazyPanel(
      () => import('../tours/ToursPanel.tsx'),
      (m) => m.ToursPanel,
    ),
  },
];

/** Loads a module's named panel lazily (React.lazy wants a default export). */
export function lazyPanel<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((m) => ({ default: pick(m) })));
}
