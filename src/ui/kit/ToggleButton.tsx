// A button that stays pressed (aria-pressed), from Radix's Toggle: the state is announced and the
// look follows [data-state], so a pressed toggle reads the same everywhere.
import * as Toggle from '@radix-ui/react-toggle';
import type { ComponentPropsWithoutRef } from 'react';
import './kit.css';

export type ToggleButtonProps = Omit<ComponentPropsWithoutRef<typeof Toggle.Root>, 'pressed' | 'onPressedChange'> & {
  pressed: boolean;
  onPressedChange: (pressed: boolean) => void;
};

export function ToggleButton({ className = '', ...rest }: ToggleButtonProps) {
  return <Toggle.Root className={`kit-button kit-toggle ${className}`.trim()} {...rest} />;
}
