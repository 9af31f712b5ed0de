import { describe, expect, it } from 'vitest';
import { computeAttainmentByUnit } from '../../src/attainment/compute.js';
import type { Observation } from '../../src/attainment/observation.js';
import { renderReport } from '../../src/report/render.js';
import { xhht } from './helpers.js';

/*
 * The command line on big files (issue 11.6): a CSV file read as a stream and
 * the reports of many units written as they are computed give what reading
 * and writing everything at once gave. The figures are synthetic (unit i has
 * i + 1 of 63 provinces at literacy level 2, the share of Decision 1373's
 * first indicator); the bundled examples are the files in examples/.
 */

const LITERACY = 'provinces-literacy-level-2';
const DIGITAL = 'universities-digital';

/** Observations of `n` units, two indicators each, and the same as a CSV file (';', Vietnamese headers and numbers). */
function units(n: number): { observations: Observation[]; csv: string } {
  const observations: Observation[] = [];
  const lines = ['Chỉ tiêu;Đơn vị;Tử số;Mẫu số;Ngày'];
  for (let i = 0; i < n; i++) {
    const unit = `Xã ${i + 1}`;
    const rows = [
      { indicator: LITERACY, numerator: (i % 63) + 1, denominator: 63 },
      { indicator: DIGITAL, numerator: 1700 + i, denominator: 2500 },
    ];
    for (const r of rows) {
      observations.push({ ...r, unit, asOf: '2024-12-31' });
      const [numerator, denominator] = [r.numerator, r.denominator].map((n) => n.toLocaleString('de-DE'));
      lines.push(`${r.indicator};${unit};${numerator};${denominator};31/12/2024`);
    }
  }
  return { observations, csv: `${lines.join('\r\n')}\r\n` };
}

describe('a CSV file read in pieces reads as the whole file', () => {
  // a unit's rows with problems among good ones: a bad number, an empty indicator, a field too many,
  // a quoted line break
  const troubled = [
    'chỉ tiêu;đơn vị;tử số;mẫu số',
    `${LITERACY};Tỉnh A;55;63`,
    `${LITERACY};Tỉnh B;5x;63`,
    ';Tỉnh B;1;2',
    `${DIGITAL};Tỉnh A;7;10;9`,
    `${DIGITAL};"Tỉnh\r\nC";6;10`,
    '',
    `${DIGITAL};Tỉnh B;6;10`,
  ].join('\r\n');
  const cases: [string, string[], Record<string, string>][] = [
    [
      'evaluate, the bundled CSV example',
      ['evaluate', 'examples/observations-2024.csv', '--year', '2025', '--format', 'json'],
      {},
    ],
    [
      'evaluate, rows with problems (json)',
      ['evaluate', 't.csv', '--year', '2025', '--format', 'json'],
      { 't.csv': troubled },
    ],
    [
      'evaluate, rows with problems (csv)',
      ['evaluate', 't.csv', '--year', '2025', '--format', 'csv', '--lang', 'en'],
      { 't.csv': troubled },
    ],
    ['evaluate, rows with problems (table)', ['evaluate', 't.csv', '--year', '2025'], { 't.csv': troubled }],
    [
      'evaluate, an appendix',
      ['evaluate', 'examples/long-phung-phu-luc-2.csv', '--year', '2025', '--format', 'json'],
      {},
    ],
    [
      'assess-communes, the bundled sample (json)',
      ['assess-communes', 'examples/communes-sample.csv', '--format', 'json'],
      {},
    ],
    [
      'assess-communes, the bundled sample (csv)',
      ['assess-communes', 'examples/communes-sample.csv', '--format', 'csv'],
      {},
    ],
    ['a file with only a header', ['evaluate', 'h.csv', '--year', '2025'], { 'h.csv': 'chỉ tiêu;tử số;mẫu số\r\n' }],
    [
      'an unclosed quote',
      ['evaluate', 'q.csv', '--year', '2025'],
      { 'q.csv': `chỉ tiêu;tử số;mẫu số\n${LITERACY};"55;63\n` },
    ],
  ];

  it.each(cases)('%s', async (_, argv, files) => {
    const whole = await xhht(argv, files);
    for (const pieces of [1, 7, 4096]) {
      const streamed = await xhht(argv, files, { pieces });
      expect({ code: streamed.code, stdout: streamed.stdout, stderr: streamed.stderr }).toEqual({
        code: whole.code,
        stdout: whole.stdout,
        stderr: whole.stderr,
      });
    }
  });

  it(
    'a Vietnamese letter cut between two pieces is read ' + 'whole; bytes that are not UTF-8 are invalid-encoding',
    async () => {
      // "Đ" is two bytes in UTF-8 (C4 90): pieces of one byte cut every letter of the unit's name
      const text = `chỉ tiêu;đơn vị;tử số;mẫu số\n${LITERACY};Đăk Cấm;55;63\n`;
      const r = await xhht(
        ['evaluate', 'a.csv', '--year', '2025', '--format', 'json'],
        { 'a.csv': text },
        { pieces: 1 },
      );
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).unit).toBe('Đăk Cấm');
      const bad = new Uint8Array([
        ...new TextEncoder().encode(`chỉ tiêu;tử số;mẫu số\n${LITERACY};55;63\n`),
        0xc4,
        0x0a,
      ]);
      const e = await xhht(['evaluate', 'b.csv', '--year', '2025'], { 'b.csv': bad }, { pieces: 5 });
      expect(e.code).toBe(1);
      expect(e.stderr).toContain('(invalid-encoding)');
    },
  );
});

