// Writes a body as a compact GLB: positions and normals quantised, meshopt-compressed buffers.
// Vertex order is kept as in hm08 so that vertex ids in data/body stay valid in the asset.
import { Document, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import type { BuiltBody } from './body.ts';
import { nth } from '../domain/checked.ts';

export async function bodyToGlb(body: BuiltBody, extras: Record<string, unknown>): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const doc = new Document();
  const buffer = doc.createBuffer();
  const position = doc.createAccessor('position').setType('VEC3').setArray(new Float32Array(body.positions)).setBuffer(buffer);
  const normal = doc.createAccessor('normal').setType('VEC3').setArray(new Float32Array(body.normals)).setBuffer(buffer);
  const indices = doc.createAccessor('indices').setType('SCALAR').setArray(new Uint16Array(body.indices)).setBuffer(buffer);
  const primitive = doc.createPrimitive().setAttribute('POSITION', position).setAttribute('NORMAL', normal).setIndices(indices);
  const mesh = doc.createMesh('body').addPrimitive(primitive);
  const node = doc.createNode('body').setMesh(mesh).setExtras(extras);
  doc.createScene('atlas').addChild(node);
  // 16-bit positions keep sub-millimetre precision over a 2 m body; no reordering or welding.
  await doc.transform(quantize({ quantizePosition: 16, quantizeNormal: 10 }));
  doc.createExtension(EXTMeshoptCompression).setRequired(true).setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}

/** Reads a body GLB back (used by tests and by Node tools that need the asset as shipped). */
export async function readBodyGlb(
  bytes: Uint8Array,
): Promise<{ positions: Float32Array; normals: Float32Array; indices: Uint32Array; extras: Record<string, unknown> }> {
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(bytes);
  const node = doc
    .getRoot()
    .listNodes()
    .find((n) => n.getName() === 'body');
  const prim = node?.getMesh()?.listPrimitives()[0];
  const pos = prim?.getAttribute('POSITION');
  const nor = prim?.getAttribute('NORMAL');
  const idx = prim?.getIndices();
  if (!node || !pos || !nor || !idx) throw new Error('body GLB: missing node "body" or its attributes');
  const read = (acc: typeof pos): Float32Array => {
    const out = new Float32Array(acc.getCount() * 3);
    const el: number[] = [];
    for (let i = 0; i < acc.getCount(); i++) out.set(acc.getElement(i, el), i * 3);
    return out;
  };
  // Quantisation moved the body into a node transform; apply it to get body-frame metres back.
  const m = node.getMatrix();
  const positions = read(pos);
  for (let i = 0; i < positions.length; i += 3) {
    const x = nth(positions, i),
      y = nth(positions, i + 1),
      z = nth(positions, i + 2);
    positions[i] = nth(m, 0) * x + nth(m, 4) * y + nth(m, 8) * z + nth(m, 12);
    positions[i + 1] = nth(m, 1) * x + nth(m, 5) * y + nth(m, 9) * z + nth(m, 13);
    positions[i + 2] = nth(m, 2) * x + nth(m, 6) * y + nth(m, 10) * z + nth(m, 14);
  }
  return { positions, normals: read(nor), indices: Uint32Array.from(idx.getArray() ?? []), extras: node.getExtras() };
}
