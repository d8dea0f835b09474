// Tabs (Radix Tabs): a tab list that is one tab stop with the arrow keys between tabs, each tab
// labelling its panel, and only the chosen panel in the page.
import * as T from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';
import './kit.css';

export interface Tab {
  id: string;
  label: string;
  content: ReactNode;
}

export function Tabs({ label, tabs, value, onChange }: { label: string; tabs: readonly Tab[]; value?: string; onChange?: (id: string) => void }) {
  return (
    <T.Root className="kit-tabs" value={value} defaultValue={value === undefined ? tabs[0]?.id : undefined} onValueChange={onChange}>
      <T.List className="kit-tablist" aria-label={label}>
        {tabs.map((t) => (
          <T.Trigger key={t.id} value={t.id} className="kit-tab">
            {t.label}
          </T.Trigger>
        ))}
      </T.List>
      {tabs.map((t) => (
        <T.Content key={t.id} value={t.id} className="kit-tabpanel">
          {t.content}
        </T.Content>
      ))}
    </T.Root>
  );
}
