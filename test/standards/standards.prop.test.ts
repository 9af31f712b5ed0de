import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isXhhtError } from '../../src/errors.js';
import { assessCommune } from '../../src/standards/commune.js';
import { mergeUnits } from '../../src/standards/merge.js';
import type {
  CommuneConditions,
  CommuneCounts,
  CommuneInput,
  CommuneRecord,
  StandardId,
} from '../../src/standards/model.js';
import type { LowerUnit, ShareCheck, StandardAssessment } from '../../src/standards/result.js';
import { assessDistrict, assessProvince, rollUp } from '../../src/standards/rollup.js';
import { type Band, literacy } from './fixtures.js';

/*
 * Invariants of the standards, on random but consistent dossiers (disjoint
 * literacy bands, parts within their wholes), so every input is valid.
 */

const band: fc.Arbitrary<Band> = fc
  .integer({ min: 0, max: 3000 })
  .chain((t) =>
    fc.integer({ min: 0, max: t }).chain((l1) => fc.integer({ min: 0, max: l1 }).map((l2): Band => [t, l1, l2])),
  );
// Rates near the minimums matter most: draw parts mostly in the top 30% of the whole.
const part = (total: number) =>
  fc.oneof(fc.integer({ min: Math.floor(total * 0.7), max: total }), fc.integer({ min: 0, max: total }));
const whole = fc.integer({ min: 0, max: 2000 });
const pair = <K extends string>(key: K) =>
  whole.chain((total) => part(total).map((n) => ({ total, [key]: n }) as { total: number } & Record<K, number>));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { freq: 8, nil: undefined });
