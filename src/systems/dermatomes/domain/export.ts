// The dermatomes' part of the export (npm run atlas:export; format in the README): each skin area
// as the vertices of the shared topology it covers on this body, with its key sensory points.
import type { ExportSection } from '../../types.ts';
import { placeKeyPoints } from './keyPoints.ts';

export const exportSection: ExportSection = ({ records, resolver, vertexArea }) => {
  const keyPoints = placeKeyPoints(resolver, [...records.dermatomes.values()]);
  const round = (v: readonly number[]) => v.map((x) => +x.toFixed(5));
  return {
    zones: [...records.dermatomes.values()].map((d) => ({
      id: d.id,
      system: 'dermatome',
      name: d.name,
      source: d.source,
      uncertainty: d.uncertainty,
      vertices: vertexArea.flatMap((a, i) => (a === d.id ? [i] : [])),
      keyPoints: keyPoints.filter((k) => k.area === d.id).map((k) => ({ side: k.side, position: round(k.location.position) })),
    })),
  };
};
