import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToTarget } from '../src/attainment/compare.js';
import { computeAttainment } from '../src/attainment/compute.js';
import { displayPercent } from '../src/exact/display.js';
import { definePlan } from '../src/plans/define.js';
import type { PercentTarget } from '../src/plans/target.js';
import { assessProgress } from '../src/progress/assess.js';
import { renderReport } from '../src/report/render.js';
import { assessCommune } from '../src/standards/commune.js';
import type { RollupCheck, ShareCheck } from '../src/standards/result.js';
import { assessDistrict } from '../src/standards/rollup.js';
import { titleShare } from '../src/titles/counts.js';
import type { Recognition } from '../src/titles/recognition.js';
import { qualificationObservations } from '../src/workforce/observations.js';
import { qualificationRate, qualificationRates } from '../src/workforce/rates.js';
import { UNIVERSITY_OR_HIGHER } from '../src/workforce/definitions.js';
import { xhht } from './cli/helpers.js';
import { parseCsv } from './report/csv-parse.js';
import { units } from './standards/fixtures.js';

/*
 * Issue 9, point 2: the same share reads the same in every function and every output, and never
 * shows a minimum as reached when the exact share is below it. The expected text comes from the
 * oracle below (BigInt, written here), not from the code under test.
 *
 * Figures: 4.340 people with university or higher (seed 004, line 65) of 36.167 aged 15+ (the
 * population of the example in issue 9, point 2) against the 12% minimum of Decision 1373/QĐ-TTg
 * (Điều 1, Mục II.2.b, 2025); 98 of 817 (the smallest case); 1.402 of 2.003 learning
 * families against the 70% minimum of Decision 387/QĐ-TTg (Điều 1, 2025).
 */

/** The rule at two places for a minimum, by hand: half-up, but floor when half-up lands on a tenth the value has not reached. */
function oracle(n: number, d: number): string {
  const scaled = 10000n * BigInt(n);
  const q = scaled / BigInt(d);
  const r = scaled % BigInt(d);
  let units = r === 0n ? q : 2n * r >= BigInt(d) ? q + 1n : q;
  if (r !== 0n && units === q + 1n && units % 10n === 0n) units = q;
  const s = units.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
/** "11.99" → "11,99" (a percentage below 1.000 has no thousands group). */
const vi = (text: string) => text.replace('.', ',');

const UNIVERSITY = 'population-15plus-university-or-higher';
const university = (n: number, d: number) => ({
  population: d,
  parts: [{ levels: ['university' as const, 'postgraduate' as const], count: n }],
});
const families = (n: number): Recognition[] =>
  Array.from({ length: n }, (_, i) => ({
    unit: `hộ ${i + 1}`,
    title: 'learning-family' as const,
    decisionDate: '2025-06-30',
    decidedBy: 'UBND xã',
  }));
const pct = (value: string, indicator = UNIVERSITY): PercentTarget => ({
  kind: 'percent',
  indicator,
  year: 2025,
  comparator: 'at-least',
  value,
  source: { type: 'other', number: null, issuer: null, title: { vi: 'test', en: 'test' }, verified: true },
});
/** Every share check of a commune whose share is n/d (the XMC checks of the 15–35 group at level 1). */
function checksOf(n: number, d: number): ShareCheck[] {
  const r = assessCommune(
    { counts: { age15to35: { total: d, literateLevel1: n } } },
    { regime: 'nd20-2014', standards: ['xmc'] },
  );
  return r.standards
    .xmc!.levels.flatMap((l) => l.checks)
    .filter(
      (c): c is ShareCheck =>
        c.kind === 'share' && c.share !== null && c.share.numerator === n && c.share.denominator === d,
    );
}

/** Denominators; 817 and 2.003 are the issue's; large ones put a share within 0.005 of a tenth. */
const denArb = fc.oneof(
  fc.integer({ min: 1, max: 2500 }),
  fc.constantFrom(200, 2000, 817, 2003),
  fc.integer({ min: 20_000, max: 10_000_000 }),
);
/** Half of the shares sit at, one below or one above the smallest numerator reaching a tenth (t/10 %): where a display can cross it. */
const shareArb = fc.oneof(
  denArb.chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
  fc
    .tuple(denArb, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: -1, max: 1 }))
    .map(([d, t, step]): [number, number] => {
      const n = Number((BigInt(t) * BigInt(d) + 999n) / 1000n) + step;
      return [Math.min(d, Math.max(0, n)), d];
    }),
);

