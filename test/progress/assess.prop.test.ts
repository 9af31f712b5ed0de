import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessProgress, type ProgressInput } from '../../src/progress/assess.js';
import type { ProgressStatus } from '../../src/progress/method.js';

// Values are percentages with two decimals, generated as whole hundredths so the oracles below
// can compare them with integers, independently of the code under test.
const hundredths = fc.integer({ min: 1, max: 10_000 });
const pct = (h: number) => `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`;
const years = fc.integer({ min: 2015, max: 2024 }).chain((y0) =>
  fc.record({
    y0: fc.constant(y0),
    yc: fc.integer({ min: y0 + 1, max: 2030 }),
    yT: fc.integer({ min: y0 + 1, max: 2035 }),
  }),
);
const comparator = fc.constantFrom('at-least' as const, 'at-most' as const);

const RANK: Record<Exclude<ProgressStatus, 'unable-to-assess'>, number> = {
  deterioration: 0,
  'limited-progress': 1,
  'acceleration-needed': 2,
  'on-track': 3,
  'target-achieved': 4,
};

function input(
  b: number,
  c: number,
  t: number,
  y: { y0: number; yc: number; yT: number },
  cmp: 'at-least' | 'at-most',
): ProgressInput {
  return {
    baseline: { value: pct(b), year: y.y0 },
    current: { value: pct(c), year: y.yc },
    target: { value: pct(t), year: y.yT, comparator: cmp },
  };
}

describe('assessProgress properties', () => {
  it('a better current value never gives a worse status', () => {
    fc.assert(
      fc.property(hundredths, hundredths, hundredths, hundredths, years, comparator, (b, c1, c2, t, y, cmp) => {
        const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const [worse, better] = cmp === 'at-least' ? [lo, hi] : [hi, lo];
        const a = assessProgress(input(b, worse, t, y, cmp)).status;
        const z = assessProgress(input(b, better, t, y, cmp)).status;
        expect(a).not.toBe('unable-to-assess');
        expect(RANK[z as keyof typeof RANK]).toBeGreaterThanOrEqual(RANK[a as keyof typeof RANK]);
      }),
      { numRuns: 300 },
    );
  });

  it('"target achieved" is exactly current ≥ target (≤ for a maximum)', () => {
    fc.assert(
      fc.property(hundredths, hundredths, hundredths, years, comparator, (b, c, t, y, cmp) => {
        const achieved = cmp === 'at-least' ? c >= t : c <= t;
        expect(assessProgress(input(b, c, t, y, cmp)).status === 'target-achieved').toBe(achieved);
      }),
      { numRuns: 300 },
    );
  });

  it('"on trajectory" agrees with integer arithmetic on the straight line', () => {
    fc.assert(
      fc.property(hundredths, hundredths, hundredths, years, comparator, (b, c, t, y, cmp) => {
        const p = assessProgress(input(b, c, t, y, cmp));
        // expected·span = b·span + (t − b)·elapsed, capped at the target after the deadline
        const span = y.yT - y.y0;
        const elapsed = Math.min(y.yc - y.y0, span);
        const left = c * span;
        const right = b * span + (t - b) * elapsed;
        expect(p.onTrajectory).toBe(cmp === 'at-least' ? left >= right : left <= right);
      }),
      { numRuns: 300 },
    );
  });

  it('the status is the band of the ratio, and the displayed ratio stays in that band', () => {
    const D = Decimal.clone({ precision: 40 });
    fc.assert(
      fc.property(hundredths, hundredths, hundredths, years, comparator, (b, c, t, y, cmp) => {
        const p = assessProgress(input(b, c, t, y, cmp));
        if (p.ratio === null || p.status === 'target-achieved') return;
        const band = (r: Decimal) =>
          r.gte('0.95')
            ? 'on-track'
            : r.gte('0.6')
              ? 'acceleration-needed'
              : r.gte(0)
                ? 'limited-progress'
                : 'deterioration';
        expect(band(new D(p.ratio))).toBe(p.status);
        expect(band(new D(p.ratioDisplay!))).toBe(p.status);
      }),
      { numRuns: 300 },
    );
  });
});
