// The left panel's "Study" tab: one kit tab per study activity (studyTabs.ts), the chosen one kept in
// the store so that a mode (a quiz round, a tour being played) survives the panel being switched.
import { Suspense } from 'react';
import { browserStorage, reportSavedProblem } from '../../state/device.ts';
import { keepQuizMissedOnDevice } from '../../state/quizStorage.ts';
import { useAtlas } from '../../state/store.ts';
import { keepToursOnDevice } from '../../state/toursStorage.ts';
import { Tabs } from '../kit/Tabs.tsx';
import { studyTabs } from './studyTabs.ts';

// The tours and the quiz's missed items kept on this device are read when this panel first loads
// (nothing before it uses them: a shared tour's link opens it), then saved as they change.
keepToursOnDevice(useAtlas, browserStorage, reportSavedProblem);
keepQuizMissedOnDevice(useAtlas, browserStorage, reportSavedProblem);

export function StudyPanel() {
  const chosen = useAtlas((s) => s.studyTab);
  const value = studyTabs.find((t) => t.id === chosen)?.id ?? studyTabs[0]?.id;
  return (
    <Tabs
      label="Study"
      value={value}
      onChange={(id) => useAtlas.getState().showStudyTab(id)}
      tabs={studyTabs.map(({ id, label, Panel }) => ({
        id,
        label,
        content: (
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <Panel />
          </Suspense>
        ),
      }))}
    />
  );
}
