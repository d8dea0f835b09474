// Poses the MakeHuman mesh into the anatomical position by linear blend skinning with the rig's
// weights. Each posed bone gets an absolute rotation (in the rest frame) about its own head joint;
// bones without one inherit their parent's, so the chain stays connected.
import { Quaternion, Vector3 } from 'three';
import type { BaseMesh, Rig } from './makehuman.ts';
import { nth } from '../domain/checked.ts';

export type JointPositions = Map<string, Vector3>;

export function jointPositions(rig: Rig, positions: Float32Array): JointPositions {
  const out: JointPositions = new Map();
  for (const [name, ids] of Object.entries(rig.joints)) {
    const c = new Vector3();
    for (const id of ids) c.add(new Vector3(positions[id * 3], positions[id * 3 + 1], positions[id * 3 + 2]));
    out.set(name, c.divideScalar(ids.length));
  }
  return out;
}

export function head(joints: JointPositions, bone: string): Vector3 {
  const j = joints.get(`${bone}____head`);
  if (!j) throw new Error(`rig: no joint for the head of bone ${bone}`);
  return j.clone();
}

function rotationFromTo(from: Vector3, to: Vector3): Quaternion {
  return new Quaternion().setFromUnitVectors(from.clone().normalize(), to.clone().normalize());
}

function twistToAlign(axis: Vector3, current: Vector3, wanted: Vector3): Quaternion {
  // the rotation about `axis` that turns `current`, projected on the plane normal to the axis,
  // onto `wanted` projected likewise
  const a = axis.clone().normalize();
  const c = current.clone().projectOnPlane(a).normalize();
  const w = wanted.clone().projectOnPlane(a).normalize();
  const angle = Math.atan2(c.clone().cross(w).dot(a), c.dot(w));
  return new Quaternion().setFromAxisAngle(a, angle);
}

export interface PoseSettings {
  /** abduction of the upper arm from the vertical, degrees */
  armAbductionDeg: number;
  /** extra lateral angle of the forearm (carrying angle), degrees */
  carryingAngleDeg: number;
  /** abduction of each leg (hip joint to ankle) from the vertical, degrees */
  legAbductionDeg: number;
}

export const anatomicalPosition: PoseSettings = { armAbductionDeg: 11, carryingAngleDeg: 6, legAbductionDeg: 2 };

/** Absolute rotations for the bones that move; everything else inherits. */
export function anatomicalRotations(rig: Rig, joints: JointPositions, settings: PoseSettings): Map<string, Quaternion> {
  const rotations = new Map<string, Quaternion>();
  const deg = Math.PI / 180;
  for (const side of ['L', 'R'] as const) {
    const lateral = new Vector3(side === 'L' ? 1 : -1, 0, 0);
    const shoulder = head(joints, `upperarm01.${side}`);
    const elbow = head(joints, `lowerarm01.${side}`);
    const wrist = head(joints, `wrist.${side}`);
    const indexKnuckle = head(joints, `finger2-1.${side}`);
    const littleKnuckle = head(joints, `finger5-1.${side}`);
    const middleKnuckle = head(joints, `finger3-1.${side}`);

    const armTarget = new Vector3(lateral.x * Math.sin(settings.armAbductionDeg * deg), -Math.cos(settings.armAbductionDeg * deg), 0);
    const upper = rotationFromTo(elbow.clone().sub(shoulder), armTarget);
    rotations.set(`upperarm01.${side}`, upper);

    const foreAngle = (settings.armAbductionDeg + settings.carryingAngleDeg) * deg;
    const foreTarget = new Vector3(lateral.x * Math.sin(foreAngle), -Math.cos(foreAngle), 0);
    const foreRest = wrist.clone().sub(elbow);
    const foreAligned = rotationFromTo(foreRest.clone().applyQuaternion(upper), foreTarget).multiply(upper);

    // Palms forward: with the fingers pointing down, the index side of the hand must face lateral.
    const knuckleLine = indexKnuckle.clone().sub(littleKnuckle).applyQuaternion(foreAligned);
    const twist = twistToAlign(foreTarget, knuckleLine, lateral);
    const halfTwist = new Quaternion().slerp(twist, 0.5);
    rotations.set(`lowerarm01.${side}`, halfTwist.clone().multiply(foreAligned));
    const lower2 = twist.clone().multiply(foreAligned);
    rotations.set(`lowerarm02.${side}`, lower2);

    // Wrist neutral: the hand continues the line of the forearm.
    const handRest = middleKnuckle.clone().sub(wrist).applyQuaternion(lower2);
    rotations.set(`wrist.${side}`, rotationFromTo(handRest, foreTarget).multiply(lower2));

    // Legs a little closer together; feet kept flat on the floor.
    const hip = head(joints, `upperleg01.${side}`);
    const ankle = head(joints, `foot.${side}`);
    const legRest = ankle.clone().sub(hip);
    const legTarget = new Vector3(lateral.x * Math.sin(settings.legAbductionDeg * deg), -Math.cos(settings.legAbductionDeg * deg), 0);
    legTarget.z = legRest.clone().normalize().z; // keep the sagittal lean of the rest pose
    rotations.set(`upperleg01.${side}`, rotationFromTo(new Vector3(legRest.x, legRest.y, legRest.z), legTarget));
    rotations.set(`foot.${side}`, new Quaternion());
  }
  void rig;
  return rotations;
}

