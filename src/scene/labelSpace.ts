// The screen boxes the label layers of one 3D view have taken, shared so that the labels of one
// layer (the landmarks) never cover another's (the points): a layer yields to the layers that
// joined before it, and when a layer's boxes change the layers after it lay theirs out again.
// Plain arrays and flags, nothing allocated per frame.
import { nth } from '../domain/checked.ts';

/** One layer's share: its kept boxes as [left, centre y, width, height] x count, in CSS px. */
export interface LabelClaim {
  boxes: Float32Array;
  count: number;
  /** set when a layer before this one changed its boxes: this one must lay out again */
  stale: boolean;
  /** lower goes first (the points before the landmarks), whichever layer loaded first */
  rank: number;
}

export function newClaim(rank = 0): LabelClaim {
  return { boxes: new Float32Array(0), count: 0, stale: true, rank };
}

const spaces = new WeakMap<object, LabelClaim[]>();

/** Joins the space of `view` (e.g. the scene); returns the leave function. */
export function joinLabelSpace(view: object, claim: LabelClaim): () => void {
  const claims = spaces.get(view) ?? [];
  spaces.set(view, claims);
  // after the claims of its rank or lower; the ones after it lay out again around it
  const at = claims.findIndex((c) => c.rank > claim.rank);
  claims.splice(at < 0 ? claims.length : at, 0, claim);
  claimChanged(view, claim);
  return () => {
    claimChanged(view, claim);
    claims.splice(claims.indexOf(claim), 1);
  };
}

/** Marks the layers after `claim` to lay out again (its boxes changed); whether there are any. */
export function claimChanged(view: object, claim: LabelClaim): boolean {
  const claims = spaces.get(view) ?? [];
  const at = claims.indexOf(claim);
  for (let i = at + 1; at >= 0 && i < claims.length; i++) {
    const later = claims[i];
    if (later) later.stale = true;
  }
  return at >= 0 && at < claims.length - 1;
}

function overlapsIn(boxes: Float32Array, count: number, left: number, y: number, w: number, h: number): boolean {
  for (let k = 0; k < count; k++) {
    const bx = nth(boxes, k * 4),
      by = nth(boxes, k * 4 + 1),
      bw = nth(boxes, k * 4 + 2),
      bh = nth(boxes, k * 4 + 3);
    if (left < bx + bw && left + w > bx && y - h / 2 < by + bh / 2 && y + h / 2 > by - bh / 2) return true;
  }
  return false;
}

/** Whether a box overlaps one this layer kept already (its first `kept`) or one of an earlier layer. */
export function boxTaken(view: object, claim: LabelClaim, kept: number, left: number, y: number, w: number, h: number): boolean {
  if (overlapsIn(claim.boxes, kept, left, y, w, h)) return true;
  for (const other of spaces.get(view) ?? []) {
    if (other === claim) return false;
    if (overlapsIn(other.boxes, other.count, left, y, w, h)) return true;
  }
  return false;
}
