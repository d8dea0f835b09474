// A select with a styled list (Radix Select): a combobox trigger, a listbox of options with
// typeahead and arrow keys, and the chosen option's text as its value. Empty string means "none"
// (Radix reserves ''), so `none` names the item that clears the choice.
import * as S from '@radix-ui/react-select';
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
  /** the label of the "no choice" item, e.g. "All" */
  none?: string;
}

const noneValue = '__none__';

export function Select<V extends string>({ label, options, value, onChange, none }: Props<V>) {
  return (
    <S.Root value={value ?? (none ? noneValue : undefined)} onValueChange={(v) => onChange(v === noneValue ? null : (v as V))}>
      <S.Trigger className="kit-button kit-select" aria-label={label}>
        <S.Value />
        <S.Icon aria-hidden>▾</S.Icon>
      </S.Trigger>
      <S.Portal>
        <S.Content className="kit-popup" position="popper" sideOffset={4}>
          <S.Viewport>
            {none && (
              <S.Item value={noneValue} className="kit-option">
                <S.ItemText>{none}</S.ItemText>
              </S.Item>
            )}
            {options.map((o) => (
              <S.Item key={o.value} value={o.value} className="kit-option">
                <S.ItemText>{o.label}</S.ItemText>
              </S.Item>
            ))}
          </S.Viewport>
        </S.Content>
      </S.Portal>
    </S.Root>
  );
}
