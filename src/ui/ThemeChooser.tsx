// The theme, chosen on this device: the system's, light, dark or high contrast.
import { useDevice, type ThemeChoice } from '../state/device.ts';

const labels: Record<ThemeChoice, string> = { auto: 'As the system', light: 'Light', dark: 'Dark', contrast: 'High contrast' };

export function ThemeChooser() {
  const theme = useDevice((s) => s.theme);
  return (
    <label className="radio theme-chooser">
      Theme
      <select value={theme} onChange={(e) => useDevice.getState().setTheme(e.target.value as ThemeChoice)}>
        {(Object.keys(labels) as ThemeChoice[]).map((t) => (
          <option key={t} value={t}>
            {labels[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
