import { describe, expect, it } from 'vitest';
import type { AttainmentReport } from '../../src/attainment/result.js';
import { lines, xhht } from './helpers.js';

/*
 * Rate-only figures on the command line (issue 10, point 1).
 * - 87,30%: 55 of 63 provinces at XMC level 2 in 2024 (shared/domain/targets-1373.md §3) as a
 *   report would print the rate; target 70% for 2025 (Decision 1373, Mục II.2.a).
 */
const XMC2 = 'provinces-literacy-level-2';
const resultOf = (report: AttainmentReport, indicator = XMC2) => report.results.find((r) => r.indicator === indicator)!;

describe('xhht evaluate: a rate column', () => {
  it('reads a rate with a Vietnamese decimal comma (Tỷ lệ: 87,30)', async () => {
    const r = await xhht(['evaluate', 'r.csv', '--year', '2025', '--format', 'json'], { 'r.csv': `Chỉ tiêu;Tỷ lệ;Ngày\n${XMC2};87,30;31/12/2024\n` });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(resultOf(JSON.parse(r.stdout))).toMatchObject({ status: 'met', basis: 'reported-rate', actualPercent: '87.30', gapPoints: '17.30', shortfall: null, reportedPercent: '87.3' });
  });

  it('"Kết quả (%)" and "percent" are rate columns too; a dot decimal reads the same', async () => {
    for (const [header, value] of [['Kết quả (%)', '87,3%'], ['percent', '87.30']] as const) {
      const r = await xhht(['evaluate', 'r.csv', '--year', '2025', '--format', 'json'], { 'r.csv': `indicator;${header}\n${XMC2};${value}\n` });
      expect(r.code).toBe(0);
      expect(resultOf(JSON.parse(r.stdout))).toMatchObject({ status: 'met', actualPercent: '87.30' });
    }
  });

  it('a bad rate is an error at its line and column; the other rows are still evaluated', async () => {
    const file = `indicator;tỷ lệ\n${XMC2};87,3a\nuniversities-digital;70\n`;
    const r = await xhht(['evaluate', 'r.csv', '--year', '2025', '--lang', 'en', '--format', 'json'], { 'r.csv': file });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(/^r\.csv:2: tỷ lệ: .*\(invalid-percent-format\)$/);
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(resultOf(report)).toMatchObject({ status: 'no-data', reason: 'rejected-observation' });
    expect(resultOf(report, 'universities-digital')).toMatchObject({ status: 'met', basis: 'reported-rate' });
  });

  it('a rate above 100 is an error with its code', async () => {
    const r = await xhht(['evaluate', 'r.csv', '--year', '2025', '--lang', 'en'], { 'r.csv': `indicator;tỷ lệ\n${XMC2};100,5\n` });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(/^r\.csv:2: tỷ lệ: .*\(percent-out-of-range\)$/);
  });

  it('beside counts the counts are used, and a warning says the rate column was not read there', async () => {
    const r = await xhht(['evaluate', 'r.csv', '--year', '2025', '--lang', 'en', '--format', 'json'], { 'r.csv': `indicator;numerator;denominator;tỷ lệ\n${XMC2};55;63;87,3\n` });
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^r\.csv:1: warning: tỷ lệ: .*counts.*\(invalid-csv\)$/)]);
    expect(resultOf(JSON.parse(r.stdout))).toMatchObject({ basis: 'counts', share: { numerator: 55, denominator: 63 } });
  });

  it('reports say the result is a reported rate, with no counts', async () => {
    const file = `indicator;tỷ lệ\n${XMC2};87,30\n`;
    const vi = await xhht(['evaluate', 'r.csv', '--year', '2025', '--format', 'markdown'], { 'r.csv': file });
    expect(vi.stdout).toContain('| 87,30% (tỷ lệ báo cáo, không có số đếm) | Đạt |');
    const en = await xhht(['evaluate', 'r.csv', '--year', '2025', '--lang', 'en'], { 'r.csv': file });
    expect(en.stdout).toContain('87.30% (reported rate, no counts)');
  });
});

describe('xhht evaluate: rates in JSON', () => {
  it('an observation { indicator, percent } is read as written, text or number', async () => {
    // 87,30%: 55/63 as published (targets-1373.md §3); 70% target for 2025 (Decision 1373 Mục II.2.a)
    const file = JSON.stringify({ observations: [{ indicator: XMC2, percent: '87,30' }, { indicator: 'universities-digital', percent: 69.99 }] });
    const r = await xhht(['evaluate', 'o.json', '--year', '2025', '--format', 'json'], { 'o.json': file });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(resultOf(report)).toMatchObject({ status: 'met', basis: 'reported-rate', actualPercent: '87.30' });
    expect(resultOf(report, 'universities-digital')).toMatchObject({ status: 'not-met', actualPercent: '69.99', gapPoints: '-0.01' });
  });
});
