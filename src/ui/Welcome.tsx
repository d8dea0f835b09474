// The first visit: what the atlas is for and how to move around, beside the body (not over it:
// nothing is blocked), put away for good with one button.
import { useDevice } from '../state/device.ts';

export function Welcome() {
  const welcomed = useDevice((s) => s.welcomed);
  if (welcomed) return null;
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to the Acupoint Atlas</h2>
      <p>
        The 361 WHO meridian points and the extra points, located on the body the way the standard describes them, with the scalp lines and the ear map. For
        learning and looking up points, not for medical advice.
      </p>
      <ul>
        <li>Drag to turn the body, scroll or pinch to zoom; on the keyboard, arrows turn and keys 1 to 8 choose a view.</li>
        <li>Click a point, or search by code (LI4, UB23), name (Hegu, 合谷) or condition (migraine).</li>
        <li>
          Press <kbd>?</kbd> for every key.
        </li>
      </ul>
      <button type="button" onClick={() => useDevice.getState().dismissWelcome()}>
        Got it
      </button>
    </section>
  );
}
