import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import type { AttainmentReport } from '../../src/attainment/result.js';
import {
  comparisonHtml,
  comparisonLegend,
  comparisonMarkdown,
  comparisonRows,
  comparisonText,
} from '../../src/report/comparison-render.js';
import { comparesUnits, comparisonTable } from '../../src/report/comparison-table.js';
import { renderComparisonHtml } from '../../src/report/html.js';
import { renderReport } from '../../src/report/render.js';
import { reportTable } from '../../src/report/table.js';
import { displayWidth } from '../../src/report/width.js';
import { xhht } from '../cli/helpers.js';
import { parseCsv } from './csv-parse.js';

/*
 * Issue 10 §6: input with many units also gives one table comparing them, units by indicators,
 * each cell the unit's displayed result and verdict, exactly as its own report shows them.
 *
 * Figures (made-up units): Tỉnh A 55/63 provinces-literacy (the 2024 national figure of
 * examples/national-2024.json) = 87,30% ≥ 70% (Decision 1373, Mục II.2.a, 2025), and 4.340/36.167
 * with a university degree (seed 004 line 65 over the population of issue 9 §2) = 11,99988…%,
 * displayed 11,99% < 12% (Mục II.2.b); Tỉnh B 40/63 = 63,49% < 70%. All by hand.
 */
const OBSERVATIONS = [
  { unit: 'Tỉnh A', indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 },
  { unit: 'Tỉnh A', indicator: 'population-15plus-university-or-higher', numerator: 4340, denominator: 36167 },
  { unit: 'Tỉnh B', indicator: 'provinces-literacy-level-2', numerator: 40, denominator: 63 },
];
const reports = (): readonly AttainmentReport[] =>
  computeAttainmentByUnit({ plan: 'qd-1373', year: 2025, observations: OBSERVATIONS }).reports;

describe('comparisonTable: units by indicators, from the reports alone', () => {
  it('each cell is the value and verdict of the unit’s own report', () => {
    const rs = reports();
    const t = comparisonTable(rs, 'vi');
    expect(t.rows.map((r) => r.unit)).toEqual(['Tỉnh A', 'Tỉnh B']);
    const col = (code: string) => t.columns.findIndex((c) => c.code === code);
    expect(t.rows[0]!.cells[col('I.1')]).toMatchObject({ status: 'met', statusLabel: 'Đạt', value: '87,30%' });
    // never "12,00%" beside "Không đạt"
    expect(t.rows[0]!.cells[col('II.4')]).toMatchObject({
      status: 'not-met',
      statusLabel: 'Không đạt',
      value: '11,99%',
    });
    expect(t.rows[1]!.cells[col('I.1')]).toMatchObject({ status: 'not-met', value: '63,49%' });
    expect(t.rows[1]!.cells[col('II.4')]).toMatchObject({ status: 'no-data', value: '—' });
    expect([t.rows[0]!.met, t.rows[0]!.notMet, t.rows[0]!.noData]).toEqual([1, 1, 13]);
    // every cell agrees with the unit's report table: same verdict, and its result starts with the value
    rs.forEach((r, i) => {
      for (const row of reportTable(r, 'vi').rows) {
        if (row.type !== 'indicator') continue;
        const cell = t.rows[i]!.cells[t.columns.findIndex((c) => c.indicator === row.result.indicator)]!;
        expect(cell.statusLabel).toBe(row.cells.status);
        expect(row.cells.result.startsWith(cell.value)).toBe(true);
      }
    });
  });

  it('columns are coded as the per-unit tables number them; columns without data anywhere are named, not shown', () => {
    const t = comparisonTable(reports(), 'en');
    expect(t.columns).toHaveLength(15);
    expect(t.columns.filter((c) => c.withData).map((c) => [c.code, c.target])).toEqual([
      ['I.1', '70%'],
      ['II.4', '12%'],
    ]);
    const legend = comparisonLegend(t);
    expect(legend[0]).toBe('I.1: Provinces meeting the literacy (XMC) standard level 2 (target 70%)');
    expect(legend.at(-1)).toMatch(/^No data in any unit: I\.2 .*; IV\.3 .*\.$/);
  });

  it('comparesUnits: two or more named units, each once', () => {
    expect(comparesUnits(reports())).toBe(true);
    const one = computeAttainment({ plan: 'qd-1373', year: 2025, observations: [OBSERVATIONS[0]!] });
    expect(comparesUnits([one])).toBe(false);
    expect(comparesUnits([one, one])).toBe(false);
    const none = computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] });
    expect(comparesUnits([none, one])).toBe(false);
  });
});

