// Every key of the atlas on one sheet, opened with ? (or its button): a native modal dialog, which
// keeps focus inside while open, closes on Escape and gives focus back to where it was.
import { useEffect, useRef } from 'react';

const keys: [string, string][] = [
  ['Arrow keys (on the 3D view)', 'turn the body'],
  ['Shift + arrow keys', 'pan'],
  ['+ and −', 'zoom in and out'],
  ['1 to 8', 'front, back, left, right, top, head, hands, feet'],
  ['[ and ]', 'previous and next point along the channel'],
  ['Escape', 'close the card'],
  ['↓ in the search box', 'go to the results; Enter opens the first'],
  ['↑ ↓ Home End (in a list)', 'move within the list; each list is one Tab stop'],
  ['+ or A (on a point, zone or result in a list)', 'add it to the set being edited'],
  ['?', 'this sheet'],
];

export function ShortcutSheet() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '?' || (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))) return;
      e.preventDefault();
      dialog.current?.showModal();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" className="keys-button" aria-keyshortcuts="?" onClick={() => dialog.current?.showModal()}>
        Keys
      </button>
      <dialog ref={dialog} className="shortcut-sheet" aria-labelledby="keys-title">
        <h2 id="keys-title">Keys</h2>
        <dl>
          {keys.map(([key, what]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
