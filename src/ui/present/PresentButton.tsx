// Presentation mode without a tour, from the Tours tab (also reached by a link with present=1, and
// by playing a tour): the atlas as it is, stepped along the channel. Full screen is asked for here,
// in the click, where browsers allow it. (Not in the masthead: it is one row at 1024 px.)
import { useAtlas } from '../../state/store.ts';
import { Button } from '../kit/Button.tsx';
import { enterFullscreen } from './fullscreen.ts';

export function PresentButton() {
  return (
    <Button
      className="present-button"
      data-present-button=""
      onClick={() => {
        enterFullscreen();
        useAtlas.getState().setPresenting(true);
      }}
    >
      Present the atlas
    </Button>
  );
}
