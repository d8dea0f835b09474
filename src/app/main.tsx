import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles.css';
import { applyTheme, resolveTheme, systemTheme } from '../state/theme.ts';
import { useDevice } from '../state/device.ts';

// the theme's variables before the first paint (no flash of another theme)
applyTheme(resolveTheme(useDevice.getState().theme, systemTheme()));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