describe('the comparison in every format', () => {
  it('text: one line per unit, the codes as columns, the legend', () => {
    const lines = comparisonText(comparisonTable(reports(), 'vi')).split('\n');
    expect(lines[0]).toBe('So sánh các đơn vị: kết quả thực hiện mục tiêu năm 2025');
    expect(lines[2]).toMatch(/^Đơn vị\s+I\.1\s+II\.4\s+Đạt\s+Không đạt\s+Chưa có số liệu$/);
    expect(lines[4]).toMatch(/^Tỉnh A\s+87,30% Đạt\s+11,99% Không đạt\s+1\s+1\s+13$/);
    expect(lines[5]).toMatch(/^Tỉnh B\s+63,49% Không đạt\s+Chưa có số liệu\s+0\s+1\s+14$/);
  });

  it('text fitted to a terminal: no line wider, a figure never broken, too narrow a table as one block per unit', () => {
    const t = comparisonTable(reports(), 'vi');
    for (const width of [80, 50]) {
      const text = comparisonText(t, { width });
      expect(Math.max(...text.split('\n').map(displayWidth)), String(width)).toBeLessThanOrEqual(width);
      for (const figure of ['87,30%', '11,99%', '63,49%'])
        expect(text, String(width)).toMatch(new RegExp(`(^|\\s)${figure}(\\s|$)`, 'm'));
    }
    // 50 columns: "11,99% Không đạt" goes onto two lines, between its words
    expect(comparisonText(t, { width: 50 }).split('\n')).toContainEqual(
      expect.stringMatching(/^Tỉnh A\s+87,30% Đạt\s+11,99%\s+1\s+1\s+13$/),
    );
    // 30 columns: the columns cannot fit; each unit is a block of "Heading: value"
    const blocks = comparisonText(t, { width: 30 }).split('\n');
    expect(blocks).toContain('Đơn vị: Tỉnh A');
    expect(blocks).toContain('I.1: 87,30% Đạt');
    expect(Math.max(...blocks.map(displayWidth))).toBeLessThanOrEqual(30);
    // without a width: one line per unit, as before
    expect(comparisonText(t).split('\n')[4]).toMatch(/^Tỉnh A\s+87,30% Đạt\s+11,99% Không đạt\s+1\s+1\s+13$/);
  });

  it('Markdown: before the per-unit sections of renderMarkdown', () => {
    const md = renderReport(reports(), { format: 'markdown' });
    const at = md.indexOf('## So sánh các đơn vị');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(md.indexOf('## Đề án'));
    expect(md).toContain('| Tỉnh A | 87,30% Đạt | 11,99% Không đạt | 1 | 1 | 13 |');
    expect(comparisonMarkdown(comparisonTable(reports(), 'vi'), 1).startsWith('# So sánh')).toBe(true);
    // one unit against two years is no comparison of units
    const years = [2025, 2030].map((year) =>
      computeAttainment({ plan: 'qd-1373', year, observations: [OBSERVATIONS[0]!] }),
    );
    expect(renderReport(years, { format: 'markdown' })).not.toContain('So sánh các đơn vị');
  });

  it('HTML: a section with a class per verdict, valid on its own page and in the report', async () => {
    const t = comparisonTable(reports(), 'vi');
    const section = comparisonHtml(t);
    expect(section).toContain('<td class="status not-met">11,99% Không đạt</td>');
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    for (const html of [renderComparisonHtml(t), renderReport(reports(), { format: 'html' })]) {
      const r = await validator.validateString(html);
      expect(r.results.flatMap((x) => x.messages.map((m) => m.message))).toEqual([]);
    }
  });

  it('CSV rows: every indicator, a result and a verdict column each, headed with code, label and target', () => {
    const rows = comparisonRows(comparisonTable(reports(), 'vi'));
    expect(rows[0]!.length).toBe(1 + 15 * 2 + 3);
    expect(rows[0]![1]).toBe('I.1 Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2 (mục tiêu 70%): Kết quả');
    expect(rows[1]!.slice(0, 3)).toEqual(['Tỉnh A', '87,30%', 'Đạt']);
  });
});

