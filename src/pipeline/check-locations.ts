// npm run check:locations [-- --failed] [-- --channel LU] [-- --code LU7] — every location
// assertion on both bodies, by channel and region, measured against expected, so a reviewer can
// read them. Exits non-zero when an assertion fails.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyVariantIds } from '../domain/body/frame.ts';
import { combineVerdicts } from '../domain/verify/verifyAtlas.ts';
import { loadAtlasData } from './atlasData.ts';
import { verifyBody } from './verifyBodies.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const onlyFailed = args.includes('--failed');
const channel = flag('--channel');
const code = flag('--code');

const data = loadAtlasData(join(dirname(fileURLToPath(import.meta.url)), '../..'));
const bodies = bodyVariantIds.map((v) => verifyBody(data, v));
const records = [...data.points.values()].filter((r) => (!channel || (r.channel ?? 'EX') === channel) && (!code || r.code === code));

const counts = { checked: 0, failed: 0, unchecked: 0 };
const byGroup = new Map<string, typeof records>();
for (const r of records) {
  const key = `${r.channel ?? 'EX'} · ${r.region}`;
  byGroup.set(key, [...(byGroup.get(key) ?? []), r]);
}
for (const [group, list] of byGroup) {
  const lines: string[] = [];
  for (const record of list) {
    const verdicts = bodies.map((b) => b.verdicts.get(record.code)!);
    const status = combineVerdicts(verdicts);
    counts[status]++;
    if (onlyFailed && status === 'checked') continue;
    lines.push(`  ${record.code.padEnd(8)} ${status}${verdicts[0]!.missing.length ? ` (no assertions for member ${verdicts[0]!.missing.join(', ')})` : ''}`);
    bodies.forEach((b, i) => {
      for (const spec of verdicts[i]!.results) {
        if (spec.error) lines.push(`    ${b.variant}: ${spec.code}${spec.member > 1 ? `#${spec.member}` : ''}: ${spec.error}`);
        for (const r of spec.results) {
          if (onlyFailed && r.pass) continue;
          lines.push(
            `    ${b.variant.padEnd(6)} ${r.pass ? 'ok  ' : 'FAIL'} ${spec.member > 1 || (record.members?.length ?? 0) > 1 ? `#${spec.member} ` : ''}${r.measured}  — expected ${r.expected}`,
          );
        }
      }
    });
  }
  if (lines.length) console.log(`${group}\n${lines.join('\n')}`);
}
console.log(
  `check:locations: ${counts.checked} checked, ${counts.failed} failed, ${counts.unchecked} without full assertions, of ${records.length} records on ${bodyVariantIds.join(' and ')}`,
);
// exitCode, not exit(): a piped stdout is flushed before the process ends
process.exitCode = counts.failed > 0 ? 1 : 0;
