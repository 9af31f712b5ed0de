import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import { compareToTarget } from '../../src/attainment/compare.js';
import type { Observation } from '../../src/attainment/observation.js';
import { listIndicators } from '../../src/catalog/registry.js';
import type { PercentTarget } from '../../src/plans/target.js';

const IDS = listIndicators().map((i) => i.id);
const target = (value: string): PercentTarget => ({
  kind: 'percent',
  indicator: 'universities-digital',
  year: 2025,
  comparator: 'at-least',
  value,
  source: { type: 'other', number: null, issuer: null, title: { vi: 'test', en: 'test' }, verified: true },
});
const thresholdArb = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 }))
  .map(([w, f]) => (w === 100 ? '100' : `${w}.${String(f).padStart(2, '0')}`));
const shareArb = fc
  .integer({ min: 1, max: 1_000_000 })
  .chain((d) => fc.record({ numerator: fc.integer({ min: 0, max: d }), denominator: fc.constant(d) }));

/** Observations of every sort, good and bad, so accounting is tested on the messy inputs users send. */
const anyObservation: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    indicator: fc.constantFrom(...IDS),
    numerator: fc.integer({ min: 0, max: 100 }),
    denominator: fc.integer({ min: 0, max: 100 }),
  }),
  fc.record({
    indicator: fc.constantFrom(...IDS, 'unknown-x'),
    numerator: fc.oneof(fc.double(), fc.integer()),
    denominator: fc.integer(),
  }),
  fc.record({ indicator: fc.constantFrom(...IDS), count: fc.integer({ min: -5, max: 50 }) }),
  fc.record({ indicator: fc.constantFrom(...IDS), achieved: fc.boolean() }),
  fc.record({
    indicator: fc.constantFrom(...IDS),
    numerator: fc.nat(10),
    denominator: fc.constant(10),
    asOf: fc.constantFrom('2024-01-01', '2025-12-31', 'bad'),
  }),
  fc.constantFrom(null, 42, 'text', {}),
);

function accountedIndexes(report: {
  results: readonly { observation: { index: number } | null }[];
  issues: readonly { path: readonly (string | number)[] }[];
}): Set<number> {
  const seen = new Set<number>();
  for (const r of report.results) if (r.observation) seen.add(r.observation.index);
  for (const i of report.issues) if (i.path[0] === 'observations' && typeof i.path[1] === 'number') seen.add(i.path[1]);
  return seen;
}

describe('attainment properties', () => {
  it('more numerator never lowers the rate or turns met into not met', () => {
    fc.assert(
      fc.property(shareArb, thresholdArb, fc.integer({ min: 1, max: 1000 }), (s, t, extra) => {
        const more = { numerator: Math.min(s.denominator, s.numerator + extra), denominator: s.denominator };
        const a = compareToTarget(s, target(t));
        const b = compareToTarget(more, target(t));
        expect(Number(b.actualPercent)).toBeGreaterThanOrEqual(Number(a.actualPercent));
        if (a.status === 'met') expect(b.status).toBe('met');
        expect(b.shortfall!).toBeLessThanOrEqual(a.shortfall!);
      }),
    );
  });

  it('the display never contradicts the status, and the shortfall is exactly what is needed', () => {
    fc.assert(
      fc.property(shareArb, thresholdArb, (s, t) => {
        const c = compareToTarget(s, target(t));
        // compare the displayed decimals with the target in integers (both have ≤ 2 places here)
        const shown = BigInt(c.actualPercent!.replace('.', ''));
        const [w, f = ''] = t.split('.');
        const tUnits = BigInt(w! + f.padEnd(2, '0'));
        if (c.status === 'met') {
          expect(shown >= tUnits).toBe(true);
          expect(c.gapPoints!.startsWith('-')).toBe(false);
          expect(c.shortfall).toBe(0);
        } else {
          expect(shown < tUnits).toBe(true);
          expect(c.gapPoints!.startsWith('-')).toBe(true);
          // adding the shortfall meets the target, one less does not
          expect(
            compareToTarget({ numerator: s.numerator + c.shortfall!, denominator: s.denominator }, target(t)).status,
          ).toBe('met');
          expect(
            compareToTarget({ numerator: s.numerator + c.shortfall! - 1, denominator: s.denominator }, target(t))
              .status,
          ).toBe('not-met');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('accounts for every observation: each ends in a result or an issue', () => {
    fc.assert(
      fc.property(fc.array(anyObservation, { maxLength: 40 }), (observations) => {
        const report = computeAttainment({
          plan: 'qd-1373',
          year: 2025,
          asOf: '2025-06-30',
          observations: observations as Observation[],
        });
        const seen = accountedIndexes(report);
        for (let i = 0; i < observations.length; i++) expect(seen.has(i), `observation ${i}`).toBe(true);
        expect(report.results).toHaveLength(15);
        expect(report.summary.total).toBe(report.summary.met + report.summary['not-met'] + report.summary['no-data']);
      }),
      { numRuns: 500 },
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(fc.array(anyObservation, { maxLength: 20 }), (observations) => {
        const input = { plan: 'qd-1373', year: 2025, observations: observations as Observation[] };
        const before = structuredClone(input);
        computeAttainment(input);
        expect(input).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('per-unit results do not depend on the order of the observations', () => {
    const unitObs = fc.record({
      unit: fc.constantFrom('Xã A', 'Xã B', 'Xã C'),
      indicator: fc.constantFrom(...IDS),
      numerator: fc.nat(50),
      denominator: fc.constant(50),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(unitObs, { selector: (o) => `${o.unit}|${o.indicator}`, maxLength: 30 }),
        fc.infiniteStream(fc.nat()),
        (observations, stream) => {
          const shuffled = [...observations];
          const rand = stream[Symbol.iterator]();
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = rand.next().value % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          const strip = (out: ReturnType<typeof computeAttainmentByUnit>) =>
            Object.fromEntries(
              out.reports.map((r) => [
                r.unit,
                r.results.map((x) => [x.indicator, x.status, x.actualPercent, x.shortfall]),
              ]),
            );
          const a = computeAttainmentByUnit({ plan: 'qd-1373', year: 2025, observations });
          const b = computeAttainmentByUnit({ plan: 'qd-1373', year: 2025, observations: shuffled });
          expect(strip(b)).toEqual(strip(a));
        },
      ),
      { numRuns: 200 },
    );
  });
});
