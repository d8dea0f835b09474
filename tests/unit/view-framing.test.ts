// The preset views frame what they name: on each body and at each viewport shape (a phone held
// upright, a wide desk, a laptop at 150 % zoom), the eight corners of the named part's box project
// inside the view with a small margin, and the part fills a fair share of it. The projection is
// three's own camera, not the framing's arithmetic.
import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { bodyVariantIds } from '../../src/domain/body/frame.ts';
import { createBodyContext } from '../../src/domain/resolve/bodyContext.ts';
import { boxCorners, frameBox, type Box, type Pose } from '../../src/domain/view/framing.ts';
import { partBoxes, type PartBoxes } from '../../src/domain/view/partBoxes.ts';
import { regionMapFile, vertexParts, vertexRegions } from '../../src/pipeline/regions.ts';
import { regionMapSchema } from '../../src/scene/regionPick.ts';
import { viewPresets } from '../../src/state/slices/view.ts';
import { presetFrame, presetFraming } from '../../src/state/viewFraming.ts';
import { data } from '../support/atlas.ts';
import { fixture } from '../support/bodies.ts';

const fov = 35; // the atlas's camera (src/scene/AtlasCanvas.tsx)
const aspects = { 'phone 390x844': 390 / 844, 'desk 1920x1080': 1920 / 1080, '150 % zoom 853x533': 853 / 533 };

/** The corners of a box in normalised device coordinates, seen from a pose. */
function project(box: Box, pose: Pose, aspect: number): Vector3[] {
  const camera = new PerspectiveCamera(fov, aspect, 0.02, 30);
  camera.position.set(...pose.position);
  camera.lookAt(...pose.target);
  camera.updateMatrixWorld();
  camera.updateProjectionMatrix();
  return boxCorners(box).map((c) => new Vector3(...c).project(camera));
}

function boxesOf(variant: (typeof bodyVariantIds)[number]): PartBoxes {
  const { body } = fixture(variant);
  const ctx = createBodyContext(body, data.landmarks, data.spans, vertexParts(body));
  const regionOfVertex = vertexRegions(body, ctx.landmarks);
  const names = [...new Set(regionOfVertex)].sort();
  return partBoxes(
    body.positions,
    regionOfVertex.map((r) => names.indexOf(r)),
    names,
  );
}

describe('frameBox', () => {
  it('puts the limiting corner on the margin: a wide box is limited by the width on a tall screen', () => {
    const box: Box = { min: [-1, -0.1, -0.1], max: [1, 0.1, 0.1] };
    for (const aspect of [0.5, 2]) {
      const ndc = project(box, frameBox(box, [0, 0, 1], fov, aspect, 0.1), aspect);
      expect(Math.max(...ndc.map((p) => Math.abs(p.x)))).toBeCloseTo(0.9, 6);
      expect(Math.max(...ndc.map((p) => Math.abs(p.y)))).toBeLessThan(0.9);
    }
  });
});

describe.each(bodyVariantIds)('the preset views on the %s body', (variant) => {
  const boxes = boxesOf(variant);

  it('box the parts they name: the hands hang beside the thighs, the feet stand on the floor, the head tops the body', () => {
    expect(boxes.hands.min[1]).toBeGreaterThan(0.35 * boxes.body.max[1]);
    expect(boxes.hands.max[1]).toBeLessThan(0.6 * boxes.body.max[1]);
    expect(boxes.hands.min[0]).toBeLessThan(-0.2);
    expect(boxes.hands.max[0]).toBeGreaterThan(0.2);
    expect(boxes.feet.min[1]).toBeCloseTo(0, 2);
    expect(boxes.head.max[1]).toBeCloseTo(boxes.body.max[1], 3);
  });

  for (const [size, aspect] of Object.entries(aspects))
    it.each(viewPresets)(`%s frames its part whole at ${size}`, (preset) => {
      const box = boxes[presetFraming[preset].part];
      const ndc = project(box, presetFrame(preset, boxes, fov, aspect), aspect);
      for (const p of ndc) {
        expect(Math.abs(p.x)).toBeLessThanOrEqual(0.95);
        expect(Math.abs(p.y)).toBeLessThanOrEqual(0.95);
        expect(p.z).toBeLessThan(1); // in front of the camera, before the far plane
        expect(p.z).toBeGreaterThan(-1);
      }
      // and fills the view along its limiting axis (not a speck in the middle): a corner reaches the
      // margin, and the box spans most of the view (less where perspective enlarges its near side)
      expect(Math.max(...ndc.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))))).toBeGreaterThan(0.9);
      const spanX = Math.max(...ndc.map((p) => p.x)) - Math.min(...ndc.map((p) => p.x));
      const spanY = Math.max(...ndc.map((p) => p.y)) - Math.min(...ndc.map((p) => p.y));
      expect(Math.max(spanX, spanY)).toBeGreaterThan(1.3);
    });
});

describe.each(bodyVariantIds)('the region map the build writes for the %s body (regions-<body>.json)', (variant) => {
  const { body } = fixture(variant);
  const ctx = createBodyContext(body, data.landmarks, data.spans, vertexParts(body));
  const file = JSON.parse(JSON.stringify(regionMapFile(variant, body, ctx.landmarks))) as ReturnType<typeof regionMapFile>;

  it('carries the boxes the preset views frame, read back by the browser schema, each part whole within 0.1 mm', () => {
    const read = regionMapSchema.parse(file);
    const exact = boxesOf(variant);
    for (const part of Object.keys(exact) as (keyof PartBoxes)[])
      for (let axis = 0; axis < 3; axis++) {
        expect(read.partBoxes[part].min[axis]).toBeLessThanOrEqual(exact[part].min[axis]!);
        expect(read.partBoxes[part].min[axis]).toBeGreaterThan(exact[part].min[axis]! - 1e-4);
        expect(read.partBoxes[part].max[axis]).toBeGreaterThanOrEqual(exact[part].max[axis]!);
        expect(read.partBoxes[part].max[axis]).toBeLessThan(exact[part].max[axis]! + 1e-4);
      }
  });

  it('is refused by the schema, naming the field, when a box is missing or empty', () => {
    const withoutFeet = { ...file, partBoxes: { ...file.partBoxes, feet: undefined } };
    expect(regionMapSchema.safeParse(withoutFeet).error?.issues[0]?.path).toEqual(['partBoxes', 'feet']);
    const inverted = { ...file, partBoxes: { ...file.partBoxes, head: { min: file.partBoxes.head.max, max: file.partBoxes.head.min } } };
    expect(regionMapSchema.safeParse(inverted).error?.issues[0]?.path).toEqual(['partBoxes', 'head']);
  });
});

describe('a bar over the top of the view (the quiz question)', () => {
  const boxes = boxesOf('male');
  it.each(Object.entries(aspects))('frames each preset into the view below it (%s): every corner under the bar and inside the view', (_, aspect) => {
    for (const inset of [0.15, 0.3]) {
      for (const preset of viewPresets) {
        const ndc = project(boxes[presetFraming[preset].part], presetFrame(preset, boxes, fov, aspect, inset), aspect);
        // the bar covers NDC y from 1 down to 1 - 2 * inset
        expect(Math.max(...ndc.map((p) => p.y)), `${preset} at ${inset}`).toBeLessThan(1 - 2 * inset);
        expect(Math.min(...ndc.map((p) => p.y)), `${preset} at ${inset}`).toBeGreaterThan(-1);
        expect(Math.max(...ndc.map((p) => Math.abs(p.x))), `${preset} at ${inset}`).toBeLessThan(1);
      }
    }
  });
});
