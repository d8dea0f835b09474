import { bodyVariantIds } from '../domain/body/frame.ts';
import { channelInfo, channelOrder, type ChannelOrExtra } from '../domain/points/channels.ts';
import { bodyLabels, useAtlas, viewPresets, type ViewPreset } from '../state/store.ts';
import { categoryFilterLabels, categoryFilters, type CategoryFilter } from '../state/filters.ts';
import regionsData from '../../data/regions.json';

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
const toolbarPresets = viewPresets.slice(0, 8);

export function Toolbar() {
  const body = useAtlas((s) => s.body);
  // a preset's button stays pressed only while the camera still shows that preset
  const preset = useAtlas((s) => (s.offPreset ? null : s.camera.preset));
  const showLandmarks = useAtlas((s) => s.showLandmarks);
  const earOpen = useAtlas((s) => s.earOpen);
  const showPoints = useAtlas((s) => s.showPoints);
  const showPointLabels = useAtlas((s) => s.showPointLabels);
  const channel = useAtlas((s) => s.channel);
  const showPaths = useAtlas((s) => s.showPaths);
  const category = useAtlas((s) => s.category);
  const region = useAtlas((s) => s.region);
  const showExtra = useAtlas((s) => s.showExtra);
  const { setBody, goTo, setShowLandmarks, setShowPoints, setShowPointLabels, setChannel, setShowPaths, setCategory, setRegion, setShowExtra } =
    useAtlas.getState();
  return (
    <div className="toolbar" role="toolbar" aria-label="View controls">
      <fieldset className="group">
        <legend>View</legend>
        {toolbarPresets.map((p) => (
          <button key={p} type="button" aria-pressed={preset === p} onClick={() => goTo(p)} data-preset={p}>
            {presetLabels[p]}
          </button>
        ))}
      </fieldset>
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
        <label className="radio">
          Channel
          <select value={channel ?? ''} onChange={(e) => setChannel(e.target.value === '' ? null : (e.target.value as ChannelOrExtra))}>
            <option value="">All</option>
            {channelOrder.map((c) => (
              <option key={c} value={c}>
                {c} {channelInfo[c].name}
              </option>
            ))}
          </select>
        </label>
        <label className="radio">
          Category
          <select value={category ?? ''} onChange={(e) => setCategory(e.target.value === '' ? null : (e.target.value as CategoryFilter))}>
            <option value="">All</option>
            {categoryFilters.map((c) => (
              <option key={c} value={c}>
                {categoryFilterLabels[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="radio">
          Region
          <select value={region ?? ''} onChange={(e) => setRegion(e.target.value === '' ? null : e.target.value)}>
            <option value="">All</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label className="radio">
          <input type="checkbox" checked={showExtra} onChange={(e) => setShowExtra(e.target.checked)} />
          Extra points
        </label>
        <label className="radio">
          <input type="checkbox" checked={showLandmarks} onChange={(e) => setShowLandmarks(e.target.checked)} />
          Landmarks
        </label>
      </fieldset>
      <button type="button" className="ear-toggle" aria-pressed={earOpen} onClick={() => useAtlas.getState().openEar(!earOpen)}>
        Ear map
      </button>
    </div>
  );
}
