// Writes a body as a compact GLB: positions and normals quantised, meshopt-compressed buffers.
// Vertex order is kept as in hm08 so that vertex ids in data/body stay valid in the asset. The
// face's parts (eyes, brows) ride along as nodes of their own, each quantised on its own, so the
// body's vertices come out exactly as they would without them.
import { Document, NodeIO, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import type { BuiltBody } from './body.ts';
import type { FacePart } from './faceParts.ts';
import { nth } from '../domain/checked.ts';

/**
 * The body as the node "body" (its material is the scene's), and the face's parts (eyes, brows) as
 * nodes of their own after it, each with its textured material.
 */
export async function bodyToGlb(body: BuiltBody, extras: Record<string, unknown>, parts: readonly FacePart[] = []): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const doc = new Document();
  const buffer = doc.createBuffer();
  const position = doc.createAccessor('position').setType('VEC3').setArray(new Float32Array(body.positions)).setBuffer(buffer);
  const normal = doc.createAccessor('normal').setType('VEC3').setArray(new Float32Array(body.normals)).setBuffer(buffer);
  const indices = doc.createAccessor('indices').setType('SCALAR').setArray(new Uint16Array(body.indices)).setBuffer(buffer);
  const primitive = doc.createPrimitive().setAttribute('POSITION', position).setAttribute('NORMAL', normal).setIndices(indices);
  const mesh = doc.createMesh('body').addPrimitive(primitive);
  const node = doc.createNode('body').setMesh(mesh).setExtras(extras);
  const scene = doc.createScene('atlas').addChild(node);
  for (const part of parts) {
    const texture = doc.createTexture(part.name).setImage(part.texture).setMimeType('image/png');
    const material = doc
      .createMaterial(part.name)
      .setBaseColorTexture(texture)
      .setMetallicFactor(0)
      // the eyes a little glossy (a highlight on the cornea), the brows matte
      .setRoughnessFactor(part.blend ? 1 : 0.35)
      .setAlphaMode(part.blend ? 'BLEND' : 'OPAQUE');
    // the eyeballs sit back in the orbits and turn from the lights: a little of their own light
    // keeps the sclera white and the iris's colour readable
    if (!part.blend) material.setEmissiveTexture(texture).setEmissiveFactor([0.3, 0.3, 0.3]);
    const partPrimitive = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(part.positions)).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(part.normals)).setBuffer(buffer))
      .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(new Float32Array(part.uvs)).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array(part.indices)).setBuffer(buffer))
      .setMaterial(material);
    scene.addChild(doc.createNode(part.name).setMesh(doc.createMesh(part.name).addPrimitive(partPrimitive)));
  }
  // 16-bit positions keep sub-millimetre precision over a 2 m body; no reordering or welding.
  await doc.transform(quantize({ quantizePosition: 16, quantizeNormal: 10 }));
  doc.createExtension(EXTMeshoptCompression).setRequired(true).setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}

/** What a part of the face (eyes, brows) reads back as: where it is and how it is drawn. */
export interface FacePartRead {
  name: string;
  /** body-frame metres */
  positions: Float32Array;
  alphaMode: string;
  /** the base colour texture's PNG, if any */
  texture: Uint8Array | null;
}

/** A node's vertex positions with the node's transform applied (quantisation put one there). */
function worldPositions(node: Node): Float32Array {
  const acc = node.getMesh()?.listPrimitives()[0]?.getAttribute('POSITION');
  if (!acc) throw new Error(`body GLB: node "${node.getName()}" has no positions`);
  const m = node.getMatrix();
  const positions = new Float32Array(acc.getCount() * 3);
  const el: number[] = [];
  for (let i = 0; i < acc.getCount(); i++) {
    const [x = NaN, y = NaN, z = NaN] = acc.getElement(i, el);
    positions[i * 3] = nth(m, 0) * x + nth(m, 4) * y + nth(m, 8) * z + nth(m, 12);
    positions[i * 3 + 1] = nth(m, 1) * x + nth(m, 5) * y + nth(m, 9) * z + nth(m, 13);
    positions[i * 3 + 2] = nth(m, 2) * x + nth(m, 6) * y + nth(m, 10) * z + nth(m, 14);
  }
  return positions;
}

/** Reads a body GLB back (used by tests and by Node tools that need the asset as shipped). */
export async function readBodyGlb(bytes: Uint8Array): Promise<{
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  extras: Record<string, unknown>;
  parts: FacePartRead[];
}> {
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(bytes);
  const nodes = doc.getRoot().listNodes();
  const node = nodes.find((n) => n.getName() === 'body');
  const prim = node?.getMesh()?.listPrimitives()[0];
  const nor = prim?.getAttribute('NORMAL');
  const idx = prim?.getIndices();
  if (!node || !nor || !idx) throw new Error('body GLB: missing node "body" or its attributes');
  const normals = new Float32Array(nor.getCount() * 3);
  const el: number[] = [];
  for (let i = 0; i < nor.getCount(); i++) normals.set(nor.getElement(i, el), i * 3);
  const parts = nodes
    .filter((n) => n !== node && n.getMesh())
    .map((n): FacePartRead => {
      const material = n.getMesh()?.listPrimitives()[0]?.getMaterial();
      return {
        name: n.getName(),
        positions: worldPositions(n),
        alphaMode: material?.getAlphaMode() ?? 'OPAQUE',
        texture: material?.getBaseColorTexture()?.getImage() ?? null,
      };
    });
  return { positions: worldPositions(node), normals, indices: Uint32Array.from(idx.getArray() ?? []), extras: node.getExtras(), parts };
}
