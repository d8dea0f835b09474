// The injury level's app part: its store part, its card and its panel beside the body.
import { named, type SystemApp } from '../../../app/systemViews.ts';
import { injuryState } from '../state/system.ts';
import { InjuryPanel } from '../ui/InjuryPanel.tsx';

export const views: SystemApp = {
  id: 'injury',
  ...injuryState,
  Card: named(() => import('../ui/InjuryCard.tsx'), 'InjuryCard'),
  Controls: InjuryPanel,
};
