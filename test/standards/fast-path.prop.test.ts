import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isXhhtError } from '../../src/errors.js';
import { assessCommune } from '../../src/standards/commune.js';
import { COUNT_CONSTRAINTS, COUNT_GROUPS } from '../../src/standards/fields.js';
import { communeInputIssues } from '../../src/standards/validate.js';
import type { CommuneCounts, CommuneInput, CommuneRecord, StandardId } from '../../src/standards/model.js';
import { rollUp } from '../../src/standards/rollup.js';
import { resolveRules, type ResolvedRule, type RuleSet } from '../../src/standards/ruleset.js';
import { STANDARDS } from '../../src/standards/standards.js';

/*
 * The commune evaluator's fast path (a flat program over a snapshot, shares
 * compared in doubles below 2^53; intervals, missing fields and provisional
 * rules decided without building a check; districts and provinces decided
 * from histograms, their details built on first read) against a slow
 * reference written here: each rule of the resolved rule set (data) evaluated
 * one by one on the input object, shares compared in BigInt, levels made
 * cumulative, provisional rules and missing fields collected as the result
 * types document them (issue 11).
 *
 * Inputs are random consistent dossiers whose parts often sit exactly at,
 * one below or one above a minimum of the decrees (Decree 20/2014 Art. 6, 9–11,
 * 14–16, 20–21; Circular 07/2016 Art. 2: 60, 70, 80, 85, 90, 95, 98, 100%),
 * with missing groups, missing fields, unanswered conditions, especially
 * difficult communes, and counts near 2^53.
 */

type Tri = 'pass' | 'fail' | 'unknown';
const and = (a: Tri, b: Tri): Tri =>
  a === 'fail' || b === 'fail' ? 'fail' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'pass';
const all = (xs: readonly Tri[]): Tri => xs.reduce(and, 'pass');

/**
 * The minimums of the commune rules as the articles write them (see above),
 * and the overrides of `rulesArb` (57, 89.995, 99.995, 90.125), as
 * [digits, 10^places].
 */
const MINIMUMS: readonly (readonly [bigint, bigint])[] = [
  ...[60n, 70n, 80n, 85n, 90n, 95n, 98n, 100n].map((t) => [t, 1n] as const),
  [57n, 1n],
  [89995n, 1000n],
  [99995n, 1000n],
  [90125n, 1000n],
];
/** Smallest part of `total` that reaches the minimum: ceil(t·total / (100·10^k)). */
const atMinimum = (total: number, [t, scale]: readonly [bigint, bigint]) =>
  Number((t * BigInt(total) + 100n * scale - 1n) / (100n * scale));

/** A part of a whole: anywhere, in the top 30%, or at / one below / one above a minimum. */
const part = (total: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: 0, max: total }),
    fc.integer({ min: Math.floor(total * 0.7), max: total }),
    fc
      .tuple(fc.constantFrom(...MINIMUMS), fc.constantFrom(-1, 0, 1))
      .map(([t, step]) => Math.max(0, Math.min(total, atMinimum(total, t) + step))),
  );