describe('the reports of many units, written one unit at a time', () => {
  // 300 units: more than one batch of the CSV writer (256 reports)
  const { observations, csv } = units(300);

  it(
    '--format csv is the CSV of computeAttainmentByUnit’s ' + 'reports (a file: with the byte-order mark for Excel)',
    async () => {
      const r = await xhht(['evaluate', 'u.csv', '--year', '2025', '--format', 'csv'], { 'u.csv': csv });
      expect(r.code).toBe(0);
      const { reports } = computeAttainmentByUnit({ plan: 'qd-1373', year: 2025, observations });
      expect(reports).toHaveLength(300);
      const expected = renderReport(reports, { format: 'csv', lang: 'vi', spreadsheet: true, delimiter: ';' });
      expect(r.stdout).toBe(expected);
      const f = await xhht(
        ['evaluate', 'u.csv', '--year', '2025', '--out', 'r.csv'],
        { 'u.csv': csv },
        { pieces: 1000 },
      );
      expect(f.written.get('r.csv')).toBe(`\uFEFF${expected}`);
    },
  );

  it('--format json has every report, each with its issues, and is written in pieces', async () => {
    const r = await xhht(['evaluate', 'u.csv', '--year', '2025', '--format', 'json'], { 'u.csv': csv });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      plan: { id: string };
      year: number;
      reports: { unit: string; issues: unknown[]; summary: { met: number } }[];
      issues: unknown[];
    };
    expect(out.plan.id).toBe('qd-1373');
    expect(out.reports.map((x) => x.unit)).toEqual(Array.from({ length: 300 }, (_, i) => `Xã ${i + 1}`));
    // Decision 1373 Mục II.2.a and c, 2025: 70% for both. Literacy: 44 of 63 is 69.84%, 45 of 63 is 71.43%;
    // digital: 1,749 of 2,500 is 69.96%, 1,750 of 2,500 is exactly 70%
    expect(out.reports.slice(43, 51).map((x) => x.summary.met)).toEqual([0, 1, 1, 1, 1, 1, 1, 2]);
    expect(out.issues).toEqual([]);
    expect(r.stdout).toBe(`${JSON.stringify(out, null, 2)}\n`);
    // about 30 KB a report: many writes, none the whole output
    expect(r.stdoutWrites).toBeGreaterThan(10);
  });

  it('--out gets the same text through a file written as it comes', async () => {
    const direct = await xhht(['evaluate', 'u.csv', '--year', '2025', '--format', 'json'], { 'u.csv': csv });
    const r = await xhht(
      ['evaluate', 'u.csv', '--year', '2025', '--format', 'json', '--out', 'r.json'],
      { 'u.csv': csv },
      { pieces: 4096 },
    );
    expect(r.code).toBe(0);
    expect(r.written.get('r.json')).toBe(direct.stdout);
  });

  it('rows not used are still counted, with the issues of their unit and of the batch', async () => {
    const text = `${csv}${LITERACY};;1;2;\r\n${LITERACY};Xã 5;70;63;\r\n`;
    const r = await xhht(
      ['evaluate', 'u.csv', '--year', '2025', '--format', 'json', '--lang', 'en'],
      { 'u.csv': text },
      { pieces: 100 },
    );
    expect(r.code).toBe(1);
    // the row without a unit (line 602), the numerator above its denominator (line 603), and the good
    // figure of the same unit and indicator (line 10), which the rejected one puts in doubt: 3 of 602 rows
    expect(r.stderr).toContain('u.csv:602: Đơn vị: observation names no unit');
    expect(r.stderr).toContain('u.csv:603: Tử số: numerator 70 is greater than denominator 63');
    expect(r.stderr).toContain('u.csv:10: "provinces-literacy-level-2" is also given by line 603');
    expect(r.stderr).toContain('3 of 602 rows were not used');
    const out = JSON.parse(r.stdout) as {
      reports: { unit: string; issues: { code: string; line?: number }[] }[];
      issues: { code: string; line?: number }[];
    };
    expect(out.issues.map((i) => [i.code, i.line])).toEqual([['missing-unit', 602]]);
    expect(out.reports[4]!.issues.map((i) => [i.code, i.line])).toEqual(
      expect.arrayContaining([['numerator-exceeds-denominator', 603]]),
    );
  });
});

describe('assess-communes --format json is written in pieces', () => {
  it(
    'the same text as one JSON.stringify, in several writes ' +
      '(as one string, 20,000 communes passed what Node holds)',
    async () => {
      const r = await xhht(['assess-communes', 'examples/communes-sample.csv', '--format', 'json']);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as { communes: { line: number; id: string }[] };
      // every commune of the sample, with the line of its row
      expect(out.communes.map((c) => [c.line, c.id]).slice(0, 2)).toEqual([
        [2, 'dak-cam'],
        [3, 'mau-a'],
      ]);
      expect(r.stdout).toBe(`${JSON.stringify(out, null, 2)}\n`);
      expect(r.stdoutWrites).toBeGreaterThan(1);
    },
  );
});
