// The sheet of every key, in the kit's Dialog (focus kept inside, Escape closes, focus returns to
// what opened it). Its own module: loaded on the first ?, not with the first view.
import { Dialog } from './kit/Dialog.tsx';

const keys: [string, string][] = [
  ['Arrow keys (on the 3D view)', 'turn the body'],
  ['Shift + arrow keys', 'pan'],
  ['+ and −', 'zoom in and out'],
  ['1 to 8', 'front, back, left, right, top, head, hands, feet'],
  ['← → (in the view buttons)', 'move between the preset views'],
  ['[ and ]', 'previous and next point along the channel'],
  ['Escape', 'close the card'],
  ['↓ in the search box', 'go to the results; Enter opens the first'],
  ['↑ ↓ Home End (in a list)', 'move within the list; each list is one Tab stop'],
  ['+ or A (on a point, zone or result in a list)', 'add it to the set being edited'],
  ['Enter (a quiz question answered)', 'next question'],
  ['Enter or Space (a flashcard)', 'show its answer'],
  ['1 to 4 (a flashcard shown)', 'rate it: again, hard, good, easy'],
  ['Page Down, → or Space (presenting)', 'next step of the tour, or next point along the channel'],
  ['Page Up or ← (presenting)', 'previous step or point'],
  ['B or . (presenting)', 'blank the screen, and show it again'],
  ['Escape (presenting)', 'end the blank, then leave presentation mode'],
  ['?', 'this sheet'],
];

export default function KeysDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog title="Keys" open={open} onOpenChange={onOpenChange} className="shortcut-sheet">
      <dl>
        {keys.map(([key, what]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
