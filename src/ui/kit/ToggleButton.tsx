// A button that stays pressed (aria-pressed): the state is announced and the look follows
// [data-state], so a pressed toggle reads the same everywhere. A native button is all it takes
// (Radix's Toggle adds its Slot and state packages, about 2 kB gz of the first view, for the same).
import type { ComponentPropsWithoutRef } from 'react';
import './kit.css';

export type ToggleButtonProps = Omit<ComponentPropsWithoutRef<'button'>, 'onClick' | 'aria-pressed'> & {
  pressed: boolean;
  onPressedChange: (pressed: boolean) => void;
};

export function ToggleButton({ className = '', pressed, onPressedChange, ...rest }: ToggleButtonProps) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      data-state={pressed ? 'on' : 'off'}
      className={`kit-button kit-toggle ${className}`.trim()}
      onClick={() => onPressedChange(!pressed)}
      {...rest}
    />
  );
}
