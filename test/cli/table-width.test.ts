import { describe, expect, it } from 'vitest';
import { tableWidth } from '../../src/cli/args.js';
import { displayWidth } from '../../src/report/width.js';
import { xhht } from './helpers.js';

/*
 * Issue 10, point 6: the command line's tables fit the terminal: its width when standard output
 * is a terminal, 100 columns when it is not (a pipe, a file); --wide keeps one line per row.
 * Figures: examples/national-2024.json (55 of 63 provinces at XMC level 2 in 2024) against
 * Decision 1373's 2030 target (90%, Điều 1, Mục II.2.a); examples/communes-sample.csv (Đăk Cấm,
 * 19.739 of 19.747, seed 004 line 56).
 */

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('the width of a table', () => {
  it('is the terminal width, 100 when standard output is not a terminal, none with --wide', () => {
    expect(tableWidth({ columns: 80 }, false)).toBe(80);
    expect(tableWidth({}, undefined)).toBe(100);
    expect(tableWidth({ columns: 80 }, true)).toBeUndefined();
    // a terminal that reports no usable width counts as none
    expect(tableWidth({ columns: 0 }, false)).toBe(100);
  });
});

describe('xhht evaluate --format table', () => {
  const EXAMPLE = ['evaluate', 'examples/national-2024.json', '--year', '2030'];

  it.each([60, 100, 200])('in a terminal of %i columns no line is wider', async (columns) => {
    const r = await xhht(EXAMPLE, {}, { columns });
    expect(r.code).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(columns);
    expect(r.stdout).toContain('87,30%');
    expect(r.stdout).toContain('(55/63)');
  });

  it('not in a terminal: 100 columns', async () => {
    const r = await xhht(EXAMPLE);
    expect(widest(r.stdout)).toBeLessThanOrEqual(100);
    expect(widest(r.stdout)).toBeGreaterThan(80);
  });

  it('--wide: one line per row, whatever the terminal', async () => {
    const r = await xhht([...EXAMPLE, '--wide'], {}, { columns: 60 });
    const row = r.stdout.split('\n').find((l) => l.startsWith('1 '))!;
    expect(row).toMatch(
      /Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2\s+90%\s+87,30% \(55\/63\)\s+Không đạt\s+thấp hơn mục tiêu 2,70 điểm %; còn thiếu 2\s+\[1\] Điều 1, Mục II\.2\.a$/,
    );
    expect(widest(r.stdout)).toBeGreaterThan(200);
  });

  it('--wide with another format changes nothing', async () => {
    const a = await xhht([...EXAMPLE, '--format', 'markdown']);
    const b = await xhht([...EXAMPLE, '--format', 'markdown', '--wide'], {}, { columns: 60 });
    expect(b.stdout).toBe(a.stdout);
  });
});

describe('the listings fit too', () => {
  it.each([
    [['plans']],
    [['indicators']],
    [['indicators', '--plan', 'qd-1373']],
    [['assess-communes', 'examples/communes-sample.csv']],
  ])('%j: 100 columns, and wider with --wide', async (argv) => {
    const fitted = await xhht(argv);
    expect(fitted.code).toBe(0);
    expect(widest(fitted.stdout)).toBeLessThanOrEqual(100);
    const wide = await xhht([...argv, '--wide']);
    expect(widest(wide.stdout)).toBeGreaterThan(100);
  });

  it('plans at 100 columns: a table; the years never break', async () => {
    const r = await xhht(['plans'], {}, { columns: 100 });
    expect(widest(r.stdout)).toBeLessThanOrEqual(100);
    expect(r.stdout).toMatch(/^qd-1373 .* 2025, 2030 +29 /m);
  });

  it('plans at 80 columns: eight columns do not fit, so one block per plan', async () => {
    const r = await xhht(['plans'], {}, { columns: 80 });
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    // Decision 1373: targets for 2025 and 2030, 15 + 14 = 29 (Mục II.2)
    expect(r.stdout).toContain('Mã: qd-1373\n');
    expect(r.stdout).toContain('Giai đoạn: 2021–2030 · Năm có mục tiêu: 2025, 2030 · Số mục tiêu: 29');
  });

  it('assess-communes: too many columns for any terminal, so one block per commune with its rates and levels', async () => {
    const r = await xhht(
      ['assess-communes', 'examples/communes-sample.csv', '--standards', 'xmc'],
      {},
      { columns: 100 },
    );
    expect(widest(r.stdout)).toBeLessThanOrEqual(100);
    // Đăk Cấm: 19.739 of 19.747 people aged 15–60 at literacy level 2 (seed 004 line 56) is 99,96%
    expect(r.stdout).toMatch(/Mã: dak-cam · Tên: Phường Đăk Cấm/);
    expect(r.stdout).toContain('% người 15–60 tuổi đạt chuẩn biết chữ mức độ 2: 99,96%');
  });
});
