// The theme, chosen on this device: the system's, light, dark or high contrast.
import { useDevice, type ThemeChoice } from '../state/device.ts';
import { Select } from './kit/Select.tsx';

const labels: Record<ThemeChoice, string> = { auto: 'As the system', light: 'Light', dark: 'Dark', contrast: 'High contrast' };
const options = (Object.keys(labels) as ThemeChoice[]).map((t) => ({ value: t, label: labels[t] }));

export function ThemeChooser() {
  const theme = useDevice((s) => s.theme);
  return <Select label="Theme" className="theme-chooser" options={options} value={theme} onChange={(t) => t && useDevice.getState().setTheme(t)} />;
}
