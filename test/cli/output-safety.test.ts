import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeTable } from '../../src/cli/columns.js';
import { writeCsv } from '../../src/cli/csv.js';
import { formatDiagnostic } from '../../src/cli/diagnostics.js';
import { escapeTerminal } from '../../src/report/escape.js';
import { parseCsv } from '../report/csv-parse.js';
import { xhht } from './helpers.js';

// A commune named like a spreadsheet formula, and one with markup: what a hostile or careless
// file may hold. The counts are Đăk Cấm's (seed 004, line 54/56: 19.747 aged 15–60, 19.739 literate at level 2).
const communes = (name: string) =>
  `unit;province;age15to60.total;age15to60.literateLevel2\n${name};quang-ngai;19.747;19.739\n`;

describe('listing CSV: the spreadsheet-formula guard of the report CSV', () => {
  it.each([['=HYPERLINK("http://x")'], ['+1+cmd'], ['-2+3'], ['@SUM(A1)']])(
    'writeCsv guards %s with a leading quote',
    (cell) => {
      const [row] = parseCsv(writeCsv([[cell, 'plain']]));
      expect(row).toEqual([`'${cell}`, 'plain']);
    },
  );

  it('numbers are left alone (a negative count is a number, not a formula)', () => {
    expect(parseCsv(writeCsv([['-3', '+5', '0,5', '12']]))[0]).toEqual(['-3', '+5', '0,5', '12']);
  });

  it('assess-communes --format csv guards a commune name', async () => {
    const r = await xhht(['assess-communes', 'c.csv', '--format', 'csv'], {
      'c.csv': communes('=HYPERLINK("http://x")'),
    });
    const rows = parseCsv(r.stdout, ';');
    expect(rows.some((row) => row.includes(`'=HYPERLINK("http://x")`))).toBe(true);
    expect(rows.some((row) => row.includes('=HYPERLINK("http://x")'))).toBe(false);
  });
});

describe('listing Markdown: the escaping of the report Markdown', () => {
  it('writeTable markdown escapes markup, pipes and line breaks', () => {
    const md = writeTable({ header: ['id'], rows: [['<script>alert(1)</script> | *x*\nnext']] }, 'markdown');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\| \\*x\\* next');
  });

  it('assess-communes --format markdown escapes a commune name', async () => {
    const r = await xhht(['assess-communes', 'c.csv', '--format', 'markdown'], {
      'c.csv': communes('<img src=x onerror=alert(1)>'),
    });
    // every "<" is backslash-escaped, so Markdown renders it as text
    expect(r.stdout).not.toMatch(/(?<!\\)<img/);
    expect(r.stdout).toContain('\\<img src=x onerror=alert(1)\\>');
  });
});

describe('terminal control characters never reach a table', () => {
  // ESC [2J clears the screen; ESC [31m turns the text red; U+009B is the one-byte CSI
  const hostile = 'A\u001b[2J\u001b[31mFAKE: all targets met\nB\u009b31m\u0007';

  it('evaluate --format table shows them as visible escapes, on one line', async () => {
    const json = JSON.stringify({
      unit: hostile,
      year: 2025,
      observations: [{ indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 }],
    });
    // fitted to the width (the default) and one line per row (--wide): escaped before the text is wrapped
    for (const wide of [[], ['--wide']]) {
      const r = await xhht(['evaluate', 'a.json', ...wide], { 'a.json': json });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.stdout.replace(/\s+/g, ' ')).toContain('A\\x1B[2J\\x1B[31mFAKE: all targets met B\\x9B31m\\x07');
    }
  });

  it('assess-communes --format table too', async () => {
    const r = await xhht(['assess-communes', 'c.csv'], { 'c.csv': communes('"Xã\u001b[2J"') });
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('Xã\\x1B[2J');
  });

  it('writeTable table: a tab or line break inside a cell becomes a space', () => {
    expect(writeTable({ header: ['a', 'b'], rows: [['x\ty', 'p\r\nq']] }, 'table').split('\n')[2]).toBe('x y  p q');
  });

  it('a diagnostic line quotes the file without control characters', () => {
    const line = formatDiagnostic(
      {
        severity: 'error',
        code: 'invalid-csv',
        file: 'a\u001b[2J.csv',
        field: 'x\ny',
        message: 'bad\u0007',
        messageVi: 'lỗi',
      },
      'en',
    );
    expect(line).toBe('a\\x1B[2J.csv: x y: bad\\x07 (invalid-csv)');
  });
});

describe('escapeTerminal', () => {
  const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
  it('leaves no control character, and changes nothing in text without one', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('a', 'Đ', 'ư', ' ', '\\', 'x'),
            fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
          ),
        }),
        (s) => {
          const out = escapeTerminal(s);
          expect(out).not.toMatch(CONTROL);
          if (!CONTROL.test(s)) expect(out).toBe(s);
        },
      ),
      { numRuns: 300 },
    );
  });
});
