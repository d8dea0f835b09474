// A button of the atlas: a native <button> (keyboard, focus and the form role for free) with one
// look from the tokens. No library part is needed for a plain button; `quiet` is for secondary actions.
import type { ButtonHTMLAttributes } from 'react';
import './kit.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  quiet?: boolean;
}

export function Button({ quiet = false, className = '', type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={`kit-button${quiet ? ' quiet' : ''} ${className}`.trim()} {...rest} />;
}
