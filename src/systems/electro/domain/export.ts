// Electro-acupuncture's part of the export: each pair's two needles (code, member) and what it is for.
import type { ExportSection } from '../../types.ts';

export const exportSection: ExportSection = ({ records }) => ({
  electroPairs: (records.electro?.pairs ?? []).map((p) => ({
    id: p.id,
    system: 'electro',
    a: p.a,
    b: p.b,
    across: p.across ?? false,
    purpose: p.purpose,
    source: p.source,
    verification: p.verification.status,
  })),
});
