import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToTarget, type ObservedValue } from '../../src/attainment/compare.js';
import { computeAttainment } from '../../src/attainment/compute.js';
import type { Observation } from '../../src/attainment/observation.js';
import type { CountTarget, PercentTarget, Target } from '../../src/plans/target.js';

// targets-1373.md §3: 55 of 63 provinces at XMC level 2 in 2024, against 1373/QĐ-TTg's 70% for 2025
const L = 'provinces-literacy-level-2';
const XMC: PercentTarget = {
  kind: 'percent',
  indicator: L,
  year: 2025,
  comparator: 'at-least',
  value: '70',
  source: {
    type: 'decision',
    number: '1373/QĐ-TTg',
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    verified: true,
  },
};
// seed 003, lines 72–74 (Huế 2026): at least 15 learning units, of which at least 05 at level 2
const UNITS: CountTarget = {
  kind: 'count',
  indicator: 'units-learning-unit-province',
  year: 2026,
  comparator: 'at-least',
  value: 15,
  components: [{ id: 'level-2', label: { vi: 'Mức độ 2', en: 'Level 2' }, comparator: 'at-least', value: 5 }],
  source: {
    type: 'other',
    number: null,
    issuer: null,
    title: { vi: 'Kế hoạch năm 2026 của thành phố Huế', en: 'Kế hoạch năm 2026 của thành phố Huế' },
    verified: true,
  },
};

describe('computeAttainment: one bad observation does not abort the batch (review item 2)', () => {
  const good = { indicator: L, numerator: 55, denominator: 63, unit: 'A' };
  const xmc = (r: ReturnType<typeof computeAttainment>) => r.results.find((x) => x.indicator === L)!;

  it('null beside an observation of unit A: the null is an issue, A is computed', () => {
    const r = computeAttainment({ plan: 'qd-1373', year: 2025, observations: [null as never, good] });
    expect(r.unit).toBe('A');
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'invalid-observation', severity: 'error', path: ['observations', 0] }),
    ]);
    expect(xmc(r)).toMatchObject({
      status: 'met',
      actualPercent: '87.30',
      observation: expect.objectContaining({ index: 1, unit: 'A' }),
    });
  });

  it.each([
    ['a number', 7],
    ['an empty string', ''],
    ['null', null],
    ['an object', { name: 'A' }],
  ])('a unit that is %s is an invalid-observation issue at its path; the rest is computed', (_name, unit) => {
    const r = computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [{ indicator: 'universities-digital', numerator: 1, denominator: 2, unit } as never, good],
    });
    expect(r.unit).toBe('A');
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'invalid-observation', severity: 'error', path: ['observations', 0, 'unit'] }),
    ]);
    expect(r.issues[0]!.messageVi.length).toBeGreaterThan(0);
    expect(xmc(r).status).toBe('met');
    expect(r.results.find((x) => x.indicator === 'universities-digital')!.status).toBe('no-data');
  });

  it('observations that name no unit join the one unit the others name', () => {
    const r = computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [{ indicator: 'universities-digital', numerator: 7, denominator: 10 }, good],
    });
    expect(r.unit).toBe('A');
    expect(r.issues).toEqual([]);
    expect(r.summary).toMatchObject({ met: 2 }); // 70% of 70% and 87.30% of 70%
  });

  it('two named units still throw mixed-units', () => {
    expect(() =>
      computeAttainment({ plan: 'qd-1373', year: 2025, observations: [good, { ...good, unit: 'B' }] }),
    ).toThrowError(expect.objectContaining({ code: 'mixed-units' }));
  });

  it('property: with one named unit, every observation ends in a result or an issue', () => {
    const obs = fc.oneof(
      fc.record({
        indicator: fc.constantFrom(L, 'universities-digital', 'working-age-life-skills'),
        numerator: fc.nat(10),
        denominator: fc.constant(10),
        unit: fc.constantFrom('A', undefined, 7, '', null),
      }),
      fc.constantFrom(null, 42, 'text', [], {}),
    );
    fc.assert(
      fc.property(fc.array(obs, { maxLength: 20 }), (observations) => {
        const r = computeAttainment({ plan: 'qd-1373', year: 2025, observations: observations as Observation[] });
        const seen = new Set<number>();
        for (const x of r.results) if (x.observation) seen.add(x.observation.index);
        for (const i of r.issues) if (i.path[0] === 'observations') seen.add(i.path[1] as number);
        for (let i = 0; i < observations.length; i++) expect(seen.has(i), `observation ${i}`).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('compareToTarget validates its arguments (review item 5)', () => {
  const ok: ObservedValue = { numerator: 55, denominator: 63 };
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return [(e as { code?: string }).code, (e as { path?: unknown }).path];
    }
    return 'no error';
  };

  it.each([1.5, -1, NaN, 11, Infinity, '2'])('decimals %s → invalid-input', (decimals) => {
    // computeAttainment accepts whole numbers 0–10 (src/attainment/compute.ts); so does compareToTarget
    expect(code(() => compareToTarget(ok, XMC, { decimals: decimals as number }))).toEqual([
      'invalid-input',
      ['decimals'],
    ]);
  });

  it('decimals 0 and 10 are accepted', () => {
    expect(compareToTarget(ok, XMC, { decimals: 0 }).actualPercent).toBe('87'); // 87.30…%
    expect(compareToTarget(ok, XMC, { decimals: 10 }).actualPercent).toBe('87.3015873016');
  });

  it('options that are not an object → invalid-input', () => {
    expect(code(() => compareToTarget(ok, XMC, null as never))).toEqual(['invalid-input', []]);
  });

  it.each([[null], [undefined], ['text'], [42], [[1, 2]]])('observed %j → invalid-observation', (observed) => {
    expect(code(() => compareToTarget(observed as never, XMC))).toEqual(['invalid-observation', []]);
  });

  it.each<[string, string, unknown, (string | number)[]]>([
    ['comparator "exactly"', 'invalid-input', { ...XMC, comparator: 'exactly' }, ['comparator']],
    ['no target', 'invalid-input', null, []],
    // a target left out has its own code since issue 12 (was invalid-input)
    ['undefined target', 'missing-target', undefined, []],
    ['an unknown kind', 'invalid-input', { ...XMC, kind: 'ratio' }, ['kind']],
    ['a percent value null', 'invalid-threshold', { ...XMC, value: null }, ['value']],
    ['a percent value "abc"', 'invalid-threshold', { ...XMC, value: 'abc' }, ['value']],
    ['a percent above 100', 'invalid-threshold', { ...XMC, value: '150' }, ['value']],
    ['a count value 2.5', 'invalid-threshold', { ...UNITS, value: 2.5 }, ['value']],
    [
      'a component value -1',
      'invalid-threshold',
      { ...UNITS, components: [{ ...UNITS.components![0]!, value: -1 }] },
      ['components', 0, 'value'],
    ],
  ])('%s → %s', (_name, wanted, target, path) => {
    const observed = (target as Target | null)?.kind === 'count' ? { count: 16, components: { 'level-2': 5 } } : ok;
    expect(code(() => compareToTarget(observed, target as Target))).toEqual([wanted, path]);
  });

  it('a percentage written as a number is read as its decimal text, as plans are', () => {
    expect(compareToTarget(ok, { ...XMC, value: 70 as never })).toMatchObject({ status: 'met', targetPercent: '70' });
  });

  it('the error messages are in both languages', () => {
    try {
      compareToTarget(ok, { ...XMC, comparator: 'exactly' as never });
      expect.unreachable();
    } catch (e) {
      expect((e as { messageVi: string }).messageVi.length).toBeGreaterThan(0);
    }
  });
});
