import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { safeParse, type Schema } from '../../src/check/core.js';
import { planChecks } from '../../src/plans/checks.js';
import { listPlans } from '../../src/plans/registry.js';
import {
  baselineSchema,
  indicatorSchema,
  legalSourceSchema,
  planSchema,
  targetSchema,
} from '../../src/plans/schema.js';

/*
 * Issue 11: the library checks plans with its own checker (src/check, src/plans/checks.ts) instead
 * of zod, which stays for apps in `xhht/schema` (src/plans/schema.ts). Both must give the same
 * output and the same issues (code, path, every field, English message, input when asked): zod is
 * the oracle here, run on the built-in plans and on random damage done to them.
 */

const PAIRS: readonly [string, z.ZodType, () => Schema][] = [
  ['plan', planSchema, () => planChecks().plan],
  ['target', targetSchema, () => planChecks().target],
  ['baseline', baselineSchema, () => planChecks().baseline],
  ['legal source', legalSourceSchema, () => planChecks().legalSource],
  ['indicator', indicatorSchema, () => planChecks().indicator],
];

function same(zodSchema: z.ZodType, mine: Schema, input: unknown): void {
  for (const reportInput of [false, true]) {
    const want = zodSchema.safeParse(input, { reportInput });
    const got = safeParse(mine, input, { reportInput });
    expect(got.success).toBe(want.success);
    if (want.success && got.success) {
      expect(got.data).toStrictEqual(want.data);
      // the same keys in the same order (plans are printed as JSON)
      expect(JSON.stringify(got.data)).toBe(JSON.stringify(want.data));
    } else if (!want.success && !got.success) {
      expect(got.issues).toStrictEqual(want.error.issues);
    }
  }
}

/** Plain copies of the built-in plans: valid input, with structured sources and own indicators. */
const PLANS = listPlans().map((p) => JSON.parse(JSON.stringify(p)) as Record<string, unknown>);
const FREE_TEXT = {
  document: 'Kế hoạch số 12/KH-UBND',
  date: '2022-01-25',
  section: 'Mục II',
  verified: true,
  confidence: 'local',
  note: 'ghi chú',
};
const BASELINES = [
  { indicator: 'universities-digital', year: 2020, percent: 35, source: FREE_TEXT },
  {
    indicator: 'universities-digital',
    asOf: '2020-06-30',
    numerator: 12,
    denominator: 40,
    source: FREE_TEXT,
    note: { vi: 'Ghi chú' },
  },
  { indicator: 'units-learning-unit-province', year: 2021, count: 3, source: FREE_TEXT },
];
const BASES: readonly unknown[] = [
  ...PLANS,
  { ...PLANS[0], extends: 'qd-1373', inherit: 'level', baselines: BASELINES, title: { vi: 'Kế hoạch' } },
];

/** Values that break a field in each way a person or a program does. */
const ODD: readonly unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'x',
  'qd-1373',
  'Bắc Giang',
  '2025-12-31',
  '31/12/2025',
  '9,5',
  '99.5',
  ' 70 ',
  '101',
  '100.0001',
  '1e2',
  0,
  -1,
  1.5,
  70,
  100,
  101,
  2025,
  1899,
  2101,
  1e20,
  -1e20,
  NaN,
  Infinity,
  -Infinity,
  true,
  false,
  [],
  [1],
  ['a'],
  {},
  { vi: '' },
  { vi: 'a' },
  { vi: 'a', en: 'b', untranslated: true },
  { vi: 'a', extra: 1 },
  { document: 'x', verified: true },
  { document: '', verified: true },
  { type: 'plan', number: null, issuer: null, verified: false },
  { length: 0 },
  'percent',
  'count',
  'yes-no',
  'at-most',
  'local',
  'A',
];

type Json = Record<string, unknown> | unknown[];
const isNode = (v: unknown): v is Json => typeof v === 'object' && v !== null;

/** Every path to an object or array in `value`. */
function nodes(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (!isNode(value)) return out;
  out.push(path);
  for (const [k, v] of Object.entries(value))
    nodes(v, [...path, Array.isArray(value) && /^\d+$/.test(k) ? Number(k) : k], out);
  return out;
}

function at(root: unknown, path: readonly (string | number)[]): Json {
  let v = root;
  for (const k of path) v = (v as Record<string | number, unknown>)[k];
  return v as Json;
}

/** A change: at the pick-th node, replace, delete or add a key. */
const mutation = fc.record({
  node: fc.nat(),
  key: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'add'),
  value: fc.constantFrom(...ODD),
  name: fc.constantFrom(
    'extra',
    'kind',
    'value',
    'source',
    'note',
    'year',
    'en',
    '__proto__',
    'numerator',
    'percent',
    'count',
    'asOf',
  ),
});

