import { describe, expect, it } from 'vitest';
import { WARNINGS_SHOWN } from '../../src/cli/context.js';
import { lines, xhht } from './helpers.js';

/*
 * Issue 13 §2 through the command line: 12,000 conflicting rows wrote 876 MB to
 * standard error (each row's line named every other row), and a file written
 * for another reading printed the same warning once per commune. Standard error
 * must grow linearly with the file, and a warning of one code is printed in
 * full a few times, then counted. Counts are invented.
 */

const XMC2 = 'provinces-literacy-level-2';

describe('xhht evaluate: conflicting rows (issue 13 §2)', () => {
  it(
    '2,000 conflicting rows: one line each, naming five lines ' +
      'and the count of the rest; standard error bounded per row',
    async () => {
      const n = 2000;
      // numerators 0…49 in turn, so no two neighbouring rows agree
      const rows = Array.from({ length: n }, (_, i) => `${XMC2},${i % 50},100`);
      const file = ['indicator,numerator,denominator', ...rows, ''].join('\n');
      const r = await xhht(['evaluate', 'd.csv', '--year', '2025', '--lang', 'en', '--out', 'r.md'], { 'd.csv': file });
      expect(r.code).toBe(1);
      const out = lines(r.stderr);
      // every row is an error (not used), then the summary of rows not used
      expect(out).toHaveLength(n + 1);
      // the header is line 1, so the rows are lines 2…2001; 2,000 − 5 named = 1,995 more
      expect(out[0]).toBe(
        `d.csv:2: "${XMC2}" is observed 2,000 times with different values (lines 2, 3, 4, 5, 6 and 1,995 ` +
          `more); none was used (duplicate-observation)`,
      );
      expect(out[n - 1]).toMatch(/^d\.csv:2001: .*\(lines 2, 3, 4, 5, 6 and 1,995 more\)/);
      expect(out[n]).toBe('d.csv: 2000 of 2000 rows were not used (see above); the report covers the others');
      // about 170 bytes a row; a list of every row would be 2,000 × 10,000 bytes
      expect(r.stderr.length).toBeLessThan(n * 300);
      const vi = await xhht(['evaluate', 'd.csv', '--year', '2025', '--out', 'r.md'], { 'd.csv': file });
      expect(lines(vi.stderr)[0]).toContain('(số liệu ở dòng 2, 3, 4, 5, 6 và 1.995 số liệu khác)');
      expect(vi.stderr.length).toBeLessThan(n * 300);
    },
  );
});

describe('xhht assess-communes: repeated warnings and repeated ids (issue 13 §2)', () => {
  // written for the 14-year-olds only, as before the 11–14 reading existed (see readings.test.ts):
  // each commune gets the warning reading-counts-missing; 790 of 1,000 is invented
  const header = 'Mã xã;Tỉnh;Số trẻ 14 tuổi phải phổ cập;Số trẻ 14 tuổi hoàn thành chương trình tiểu học';

  it(
    `${WARNINGS_SHOWN} warnings of one code in full, then ` + `one line with the count and the first lines of the rest`,
    async () => {
      const n = 20;
      const file = [header, ...Array.from({ length: n }, (_, i) => `x${i};p;1.000;790`), ''].join('\n');
      const r = await xhht(['assess-communes', 'c.csv', '--standards', 'pcgd-th', '--lang', 'en', '--out', 'r.md'], {
        'c.csv': file,
      });
      expect(r.code).toBe(0);
      const out = lines(r.stderr);
      expect(out).toHaveLength(WARNINGS_SHOWN + 1);
      // lines 2…6 in full
      out.slice(0, WARNINGS_SHOWN).forEach((l, k) => {
        expect(l).toMatch(new RegExp(`^c\\.csv:${k + 2}: warning: .*\\(reading-counts-missing\\)$`));
      });
      // 20 − 5 = 15 not printed, at lines 7…21: five named, 10 more
      expect(out[WARNINGS_SHOWN]).toBe(
        'c.csv: warning: 15 more warnings with this code, not printed (at lines 7, 8, 9, 10, 11 and 10 ' +
          'more); --format json lists every one (reading-counts-missing)',
      );
      const vi = await xhht(['assess-communes', 'c.csv', '--standards', 'pcgd-th', '--out', 'r.md'], { 'c.csv': file });
      expect(lines(vi.stderr).at(-1)).toBe(
        'c.csv: cảnh báo: còn 15 cảnh báo cùng mã này không in ra (ở dòng 7, 8, 9, 10, 11 và 10 dòng khác); ' +
          '--format json liệt kê đầy đủ (reading-counts-missing)',
      );
      // nothing is lost where every one is listed
      const json = await xhht(['assess-communes', 'c.csv', '--standards', 'pcgd-th', '--format', 'json'], {
        'c.csv': file,
      });
      const diagnostics = (JSON.parse(json.stdout) as { diagnostics: { code: string }[] }).diagnostics;
      expect(diagnostics.filter((d) => d.code === 'reading-counts-missing')).toHaveLength(n);
    },
  );

  it(`${WARNINGS_SHOWN + 1} warnings: the summary counts one`, async () => {
    const file = [header, ...Array.from({ length: WARNINGS_SHOWN + 1 }, (_, i) => `x${i};p;1.000;790`), ''].join('\n');
    const r = await xhht(['assess-communes', 'c.csv', '--standards', 'pcgd-th', '--lang', 'en', '--out', 'r.md'], {
      'c.csv': file,
    });
    expect(lines(r.stderr).at(-1)).toBe(
      'c.csv: warning: 1 more warning with this code, not printed (at ' +
        'lines 7); --format json lists every one (reading-counts-missing)',
    );
  });

  it('2,000 copies of one commune id: each line names five copies and counts the rest', async () => {
    const n = 2000;
    const file = [
      'Mã xã;Tỉnh;Số trẻ 11-14 tuổi phải phổ cập;Số trẻ 11-14 tuổi hoàn thành chương trình tiểu học',
      ...Array.from({ length: n }, () => 'x;p;1.000;988'),
      '',
    ].join('\n');
    const r = await xhht(['assess-communes', 'c.csv', '--standards', 'pcgd-th', '--lang', 'en', '--out', 'r.md'], {
      'c.csv': file,
    });
    expect(r.code).toBe(1);
    const out = lines(r.stderr);
    expect(out).toHaveLength(n);
    expect(out[n - 1]).toMatch(/^c\.csv:2001: .*\(lines 2, 3, 4, 5, 6 and 1,995 more\) \(duplicate-unit\)$/);
    expect(r.stderr.length).toBeLessThan(n * 300);
    // the report lists each commune's problem on its row: bounded too (a full list of lines was 92 MB at 4,000)
    expect(r.written.get('r.md')!.length).toBeLessThan(n * 1000);
  });
});
