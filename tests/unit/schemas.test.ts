// The data schemas are strict: an object schema that reads a data file rejects a field it does not
// know (a misspelling, a field of another kind of record), and unions are discriminated by a `kind`
// or made of strict forms, so nothing in a data file is silently dropped. The ear placement rules
// were the case in point: `near` and `inset` were stripped by the first branch of a plain union.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { landmarkDefinitionSchema, landmarkFileSchema, landmarkSchema } from '../../src/domain/body/landmarks.ts';
import {
  earAtlasSchema,
  earChartSchema,
  earPlacementSchema,
  gbEarFileSchema,
  gbEarPointSchema,
  nogierEarPointSchema,
  nogierFileSchema,
  protocolSchema,
  protocolsFileSchema,
} from '../../src/domain/schema/ear.ts';
import { pointFileSchema, pointSchema } from '../../src/domain/schema/points.ts';
import { ruleSchema } from '../../src/domain/schema/rules.ts';
import { jiaoAreaSchema, jiaoFileSchema, whoScalpFileSchema, whoScalpLineSchema } from '../../src/domain/schema/scalp.ts';
import { conditionSchema, conditionsFileSchema, regionSchema, regionsFileSchema } from '../../src/domain/schema/vocabulary.ts';
import { loadAtlasData } from '../../src/pipeline/atlasData.ts';
import { data } from '../support/atlas.ts';
import { readRepoJson, repoPath } from '../support/paths.ts';

type Key = string | number;
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every plain object in a value with its path, except inside the subtrees `skip` names (maps keyed by name, record lists checked one by one). */
function objectNodes(value: unknown, skip: (path: Key[]) => boolean, path: Key[] = []): { path: Key[]; node: Json }[] {
  if (skip(path)) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => objectNodes(v, skip, [...path, i]));
  if (!isObject(value)) return [];
  return [{ path, node: value }, ...Object.entries(value).flatMap(([k, v]) => objectNodes(v, skip, [...path, k]))];
}

/** The same kind of object at the same place: the path without indices, its kind, its fields. */
const shapeOf = (path: Key[], node: Json) =>
  `${path.map((k) => (typeof k === 'number' ? '*' : k)).join('.')}|${typeof node.kind === 'string' ? node.kind : ''}|${Object.keys(node).sort().join(',')}`;

const misspell = (key: string) => `${key}${key.at(-1)}`;

/**
 * For one object of each shape in the samples (every kind, every set of optional fields): a copy
 * of its record with one field also under a misspelt name must fail, with an unrecognized-key issue
 * at that object naming the misspelling. Returns the number of shapes checked.
 */
function expectStrict(schema: z.core.$ZodType, samples: readonly unknown[], skip: (path: Key[]) => boolean = () => false): number {
  const seen = new Set<string>();
  for (const sample of samples) {
    expect(z.safeParse(schema, sample).success, 'the unaltered sample parses').toBe(true);
    for (const { path, node } of objectNodes(sample, skip)) {
      const shape = shapeOf(path, node);
      if (seen.has(shape)) continue;
      seen.add(shape);
      const keys = Object.keys(node);
      const key = keys[keys.length - 1]!;
      const bad = structuredClone(sample) as Json;
      const target = path.reduce<Json>((o, k) => (o as Record<Key, Json>)[k]!, bad);
      target[misspell(key)] = target[key];
      const r = z.safeParse(schema, bad);
      expect(r.success, `${[...path, misspell(key)].join('.')} accepted`).toBe(false);
      expect(r.error?.issues, shape).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', keys: [misspell(key)], path }));
    }
  }
  return seen.size;
}

/** Paths present in the raw data but missing from what the schema returned: fields silently dropped. */
function dropped(raw: unknown, parsed: unknown, path: Key[] = []): string[] {
  if (Array.isArray(raw)) return raw.flatMap((v, i) => dropped(v, Array.isArray(parsed) ? parsed[i] : undefined, [...path, i]));
  if (!isObject(raw)) return [];
  if (!isObject(parsed)) return [path.join('.')];
  return Object.entries(raw).flatMap(([k, v]) => (k in parsed ? dropped(v, parsed[k], [...path, k]) : [[...path, k].join('.')]));
}