function damaged(
  base: unknown,
  changes: readonly { node: number; key: number; op: string; value: unknown; name: string }[],
): unknown {
  const root = structuredClone(base);
  for (const c of changes) {
    const all = nodes(root);
    const node = at(root, all[c.node % all.length]!);
    const keys = Object.keys(node);
    if (c.op === 'add' || keys.length === 0) {
      // an own key even for "__proto__" (as JSON.parse makes it)
      Object.defineProperty(node, c.name, {
        value: structuredClone(c.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      continue;
    }
    const key = keys[c.key % keys.length]!;
    if (c.op === 'delete') delete (node as Record<string, unknown>)[key];
    else (node as Record<string, unknown>)[key] = structuredClone(c.value);
  }
  return root;
}

describe('the library’s plan checks agree with the zod schemas', () => {
  it.each(PAIRS)('%s: on the built-in plans and their parts as written', (_, zodSchema, mine) => {
    for (const plan of BASES) {
      const p = plan as { targets: unknown[]; source: unknown; indicators?: unknown[]; baselines?: unknown[] };
      for (const input of [
        plan,
        ...p.targets,
        p.source,
        FREE_TEXT,
        ...(p.indicators ?? []),
        ...(p.baselines ?? []),
        ...BASELINES,
      ])
        same(zodSchema, mine(), input);
    }
  });

  it.each(PAIRS)('%s: on odd values in place of the whole', (_, zodSchema, mine) => {
    for (const v of ODD) same(zodSchema, mine(), v);
  });

  it('each field of a target of each kind, a source of each form, a baseline of each form and an own indicator, replaced by each odd value or left out', () => {
    const plans = BASES as {
      targets: Record<string, unknown>[];
      source: unknown;
      indicators?: unknown[];
      baselines?: unknown[];
    }[];
    const targets = ['percent', 'count', 'yes-no'].map(
      (k) => plans.flatMap((p) => p.targets).find((t) => t.kind === k)!,
    );
    targets.push(plans.flatMap((p) => p.targets).find((t) => Array.isArray(t.components))!);
    const cases: [string, unknown][] = [
      ...targets.map((t) => ['target', t] as [string, unknown]),
      ['legal source', plans[0]!.source],
      ['legal source', FREE_TEXT],
      ...BASELINES.map((b) => ['baseline', b] as [string, unknown]),
      ['indicator', plans.flatMap((p) => p.indicators ?? [])[0]],
      // a plan's own fields (its parts are above); one target left, so that it stays small
      [
        'plan',
        {
          ...plans.find((p) => (p.indicators ?? []).length > 0)!,
          targets: targets.slice(0, 1),
          baselines: BASELINES.slice(0, 1),
        },
      ],
    ];
    let runs = 0;
    for (const [kind, base] of cases) {
      const [, zodSchema, mine] = PAIRS.find(([k]) => k === kind)!;
      for (const path of kind === 'plan' ? [[]] : nodes(base)) {
        for (const key of Object.keys(at(base, path))) {
          for (const value of [...ODD, 'delete']) {
            const copy = structuredClone(base);
            const node = at(copy, path) as Record<string, unknown>;
            if (value === 'delete') delete node[key];
            else node[key] = structuredClone(value);
            same(zodSchema, mine(), copy);
            runs++;
          }
        }
      }
    }
    expect(runs).toBeGreaterThan(5000);
  });

  it('plans damaged at random (1–4 changes anywhere in the tree)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(mutation, { minLength: 1, maxLength: 4 }), (base, changes) => {
        same(planSchema, planChecks().plan, damaged(base, changes));
      }),
      { numRuns: 300 },
    );
  });

  it('targets, baselines and sources damaged at random', () => {
    const parts = BASES.flatMap((b) => {
      const p = b as { targets: unknown[]; source: unknown; baselines?: unknown[] };
      return [
        ...p.targets.map((t) => ['target', t] as const),
        ['legal source', p.source] as const,
        ...(p.baselines ?? []).map((x) => ['baseline', x] as const),
      ];
    });
    parts.push(...BASELINES.map((x) => ['baseline', x] as const), ['legal source', FREE_TEXT] as const);
    fc.assert(
      fc.property(
        fc.constantFrom(...parts),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        ([kind, base], changes) => {
          const [, zodSchema, mine] = PAIRS.find(([k]) => k === kind)!;
          same(zodSchema, mine(), damaged(base, changes));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
