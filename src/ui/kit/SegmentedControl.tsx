// One choice among a few (the view presets): a radio group to assistive technology with ONE tab
// stop, the arrow keys moving between the options (roving focus, wrapping at the ends) and Space or
// Enter choosing. `value` may be null (no option holds, e.g. after the camera moved away); choosing
// the option that already holds calls onChoose again (a preset re-frames), which a radio would not.
// Our own rather than Radix's toggle group: this control is in the first view, where the toggle
// group and its roving-focus and collection packages cost about 7 kB gz of the 400 kB budget, for
// behaviour the few lines below give (kit tests: one tab stop, wrapping arrows, re-choosing).
import { useRef, useState, type KeyboardEvent } from 'react';
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

const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function SegmentedControl<V extends string>({ label, options, value, onChoose, className = '' }: Props<V>) {
  const group = useRef<HTMLDivElement>(null);
  // the option last focused holds the tab stop while no option is chosen
  const [focused, setFocused] = useState<V | null>(null);
  const stop = value ?? (focused && options.some((o) => o.value === focused) ? focused : options[0]?.value);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const radios = [...(group.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]') ?? [])];
    const at = radios.indexOf(document.activeElement as HTMLButtonElement);
    const step = steps[e.key];
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? radios.length - 1 : at < 0 || step === undefined ? -1 : (at + step + radios.length) % radios.length;
    const next = radios[to];
    if (!next) return;
    e.preventDefault();
    next.focus();
  };
  return (
    <div ref={group} role="radiogroup" aria-label={label} className={`kit-segmented ${className}`.trim()} onKeyDown={onKeyDown}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={o.value === value}
          data-state={o.value === value ? 'on' : 'off'}
          tabIndex={o.value === stop ? 0 : -1}
          className="kit-segment"
          onFocus={() => setFocused(o.value)}
          onClick={() => onChoose(o.value)}
          {...o.data}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
