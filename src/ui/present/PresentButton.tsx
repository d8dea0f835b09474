// The masthead's way into presentation mode (also reached by a link with present=1, and by playing
// a tour). Full screen is asked for here, in the click, where browsers allow it.
import { useAtlas } from '../../state/store.ts';
import { Button } from '../kit/Button.tsx';
import './present.css';
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
      Present
    </Button>
  );
}