const answer = fc.oneof(
  { weight: 20, arbitrary: fc.constant(true) },
  { weight: 1, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const countsArb: fc.Arbitrary<CommuneCounts> = fc
  .record({
    bands: fc.tuple(band, band, band),
    age3to5: maybe(
      whole.chain((total) => fc.record({ total: fc.constant(total), attending: part(total), completed: part(total) })),
    ),
    age5: maybe(
      whole.chain((total) => fc.record({ total: fc.constant(total), attending: part(total), completed: part(total) })),
    ),
    age6: maybe(pair('enteringGrade1')),
    age11: maybe(
      whole.chain((total) =>
        part(total).chain((c) =>
          fc.integer({ min: 0, max: total - c }).map((inPrimary) => ({ total, completedPrimary: c, inPrimary })),
        ),
      ),
    ),
    age11to14: maybe(pair('completedPrimary')),
    age14: maybe(pair('completedPrimary')),
    age15to18: maybe(
      whole.chain((total) =>
        fc.record({
          total: fc.constant(total),
          lowerSecondaryDiploma: part(total),
          inUpperSecondaryOrVocational: part(total),
        }),
      ),
    ),
    disabled: maybe(
      fc.integer({ min: 0, max: 50 }).chain((n) => part(n).map((m) => ({ ableToLearn: n, inEducation: m }))),
    ),
  })
  .map(({ bands, ...rest }) => withinYouth({ ...literacy(...bands), ...rest }));

/** Caps the 15–18 counts at the 15–25 total (15–18 ⊂ 15–25, a COUNT_CONSTRAINTS bound), keeping the dossier consistent. */
function withinYouth(counts: CommuneCounts): CommuneCounts {
  const y = counts.age15to18;
  const cap = counts.age15to25?.total;
  if (!y || cap === undefined) return counts;
  const c = (v: number | undefined) => (v === undefined ? v : Math.min(v, cap));
  return {
    ...counts,
    age15to18: {
      total: c(y.total),
      lowerSecondaryDiploma: c(y.lowerSecondaryDiploma),
      inUpperSecondaryOrVocational: c(y.inUpperSecondaryOrVocational),
    },
  };
}

const conditionsArb: fc.Arbitrary<CommuneConditions> = fc.record({
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

const communeArb: fc.Arbitrary<CommuneInput & { bands: readonly [Band, Band, Band] }> = fc
  .record({
    bands: fc.tuple(band, band, band),
    counts: countsArb,
    conditions: conditionsArb,
    especiallyDifficult: fc.boolean(),
  })
  .map(({ bands, counts, ...rest }) => ({ ...rest, bands, counts: withinYouth({ ...counts, ...literacy(...bands) }) }));

const regimeArb = fc.constantFrom('nd20-2014' as const, 'nd142-2025' as const);
const STANDARDS_142: readonly StandardId[] = ['xmc', 'pcgd-mn5', 'pcgd-mn3to5', 'pcgd-th', 'pcgd-thcs'];

/** min/max a standard's levels imply, read back from the detailed levels. */
function fromLevels(s: StandardAssessment): [number, number] {
  let min = 0;
  let max = 0;
  for (const l of s.levels) {
    if (l.met === 'pass') min = l.level;
    if (l.met !== 'fail') max = l.level;
  }
  return [min, max];
}

describe('standards properties', () => {
  it('more literate people never lower a level', () => {
    fc.assert(
      fc.property(communeArb, regimeArb, fc.nat(2), fc.nat(3000), fc.nat(3000), (c, regime, which, more1, more2) => {
        const bands = c.bands.map((b) => [...b]) as [number, number, number][];
        const b = bands[which]!;
        b[1] = Math.min(b[0], b[1] + more1); // more people at level 1 …
        b[2] = Math.min(b[1], b[2] + more2); // … and at level 2
        const better = { ...c, counts: { ...c.counts, ...literacy(...(bands as unknown as [Band, Band, Band])) } };
        const before = assessCommune(c, { regime });
        const after = assessCommune(better, { regime });
        for (const [id, s] of Object.entries(before.standards)) {
          const t = after.standards[id as StandardId]!;
          expect(t.minLevel).toBeGreaterThanOrEqual(s.minLevel);
          expect(t.maxLevel).toBeGreaterThanOrEqual(s.maxLevel);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the detailed levels always agree with the level stated, and every rate is displayed honestly', () => {
    fc.assert(
      fc.property(communeArb, regimeArb, (c, regime) => {
        const r = assessCommune(c, { regime });
        for (const s of Object.values(r.standards)) {
          expect(fromLevels(s)).toEqual([s.minLevel, s.maxLevel]);
          expect(s.level).toBe(s.minLevel === s.maxLevel ? s.minLevel : 'unknown');
          if (s.minLevel < s.maxLevel) expect(s.levels.some((l) => l.met === 'unknown')).toBe(true);
          for (const l of s.levels) {
            for (const check of l.checks) {
              if (check.kind !== 'share' || check.rate === null) continue;
              const { share, required, rate, status } = check as ShareCheck;
              // rate vs minimum, in integers (both have at most two decimals here)
              const shown = BigInt(rate!.replace('.', ''));
              const min = BigInt(required) * 100n;
              if (status === 'pass') expect(shown >= min).toBe(true);
              if (status === 'fail') expect(shown < min).toBe(true);
              // and the status is the exact comparison of the counts
              expect(status === 'pass').toBe(
                BigInt(share!.numerator) * 100n >= BigInt(required) * BigInt(share!.denominator),
              );
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("a province's certain level never exceeds what its interval allows; resolving the unknowns lands inside it", () => {
    const level = fc.integer({ min: 0, max: 3 });
    const interval = fc.tuple(level, level).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    const unitArb = fc.record({
      standards: fc.record(Object.fromEntries(STANDARDS_142.map((s) => [s, interval]))),
      especiallyDifficult: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(unitArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }),
        (raw, picks) => {
          const top: Record<StandardId, number> = {
            xmc: 2,
            'pcgd-mn5': 1,
            'pcgd-mn3to5': 1,
            'pcgd-th': 3,
            'pcgd-thcs': 3,
          };
          const lower = raw.map(
            (u, i): LowerUnit => ({
              id: `u${i}`,
              especiallyDifficult: u.especiallyDifficult,
              standards: Object.fromEntries(
                STANDARDS_142.map((s) => {
                  const [a, b] = (u.standards as Record<string, readonly [number, number]>)[s]!;
                  return [
                    s,
                    {
                      minLevel: Math.min(a, top[s]),
                      maxLevel: Math.min(b, top[s]),
                      provisional: false,
                      provisionalRules: [],
                    },
                  ];
                }),
              ),
            }),
          );
          // one concrete level for each unit inside its interval
          const resolve = (f: (lo: number, hi: number, i: number) => number): LowerUnit[] =>
            lower.map((u, i) => ({
              ...u,
              standards: Object.fromEntries(
                Object.entries(u.standards).map(([s, v]) => {
                  const l = f(v!.minLevel, v!.maxLevel, i);
                  return [s, { ...v!, minLevel: l, maxLevel: l }];
                }),
              ),
            }));
          const random = resolve((lo, hi, i) =>
            Math.min(hi, lo + Math.floor(picks[i % picks.length]! * (hi - lo + 1))),
          );
          for (const assess of [
            (l: readonly LowerUnit[]) => assessProvince(l, { regime: 'nd142-2025' }),
            (l: readonly LowerUnit[]) =>
              assessDistrict(l, { regime: 'nd20-2014', standards: ['xmc', 'pcgd-mn5', 'pcgd-th', 'pcgd-thcs'] }),
          ]) {
            const p = assess(lower);
            const concrete = assess(random);
            const lowest = assess(resolve((lo) => lo));
            const highest = assess(resolve((_, hi) => hi));
            for (const [id, s] of Object.entries(p.standards)) {
              const key = id as StandardId;
              expect(s.minLevel).toBeLessThanOrEqual(s.maxLevel);
              const c = concrete.standards[key]!;
              expect(c.level).not.toBe('unknown');
              expect(c.minLevel).toBeGreaterThanOrEqual(s.minLevel);
              expect(c.maxLevel).toBeLessThanOrEqual(s.maxLevel);
              // the interval is tight: its ends are reached
              expect(lowest.standards[key]!.level).toBe(s.minLevel);
              expect(highest.standards[key]!.level).toBe(s.maxLevel);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('merging preserves every total and is associative and commutative', () => {
    const unitArb = fc.record({ counts: countsArb, conditions: conditionsArb });
    fc.assert(
      fc.property(unitArb, unitArb, unitArb, (a, b, c) => {
        const abc = mergeUnits([a, b, c]);
        expect(mergeUnits([mergeUnits([a, b]), c])).toEqual(abc);
        expect(mergeUnits([a, mergeUnits([b, c])])).toEqual(abc);
        expect(mergeUnits([c, a, b])).toEqual(abc);
        for (const [group, fields] of Object.entries(abc.counts)) {
          for (const [key, value] of Object.entries(fields as Record<string, number>)) {
            const sum = [a, b, c].reduce(
              (s, u) =>
                s + ((u.counts as Record<string, Record<string, number> | undefined>)[group]?.[key] ?? Number.NaN),
              0,
            );
            expect(value).toBe(sum);
          }
        }
        // a field every unit has is never dropped
        for (const g of ['age15to25', 'age15to35', 'age15to60'] as const)
          expect(abc.counts[g]?.total).toBe(a.counts[g]!.total! + b.counts[g]!.total! + c.counts[g]!.total!);
      }),
      { numRuns: 100 },
    );
  });

  it('the assessment does not depend on the order of the communes', () => {
    const places = fc.array(fc.tuple(communeArb, fc.nat(1), fc.nat(1), fc.double({ min: 0, max: 1, noNaN: true })), {
      minLength: 1,
      maxLength: 25,
    });
    fc.assert(
      fc.property(places, regimeArb, (list, regime) => {
        const records: CommuneRecord[] = list.map(([c, p, d], i) => ({
          ...c,
          id: `c${i}`,
          province: `p${p}`,
          district: `d${d}`,
        }));
        const shuffled = list
          .map((x, i) => [x[3], records[i]!] as const)
          .sort((x, y) => x[0] - y[0])
          .map((x) => x[1]);
        const a = rollUp(records, { regime });
        const b = rollUp(shuffled, { regime });
        expect(JSON.stringify(b.provinces)).toBe(JSON.stringify(a.provinces));
        expect(JSON.stringify(b.districts)).toBe(JSON.stringify(a.districts));
        expect(b.national).toEqual(a.national);
        const byId = (r: typeof a) => Object.fromEntries(r.communes.map((c) => [c.id, JSON.stringify(c)]));
        expect(byId(b)).toEqual(byId(a));
      }),
      { numRuns: 40 },
    );
  });

  it('batches never throw for bad communes and account for every one', () => {
    const junk = fc.oneof(
      communeArb.map((c) => ({ ...c, id: 'x', province: 'p', district: 'd' })),
      fc.record({
        id: fc.string(),
        province: fc.constantFrom('p', ''),
        counts: fc.dictionary(
          fc.constantFrom('age5', 'age6', 'age11', 'agex'),
          fc.dictionary(
            fc.constantFrom('total', 'attending', 'enteringGrade1', 'completedPrimary', 'inPrimary'),
            fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double(), fc.string()),
          ),
        ),
      }),
      fc.constantFrom(null, 42, 'text', {}, []),
    );
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 20 }), regimeArb, (list, regime) => {
        const r = rollUp(list as CommuneRecord[], { regime });
        expect(r.communes).toHaveLength(list.length);
        for (const issue of r.issues) expect(typeof issue.path[0]).toBe('number');
        for (const item of list) {
          try {
            assessCommune(item as CommuneInput, { regime });
          } catch (e) {
            expect(isXhhtError(e)).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