const json = (file: string) => readRepoJson(file) as Json;
const list = (file: string, key: string) => json(file)[key] as unknown[];
const pointFiles = readdirSync(repoPath('data/points'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => `data/points/${f}`);
/** the file's own fields with its file schema; its records one by one with the record schema */
const onlyRoot = (listKey: string) => (path: Key[]) => path[0] === listKey;

describe('every data file schema is strict: a misspelt field is an error, never dropped', () => {
  const cases: [file: string, fileSchema: z.core.$ZodType, listKey: string, recordSchema: z.core.$ZodType][] = [
    ['data/ear/gbt13734-2008.json', gbEarFileSchema, 'points', gbEarPointSchema],
    ['data/ear/nogier.json', nogierFileSchema, 'points', nogierEarPointSchema],
    ['data/protocols.json', protocolsFileSchema, 'protocols', protocolSchema],
    ['data/body/landmarks.json', landmarkFileSchema, 'landmarks', landmarkSchema],
    ['data/conditions.json', conditionsFileSchema, 'conditions', conditionSchema],
    ['data/regions.json', regionsFileSchema, 'regions', regionSchema],
    ['data/scalp/who-lines.json', whoScalpFileSchema, 'lines', whoScalpLineSchema],
    ['data/scalp/jiao-areas.json', jiaoFileSchema, 'areas', jiaoAreaSchema],
    ...pointFiles.map((f) => [f, pointFileSchema, 'points', pointSchema] as [string, z.core.$ZodType, string, z.core.$ZodType]),
  ];

  it.each(cases)('%s', (file, fileSchema, listKey, recordSchema) => {
    expect(expectStrict(fileSchema, [json(file)], onlyRoot(listKey))).toBeGreaterThan(0);
    expect(expectStrict(recordSchema, list(file, listKey))).toBeGreaterThan(0);
    const parsed = z.safeParse(fileSchema, json(file));
    expect(parsed.success).toBe(true);
    expect(dropped(json(file), parsed.data), 'fields the schema dropped').toEqual([]);
  });

  it('data/ear/chart.json (its points and curves are maps keyed by name)', () => {
    expect(expectStrict(earChartSchema, [json('data/ear/chart.json')], (path) => path[0] === 'points' || path[0] === 'curves')).toBe(1);
  });

  it('the point schemas check every kind of rule, category and step, and both forms of an intersection line', () => {
    // the shapes seen across all point files: each rule kind, members, alternatives, categories, cautions
    const all = pointFiles.flatMap((f) => list(f, 'points'));
    const shapes = new Set(all.flatMap((p) => objectNodes(p, () => false).map(({ path, node }) => shapeOf(path, node))));
    const kinds = (prefix: string) => new Set([...shapes].filter((s) => s.startsWith(prefix)).map((s) => s.split('|')[1]));
    for (const kind of ruleSchema.def.options.map((o) => o.shape.kind.def.values[0])) expect(kinds('rule|'), kind).toContain(kind);
    expect([...shapes].some((s) => s.startsWith('rule.line|') && s.endsWith('|through'))).toBe(true);
    expect([...shapes].some((s) => s.startsWith('rule.steps.*|'))).toBe(true);
  });

  it('the generated ear atlas (assets/generated/ear.json) is read by a strict schema too', () => {
    expect(expectStrict(earAtlasSchema, [data.ear.atlas])).toBeGreaterThan(5);
  });
});

describe('ear placement: a discriminated union of strict forms', () => {
  const fields = { zone: 'TG2', near: 'intertragicNotch', inset: 0.012 };

  it('rejects the rule the old union silently cut down to its zone (no kind)', () => {
    const r = earPlacementSchema.safeParse(fields);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['kind'] });
  });

  it('rejects fields that do not belong to the kind, naming them', () => {
    const r = earPlacementSchema.safeParse({ kind: 'zone', ...fields });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', keys: ['near', 'inset'] }));
    const typo = earPlacementSchema.safeParse({ kind: 'zone-near', zone: 'TG2', near: 'intertragicNotch', insett: 0.012 });
    expect(typo.error?.issues).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', keys: ['insett'] }));
    expect(earPlacementSchema.safeParse({ kind: 'junction', junction: ['TG1', 'TG2'], at: 0.5 }).success).toBe(false);
    expect(earPlacementSchema.safeParse({ kind: 'curve', curve: 'posteriorGroove', at: 0.5, face: 'posterior', zone: 'P3' }).success).toBe(false);
  });

  it('keeps every field of every placement in the data', () => {
    expect(earPlacementSchema.parse({ kind: 'zone-near', ...fields })).toEqual({ kind: 'zone-near', ...fields });
    for (const [file, key] of [
      ['data/ear/gbt13734-2008.json', 'code'],
      ['data/ear/nogier.json', 'id'],
    ] as const) {
      for (const raw of list(file, 'points') as Json[]) expect(earPlacementSchema.parse(raw.placement), `${file}: ${String(raw[key])}`).toEqual(raw.placement);
    }
  });

  it("a European point may say it shares its Chinese point's place only if it names that point", () => {
    const spleen = (list('data/ear/nogier.json', 'points') as Json[]).find((p) => p.id === 'nogier-spleen')!;
    const r = nogierEarPointSchema.safeParse({ ...spleen, sameConceptAs: null });
    expect(r.error?.issues).toContainEqual(expect.objectContaining({ path: ['samePlace'] }));
  });
});

