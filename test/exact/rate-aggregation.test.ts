import { describe, expect, it } from 'vitest';
import { addShares, type Share } from '../../src/exact/share.js';
import { communeInputIssues } from '../../src/standards/validate.js';
import { rollUp } from '../../src/standards/rollup.js';
import { lines, xhht } from '../cli/helpers.js';

/*
 * Rates cannot be summed (issue 10, point 1): a roll-up adds numerators and denominators, and a
 * rate without its counts has neither. Every aggregation over a rate-only figure is an issue with
 * the code `rate-not-aggregable`, never an average.
 * Figures: seed 004 (/work/shared/seeds/004_8f3245fc4fd686dd.txt) line 42: "4.811/4.811, tỷ lệ 100%",
 * line 56: "19.739/19.747, tỷ lệ 99,96%".
 */

describe('rate-only figures are never aggregated', () => {
  it('addShares: a { percent } item is rate-not-aggregable at its index, not an average', () => {
    const items = [{ numerator: 4811, denominator: 4811 }, { percent: '99,96' }] as unknown as Share[];
    expect(() => addShares(items)).toThrowError(expect.objectContaining({ code: 'rate-not-aggregable', path: [1] }));
  });

  it('a commune dossier with a rate instead of counts: rate-not-aggregable at the field', () => {
    const issues = communeInputIssues({ counts: { age15to60: { total: 19747, percent: '99,96' } } });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'rate-not-aggregable', path: ['counts', 'age15to60', 'percent'] }),
    ]);
  });

  it('rollUp: the commune is rejected with the issue and still counted, undetermined, in its province', () => {
    const r = rollUp(
      [{ id: 'dak-cam', province: 'p1', counts: { age15to60: { total: 19747, rate: 99.96 } } } as never],
      { regime: 'nd142-2025', standards: ['xmc'] },
    );
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'rate-not-aggregable', path: [0, 'counts', 'age15to60', 'rate'] }),
    ]);
    expect(r.provinces.map((p) => [p.id, p.units])).toEqual([['p1', 1]]);
  });

  it('xhht assess-communes: a rate column is rate-not-aggregable, naming the column', async () => {
    const file = 'unit;province;Số người 15-60 tuổi;Tỷ lệ biết chữ mức độ 2 (%)\nĐăk Cấm;quang-ngai;19.747;99,96\n';
    const r = await xhht(['assess-communes', 'c.csv', '--lang', 'en'], { 'c.csv': file });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(/^c\.csv:1: Tỷ lệ biết chữ mức độ 2 \(%\): .*counts.*\(rate-not-aggregable\)$/);
  });
});