describe('the cases of issue 9, point 2, in every function', () => {
  it('qualificationRates: 4.340 of 36.167 is "11.99", as computeAttainment shows it against 12%', () => {
    const rates = qualificationRates(university(4340, 36167));
    expect(rates.universityOrHigher.percent).toBe('11.99');
    const r = computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [{ indicator: UNIVERSITY, numerator: 4340, denominator: 36167 }],
    }).results.find((x) => x.indicator === UNIVERSITY)!;
    expect(r).toMatchObject({ status: 'not-met', actualPercent: '11.99', targetPercent: '12', gapPoints: '-0.01' });
  });

  it('qualificationRate and qualificationObservations: 98 of 817 is "11.99"', () => {
    expect(qualificationRate(university(98, 817), UNIVERSITY_OR_HIGHER).percent).toBe('11.99');
    expect(qualificationObservations(university(98, 817)).rates!.universityOrHigher.percent).toBe('11.99');
  });

  it('titleShare: 1.402 of 2.003 families is "69.99", as computeAttainment shows it against QĐ 387\'s 70%', () => {
    const s = titleShare(families(1402), { title: 'learning-family', asOf: '2025-12-31', eligible: 2003 });
    expect(s).toMatchObject({ numerator: 1402, denominator: 2003, percent: '69.99' });
    const r = computeAttainment({
      plan: 'qd-387',
      year: 2025,
      observations: [{ indicator: 'families-learning-family', numerator: 1402, denominator: 2003 }],
    }).results.find((x) => x.indicator === 'families-learning-family')!;
    expect(r).toMatchObject({ status: 'not-met', actualPercent: '69.99', targetPercent: '70' });
  });

  it('standards: a check rate of 98 of 817 is "11.99" (half-up "12.00" would be below the 90% minimum, but not the truth about 12%)', () => {
    // Decree 20/2014, Art. 20: XMC level 1 needs 90% of 15–35 year-olds literate at level 1
    const checks = checksOf(98, 817);
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect(c).toMatchObject({ status: 'fail', rate: '11.99' });
  });

  it('roll-up: 98 of 817 communes at XMC level 2 shows a min rate of "11.99"', () => {
    // Decree 20/2014, Art. 21: a district is at XMC level 2 with at least 90% of its communes
    const d = assessDistrict([...units('a', 98, { xmc: 2 }), ...units('b', 719, { xmc: 1 })], {
      regime: 'nd20-2014',
      id: 'd',
      province: 'p',
    });
    const c = d.standards.xmc!.levels[1]!.checks.find((x) => x.kind === 'rollup') as RollupCheck;
    expect(c).toMatchObject({
      status: 'fail',
      certain: { numerator: 98, denominator: 817 },
      minRate: '11.99',
      maxRate: '11.99',
    });
  });

  it('reports: the Markdown, CSV and HTML of 4.340 of 36.167 say 11,99%', () => {
    const report = computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [{ indicator: UNIVERSITY, numerator: 4340, denominator: 36167 }],
    });
    expect(renderReport(report, { format: 'markdown' })).toContain('| 12% | 11,99% (4.340/36.167) | Không đạt |');
    expect(renderReport(report, { format: 'html' })).toContain('11,99% (4.340/36.167)');
    const csv = parseCsv(renderReport(report, { format: 'csv' }));
    const row = csv
      .slice(1)
      .map((cells) => Object.fromEntries(csv[0]!.map((k, i) => [k, cells[i]])))
      .find((x) => x.indicator === UNIVERSITY)!;
    expect(row).toMatchObject({ actual: '11.99', actual_display: '11,99% (4.340/36.167)', status: 'not-met' });
  });
});