describe('unions without a discriminator in the data are unions of strict forms', () => {
  it('a landmark definition with a field of another form, or a misspelt one, is an error naming it', () => {
    expect(landmarkDefinitionSchema.safeParse({ vertex: 12, t: 0.5 }).error?.issues).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['t'] }),
    );
    const typo = landmarkDefinitionSchema.safeParse({ vertx: 12 });
    expect(typo.success).toBe(false);
    expect(typo.error?.issues[0]?.message).toMatch(/fits none of the forms \{vertex\} \| \{vertices\}.*vertx/);
  });

  it('an intersection line is either through a reference or a distance from the midline, not both', () => {
    const rule = { kind: 'intersection', level: 'LU1', line: { through: 'LU2', span: 'chest' } };
    expect(ruleSchema.safeParse(rule).error?.issues).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', keys: ['span'], path: ['line'] }));
    expect(ruleSchema.safeParse({ ...rule, line: { lateralOfMidlineCun: 2, span: 'chest' } }).success).toBe(true);
  });

  it('a rule or category with a field of another kind is an error', () => {
    expect(ruleSchema.safeParse({ kind: 'at', ref: 'LU1', to: 'LU2' }).error?.issues).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['to'] }),
    );
    expect(pointSchema.shape.categories.def.innerType.def.element.safeParse({ kind: 'yuan-source', organ: 'lung' }).success).toBe(false);
  });
});

describe('npm run check:data names the file, the record and the field of a misspelt or misplaced field', () => {
  it('in the ear data', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-schema-'));
    try {
      cpSync(repoPath('data'), join(root, 'data'), { recursive: true });
      const edit = (file: string, from: string, to: string) => {
        const text = readFileSync(join(root, file), 'utf8');
        expect(text).toContain(from);
        writeFileSync(join(root, file), text.replace(from, to));
      };
      edit('data/ear/gbt13734-2008.json', '"near": "intertragicNotch", "inset": 0.012', '"near": "intertragicNotch", "insett": 0.012');
      edit('data/ear/nogier.json', '{"kind": "zone-near", "zone": "CO13"', '{"kind": "zone", "zone": "CO13"');
      const problems = loadAtlasData(root).problems;
      expect(problems).toContainEqual({
        file: 'data/ear/gbt13734-2008.json',
        record: 'TG2l',
        field: expect.stringMatching(/^points\.\d+\.placement$/),
        message: 'Unrecognized key: "insett"',
      });
      expect(problems).toContainEqual({
        file: 'data/ear/nogier.json',
        record: 'nogier-liver',
        field: expect.stringMatching(/^points\.\d+\.placement$/),
        message: 'Unrecognized keys: "near", "inset"',
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('generated/points.json: the records the browser loads', () => {
  it('holds every record without its placement rules, and its shape is checked with the field named', async () => {
    const { data } = await import('../support/atlas.ts');
    const { slimPoint } = await import('../../src/domain/schema/points.ts');
    const { pointsFileSchema } = await import('../../src/domain/schema/pointsFile.ts');
    const file = JSON.parse(
      JSON.stringify({ format: 'atlas-points', version: 1, points: [...data.points.values()].map(slimPoint), conditions: data.conditions }),
    ) as { points: Record<string, unknown>[] };
    const parsed = pointsFileSchema.parse(file);
    expect(parsed.points).toHaveLength(data.points.size);
    const text = JSON.stringify(file);
    expect(text).not.toContain('"rule"');
    expect(parsed.points.find((p) => p.code === 'EX-HN1')?.members?.map((m) => m.label)).toHaveLength(4);
    // the card's fields survive
    const li4 = parsed.points.find((p) => p.code === 'LI4')!;
    const full = data.points.get('LI4')!;
    expect({ ...li4 }).toEqual(JSON.parse(JSON.stringify(slimPoint(full))));
    expect(li4.needling).toEqual(full.needling);
    const broken = { ...file, points: [{ ...file.points[0], laterality: 'both' }] };
    const r = pointsFileSchema.safeParse(broken);
    expect(r.error?.issues[0]?.path).toEqual(['points', 0, 'laterality']);
  });
});
