// A select: the platform's own <select>, typed and styled with the tokens. Measured against Radix
// Select (about 32 kB gz with its popper, focus scope and scroll lock, in the first view on a
// desk): the native one costs nothing, is named by its label alone (not by its options), and on a
// phone opens the system's own picker, which no styled list matches for touch and screen readers.
// `none` adds the "no choice" option (value null), e.g. "All".
import { useId } from 'react';
import './kit.css';

export interface Option<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  label: string;
  options: readonly Option<V>[];
  value: V | null;
  onChange: (value: V | null) => void;
  none?: string;
  className?: string;
}

export function Select<V extends string>({ label, options, value, onChange, none, className = '' }: Props<V>) {
  const id = useId();
  // the options' own values: a value from the store that is not among them never reaches onChange
  const byValue = new Map(options.map((o) => [o.value as string, o.value]));
  return (
    <span className={`kit-field ${className}`.trim()}>
      <label htmlFor={id}>{label}</label>
      <select id={id} className="kit-select" value={value ?? ''} onChange={(e) => onChange(byValue.get(e.target.value) ?? null)}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
