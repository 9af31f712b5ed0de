import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToTarget } from '../../src/attainment/compare.js';
import { computeAttainment } from '../../src/attainment/compute.js';
import type { AttainmentResult } from '../../src/attainment/result.js';
import type { PercentTarget } from '../../src/plans/target.js';
import { parseCsv } from './csv-parse.js';
import { renderReport } from '../../src/report/render.js';
import { chartScale } from '../../src/report/svg.js';

/*
 * Honest display at the boundary. Decision 1373, Điều 1, Mục II.2.a: 90% of provinces at XMC level 2
 * by 2030. 17.999 of 20.000 is exactly 89,995%: half-up rounding would print "90,00%" next to
 * "Không đạt". The counts are made up to sit exactly on the rounding tie.
 */
const report = (numerator: number) =>
  computeAttainment({
    plan: 'qd-1373',
    year: 2030,
    observations: [{ indicator: 'provinces-literacy-level-2', numerator, denominator: 20000 }],
  });

const firstRow = (md: string) => md.split('\n').find((l) => l.startsWith('| 1 |'))!;

describe('honest display at the target', () => {
  it('89,995% against a 90% minimum shows 89,99% and "Không đạt", never 90,00%', () => {
    const md = renderReport(report(17999), { format: 'markdown' });
    expect(firstRow(md)).toContain(
      '| 90% | 89,99% (17.999/20.000) | Không đạt | thấp hơn mục tiêu 0,01 điểm %; còn thiếu 1;',
    );
    expect(md).not.toContain('90,00%');
    const en = renderReport(report(17999), { format: 'markdown', lang: 'en' });
    expect(firstRow(en)).toContain(
      '| 90% | 89.99% (17,999/20,000) | Not met | below the target by 0.01 points; short by 1;',
    );
    const html = renderReport(report(17999), { format: 'html' });
    expect(html).toContain('89,99% (17.999/20.000)');
    expect(html).not.toContain('90,00%');
    const csv = parseCsv(renderReport(report(17999), { format: 'csv' }));
    const row = Object.fromEntries(csv[0]!.map((k, i) => [k, csv[1]![i]]));
    expect(row).toMatchObject({
      actual: '89.99',
      actual_display: '89,99% (17.999/20.000)',
      status: 'not-met',
      gap: '-0.01',
      shortfall: '1',
    });
  });

  it('exactly 90% (18.000/20.000) meets it and says "bằng mục tiêu"', () => {
    expect(firstRow(renderReport(report(18000), { format: 'markdown' }))).toContain(
      '| 90% | 90,00% (18.000/20.000) | Đạt | bằng mục tiêu;',
    );
  });

  it('the chart bar ends on the same side of the marker as the exact value', () => {
    const r = report(17999).results[0]!;
    const s = chartScale(r)!;
    expect(s.value).toBeLessThan(s.target);
    const met = chartScale(report(18000).results[0]!)!;
    expect(met.value).toBeGreaterThanOrEqual(met.target);
  });
});

describe('chart geometry never contradicts the status (property)', () => {
  // thresholds with up to 2 decimals, as the legal texts write them ("70", "99.5")
  const thresholdArb = fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 }))
    .map(([w, f]) => (w === 100 ? '100' : `${w}.${String(f).padStart(2, '0')}`));
  const shareArb = fc
    .integer({ min: 1, max: 1_000_000 })
    .chain((d) => fc.record({ numerator: fc.integer({ min: 0, max: d }), denominator: fc.constant(d) }));

  it('at-least: bar ≥ marker exactly when met; at-most: bar ≤ marker exactly when met', () => {
    fc.assert(
      fc.property(
        shareArb,
        thresholdArb,
        fc.constantFrom('at-least' as const, 'at-most' as const),
        (share, value, comparator) => {
          const target: PercentTarget = {
            kind: 'percent',
            indicator: 'universities-digital',
            year: 2025,
            comparator,
            value,
            source: { type: 'other', number: null, issuer: null, title: { vi: 'test', en: 'test' }, verified: true },
          };
          const c = compareToTarget(share, target);
          const s = chartScale({ ...c, kind: 'percent' } as AttainmentResult)!;
          const onGoodSide = comparator === 'at-least' ? s.value >= s.target : s.value <= s.target;
          expect(onGoodSide).toBe(c.status === 'met');
        },
      ),
      { numRuns: 300 },
    );
  });
});
