// @vitest-environment jsdom
// The kit's keyboard and naming contracts: a segmented control and a chip list are each ONE tab
// stop moved through with the arrow keys, choosing the option that holds calls again (a preset
// re-frames), a dialog is named by its title and closes on Escape, a toggle says it is pressed.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChipList } from '../../src/ui/kit/ChipList.tsx';
import { Dialog } from '../../src/ui/kit/Dialog.tsx';
import { SegmentedControl } from '../../src/ui/kit/SegmentedControl.tsx';
import { Select } from '../../src/ui/kit/Select.tsx';
import { ToggleButton } from '../../src/ui/kit/ToggleButton.tsx';

afterEach(cleanup);

const views = [
  { value: 'front', label: 'Front' },
  { value: 'back', label: 'Back' },
  { value: 'top', label: 'Top' },
] as const;

/** what Tab lands on in the group: Radix makes the group itself the stop until an option has been focused, then that option */
const tabStops = () => [screen.getByRole('radiogroup'), ...screen.getAllByRole('radio')].filter((r) => r.tabIndex === 0);

describe('SegmentedControl', () => {
  it('is a radio group with one tab stop, on the option that holds', () => {
    render(<SegmentedControl label="View" options={views} value="back" onChoose={() => {}} />);
    expect(screen.getByRole('radiogroup', { name: 'View' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Back' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: 'Front' }).getAttribute('aria-checked')).toBe('false');
    expect(tabStops()).toHaveLength(1);
    // Tab into the group lands on the option that holds
    act(() => tabStops()[0]!.focus());
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Back' }));
    expect(screen.getAllByRole('radio').filter((r) => r.tabIndex === 0)).toEqual([screen.getByRole('radio', { name: 'Back' })]);
  });

  it('moves with the arrow keys, wrapping at the ends', async () => {
    render(<SegmentedControl label="View" options={views} value="front" onChoose={() => {}} />);
    const front = screen.getByRole('radio', { name: 'Front' });
    act(() => front.focus());
    // Radix moves the focus on the next task after the key
    fireEvent.keyDown(front, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Back' })));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    await waitFor(() => expect(document.activeElement).toBe(front));
    fireEvent.keyDown(front, { key: 'ArrowLeft' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Top' })));
  });

  it('choosing the option that holds chooses it again; no option may hold', () => {
    const onChoose = vi.fn();
    const { rerender } = render(<SegmentedControl label="View" options={views} value="front" onChoose={onChoose} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Front' }));
    expect(onChoose).toHaveBeenCalledWith('front');
    rerender(<SegmentedControl label="View" options={views} value={null} onChoose={onChoose} />);
    expect(screen.getAllByRole('radio').every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true);
  });
});

describe('ChipList', () => {
  const chips = ['headache', 'nausea', 'insomnia'].map((id) => ({ id, label: id }));
  it('is one tab stop; arrows, Home and End move along the row', () => {
    const onChoose = vi.fn();
    render(<ChipList chips={chips} onChoose={onChoose} label="Used for" />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    act(() => buttons[0]!.focus());
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons[2]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[2]]);
    fireEvent.click(buttons[1]!);
    expect(onChoose).toHaveBeenCalledWith(chips[1]);
  });
});

describe('Dialog and ToggleButton', () => {
  function Keys() {
    const [open, setOpen] = useState(true);
    return (
      <Dialog title="Keys" open={open} onOpenChange={setOpen}>
        <p>every key</p>
      </Dialog>
    );
  }
  it('a dialog is named by its title and closes on Escape', () => {
    render(<Keys />);
    const dialog = screen.getByRole('dialog', { name: 'Keys' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
  it('focus goes back to what opened the dialog, without a Radix trigger', async () => {
    function Opener() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Keys
          </button>
          <Dialog title="Keys" open={open} onOpenChange={setOpen}>
            <p>every key</p>
          </Dialog>
        </>
      );
    }
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Keys' });
    act(() => opener.focus());
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Keys' });
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });
  it('a toggle button says whether it is pressed', () => {
    const onPressedChange = vi.fn();
    render(
      <ToggleButton pressed={false} onPressedChange={onPressedChange}>
        Ear map
      </ToggleButton>,
    );
    const button = screen.getByRole('button', { name: 'Ear map' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(onPressedChange).toHaveBeenCalledWith(true);
  });
});

describe('Select', () => {
  const channels = [
    { value: 'LU', label: 'LU Lung' },
    { value: 'HT', label: 'HT Heart' },
  ] as const;
  it('is named by its label alone, and "All" chooses none', () => {
    const onChange = vi.fn();
    render(<Select label="Channel" options={channels} value="HT" onChange={onChange} none="All" />);
    const select = screen.getByRole('combobox', { name: 'Channel' });
    expect((select as HTMLSelectElement).value).toBe('HT');
    fireEvent.change(select, { target: { value: 'LU' } });
    expect(onChange).toHaveBeenLastCalledWith('LU');
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});
