// A number for each geometry the scene builds from data: JSX geometries are keyed by it, so a new
// build mounts a new geometry (R3F disposes the old one) instead of swapping attributes of a
// different length into a geometry whose bounds and draw range were computed for the old ones.
let builds = 0;
export const nextBuild = (): number => ++builds;
