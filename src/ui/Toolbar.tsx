import { bodyVariantIds } from '../domain/body/frame.ts';
import { channelInfo, channelOrder } from '../domain/points/channels.ts';
import { bodyLabels, useAtlas, viewPresets, type ViewPreset } from '../state/store.ts';
import { categoryFilterLabels, categoryFilters } from '../state/filters.ts';
import regionsData from '../../data/regions.json';
import { SegmentedControl } from './kit/SegmentedControl.tsx';
import { ToggleButton } from './kit/ToggleButton.tsx';
import { ThemeChooser } from './ThemeChooser.tsx';
import { Select } from './kit/Select.tsx';

const regions = regionsData.regions as { id: string; name: string }[];

const presetLabels: Record<ViewPreset, string> = {
  anterior: 'Front',
  posterior: 'Back',
  left: 'Left side',
  right: 'Right side',
  top: 'Top',
  head: 'Head',
  hands: 'Hands',
  feet: 'Feet',
  'scalp-top': 'Scalp from above',
  'scalp-side': 'Scalp from the side',
  'scalp-back': 'Scalp from behind',
};
/** the body views in the toolbar; the scalp views sit in the scalp panel */
const toolbarPresets = viewPresets.slice(0, 8).map((p) => ({ value: p, label: presetLabels[p], data: { 'data-preset': p } }));

const channelOptions = channelOrder.map((c) => ({ value: c, label: `${c} ${channelInfo[c].name}` }));
const categoryOptions = categoryFilters.map((c) => ({ value: c, label: categoryFilterLabels[c] }));
const regionOptions = regions.map((r) => ({ value: r.id, label: r.name }));

/** The masthead's row of view controls: the preset views (one choice, one tab stop) and the ear map. */
export function Toolbar() {
  // a preset's option holds only while the camera still shows that preset
  const preset = useAtlas((s) => (s.offPreset ? null : s.camera.preset));
  const earOpen = useAtlas((s) => s.earOpen);
  return (
    <div className="toolbar" role="toolbar" aria-label="View controls">
      <SegmentedControl<ViewPreset> label="View" className="presets" options={toolbarPresets} value={preset} onChoose={(p) => useAtlas.getState().goTo(p)} />
      <ToggleButton className="ear-toggle" pressed={earOpen} onPressedChange={(open) => useAtlas.getState().openEar(open)}>
        Ear map
      </ToggleButton>
    </div>
  );
}

/** The rest of the view's options (the body, what is shown, the filters, the theme): in the side
 * panel on a desk, folded into the masthead below 1280 px. */
export function ViewOptions() {
  const body = useAtlas((s) => s.body);
  const showLandmarks = useAtlas((s) => s.showLandmarks);
  const showPoints = useAtlas((s) => s.showPoints);
  const showPointLabels = useAtlas((s) => s.showPointLabels);
  const channel = useAtlas((s) => s.channel);
  const showPaths = useAtlas((s) => s.showPaths);
  const category = useAtlas((s) => s.category);
  const region = useAtlas((s) => s.region);
  const showExtra = useAtlas((s) => s.showExtra);
  const { setBody, setShowLandmarks, setShowPoints, setShowPointLabels, setChannel, setShowPaths, setCategory, setRegion, setShowExtra } = useAtlas.getState();
  return (
    <section className="view-options" id="view-options" aria-label="View options">
      <fieldset className="group">
        <legend>Body</legend>
        {bodyVariantIds.map((v) => (
          <label key={v} className="radio">
            <input type="radio" name="body" value={v} checked={body === v} onChange={() => setBody(v)} />
            {bodyLabels[v]}
          </label>
        ))}
      </fieldset>
      <fieldset className="group">
        <legend>Show</legend>
        <label className="radio">
          <input type="checkbox" checked={showPoints} onChange={(e) => setShowPoints(e.target.checked)} />
          Points
        </label>
        <label className="radio">
          <input type="checkbox" checked={showPaths} onChange={(e) => setShowPaths(e.target.checked)} />
          Paths
        </label>
        <label className="radio">
          <input type="checkbox" checked={showPointLabels} onChange={(e) => setShowPointLabels(e.target.checked)} />
          Labels
        </label>
        <Select label="Channel" options={channelOptions} value={channel} onChange={setChannel} none="All" />
        <Select label="Category" options={categoryOptions} value={category} onChange={setCategory} none="All" />
        <Select label="Region" options={regionOptions} value={region} onChange={setRegion} none="All" />
        <label className="radio">
          <input type="checkbox" checked={showExtra} onChange={(e) => setShowExtra(e.target.checked)} />
          Extra points
        </label>
        <label className="radio">
          <input type="checkbox" checked={showLandmarks} onChange={(e) => setShowLandmarks(e.target.checked)} />
          Landmarks
        </label>
      </fieldset>
      <ThemeChooser />
    </section>
  );
}
