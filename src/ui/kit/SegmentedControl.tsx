// One choice among a few (the view presets): Radix's single-selection toggle group, a radio group
// to assistive technology, ONE tab stop with the arrow keys moving between the options (roving
// focus). `value` may be null (no option holds, e.g. after the camera moved away); choosing the
// option that already holds calls onChoose again (a preset re-frames), which a radio would not.
import * as ToggleGroup from '@radix-ui/react-toggle-group';
import './kit.css';

export interface Segment<V extends string> {
  value: V;
  label: string;
  /** data-* attributes for the option (tests and styling find an option by them) */
  data?: Record<`data-${string}`, string>;
}

interface Props<V extends string> {
  label: string;
  options: readonly Segment<V>[];
  value: V | null;
  onChoose: (value: V) => void;
  className?: string;
}

export function SegmentedControl<V extends string>({ label, options, value, onChoose, className = '' }: Props<V>) {
  return (
    <ToggleGroup.Root type="single" aria-label={label} value={value ?? ''} loop className={`kit-segmented ${className}`.trim()}>
      {options.map((o) => (
        <ToggleGroup.Item key={o.value} value={o.value} className="kit-segment" onClick={() => onChoose(o.value)} {...o.data}>
          {o.label}
        </ToggleGroup.Item>
      ))}
    </ToggleGroup.Root>
  );
}