describe('evaluate with many units', () => {
  const FILE =
    'đơn vị;chỉ tiêu;tử số;mẫu số\nTỉnh A;provinces-literacy-level-2;55;63\nTỉnh A;population-15plus-university-or-higher;4.340;36.167\nTỉnh B;provinces-literacy-level-2;40;63\n';
  const run = (...args: string[]) => xhht(['evaluate', 'm.csv', '--year', '2025', ...args], { 'm.csv': FILE });

  it('the table format starts with the comparison, then the reports', async () => {
    const r = await run();
    expect(r.stdout.startsWith('So sánh các đơn vị')).toBe(true);
    expect(r.stdout).toContain('— Tỉnh B: kết quả thực hiện mục tiêu năm 2025');
  });

  it('--compare: the comparison alone, in every format', async () => {
    const table = await run('--compare');
    expect(table.stdout).not.toContain('— Tỉnh B: kết quả');
    const csv = await run('--compare', '--format', 'csv');
    expect(parseCsv(csv.stdout, ';')[1]!.slice(0, 3)).toEqual(['Tỉnh A', '87,30%', 'Đạt']);
    const md = await run('--compare', '--format', 'markdown');
    expect(md.stdout).toContain('| Tỉnh B | 63,49% Không đạt | Chưa có số liệu | 0 | 1 | 14 |');
    const html = await run('--compare', '--format', 'html');
    expect(html.stdout).toContain('<td class="status met">87,30% Đạt</td>');
    const json = await run('--compare', '--format', 'json');
    expect(JSON.parse(json.stdout).rows.map((r: { unit: string }) => r.unit)).toEqual(['Tỉnh A', 'Tỉnh B']);
  });

  it('in a terminal the comparison fits its width too; --wide keeps a line per unit', async () => {
    const fitted = await xhht(['evaluate', 'm.csv', '--year', '2025'], { 'm.csv': FILE }, { columns: 50 });
    const comparison = fitted.stdout.slice(0, fitted.stdout.indexOf('Chưa có số liệu ở mọi đơn vị'));
    expect(Math.max(...comparison.split('\n').map(displayWidth))).toBeLessThanOrEqual(50);
    const wide = await xhht(
      ['evaluate', 'm.csv', '--year', '2025', '--compare', '--wide'],
      { 'm.csv': FILE },
      { columns: 50 },
    );
    expect(wide.stdout.split('\n')).toContainEqual(
      expect.stringMatching(/^Tỉnh A\s+87,30% Đạt\s+11,99% Không đạt\s+1\s+1\s+13$/),
    );
  });

  it('--compare --format html takes the letterhead of an official appendix', async () => {
    const r = await run(
      '--compare',
      '--format',
      'html',
      '--issuer',
      'Sở Giáo dục và Đào tạo',
      '--appendix',
      '3',
      '--signer-name',
      'Nguyễn Văn A',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<p class="appendix">PHỤ LỤC 3</p>');
    expect(r.stdout).toContain(
      '<h1 class="appendix-title">So sánh các đơn vị: kết quả thực hiện mục tiêu năm 2025</h1>',
    );
    expect(r.stdout.indexOf('<td class="status met">87,30% Đạt</td>')).toBeLessThan(r.stdout.indexOf('Nguyễn Văn A'));
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const v = await validator.validateString(r.stdout);
    expect(v.results.flatMap((x) => x.messages.map((m) => m.message))).toEqual([]);
  });

  it('--compare with one unit is a usage error', async () => {
    const r = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2025', '--compare']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--compare');
  });
});
