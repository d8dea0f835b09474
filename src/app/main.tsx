import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles.css';
import { applyTheme, resolveTheme, systemTheme } from '../state/theme.ts';
import { browserStorage, reportSavedProblem, useDevice } from '../state/device.ts';
import { keepSetsOnDevice } from '../state/setsStorage.ts';
import { useAtlas } from '../state/store.ts';

// the theme's variables before the first paint (no flash of another theme)
applyTheme(resolveTheme(useDevice.getState().theme, systemTheme()));

// the user's point sets, read once before the first render and saved as they change
keepSetsOnDevice(useAtlas, browserStorage, reportSavedProblem);
// (the tours and the quiz's missed items are read with the Study panel, which alone uses them)

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
