// The left panel's "Study" tab: one kit tab per study activity (studyTabs.ts), the chosen one kept in
// the store so that a mode (a quiz round, a tour being played) survives the panel being switched.
import { Suspense } from 'react';
import { useAtlas } from '../../state/store.ts';
import { Tabs } from '../kit/Tabs.tsx';
import { studyTabs } from './studyTabs.ts';

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
