import { describe, expect, it } from 'vitest';
import { computeAttainment, parseViShare } from '../src/index.js';

// The README's example, with the values it prints written out by hand:
// 55/63 = 87.3015…% → "87.30", gap 87.3015 − 70 → "17.30";
// 62/63 = 98.4126…% → "98.41", gap → "-1.59", one more province (63/63) meets "phấn đấu 100%".
describe('README example', () => {
  it('prints the stated values', () => {
    const report = computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [
        { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63, asOf: '2024-12-31' },
        { indicator: 'provinces-lower-secondary-level-2', ...parseViShare('62/63') },
      ],
    });
    const lines = report.results
      .filter((r) => r.status !== 'no-data')
      .map((r) => [r.indicator, r.status, r.actualPercent, r.targetPercent, r.gapPoints, r.shortfall].join(' '));
    expect(lines).toEqual([
      'provinces-literacy-level-2 met 87.30 70 17.30 0',
      'provinces-lower-secondary-level-2 not-met 98.41 100 -1.59 1',
    ]);
  });
});