/** A whole: small (0 included), or near 2^53 where 100·n·10^k passes it and the BigInt path decides. */
const whole = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 2000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2 ** 50, max: Number.MAX_SAFE_INTEGER }) },
);
const smallWhole = fc.integer({ min: 0, max: 2000 });
/** Sometimes absent, sometimes null (both read as missing). */
const maybe = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 10, arbitrary: a },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
const answer = fc.oneof(
  { weight: 12, arbitrary: fc.constant(true) },
  { weight: 2, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** Literacy groups from three disjoint bands (so the nested groups stay consistent). */
const bandArb = smallWhole.chain((t) => part(t).chain((l1) => part(l1).map((l2) => [t, l1, l2] as const)));
const literacyArb = fc.tuple(bandArb, bandArb, bandArb).map((bands) => {
  const sum = (n: number, i: 0 | 1 | 2) => bands.slice(0, n).reduce((s, b) => s + b[i], 0);
  const group = (n: number) => ({ total: sum(n, 0), literateLevel1: sum(n, 1), literateLevel2: sum(n, 2) });
  return { age15to25: group(1), age15to35: group(2), age15to60: group(3) };
});
/** A group's fields, each sometimes missing (the whole included). */
const fields = <T extends Record<string, number>>(a: fc.Arbitrary<T>): fc.Arbitrary<Record<string, number>> =>
  a.chain((g) =>
    fc
      .tuple(
        ...Object.keys(g).map(() =>
          fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
        ),
      )
      .map((keep) => Object.fromEntries(Object.entries(g).filter((_, i) => keep[i]))),
  );

const countsArb: fc.Arbitrary<CommuneCounts> = fc
  .record({
    literacy: literacyArb,
    age3to5: maybe(
      fields(
        whole.chain((total) =>
          fc.record({ total: fc.constant(total), attending: part(total), completed: part(total) }),
        ),
      ),
    ),
    age5: maybe(
      fields(
        whole.chain((total) =>
          part(total).chain((attending) =>
            fc.record({ total: fc.constant(total), attending: fc.constant(attending), completed: part(attending) }),
          ),
        ),
      ),
    ),
    age6: maybe(fields(whole.chain((total) => fc.record({ total: fc.constant(total), enteringGrade1: part(total) })))),
    age11: maybe(
      fields(
        whole.chain((total) =>
          part(total).chain((c) =>
            fc.integer({ min: 0, max: total - c }).map((inPrimary) => ({ total, completedPrimary: c, inPrimary })),
          ),
        ),
      ),
    ),
    age11to14: maybe(
      fields(whole.chain((total) => fc.record({ total: fc.constant(total), completedPrimary: part(total) }))),
    ),
    age14: maybe(
      fields(whole.chain((total) => fc.record({ total: fc.constant(total), completedPrimary: part(total) }))),
    ),
    youth: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()),
    disabled: maybe(
      fields(
        fc.integer({ min: 0, max: 40 }).chain((n) => fc.record({ ableToLearn: fc.constant(n), inEducation: part(n) })),
      ),
    ),
  })
  .chain(({ literacy, youth: [share, present], ...rest }) => {
    // 15–18 ⊂ 15–25 (a COUNT_CONSTRAINTS bound): drawn within the 15–25 total
    const cap = Math.floor(literacy.age15to25.total * share);
    const youth = present
      ? part(cap).chain((d) =>
          part(cap).map((u) => ({ total: cap, lowerSecondaryDiploma: d, inUpperSecondaryOrVocational: u })),
        )
      : fc.constant(undefined);
    return youth.map((age15to18) => ({ ...literacy, ...rest, ...(age15to18 ? { age15to18 } : {}) }) as CommuneCounts);
  });

const conditionsArb = fc.record({
  xmc: fc.record({ enoughTeachers: answer, monitorAssigned: answer, facilities: answer }),
  preschool5: fc.record({
    teachersEntitledPolicies: answer,
    enoughTeachers: answer,
    teachersMeetStandard: answer,
    monitorAssigned: answer,
    facilities: answer,
  }),
  preschool3to5: fc.record({ facilities: answer }),
  primary: fc.record({
    enoughTeachers: answer,
    teachersMeetStandard: answer,
    monitorAssigned: answer,
    facilities: answer,
  }),
  lowerSecondary: fc.record({
    enoughTeachers: answer,
    teachersMeetStandard: answer,
    monitorAssigned: answer,
    facilities: answer,
  }),
});

const communeArb: fc.Arbitrary<CommuneInput> = fc.record({
  counts: countsArb,
  conditions: conditionsArb,
  especiallyDifficult: fc.boolean(),
});
/**
 * Both regimes, with the default reading and the other reading of primary
 * level 1 (ages 11–14 or the 14-year-olds), and caller overrides: unverified
 * values (so THCS level 1 rests on a provisional XMC level 1, Art. 14.a), a
 * value where n / d · 100 in doubles lands below the threshold at equality
 * (57: 57 / 100 · 100 = 56.99999999999999), and values with three decimals,
 * off the tenth grid the display keeps.
 */
const rulesArb = fc.constantFrom(
  resolveRules('nd20-2014'),
  resolveRules('nd142-2025'),
  resolveRules('nd20-2014', undefined, { 'pcgd-th-1.completion': '14' }),
  resolveRules('nd142-2025', undefined, { 'pcgd-mn3to5.completion': 'per-age' }),
  resolveRules('nd20-2014', {
    'xmc-1.commune.age15to35-literate1': '57',
    'xmc-1.commune-ed.age15to25-literate1': '89.995',
    'pcgd-th-1.commune.age6-grade1': '99.995',
  }),
  resolveRules('nd142-2025', {
    'xmc-2.commune.age15to60-literate2': '57',
    'pcgd-thcs-2.commune.age15to18-diploma': '90.125',
    'xmc-1.province.communes': '81',
  }),
);

interface Reference {
  readonly min: number;
  readonly max: number;
  /** Status of every commune check of every level, in rule order, as the details show them. */
  readonly checks: readonly (readonly { readonly rule: string; readonly status: Tri }[])[];
  readonly met: readonly Tri[];
  readonly provisionalRules: readonly string[];
  readonly missing: readonly string[];
}

/** The slow reference: every rule of `set` read on the input object, one by one. */
function reference(c: CommuneInput, set: RuleSet): Record<string, Reference> {
  const ed = c.especiallyDifficult === true;
  const rules = (s: StandardId, level: number) =>
    set.rules.filter(
      (r): r is Exclude<ResolvedRule, { kind: 'rollup' }> =>
        r.kind !== 'rollup' &&
        r.standard === s &&
        r.level === level &&
        (r.applies === 'all' || r.applies === (ed ? 'especially-difficult' : 'normal')),
    );
  const count = (f: string): bigint | undefined => {
    const [g, k] = f.split('.') as [string, string];
    const v = (c.counts as Record<string, Record<string, number | null> | null | undefined>)[g]?.[k];
    return v === undefined || v === null ? undefined : BigInt(v);
  };
  const out: Record<string, Reference> = {};
  const intervals: Record<string, readonly [number, number]> = {};
  const status = (
    r: Exclude<ResolvedRule, { kind: 'rollup' }>,
    interval: (s: StandardId) => readonly [number, number] | undefined,
  ): Tri => {
    if (r.kind === 'share') {
      const parts = r.numerator.map(count);
      const d = count(r.denominator);
      if (d === undefined || parts.some((p) => p === undefined)) return 'unknown';
      if (d === 0n) return r.whenEmpty === 'pass' ? 'pass' : 'unknown';
      const n = parts.reduce((a: bigint, b) => a + b!, 0n);
      const [w, f = ''] = r.threshold.text.split('.');
      return n * 100n * 10n ** BigInt(f.length) >= BigInt(w! + f) * d ? 'pass' : 'fail';
    }
    if (r.kind === 'condition') {
      const v = (c.conditions as Record<string, Record<string, boolean | null> | undefined> | undefined)?.[
        STANDARDS[r.standard].inputKey
      ]?.[r.condition];
      return v === true ? 'pass' : v === false ? 'fail' : 'unknown';
    }
    const target = interval(r.requires.standard);
    if (target === undefined) return 'unknown';
    return r.requires.level <= target[0] ? 'pass' : r.requires.level <= target[1] ? 'unknown' : 'fail';
  };
  const missingOf = (r: Exclude<ResolvedRule, { kind: 'rollup' }>): string[] => {
    if (r.kind === 'share') return [...r.numerator, r.denominator].filter((f) => count(f) === undefined);
    if (r.kind === 'condition')
      return status(r, () => undefined) === 'unknown'
        ? [`conditions.${STANDARDS[r.standard].inputKey}.${r.condition}`]
        : [];
    return [...(out[r.requires.standard]?.missing ?? [])];
  };
  // Provisional rules behind levels 1..upTo of s: its own unverified rules, and those behind each level it requires.
  const lastOf: Record<string, number> = {};
  const provisional = (s: StandardId, upTo: number): Set<string> => {
    const found = new Set<string>();
    for (let l = 1; l <= upTo; l++) {
      for (const r of rules(s, l)) {
        if (!r.verified) found.add(r.id);
        if (r.kind === 'requires' && r.requires.standard !== s && lastOf[r.requires.standard] !== undefined) {
          for (const id of provisional(r.requires.standard, Math.min(r.requires.level, lastOf[r.requires.standard]!)))
            found.add(id);
        }
      }
    }
    return found;
  };
  for (const s of set.regime.standards) {
    const top = STANDARDS[s].levels;
    // the interval, as levels are met: a `requires` of this standard reads what is decided so far
    let min = 0;
    let max = 0;
    let below: Tri = 'pass';
    let last = 0;
    const missing: string[] = [];
    for (let l = 1; l <= top; l++) {
      const st = all(rules(s, l).map((r) => status(r, (t) => (t === s ? [min, max] : intervals[t]))));
      const met = and(below, st);
      last = l;
      if (met === 'pass') min = l;
      if (met !== 'fail') max = l;
      if (met === 'unknown' && st === 'unknown') for (const r of rules(s, l)) missing.push(...missingOf(r));
      if (met === 'fail') break;
      below = met;
    }
    intervals[s] = [min, max];
    lastOf[s] = last;
    // the details: every level, every check, against the final intervals
    const checks: { rule: string; status: Tri }[][] = [];
    const mets: Tri[] = [];
    let b: Tri = 'pass';
    for (let l = 1; l <= top; l++) {
      const list = rules(s, l).map((r) => ({ rule: r.id, status: status(r, (t) => intervals[t]) }));
      checks.push(list);
      b = and(b, all(list.map((x) => x.status)));
      mets.push(b);
    }
    out[s] = {
      min,
      max,
      checks,
      met: mets,
      provisionalRules: [...provisional(s, last)].sort(),
      missing: [...new Set(missing)],
    };
  }
  return out;
}

describe('the commune fast path agrees with a rule-by-rule BigInt reference (properties)', () => {
  it('levels, intervals, every check, provisional rules and missing fields', () => {
    fc.assert(
      fc.property(communeArb, rulesArb, (c, rules) => {
        const r = assessCommune(c, { rules });
        const ref = reference(c, rules);
        const missing: string[] = [];
        for (const s of rules.regime.standards) {
          const got = r.standards[s]!;
          const want = ref[s]!;
          expect([got.minLevel, got.maxLevel]).toEqual([want.min, want.max]);
          expect(got.level).toBe(want.min === want.max ? want.min : 'unknown');
          expect(got.provisionalRules).toEqual(want.provisionalRules);
          expect(got.provisional).toBe(want.provisionalRules.length > 0);
          expect(got.missing).toEqual(want.missing);
          missing.push(...want.missing);
          // the details, built on first read from the same snapshot
          expect(got.levels.map((l) => l.met)).toEqual(want.met);
          expect(got.levels.map((l) => l.checks.map((x) => ({ rule: x.rule, status: x.status })))).toEqual(want.checks);
        }
        expect(r.missing).toEqual([...new Set(missing)]);
        expect(r.provisional).toBe(rules.regime.standards.some((s) => ref[s]!.provisionalRules.length > 0));
      }),
      { numRuns: 400 },
    );
  });

  it('a numerator summed past 2^53 − 1 is decided exactly: more children than the 11-year-olds is a coded error, never a rounded pass', () => {
    const big = fc.integer({ min: 2 ** 52, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(big, big, big, (total, completedPrimary, inPrimary) => {
        const input: CommuneInput = {
          counts: {
            age11: {
              total,
              completedPrimary: Math.min(completedPrimary, total),
              inPrimary: Math.min(inPrimary, total),
            },
          },
        };
        const c = Math.min(completedPrimary, total);
        const i = Math.min(inPrimary, total);
        const over = BigInt(c) + BigInt(i) > BigInt(total);
        try {
          const r = assessCommune(input, { regime: 'nd20-2014', standards: ['pcgd-th'] });
          expect(over).toBe(false);
          // completed + in primary = all of them (Art. 10–11: 100%) exactly when the BigInt sum is the total
          const check = r.standards['pcgd-th']!.levels[1]!.checks.find((x) => x.rule.endsWith('age11-in-school'));
          if (check) expect(check.status === 'pass').toBe(BigInt(c) + BigInt(i) === BigInt(total));
        } catch (e) {
          expect(isXhhtError(e) && e.code === 'inconsistent-counts').toBe(true);
          expect(over).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the consistency check of a dossier agrees with the constraints read one by one (properties)', () => {
  it('a dossier is rejected exactly for each part above its whole and each broken constraint, in order', () => {
    // Any counts in every group, consistent or not, small or past 2^53 (sums then pass it too).
    const value = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }) },
      { weight: 1, arbitrary: fc.integer({ min: 2 ** 52, max: Number.MAX_SAFE_INTEGER }) },
    );
    const countsArb = fc.record(
      Object.fromEntries(
        COUNT_GROUPS.map((g) => [
          g.group,
          fc.option(fc.record(Object.fromEntries(g.fields.map((f) => [f.key, value])), { requiredKeys: [] }), {
            nil: undefined,
            freq: 4,
          }),
        ]),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(countsArb, (counts) => {
        const get = (f: string) => {
          const [g, k] = f.split('.') as [string, string];
          const v = (counts as Record<string, Record<string, number> | undefined>)[g]?.[k];
          return v === undefined ? undefined : BigInt(v);
        };
        const want: string[] = [];
        for (const g of COUNT_GROUPS) {
          const whole = get(`${g.group}.${g.fields[0]!.key}`);
          for (const f of g.fields.slice(1)) {
            const v = get(`${g.group}.${f.key}`);
            if (v !== undefined && whole !== undefined && v > whole)
              want.push(`numerator-exceeds-denominator counts.${g.group}.${f.key}`);
          }
        }
        for (const c of COUNT_CONSTRAINTS) {
          const left = c.left.map(get);
          const right = c.right.map(get);
          if ([...left, ...right].some((v) => v === undefined)) continue;
          const sum = (xs: (bigint | undefined)[]) => xs.reduce((a: bigint, b) => a + b!, 0n);
          if (sum(left) > sum(right)) want.push(`inconsistent-counts counts.${c.left[0]!}`);
        }
        const got = communeInputIssues({ counts: counts as CommuneCounts }).map((i) => `${i.code} ${i.path.join('.')}`);
        expect(got).toEqual(want);
      }),
      { numRuns: 1500 },
    );
  });

  it('a constraint whose sums pass 2^53 is decided exactly, not on the rounded sums', () => {
    // Constructed so that both sums round to 2^53 in doubles while the exact ones differ by one:
    // 15–25-year-olds not at level 1 = (2^52 + 1) − 1 = 2^52; 15–35-year-olds not at level 1 =
    // (2^53 − 1) − 2^52 = 2^52 − 1 (one fewer, though the 15–25 group lies inside the 15–35 one).
    const input = {
      counts: {
        age15to25: { total: 2 ** 52 + 1, literateLevel1: 1 },
        age15to35: { total: Number.MAX_SAFE_INTEGER, literateLevel1: 2 ** 52 },
      },
    };
    expect(communeInputIssues(input).map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'inconsistent-counts counts.age15to25.total',
    ]);
  });
});

/*
 * Roll-up: districts and provinces are decided from histograms of their lower
 * units' intervals (and read by the next tier and the national count without
 * building their objects), while their details are built on first read. Both
 * must agree with a reference that counts the reference intervals of the
 * communes directly.
 */

interface Lower {
  readonly id: string;
  /** 0 ordinary, 1 especially difficult, 2 unknown (a rejected dossier with an unreadable flag). */
  readonly group: 0 | 1 | 2;
  readonly intervals: Record<string, readonly [number, number, readonly string[]]>;
}

function referenceUnit(lower: readonly Lower[], tier: 'district' | 'province', set: RuleSet): Lower['intervals'] {
  const out: Lower['intervals'] = {};
  for (const s of set.regime.standards) {
    const top = STANDARDS[s].levels;
    let min = 0;
    let max = 0;
    let below: Tri = 'pass';
    const provisional = new Set(lower.flatMap((u) => u.intervals[s]![2]));
    for (let l = 1; l <= top; l++) {
      const checks = set.rules.filter(
        (r) => r.kind === 'rollup' && r.standard === s && r.level === l && r.tier === tier,
      );
      const statuses = checks.map((r): Tri => {
        if (r.kind !== 'rollup') throw new Error('unreachable');
        let total = 0n;
        let certain = 0n;
        let possible = 0n;
        for (const u of lower) {
          const [lo, hi] = u.intervals[s]!;
          if (u.group === 2 && r.group !== 'all') {
            total++;
            possible++;
            continue;
          }
          if (r.group !== 'all' && u.group !== (r.group === 'normal' ? 0 : 1)) continue;
          total++;
          if (lo >= l) certain++;
          if (hi >= l) possible++;
        }
        if (lower.length === 0) return 'unknown';
        if (total === 0n) return r.whenEmpty === 'pass' ? 'pass' : 'unknown';
        const [w, f = ''] = r.threshold.text.split('.');
        const t = BigInt(w! + f);
        const k = 100n * 10n ** BigInt(f.length);
        return certain * k >= t * total ? 'pass' : possible * k >= t * total ? 'unknown' : 'fail';
      });
      const met = and(below, checks.length === 0 ? 'unknown' : all(statuses));
      if (met === 'pass') min = l;
      if (met !== 'fail') max = l;
      for (const r of checks) if (!r.verified) provisional.add(r.id);
      if (met === 'fail') break;
      below = met;
    }
    out[s] = [min, max, [...provisional].sort()];
  }
  return out;
}

describe('the roll-up fast path agrees with a reference that counts lower units directly (properties)', () => {
  it('districts, provinces and the national count, with rejected communes of unknown group', () => {
    const place = fc.record({
      commune: communeArb,
      province: fc.nat(2),
      district: fc.nat(2),
      bad: fc.constantFrom('none', 'none', 'none', 'none', 'count', 'count-and-flag'),
    });
    fc.assert(
      fc.property(fc.array(place, { minLength: 1, maxLength: 30 }), rulesArb, (list, rules) => {
        const threeTier = rules.regime.tiers.includes('district');
        const records: CommuneRecord[] = list.map(({ commune, province, district, bad }, i) => ({
          ...commune,
          ...(bad === 'count-and-flag' ? { especiallyDifficult: 'yes' as unknown as boolean } : {}),
          ...(bad !== 'none' ? { counts: { ...commune.counts, age6: { total: -1 } } } : {}),
          id: `c${i}`,
          province: `p${province}`,
          ...(threeTier ? { district: `p${province}-d${district}` } : {}),
        }));
        const r = rollUp(records, { rules });
        // communes: the reference for valid dossiers, undetermined for rejected ones
        const lower = new Map<string, Lower>();
        records.forEach((c, i) => {
          const rejected = list[i]!.bad !== 'none';
          const ref = rejected ? null : reference(c, rules);
          const intervals: Lower['intervals'] = {};
          for (const s of rules.regime.standards)
            intervals[s] = ref ? [ref[s]!.min, ref[s]!.max, ref[s]!.provisionalRules] : [0, STANDARDS[s].levels, []];
          lower.set(c.id, {
            id: c.id,
            group: list[i]!.bad === 'count-and-flag' ? 2 : c.especiallyDifficult === true ? 1 : 0,
            intervals,
          });
          expect(Boolean(r.communes[i]!.invalid)).toBe(rejected);
        });
        const byParent = (key: (c: CommuneRecord) => string) => {
          const m = new Map<string, Lower[]>();
          for (const c of records) m.set(key(c), [...(m.get(key(c)) ?? []), lower.get(c.id)!]);
          return m;
        };
        const check = (unit: (typeof r.provinces)[number], want: Lower['intervals']) => {
          for (const s of rules.regime.standards) {
            const got = unit.standards[s]!; // details, built on first read
            expect([got.minLevel, got.maxLevel, [...got.provisionalRules]]).toEqual(want[s]);
          }
        };
        let provinceLower: Map<string, Lower[]>;
        if (threeTier) {
          const districts = byParent((c) => c.district!);
          expect(r.districts.map((d) => d.id)).toEqual([...districts.keys()].sort());
          const made = new Map<string, Lower>();
          for (const d of r.districts) {
            const want = referenceUnit(districts.get(d.id!)!, 'district', rules);
            check(d, want);
            made.set(d.id!, { id: d.id!, group: 0, intervals: want });
          }
          provinceLower = new Map();
          for (const d of r.districts)
            provinceLower.set(d.province!, [...(provinceLower.get(d.province!) ?? []), made.get(d.id!)!]);
        } else provinceLower = byParent((c) => c.province);
        const provinces = r.provinces.map((p) => {
          const want = referenceUnit(provinceLower.get(p.id!)!, 'province', rules);
          check(p, want);
          return want;
        });
        // the national count reads the provinces' intervals without building them
        for (const s of rules.regime.standards) {
          r.national.standards[s]!.forEach((n, i) => {
            const l = i + 1;
            expect(n.certain.numerator).toBe(provinces.filter((p) => p[s]![0] >= l).length);
            expect(n.possible.numerator).toBe(provinces.filter((p) => p[s]![1] >= l).length);
            expect(n.provisional).toBe(provinces.some((p) => p[s]![2].length > 0));
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a result never changes when the caller edits the input afterwards', () => {
    fc.assert(
      fc.property(fc.array(communeArb, { minLength: 1, maxLength: 8 }), rulesArb, (list, rules) => {
        const records: CommuneRecord[] = list.map((c, i) => ({
          ...structuredClone(c),
          id: `c${i}`,
          province: 'p',
          district: 'd',
        }));
        const r = rollUp(records, { rules });
        const fresh = JSON.stringify(rollUp(structuredClone(records), { rules }));
        // the caller reuses its objects for the next dossier before reading the details
        for (const c of records) {
          for (const g of Object.values(c.counts))
            if (g && typeof g === 'object') for (const k of Object.keys(g)) (g as Record<string, number>)[k] = 0;
          (c as { especiallyDifficult?: boolean }).especiallyDifficult = !c.especiallyDifficult;
        }
        expect(JSON.stringify(r)).toBe(fresh);
      }),
      { numRuns: 60 },
    );
  });
});