export interface SkinResult {
  positions: Float32Array;
  /** every rig joint (bone heads and tails) carried into the pose */
  joints: JointPositions;
}

/** Poses the first `count` vertices (the body's by default; every vertex to carry the helpers too). */
export function skin(mesh: BaseMesh, rig: Rig, positions: Float32Array, rotations: Map<string, Quaternion>, count = mesh.bodyVertexCount): SkinResult {
  const joints = jointPositions(rig, positions);
  const restHeads = new Map(Object.keys(rig.bones).map((name) => [name, head(joints, name)]));
  // Resolve absolute rotation and posed head for every bone, parents first.
  const absolute = new Map<string, Quaternion>();
  const posedHead = new Map<string, Vector3>();
  const visit = (name: string): void => {
    if (absolute.has(name)) return;
    const bone = rig.bones[name];
    if (!bone) throw new Error(`rig: unknown bone ${name}`);
    const restHead = head(joints, name);
    if (bone.parent === null) {
      absolute.set(name, rotations.get(name) ?? new Quaternion());
      posedHead.set(name, restHead);
      return;
    }
    visit(bone.parent);
    const parentRotation = absolute.get(bone.parent) ?? new Quaternion();
    const parentHead = posedHead.get(bone.parent) ?? new Vector3();
    const parentRestHead = head(joints, bone.parent);
    posedHead.set(name, restHead.clone().sub(parentRestHead).applyQuaternion(parentRotation).add(parentHead));
    absolute.set(name, rotations.get(name) ?? parentRotation);
  };
  for (const name of Object.keys(rig.bones)) visit(name);

  const out = new Float32Array(count * 3);
  const v = new Vector3();
  const acc = new Vector3();
  const tmp = new Vector3();
  for (let i = 0; i < count; i++) {
    v.set(nth(positions, i * 3), nth(positions, i * 3 + 1), nth(positions, i * 3 + 2));
    acc.set(0, 0, 0);
    let total = 0;
    for (let k = 0; k < mesh.influences; k++) {
      const w = nth(mesh.skinWeight, i * mesh.influences + k);
      if (w === 0) continue;
      const boneName = mesh.boneNames[nth(mesh.skinBone, i * mesh.influences + k)] ?? '';
      const q = absolute.get(boneName);
      const h = posedHead.get(boneName);
      if (!q || !h) throw new Error(`skin: vertex ${i} is weighted to unknown bone ${boneName}`);
      tmp
        .copy(v)
        .sub(restHeads.get(boneName) ?? h)
        .applyQuaternion(q)
        .add(h)
        .multiplyScalar(w);
      acc.add(tmp);
      total += w;
    }
    acc.divideScalar(total);
    out[i * 3] = acc.x;
    out[i * 3 + 1] = acc.y;
    out[i * 3 + 2] = acc.z;
  }
  const posedJoints: JointPositions = new Map();
  for (const [name, bone] of Object.entries(rig.bones)) {
    const q = absolute.get(name) ?? new Quaternion();
    const h = posedHead.get(name) ?? new Vector3();
    const restHead = restHeads.get(name) ?? new Vector3();
    posedJoints.set(bone.head, h.clone());
    const tail = joints.get(bone.tail);
    if (tail) posedJoints.set(bone.tail, tail.clone().sub(restHead).applyQuaternion(q).add(h));
  }
  return { positions: out, joints: posedJoints };
}
