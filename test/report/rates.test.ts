import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import { CSV_COLUMNS } from '../../src/report/csv.js';
import { renderReport } from '../../src/report/render.js';
import { renderText } from '../../src/report/text.js';
import { parseCsv } from './csv-parse.js';

/*
 * Where counts would be shown, a rate-only figure says "tỷ lệ báo cáo, không có số đếm" / "reported
 * rate, no counts" (issue 10, point 1). Figures: seed 004 (/work/shared/seeds/004_8f3245fc4fd686dd.txt)
 * line 56: the rate "99,96%" and the counts it came from, 19.739/19.747, used here as the figures of two
 * qd-1373 indicators whose 2025 target is 70% (Decision 1373 Mục II.2.a and II.2.c): 99.96 − 70 = 29.96 points.
 */
const report = computeAttainment({
  plan: 'qd-1373',
  year: 2025,
  observations: [
    { indicator: 'provinces-literacy-level-2', percent: '99,96' },
    { indicator: 'universities-digital', numerator: 19739, denominator: 19747 },
  ],
});

describe('reports of rate-only figures', () => {
  it('Markdown and HTML say it in the result cell, in both languages', () => {
    expect(renderReport(report, { format: 'markdown' })).toContain('| 99,96% (tỷ lệ báo cáo, không có số đếm) | Đạt |');
    expect(renderReport(report, { format: 'markdown', lang: 'en' })).toContain(
      '| 99.96% (reported rate, no counts) | Met |',
    );
    expect(renderReport(report, { format: 'html' })).toContain(
      '<td class="result">99,96% (tỷ lệ báo cáo, không có số đếm)<svg',
    );
    // a result from counts still shows them
    expect(renderReport(report, { format: 'markdown' })).toContain('| 99,96% (19.739/19.747) | Đạt |');
  });

  it('the text table says it too', () => {
    expect(renderText(report)).toContain('99,96% (tỷ lệ báo cáo, không có số đếm)');
    expect(renderText(report, { lang: 'en' })).toContain('99.96% (reported rate, no counts)');
  });

  it('CSV: basis is a new column, added at the end (columns are never renamed or moved)', () => {
    expect(CSV_COLUMNS.at(-1)).toBe('basis');
  });

  it('CSV: no numerator or denominator, no shortfall, the basis column, the words in actual_display', () => {
    const [header, ...rows] = parseCsv(renderReport(report, { format: 'csv' }));
    const row = Object.fromEntries(header!.map((k, i) => [k, rows[0]![i]!]));
    expect(row).toMatchObject({
      numerator: '',
      denominator: '',
      actual: '99.96',
      actual_display: '99,96% (tỷ lệ báo cáo, không có số đếm)',
      status: 'met',
      gap: '29.96',
      shortfall: '',
      basis: 'reported-rate',
    });
    const counts = Object.fromEntries(
      header!.map((k, i) => [k, rows.find((r) => r.includes('universities-digital'))![i]!]),
    );
    expect(counts).toMatchObject({ basis: 'counts', numerator: '19739' });
    const none = Object.fromEntries(header!.map((k, i) => [k, rows.find((r) => r.includes('no-observation'))![i]!]));
    expect(none.basis).toBe('');
  });
});