describe('progress values are percentages of the indicator: the same rule', () => {
  // invented values on a straight line from 2020 to 2030, read at 2025 (the middle): expected = (b + T) / 2
  const run = (b: string, c: string, T: string) =>
    assessProgress({
      baseline: { value: b, year: 2020 },
      current: { value: c, year: 2025 },
      target: { value: T, year: 2030 },
    });

  it('an expected value of 11.9996% reads "11.99": the line has not reached 12.0 (half-up said "12.00")', () => {
    const p = run('10.9992', '12.5', '13');
    expect(p).toMatchObject({
      expectedExact: '29999/2500',
      onTrajectory: true,
      expected: '11.99',
      current: { value: '12.50' },
    });
  });

  it('the expected value stays on the side of the current value that onTrajectory says', () => {
    // expected 11.9999, current 11.9995: not on the line; the rule alone would show both as 11.99,
    // so expected is shown 12.00 (above the current value, as it is)
    const p = run('11.9998', '11.9995', '12');
    expect(p).toMatchObject({ onTrajectory: false, expected: '12.00', current: { value: '11.99' } });
    // expected 11.9997, current 11.9998: on the line, both read 11.99
    expect(run('11.9994', '11.9998', '12')).toMatchObject({
      onTrajectory: true,
      expected: '11.99',
      current: { value: '11.99' },
    });
  });

  it('baseline and current read as displayPercent reads them', () => {
    // 98 of 817 (issue 9.2) as the baseline, 4.340 of 36.167 as the current value, against 15% (Decision 1373, 2030)
    const p = assessProgress({
      baseline: { value: { numerator: 98, denominator: 817 }, year: 2021 },
      current: { value: { numerator: 4340, denominator: 36167 }, year: 2024 },
      target: { value: '15', year: 2030 },
    });
    expect(p).toMatchObject({ baseline: { value: '11.99' }, current: { value: '11.99' } });
  });
});

