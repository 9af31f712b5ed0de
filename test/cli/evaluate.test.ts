import { describe, expect, it } from 'vitest';
import type { AttainmentByUnit } from '../../src/attainment/compute.js';
import type { AttainmentReport } from '../../src/attainment/result.js';
import { lines, xhht } from './helpers.js';

// Figures: 55 of 63 provinces at XMC level 2 in 2024 (shared/domain/targets-1373.md §3, as in
// examples/national-2024.json); target 70% for 2025 and 90% for 2030 (Decision 1373, Mục II.2.a).
// 55/63 = 87.3015…% by hand.
const XMC2 = 'provinces-literacy-level-2';
const resultOf = (report: AttainmentReport, indicator = XMC2) => report.results.find((r) => r.indicator === indicator)!;

describe('xhht evaluate: good input', () => {
  it('the bundled JSON example against 2025, as JSON: 55/63 meets 70%', async () => {
    const r = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2025', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(report.year).toBe(2025);
    expect(resultOf(report)).toMatchObject({
      status: 'met',
      actualPercent: '87.30',
      targetPercent: '70',
      share: { numerator: 55, denominator: 63 },
    });
    expect(report.unit).toBe('Việt Nam');
  });

  it('the same figures against 2030 are short of 90% by 2 provinces (90% of 63 = 56.7 → 57)', async () => {
    const r = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2030', '--format', 'json']);
    expect(resultOf(JSON.parse(r.stdout))).toMatchObject({ status: 'not-met', targetPercent: '90', shortfall: 2 });
  });

  it('the default table is the appendix table in Vietnamese', async () => {
    const r = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nội dung chỉ tiêu');
    expect(r.stdout).toContain('87,30% (55/63)');
    expect(r.stdout).toContain('Đạt');
  });

  it('--lang en gives the English table', async () => {
    const r = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2025', '--lang', 'en']);
    expect(r.stdout).toContain('87.30% (55/63)');
    expect(r.stdout).toContain('Met');
  });

  it('the bundled CSV example is the JSON example: same results for every target, both years', async () => {
    for (const year of ['2025', '2030']) {
      const csv = await xhht(['evaluate', 'examples/observations-2024.csv', '--year', year, '--format', 'json']);
      const json = await xhht(['evaluate', 'examples/national-2024.json', '--year', year, '--format', 'json']);
      expect(csv.code).toBe(0);
      const pick = (r: AttainmentReport) =>
        r.results.map((x) => [
          x.indicator,
          x.status,
          x.share,
          x.actualCount,
          x.achieved,
          x.observation?.asOf,
          x.observation?.source,
          x.observation?.unit,
        ]);
      expect(pick(JSON.parse(csv.stdout))).toEqual(pick(JSON.parse(json.stdout)));
    }
  });

  it('reads a Vietnamese Excel export: ";" delimiter, BOM, Vietnamese headers, quoted field, "19.739/19.747" share', async () => {
    // 19.739/19.747: the number format of seed 004 line 56, used here as a share of working-age people.
    // 19739/19747 = 99.9594…% by hand; national 2025 target 50% (Decision 1373, Mục II.2.b).
    const file =
      '\uFEFFChỉ tiêu;Tử số;Mẫu số;Tỷ số;Ngày;Nguồn\r\n' +
      `${XMC2};55;63;;31/12/2024;"Báo cáo; trang 3"\r\n` +
      'working-age-information-competence;;;19.739/19.747;;\r\n';
    const r = await xhht(['evaluate', 'vn.csv', '--year', '2025', '--format', 'json'], { 'vn.csv': file });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(resultOf(report)).toMatchObject({
      status: 'met',
      observation: { asOf: '2024-12-31', source: 'Báo cáo; trang 3' },
    });
    expect(resultOf(report, 'working-age-information-competence')).toMatchObject({
      status: 'met',
      actualPercent: '99.96',
      share: { numerator: 19739, denominator: 19747 },
    });
  });

  it('reads Vietnamese thousands separators in count cells ("1.234" is 1234)', async () => {
    // 4.340 people with a university degree of 9.287 aged 15+ trained: seed 004 line 65 (used as a share here).
    const file = 'indicator,numerator,denominator\npopulation-15plus-university-or-higher,4.340,9.287\n';
    const r = await xhht(['evaluate', 'a.csv', '--year', '2025', '--format', 'json'], { 'a.csv': file });
    expect(resultOf(JSON.parse(r.stdout), 'population-15plus-university-or-higher').share).toEqual({
      numerator: 4340,
      denominator: 9287,
    });
  });

  it('a UTF-16 file with a byte-order mark (Excel "Unicode text", tab-delimited) is read', async () => {
    const text = `indicator\tnumerator\tdenominator\n${XMC2}\t55\t63\n`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
    const r = await xhht(['evaluate', 'u16.csv', '--year', '2025', '--format', 'json'], { 'u16.csv': bytes });
    expect(r.code).toBe(0);
    expect(resultOf(JSON.parse(r.stdout)).status).toBe('met');
  });

  it('a CSV with several units gives one report per unit', async () => {
    const file = `unit,indicator,numerator,denominator\nTỉnh A,universities-digital,7,10\nTỉnh B,universities-digital,6,10\n`;
    // universities-digital 2025 target: 70% (Decision 1373, Mục II.2.c); 7/10 = 70% meets it, 6/10 does not
    const r = await xhht(['evaluate', 'u.csv', '--year', '2025', '--format', 'json'], { 'u.csv': file });
    const byUnit = JSON.parse(r.stdout) as AttainmentByUnit;
    expect(byUnit.reports.map((x) => [x.unit, resultOf(x, 'universities-digital').status])).toEqual([
      ['Tỉnh A', 'met'],
      ['Tỉnh B', 'not-met'],
    ]);
    const table = await xhht(['evaluate', 'u.csv', '--year', '2025'], { 'u.csv': file });
    expect(table.stdout).toContain('Tỉnh A');
    expect(table.stdout).toContain('Tỉnh B');
  });

  it('takes plan, year and asOf from the JSON file when the options do not give them', async () => {
    const file = JSON.stringify({
      plan: 'qd-1373',
      year: 2030,
      asOf: '2025-06-30',
      observations: [{ indicator: XMC2, numerator: 55, denominator: 63 }],
    });
    const r = await xhht(['evaluate', 'f.json', '--format', 'json'], { 'f.json': file });
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect([report.year, report.asOf, resultOf(report).targetPercent]).toEqual([2030, '2025-06-30', '90']);
  });

  it('a bare JSON array of observations works too', async () => {
    const r = await xhht(['evaluate', 'a.json', '-y', '2025', '-f', 'json'], {
      'a.json': JSON.stringify([{ indicator: XMC2, numerator: 55, denominator: 63 }]),
    });
    expect(resultOf(JSON.parse(r.stdout)).status).toBe('met');
  });

  it('--out writes the report to the file and nothing to standard output', async () => {
    const r = await xhht([
      'evaluate',
      'examples/national-2024.json',
      '--year',
      '2025',
      '--format',
      'markdown',
      '--out',
      'report.md',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const md = r.written.get('report.md')!;
    expect(md).toContain('|');
    expect(md).toContain('87,30');
  });

  it('without --format, the --out extension picks the format (.json, .html)', async () => {
    const r = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2025', '--out', 'r.json']);
    expect(resultOf(JSON.parse(r.written.get('r.json')!)).status).toBe('met');
    const h = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2025', '--out', 'r.html']);
    expect(h.written.get('r.html')).toMatch(/^<!DOCTYPE html>/i);
  });

  it('markdown, csv and html are written by renderReport', async () => {
    for (const format of ['markdown', 'csv', 'html']) {
      const r = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2025', '--format', format]);
      expect(r.code, format).toBe(0);
      expect(r.stdout.length, format).toBeGreaterThan(100);
    }
  });

  it('a count with "of which" components: components.<id> columns (Huế 2026 plan, seed 003 lines 72–74: ≥ 15 units, of which ≥ 05 at level 2)', async () => {
    const file = 'indicator,count,components.level-2\nunits-learning-unit-province,16,4\n';
    const r = await xhht(['evaluate', 'c.csv', '--plan', 'hue-2026', '--format', 'json'], { 'c.csv': file });
    expect(r.code).toBe(0);
    const result = resultOf(JSON.parse(r.stdout), 'units-learning-unit-province');
    // 16 ≥ 15 but 4 < 5 at level 2: not met, 1 unit short
    expect(result).toMatchObject({ status: 'not-met', actualCount: 16, targetCount: 15 });
    expect(result.components).toEqual([expect.objectContaining({ id: 'level-2', actual: 4, target: 5, shortfall: 1 })]);
  });

  it('a plan with one target year needs no --year (Huế 2026)', async () => {
    const r = await xhht([
      'evaluate',
      'examples/national-2024.json',
      '--plan',
      'hue-2026',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect((JSON.parse(r.stdout) as AttainmentReport).year).toBe(2026);
    // the national literacy figure has no Huế 2026 target: a warning, not an error
    expect(r.code).toBe(0);
    expect(lines(r.stderr)[0]).toMatch(/: warning: observations\[0\]\.indicator: .*\(no-target-for-year\)$/);
  });

  it('--plan-file evaluates against a local plan that raises a national target', async () => {
    // A commune-level plan "restating or raising" the national targets, as seed 001 describes (illustrative values).
    const plan = {
      id: 'local-2025',
      title: { vi: 'Kế hoạch địa phương', en: 'Local plan' },
      issuer: 'UBND',
      reference: 'Kế hoạch số 1/KH-UBND',
      jurisdiction: { level: 'province', name: 'Tỉnh' },
      period: { from: 2021, to: 2030 },
      source: { document: 'Kế hoạch số 1/KH-UBND', verified: true, confidence: 'local' },
      extends: 'qd-1373',
      targets: [
        {
          kind: 'percent',
          indicator: XMC2,
          year: 2025,
          value: 90,
          source: { document: 'Kế hoạch số 1/KH-UBND', verified: true, confidence: 'local' },
        },
      ],
    };
    const r = await xhht(
      ['evaluate', 'examples/national-2024.json', '--plan-file', 'plan.json', '--year', '2025', '--format', 'json'],
      { 'plan.json': JSON.stringify(plan) },
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(report.plan.id).toBe('local-2025');
    expect(resultOf(report)).toMatchObject({ status: 'not-met', targetPercent: '90' });
  });
});

describe('xhht evaluate: bad rows are reported with file, line and column, the rest is evaluated', () => {
  it('a malformed number: one line naming file, row and column; exit 1; the good row still counts', async () => {
    const file = 'indicator,numerator,denominator\nuniversities-digital,7,10\n' + `${XMC2},"19,7a",63\n`;
    const r = await xhht(['evaluate', 'bad.csv', '--year', '2025', '--format', 'json', '--lang', 'en'], {
      'bad.csv': file,
    });
    expect(r.code).toBe(1);
    const [first, summary] = lines(r.stderr);
    expect(first).toMatch(/^bad\.csv:3: numerator: "19,7a" .*\(invalid-number-format\)$/);
    expect(summary).toBe('bad.csv: 1 of 2 rows were not used (see above); the report covers the others');
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(resultOf(report, 'universities-digital').status).toBe('met');
    expect(resultOf(report).status).toBe('no-data');
  });

  it('the same message in Vietnamese by default', async () => {
    const file = `indicator;numerator;denominator\n${XMC2};19,7a;63\n`;
    const r = await xhht(['evaluate', 'bad.csv', '--year', '2025'], { 'bad.csv': file });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(
      /^bad\.csv:2: numerator: "19,7a" không phải số hợp lệ.*\(invalid-number-format\)$/,
    );
  });

  it('an English thousands separator in a count is not guessed: "1,234" is not a whole number', async () => {
    const r = await xhht(['evaluate', 'e.csv', '--year', '2025', '--lang', 'en'], {
      'e.csv': `indicator;numerator;denominator\n${XMC2};55;"1,234"\n`,
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(/^e\.csv:2: denominator: .*\(invalid-count\)$/);
  });

  it('problems found by computeAttainment point to the CSV line and column', async () => {
    const file = `indicator,numerator,denominator\n${XMC2},64,63\nno-such-indicator,1,2\n`;
    const r = await xhht(['evaluate', 'x.csv', '--year', '2025', '--lang', 'en'], { 'x.csv': file });
    expect(r.code).toBe(1);
    const ls = lines(r.stderr);
    expect(ls[0]).toMatch(/^x\.csv:2: numerator: .*\(numerator-exceeds-denominator\)$/);
    expect(ls[1]).toMatch(/^x\.csv:3: indicator: unknown indicator "no-such-indicator" \(unknown-indicator\)$/);
    expect(ls[2]).toBe('x.csv: 2 of 2 rows were not used (see above); the report covers the others');
  });

  it('with a share column, a problem with the numerator names the share column', async () => {
    const r = await xhht(['evaluate', 's.csv', '--year', '2025', '--lang', 'en'], {
      's.csv': `indicator,share\n${XMC2},64/63\n`,
    });
    expect(lines(r.stderr)[0]).toMatch(/^s\.csv:2: share: .*\(numerator-exceeds-denominator\)$/);
  });

  it('a row with no value, half a share, or two kinds of value is rejected with its line', async () => {
    const file = `indicator,numerator,denominator,count\n${XMC2},,,\n${XMC2},55,,\n${XMC2},55,63,4\n`;
    const r = await xhht(['evaluate', 'k.csv', '--year', '2025', '--lang', 'en'], { 'k.csv': file });
    expect(r.code).toBe(1);
    const ls = lines(r.stderr);
    expect(ls[0]).toMatch(/^k\.csv:2: no value/);
    expect(ls[1]).toMatch(/^k\.csv:3: denominator: denominator is empty \(invalid-observation\)$/);
    expect(ls[2]).toMatch(/^k\.csv:4: one kind of value per row/);
  });

  it('JSON observations are located by their path', async () => {
    const file = JSON.stringify({ observations: [{ indicator: XMC2, numerator: 64, denominator: 63 }] });
    const r = await xhht(['evaluate', 'o.json', '--year', '2025', '--lang', 'en'], { 'o.json': file });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(/^o\.json: observations\[0\]\.numerator: .*\(numerator-exceeds-denominator\)$/);
  });

  it('an observation dated after --as-of is not used (2024-12-31 is after 2024-06-30)', async () => {
    const r = await xhht([
      'evaluate',
      'examples/national-2024.json',
      '--year',
      '2025',
      '--as-of',
      '2024-06-30',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(
      /^examples\/national-2024\.json: observations\[0\]\.asOf: .*\(observation-after-as-of\)$/,
    );
  });

  it('warnings (unknown column, a rate column beside counts) are printed but do not fail the run', async () => {
    const file = `indicator,numerator,denominator,tỷ lệ,foo\n${XMC2},55,63,"87,3",bar\n`;
    const r = await xhht(['evaluate', 'w.csv', '--year', '2025', '--lang', 'en'], { 'w.csv': file });
    expect(r.code).toBe(0);
    const ls = lines(r.stderr);
    expect(ls[0]).toMatch(/^w\.csv:1: warning: tỷ lệ: rows with counts use the counts/);
    expect(ls[1]).toMatch(/^w\.csv:1: warning: foo: unknown column, ignored \(invalid-csv\)$/);
  });
});

describe('xhht evaluate: files that cannot be used at all (exit 1)', () => {
  it('an unclosed quote', async () => {
    const r = await xhht(['evaluate', 'q.csv', '--year', '2025', '--lang', 'en'], {
      'q.csv': `indicator,source\n${XMC2},"oops\n`,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual(['q.csv:2: a quoted field opened on line 2 is never closed (invalid-csv)']);
  });

  it('no indicator column', async () => {
    const r = await xhht(['evaluate', 'n.csv', '--year', '2025', '--lang', 'en'], {
      'n.csv': 'numerator,denominator\n1,2\n',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^n\.csv:1: no "indicator" \(chỉ tiêu\) column.*\(invalid-csv\)\n$/);
  });

  it('a missing file', async () => {
    const r = await xhht(['evaluate', 'does-not-exist.csv', '--year', '2025', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('does-not-exist.csv: cannot read the file: no such file (unreadable-file)\n');
  });

  it('a file that is not UTF-8 (Windows-1258 bytes)', async () => {
    // "Tử số" in Windows-1258 is not valid UTF-8
    const bytes = new Uint8Array([0x54, 0xdd, 0x20, 0x73, 0xf4, 0x0a]);
    const r = await xhht(['evaluate', 'w.csv', '--year', '2025'], { 'w.csv': bytes });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^w\.csv: tệp không phải văn bản UTF-8.*\(invalid-encoding\)\n$/);
  });

  it('JSON that does not parse, or has another shape', async () => {
    const a = await xhht(['evaluate', 'a.json', '--year', '2025'], { 'a.json': '{"observations": [' });
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('(invalid-json)');
    const b = await xhht(['evaluate', 'b.json', '--year', '2025', '--lang', 'en'], { 'b.json': '{"data": []}' });
    expect(b.code).toBe(1);
    expect(b.stderr).toBe(
      'b.json: expected an array of observations or an object with "observations": [...] (invalid-json)\n',
    );
  });

  it('an unknown plan named inside the file is bad input (exit 1), located at "plan"', async () => {
    const r = await xhht(['evaluate', 'p.json', '--year', '2025', '--lang', 'en'], {
      'p.json': JSON.stringify({ plan: 'qd-9999', observations: [] }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^p\.json: plan: unknown plan "qd-9999"; built-in plans: .*qd-1373.* \(unknown-plan\)\n$/);
  });

  it('a year inside the file that the plan lacks is bad input (exit 1)', async () => {
    const r = await xhht(['evaluate', 'y.json', '--lang', 'en'], {
      'y.json': JSON.stringify({ year: 2027, observations: [] }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('y.json: year: year 2027: plan "qd-1373" has targets for 2025, 2030 (year-not-in-plan)\n');
  });

  it('an invalid plan file: every problem on its own line, with its path', async () => {
    const plan = {
      id: 'Bad Id',
      title: { vi: 'x', en: 'x' },
      issuer: 'x',
      reference: 'x',
      jurisdiction: { level: 'province', name: 'x' },
      period: { from: 2021, to: 2030 },
      source: { document: 'x', verified: true },
      targets: [
        { kind: 'percent', indicator: XMC2, year: 2025, value: 101, source: { document: 'x', verified: true } },
      ],
    };
    const r = await xhht(
      ['evaluate', 'examples/national-2024.json', '--plan-file', 'plan.json', '--year', '2025', '--lang', 'en'],
      { 'plan.json': JSON.stringify(plan) },
    );
    expect(r.code).toBe(1);
    const ls = lines(r.stderr);
    expect(ls.length).toBeGreaterThanOrEqual(2);
    expect(ls.some((l) => l.startsWith('plan.json: id: '))).toBe(true);
    expect(ls.some((l) => l.startsWith('plan.json: targets[0].value: '))).toBe(true);
    expect(ls.every((l) => l.endsWith('(invalid-plan)'))).toBe(true);
  });
});

describe('xhht evaluate: usage errors (exit 2)', () => {
  it('an unknown --plan names the built-in plans', async () => {
    const r = await xhht([
      'evaluate',
      'examples/national-2024.json',
      '--plan',
      'qd-9999',
      '--year',
      '2025',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toMatch(/^xhht: unknown plan "qd-9999"; built-in plans: .*qd-1373/);
    expect(lines(r.stderr)[1]).toBe('(see xhht evaluate --help)');
    expect(r.stdout).toBe('');
  });

  it('a --year the plan has no targets for names the years it has (2025, 2030)', async () => {
    const r = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2027', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toBe('xhht: plan "qd-1373" has no targets for 2027; it has targets for 2025, 2030');
  });

  it('no --year when the plan has several target years', async () => {
    const r = await xhht(['evaluate', 'examples/national-2024.json']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toBe('xhht: cần --year: kế hoạch "qd-1373" có mục tiêu cho các năm 2025, 2030');
  });

  it.each([
    [['--year', '25'], '--year must be a year like 2025'],
    [['--year', '2025', '--format', 'pdf'], '--format must be one of table, markdown, csv, html, json'],
    [['--year', '2025', '--as-of', '30/06/2025'], '--as-of must be a date YYYY-MM-DD'],
    [['--year', '2025', '--lang', 'fr'], '--lang phải là vi hoặc en, không phải "fr"'],
    [['--year', '--lang', 'en'], 'option --year needs a value'],
    [['--year', '2025', '--bogus'], 'unknown option --bogus'],
    [['--year'], 'option --year needs a value'],
    [['--year', '2025', '--plan', 'qd-1373', '--plan-file', 'p.json'], 'give --plan or --plan-file, not both'],
  ])('%j', async (args, message) => {
    const r = await xhht([
      'evaluate',
      'examples/national-2024.json',
      ...args,
      ...(args.includes('--lang') ? [] : ['--lang', 'en']),
    ]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toContain(message);
  });

  it('no file, or two files', async () => {
    expect((await xhht(['evaluate', '--year', '2025'])).code).toBe(2);
    expect((await xhht(['evaluate', 'a.json', 'b.json'])).code).toBe(2);
  });
});