describe('one share, one text (property)', () => {
  it('displayPercent, compareToTarget, computeAttainment (both years), its progress, qualification rates and observations, titleShare, standards checks and the reports agree', () => {
    fc.assert(
      fc.property(shareArb, ([n, d]) => {
        const expected = oracle(n, d);
        expect(displayPercent({ numerator: n, denominator: d })).toBe(expected);
        // 12 and 15: Decision 1373's 2025 and 2030 targets for the indicator; 70, 100: its other targets; 99.5: an invented one-decimal target
        for (const t of ['12', '15', '70', '99.5', '100'])
          expect(compareToTarget({ numerator: n, denominator: d }, pct(t)).actualPercent).toBe(expected);
        for (const year of [2025, 2030]) {
          const report = computeAttainment({
            plan: 'qd-1373',
            year,
            observations: [{ indicator: UNIVERSITY, numerator: n, denominator: d, asOf: '2024-12-31' }],
            baselines: [{ indicator: UNIVERSITY, numerator: 1, denominator: 100, year: 2020 }],
          });
          const r = report.results.find((x) => x.indicator === UNIVERSITY)!;
          expect(r.actualPercent).toBe(expected);
          expect(r.progress?.current?.value).toBe(expected);
          const md = renderReport(report, { format: 'markdown' });
          expect(md).toContain(`| ${vi(expected)}% (`);
          const csv = parseCsv(renderReport(report, { format: 'csv' }));
          const actual = csv[0]!.indexOf('actual');
          expect(
            csv
              .slice(1)
              .map((cells) => cells[actual])
              .filter((a) => a !== ''),
          ).toEqual([expected]);
          expect(renderReport(report, { format: 'html' })).toContain(`${vi(expected)}% (`);
        }
        expect(
          assessProgress({
            current: { value: { numerator: n, denominator: d }, year: 2024 },
            target: { value: '12', year: 2025 },
          }).current!.value,
        ).toBe(expected);
        expect(qualificationRates(university(n, d)).universityOrHigher.percent).toBe(expected);
        expect(qualificationObservations(university(n, d)).rates!.universityOrHigher.percent).toBe(expected);
        // titleShare takes one record per holder: small shares only
        if (d <= 3000)
          expect(titleShare(families(n), { title: 'learning-family', asOf: '2025-12-31', eligible: d }).percent).toBe(
            expected,
          );
        for (const c of checksOf(n, d)) expect(c.rate).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('the CLI table shows the same text', async () => {
    await fc.assert(
      fc.asyncProperty(shareArb, async ([n, d]) => {
        const file = JSON.stringify({ observations: [{ indicator: UNIVERSITY, numerator: n, denominator: d }] });
        // --wide: the rate and its counts on one line (a fitted table may put "(n/d)" under the rate)
        const run = await xhht(
          ['evaluate', 'obs.json', '--plan', 'qd-1373', '--year', '2025', '--format', 'table', '--wide'],
          { 'obs.json': file },
        );
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(` ${vi(oracle(n, d))}% (`);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a threshold with two or more decimals (the one documented exception)', () => {
  // A custom plan: 11.995% in 2025 and 12% in 2030 (invented to sit between the display grid points)
  const plan = definePlan({
    id: 'fine',
    title: { vi: 'Kế hoạch thử', en: 'Test plan' },
    issuer: 'test',
    reference: 'test',
    jurisdiction: { level: 'province', name: 'Test' },
    period: { from: 2021, to: 2030 },
    source: { document: 'test', verified: true },
    targets: [
      { ...pct('11.995'), year: 2025 },
      { ...pct('12'), year: 2030 },
      { ...pct('99.995', 'universities-digital'), year: 2025 },
      { ...pct('99.5', 'universities-digital'), year: 2030 },
    ],
  });
  const result = (year: number, indicator: string, n: number, d: number) =>
    computeAttainment({ plan, year, observations: [{ indicator, numerator: n, denominator: d }] }).results.find(
      (x) => x.indicator === indicator,
    )!;

  it('the display never contradicts the status against a finer threshold', () => {
    // 99.996% (24.999 of 25.000) meets 99.995: "99.99" would contradict it, so "100.00"
    expect(compareToTarget({ numerator: 24999, denominator: 25000 }, pct('99.995'))).toMatchObject({
      status: 'met',
      actualPercent: '100.00',
    });
    expect(displayPercent({ numerator: 24999, denominator: 25000 })).toBe('99.99'); // outside that plan: the tenth rule
    // 11.9975% (4.799 of 40.000) meets 11.995 and is below 12: every display at two places contradicts one of them
    expect(result(2025, UNIVERSITY, 4799, 40000)).toMatchObject({ status: 'met', actualPercent: '12.00' });
  });

  it('one report shows one text per share across the years of the plan when it can', () => {
    // 11.993% (11.993 of 100.000): below 11.995 and below 12, "11.99" agrees with both targets
    expect(result(2025, UNIVERSITY, 11993, 100000)).toMatchObject({ status: 'not-met', actualPercent: '11.99' });
    expect(result(2030, UNIVERSITY, 11993, 100000)).toMatchObject({ status: 'not-met', actualPercent: '11.99' });
    // 99.9925% (39.997 of 40.000): below 99.995, above 99.5: half-up "99.99" agrees with both
    expect(result(2025, 'universities-digital', 39997, 40000)).toMatchObject({
      status: 'not-met',
      actualPercent: '99.99',
    });
    expect(result(2030, 'universities-digital', 39997, 40000)).toMatchObject({ status: 'met', actualPercent: '99.99' });
    // 99.996% (24.999 of 25.000) meets both: "100.00" in both years (the 2030 report keeps the 2025 target's side)
    expect(result(2030, 'universities-digital', 24999, 25000)).toMatchObject({
      status: 'met',
      actualPercent: '100.00',
    });
    expect(result(2025, 'universities-digital', 24999, 25000)).toMatchObject({
      status: 'met',
      actualPercent: '100.00',
    });
  });

  it('standards: an override off the tenth grid keeps the check rate and the roll-up rates on its side', () => {
    // an invented override of Decree 20/2014 Art. 20's 90% to 99.995%; 24.999 of 25.000 = 99.996% meets it
    const rule = 'xmc-1.commune.age15to35-literate1';
    const r = assessCommune(
      { counts: { age15to35: { total: 25000, literateLevel1: 24999 } } },
      { regime: 'nd20-2014', standards: ['xmc'], overrides: { [rule]: '99.995' } },
    );
    expect(r.standards.xmc!.levels[0]!.checks.find((c) => c.rule === rule)).toMatchObject({
      status: 'pass',
      required: '99.995',
      rate: '100.00',
    });
    // without the override the same share reads by the rule alone: 99.99 (100.0 not reached)
    const plain = assessCommune(
      { counts: { age15to35: { total: 25000, literateLevel1: 24999 } } },
      { regime: 'nd20-2014', standards: ['xmc'] },
    );
    expect(plain.standards.xmc!.levels[0]!.checks.find((c) => c.rule === rule)).toMatchObject({
      status: 'pass',
      rate: '99.99',
    });
    // a district with 24.999 of 25.000 communes at XMC level 2 (99.996%) against an invented 99.995% (Art. 21 says 90%)
    const communes = [...units('a', 24999, { xmc: 2 }), ...units('b', 1, { xmc: 1 })];
    const rollup = (overrides?: Record<string, string>) =>
      assessDistrict(communes, {
        regime: 'nd20-2014',
        id: 'd',
        province: 'p',
        ...(overrides ? { overrides } : {}),
      }).standards.xmc!.levels[1]!.checks.find((x) => x.kind === 'rollup');
    expect(rollup({ 'xmc-2.district.communes': '99.995' })).toMatchObject({
      status: 'pass',
      minRate: '100.00',
      maxRate: '100.00',
    });
    expect(rollup()).toMatchObject({ status: 'pass', required: '90', minRate: '99.99' });
  });

  it('progress: a target off the grid keeps the current value on its side, as the comparison does', () => {
    // 99.996% (24.999 of 25.000) against an invented 99.995% target: achieved, so not "99.99"
    const p = assessProgress({
      current: { value: { numerator: 24999, denominator: 25000 }, year: 2024 },
      target: { value: '99.995', year: 2025 },
    });
    expect(p).toMatchObject({ status: 'target-achieved', current: { value: '100.00' } });
    expect(compareToTarget({ numerator: 24999, denominator: 25000 }, pct('99.995')).actualPercent).toBe('100.00');
  });

  it('property: against any threshold with up to four decimals, the shown value gives the status', () => {
    const thresholdArb = fc
      .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }))
      .map(([w, f]) => `${w}.${String(f).padStart(4, '0')}`);
    fc.assert(
      fc.property(
        shareArb,
        thresholdArb,
        fc.constantFrom('at-least' as const, 'at-most' as const),
        fc.integer({ min: 0, max: 4 }),
        ([n, d], t, comparator, decimals) => {
          const c = compareToTarget({ numerator: n, denominator: d }, { ...pct(t), comparator }, { decimals });
          const [tw, tf] = t.split('.');
          const tScaled = BigInt(tw! + tf!); // over 10^4
          const [aw, af = ''] = c.actualPercent!.split('.');
          // shown/10^decimals vs t/10^4 → shown·10^4 vs t·10^decimals
          const order = Math.sign(Number(BigInt(aw! + af) * 10000n - tScaled * 10n ** BigInt(af.length)));
          expect(comparator === 'at-least' ? order >= 0 : order <= 0).toBe(c.status === 'met');
        },
      ),
      { numRuns: 3000 },
    );
  });
});
