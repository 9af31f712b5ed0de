import { describe, expect, it } from 'vitest';
import type { AttainmentByUnit } from '../../src/attainment/compute.js';
import type { AttainmentReport } from '../../src/attainment/result.js';
import type { CommuneRecord } from '../../src/standards/model.js';
import type { RollupCheck, UnitAssessment } from '../../src/standards/result.js';
import { rollUp, type RollUpResult } from '../../src/standards/rollup.js';
import { lines, xhht } from './helpers.js';

/*
 * Issue 9 §1: a row that cannot be read never disappears from a roll-up. It
 * stays as a commune of unknown level, with its line and reason in every output
 * format; no unit is called certain unless it would be with that row in it; the
 * exit code is 1; and the CLI gives the same interval as rollUp on the same values.
 *
 * The figures are the illustrative "Xã mẫu A" of examples/communes-sample.csv:
 * 15–25: 1.400 of 1.500 at level 2; 15–35: 3.150 of 3.200 at level 1; 15–60:
 * 5.900 of 6.400 at level 2 = 92,19% ≥ 90% (Decree 20/2014 Art. 21); disabled
 * 38 of 40 in education = 95% ≥ 60% (Circular 07/2016 Art. 2); every XMC
 * condition yes. Each such commune meets XMC level 2.
 */
const HEADER =
  'id;name;province;district;especially-difficult;' +
  'age15to25.total;age15to25.literateLevel1;age15to25.literateLevel2;' +
  'age15to35.total;age15to35.literateLevel1;age15to35.literateLevel2;' +
  'age15to60.total;age15to60.literateLevel1;age15to60.literateLevel2;' +
  'disabled.ableToLearn;disabled.inEducation;' +
  'conditions.xmc.enoughTeachers;conditions.xmc.monitorAssigned;conditions.xmc.facilities';
const row = (id: string, province: string, level2 = '5.900', district = 'huyen-1') =>
  `${id};Xã ${id};${province};${district};không;` +
  `1.500;1.480;1.400;3.200;3.150;3.000;6.400;6.300;${level2};40;38;có;có;có`;
/** The repro of issue 9 §1: three communes of one province, the third with "40O" for 15–60 at level 2. */
const REPRO = [HEADER, row('xa-a', 'tinh-x'), row('xa-b', 'tinh-x'), row('xa-c', 'tinh-x', '40O'), ''].join('\n');

/** The records rollUp gets for those rows, typed by hand: the typo stays text. */
function record(id: string, province: string, level2: number | string = 5900, district = 'huyen-1'): CommuneRecord {
  return {
    id,
    name: `Xã ${id}`,
    province,
    district,
    especiallyDifficult: false,
    counts: {
      age15to25: { total: 1500, literateLevel1: 1480, literateLevel2: 1400 },
      age15to35: { total: 3200, literateLevel1: 3150, literateLevel2: 3000 },
      age15to60: { total: 6400, literateLevel1: 6300, literateLevel2: level2 as number },
      disabled: { ableToLearn: 40, inEducation: 38 },
    },
    conditions: { xmc: { enoughTeachers: true, monitorAssigned: true, facilities: true } },
  };
}

/** Per province and level: status and the certain / possible shares of communes. */
function intervals(r: Pick<RollUpResult, 'provinces'>): unknown {
  return r.provinces.map((p: UnitAssessment) => ({
    id: p.id,
    units: p.units,
    min: p.standards.xmc?.minLevel,
    max: p.standards.xmc?.maxLevel,
    checks: p.standards.xmc?.levels.map((l) =>
      l.checks.filter((c): c is RollupCheck => c.kind === 'rollup').map((c) => [c.status, c.certain, c.possible]),
    ),
  }));
}

describe('assess-communes: the repro of issue 9 §1 (a typo in one of three communes)', () => {
  it(
    'before the fix the table listed two communes and called ' +
      'the province certain; now the third stays, undetermined',
    async () => {
      // --wide: each row on one line, so a row is a line (fitted tables: table-width.test.ts)
      const r = await xhht(['assess-communes', 'c.csv', '--standards', 'xmc', '--wide'], { 'c.csv': REPRO });
      expect(r.code).toBe(1);
      const row = lines(r.stdout).find((l) => l.includes(' xa-c '))!;
      // its line (4), its level as an interval, and the reason
      expect(row).toMatch(/^xã\s+4\s+xa-c\s+Xã xa-c\s+0–2\?/);
      expect(row).toContain('age15to60.literateLevel2: "40O" không phải số hợp lệ');
      expect(row).toContain('(invalid-number-format)');
      const province = lines(r.stdout).find((l) => l.startsWith('tỉnh'))!;
      expect(province).toMatch(/tinh-x\s+3 đơn vị\s+0–2\?\*/);
      expect(province).toContain('chưa xác định: xa-c');
      // 2 of 3 communes for certain (66,67% < 90%), 3 of 3 at most: never "1/1 for certain"
      expect(r.stdout).toContain('Xóa mù chữ mức độ 2*: 0/1 tỉnh chắc chắn đạt, tối đa 1/1');
      expect(r.stdout).not.toContain('1/1 tỉnh chắc chắn đạt');
      expect(lines(r.stderr)).toEqual([
        expect.stringMatching(/^c\.csv:4: age15to60\.literateLevel2: "40O" .*\(invalid-number-format\)$/),
      ]);
    },
  );

  it('Markdown and CSV carry the row, its line and its reason too', async () => {
    const md = await xhht(['assess-communes', 'c.csv', '--standards', 'xmc', '--format', 'markdown', '--lang', 'en'], {
      'c.csv': REPRO,
    });
    expect(md.code).toBe(1);
    expect(md.stdout).toMatch(
      new RegExp(
        String.raw`\| commune \| 4 \| xa-c \| Xã xa-c \| {2}\| 0–2\? \|.*"40O" is not a Vietnamese ` +
          String.raw`number.*\(invalid-number-format\) \|`,
      ),
    );
    expect(md.stdout).toMatch(/\| province \| {2}\| tinh-x \| 3 units \| {2}\| 0–2\?\\\* \|.*undetermined: xa-c \|/);
    expect(md.stdout).toContain('Literacy, level 2*: 0 of 1 provinces for certain, at most 1');
    const csv = await xhht(['assess-communes', 'c.csv', '--standards', 'xmc', '--format', 'csv', '--lang', 'en'], {
      'c.csv': REPRO,
    });
    expect(csv.code).toBe(1);
    const rows = csv.stdout.split('\r\n');
    // who would recognise each level it may reach: communes, not established after the reform; the province, the
    // provincial chair (XMC level 1) and the Minister (level 2), Decree 143/2025 (press reports: unverified)
    expect(rows.find((l) => l.startsWith('commune,4,xa-c,'))).toMatch(
      new RegExp(
        String.raw`^commune,4,xa-c,Xã xa-c,,0–2\?,not established\*,,,,,"age15to60\.literateLevel2: ""40O"" ` +
          String.raw`is not a Vietnamese number.*\(invalid-number-format\)"$`,
      ),
    );
    expect(rows.find((l) => l.startsWith('province,'))).toBe(
      'province,,tinh-x,3 units,,0–2?*,level 1: Chair of the provincial People’s Committee*; level 2: Minister of ' +
        'Education and Training*,,,,,undetermined: xa-c',
    );
  });

  it(
    'JSON: every commune with its line, the problems located, ' + 'and the same interval as rollUp on the same values',
    async () => {
      const r = await xhht(['assess-communes', 'c.csv', '--standards', 'xmc', '--format', 'json', '--lang', 'en'], {
        'c.csv': REPRO,
      });
      expect(r.code).toBe(1);
      const cli = JSON.parse(r.stdout) as Omit<RollUpResult, 'communes'> & {
        communes: { line: number; id: string }[];
        diagnostics: { line: number; field: string; code: string }[];
      };
      expect(cli.communes.map((c) => [c.line, c.id])).toEqual([
        [2, 'xa-a'],
        [3, 'xa-b'],
        [4, 'xa-c'],
      ]);
      expect(cli.diagnostics).toEqual([
        expect.objectContaining({ line: 4, field: 'age15to60.literateLevel2', code: 'invalid-number-format' }),
      ]);
      const lib = rollUp([record('xa-a', 'tinh-x'), record('xa-b', 'tinh-x'), record('xa-c', 'tinh-x', '40O')], {
        regime: 'nd142-2025',
        standards: ['xmc'],
      });
      expect(intervals(cli)).toEqual(intervals(lib));
      expect(cli.provinces[0]!.standards.xmc).toMatchObject({ level: 'unknown', minLevel: 0, maxLevel: 2 });
      expect(cli.national.standards.xmc?.[1]).toMatchObject({
        certain: { numerator: 0, denominator: 1 },
        possible: { numerator: 1, denominator: 1 },
      });
    },
  );
});

describe('assess-communes: rows whose place cannot be known could be in any unit', () => {
  // two provinces of three good communes each: each meets XMC level 2 for certain (3 of 3 = 100% ≥ 90%)
  const goods = [row('a1', 'p1'), row('a2', 'p1'), row('a3', 'p1'), row('b1', 'p2'), row('b2', 'p2'), row('b3', 'p2')];

  it('an empty province cell: the commune is undetermined in every province, as rollUp counts it', async () => {
    const file = [HEADER, ...goods, row('lost', '', '40O'), ''].join('\n');
    const r = await xhht(['assess-communes', 'c.csv', '--standards', 'xmc', '--format', 'json', '--lang', 'en'], {
      'c.csv': file,
    });
    expect(r.code).toBe(1);
    const cli = JSON.parse(r.stdout) as RollUpResult;
    // 3 of 4 = 75% < 90% for certain in both provinces: neither is certain any more
    expect(cli.provinces.map((p) => [p.id, p.units, p.standards.xmc?.minLevel, p.standards.xmc?.maxLevel])).toEqual([
      ['p1', 4, 0, 2],
      ['p2', 4, 0, 2],
    ]);
    const recs = ['a1', 'a2', 'a3']
      .map((id) => record(id, 'p1'))
      .concat(
        ['b1', 'b2', 'b3'].map((id) => record(id, 'p2')),
        [record('lost', '', '40O')],
      );
    expect(intervals(cli)).toEqual(intervals(rollUp(recs, { regime: 'nd142-2025', standards: ['xmc'] })));
    const ls = lines(r.stderr);
    expect(ls).toContainEqual(
      expect.stringMatching(
        new RegExp(
          String.raw`^c\.csv:8: province: a commune needs its province id: it could be in any province, so it ` +
            `is counted as undetermined in every province`,
        ),
      ),
    );
  });

  it('a row with a field too many (its cells shifted): counted everywhere, shown with its line, exit 1', async () => {
    const shifted = `${row('x9', 'p1')};extra`;
    const file = [HEADER, ...goods, shifted, ''].join('\n');
    // --wide: one line per commune, so a row is a line
    const r = await xhht(['assess-communes', 'c.csv', '--standards', 'xmc', '--lang', 'en', '--wide'], {
      'c.csv': file,
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(
        /^c\.csv:8: 20 fields, but the header has 19; .*could be in any district or province \(invalid-csv\)$/,
      ),
    ]);
    const row8 = lines(r.stdout).find((l) => /^commune\s+8\s/.test(l))!;
    expect(row8).toMatch(/^commune\s+8\s+0–2\?\s/);
    for (const p of ['p1', 'p2'])
      expect(
        lines(r.stdout).find((l) => l.startsWith(`province        ${p}`) || new RegExp(`^province\\s+${p}\\s`).test(l)),
      ).toMatch(/4 units\s+0–2\?\*/);
  });

  it(
    'a row with a field too few (a delimiter missing): ' + 'counted everywhere like a field too many (issue 13 §3)',
    async () => {
      // the last condition's delimiter and value are missing: 18 fields under a header of 19
      const short = row('x9', 'p1').replace(/;có$/, '');
      const file = [HEADER, ...goods, short, ''].join('\n');
      const r = await xhht(['assess-communes', 'c.csv', '--standards', 'xmc', '--lang', 'en', '--wide'], {
        'c.csv': file,
      });
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual([
        expect.stringMatching(
          new RegExp(
            String.raw`^c\.csv:8: 18 fields, but the header has 19: a delimiter is missing, ` +
              String.raw`or the row is cut short\. .*could be in any district or province \(invalid-csv\)$`,
          ),
        ),
      ]);
      const row8 = lines(r.stdout).find((l) => /^commune\s+8\s/.test(l))!;
      expect(row8).toMatch(/^commune\s+8\s+0–2\?\s/);
      // in the denominator of both provinces: 3 certain of 4, never 3 of 3
      for (const p of ['p1', 'p2'])
        expect(lines(r.stdout).find((l) => new RegExp(`^province\\s+${p}\\s`).test(l))).toMatch(/4 units\s+0–2\?\*/);
    },
  );

  it(
    'nd20-2014 without a district: undetermined in every ' +
      'district of its province, and a district of unknown level',
    async () => {
      const file = [HEADER, row('a1', 'p1'), row('a2', 'p1'), row('a3', 'p1', '5.900', ''), ''].join('\n');
      const r = await xhht(
        ['assess-communes', 'c.csv', '--standards', 'xmc', '--regime', 'nd20-2014', '--format', 'json'],
        { 'c.csv': file },
      );
      expect(r.code).toBe(1);
      const cli = JSON.parse(r.stdout) as RollUpResult;
      expect(cli.districts.map((d) => [d.id, d.units])).toEqual([['huyen-1', 3]]);
      // p1: huyen-1 and a stand-in district for a3; 100% of districts needed (Decree 20/2014 Art. 21): undetermined
      expect(cli.provinces.map((p) => [p.units, p.standards.xmc?.minLevel, p.standards.xmc?.maxLevel])).toEqual([
        [2, 0, 2],
      ]);
    },
  );

  it('a repeated id: every copy undetermined, and each message names the lines of all copies', async () => {
    const file = [HEADER, row('a1', 'p1'), row('a2', 'p1'), row('a1', 'p1'), ''].join('\n');
    // --wide: one line per commune, so a row is a line
    const r = await xhht(['assess-communes', 'c.csv', '--standards', 'xmc', '--lang', 'en', '--wide'], {
      'c.csv': file,
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(
        /^c\.csv:2: id: commune id "a1" appears more than once: .* \(lines 2, 4\) \(duplicate-unit\)$/,
      ),
      expect.stringMatching(
        /^c\.csv:4: id: commune id "a1" appears more than once: .* \(lines 2, 4\) \(duplicate-unit\)$/,
      ),
    ]);
    expect(lines(r.stdout).filter((l) => /^commune\s+[24]\s+a1\s/.test(l))).toHaveLength(2);
  });

  it('a JSON commune file: the problem is in the row of its commune, by its path', async () => {
    const communes = [record('a1', 'p1'), record('a2', 'p1'), record('a3', 'p1', -5)];
    const r = await xhht(['assess-communes', 'c.json', '--standards', 'xmc', '--format', 'csv', '--lang', 'en'], {
      'c.json': JSON.stringify(communes),
    });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\r\n')[0]).toMatch(/^Tier,Id,Name,/);
    expect(r.stdout).toMatch(/commune,a3,Xã a3,,0–2\?,.*\[2\]\.counts\.age15to60\.literateLevel2: .*\(invalid-count\)/);
  });
});

describe('evaluate: an unreadable observation row is a figure, not nothing', () => {
  // 55 of 63 provinces at XMC level 2 in 2024 (examples/national-2024.json) against the 70% of 1373/QĐ-TTg, Mục II.2.a
  const XMC2 = 'provinces-literacy-level-2';

  it('beside a readable row of the same indicator: neither is used, each line says why, exit 1', async () => {
    const file = `indicator;numerator;denominator\n${XMC2};55;63\n${XMC2};5O;63\n`;
    const r = await xhht(['evaluate', 'o.csv', '--year', '2025', '--format', 'json', '--lang', 'en'], {
      'o.csv': file,
    });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as AttainmentReport;
    // before: met, as if line 3 did not exist
    expect(report.results.find((x) => x.indicator === XMC2)).toMatchObject({
      status: 'no-data',
      reason: 'conflicting-observations',
    });
    expect(lines(r.stderr)).toEqual([
      'o.csv:2: "provinces-literacy-level-2" is also given by line 3, which could not be used; which figure is ' +
        'right is unknown, so none was used (duplicate-observation)',
      expect.stringMatching(/^o\.csv:3: numerator: "5O" is not a Vietnamese number.*\(invalid-number-format\)$/),
      'o.csv: 2 of 2 rows were not used (see above); the report covers the others',
    ]);
    // the report itself carries the problem at its line, once
    expect(report.issues.map((i) => [i.code, (i as { line?: number }).line])).toEqual([
      ['invalid-number-format', 3],
      ['duplicate-observation', 2],
    ]);
  });

  it(
    'a row with a field too few is a figure not usable, ' + 'at its line, like a field too many (issue 13 §3)',
    async () => {
      // line 3 lost its denominator and the delimiter before it
      const file = `indicator;numerator;denominator\n${XMC2};55;63\n${XMC2};55\n`;
      const r = await xhht(['evaluate', 'o.csv', '--year', '2025', '--format', 'json', '--lang', 'en'], {
        'o.csv': file,
      });
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as AttainmentReport;
      // not read as 55 of nothing, not dropped: a reported figure that could not be used
      expect(report.results.find((x) => x.indicator === XMC2)).toMatchObject({
        status: 'no-data',
        reason: 'conflicting-observations',
      });
      expect(lines(r.stderr)).toEqual([
        'o.csv:2: "provinces-literacy-level-2" is also given by line 3, which could not be used; which ' +
          'figure is right is unknown, so none was used (duplicate-observation)',
        'o.csv:3: 2 fields, but the header has 3: a delimiter is missing, or the row is cut short (invalid-csv)',
        // as in a row with a field too many, the cells are still checked and their problems said
        'o.csv:3: denominator: denominator is empty (invalid-observation)',
        'o.csv: 2 of 2 rows were not used (see above); the report covers the others',
      ]);
    },
  );

  it('alone: the result says the figure was reported but not usable, in the report itself', async () => {
    const file = `indicator;numerator;denominator\n${XMC2};5O;63\n`;
    const r = await xhht(['evaluate', 'o.csv', '--year', '2025', '--format', 'markdown', '--lang', 'en'], {
      'o.csv': file,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        String.raw`\| Provinces meeting the literacy \(XMC\) standard level 2 \| 70% \| — \| No data \| ` +
          `reported figure not usable;`,
      ),
    );
    expect(r.stdout).toContain('- Error (invalid-number-format): o.csv:2: numerator: "5O" is not a Vietnamese number');
    expect(r.stdout).not.toContain('observations[0]');
  });

  it('per unit: a unit whose only row cannot be read still has its report (it used to vanish)', async () => {
    const file = `unit;indicator;numerator;denominator\nTỉnh A;${XMC2};55;63\nTỉnh B;${XMC2};55/63;\n`;
    const r = await xhht(['evaluate', 'u.csv', '--year', '2025', '--format', 'json', '--lang', 'en'], {
      'u.csv': file,
    });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as AttainmentByUnit;
    expect(out.reports.map((x) => x.unit)).toEqual(['Tỉnh A', 'Tỉnh B']);
    expect(out.reports[1]!.results.find((x) => x.indicator === XMC2)).toMatchObject({
      status: 'no-data',
      reason: 'rejected-observation',
    });
    // "55/63" is a share in a numerator column, and the denominator is empty: both said, at line 3
    expect(out.reports[1]!.issues).toEqual([
      expect.objectContaining({ code: 'invalid-number-format', line: 3, field: 'numerator' }),
      expect.objectContaining({ code: 'invalid-observation', line: 3, field: 'denominator' }),
    ]);
  });

  it('repeated rows cite file lines, not 0-based indexes', async () => {
    const file =
      `indicator;numerator;denominator\n${XMC2};55;63\n${XMC2};55;63\n` +
      'universities-digital;7;10\nuniversities-digital;8;10\n';
    const r = await xhht(['evaluate', 'd.csv', '--year', '2025', '--lang', 'en'], { 'd.csv': file });
    expect(lines(r.stderr).slice(0, 3)).toEqual([
      'd.csv:3: warning: "provinces-literacy-level-2" is observed again with the same value; line 2 was used ' +
        '(duplicate-observation)',
      'd.csv:4: "universities-digital" is observed 2 times with different values (lines 4, 5); none was used ' +
        '(duplicate-observation)',
      'd.csv:5: "universities-digital" is observed 2 times with different values (lines 4, 5); none was used ' +
        '(duplicate-observation)',
    ]);
    const vi = await xhht(['evaluate', 'd.csv', '--year', '2025'], { 'd.csv': file });
    expect(lines(vi.stderr)[0]).toBe(
      'd.csv:3: cảnh báo: "provinces-literacy-level-2" được báo cáo lặp lại cùng giá trị; đã dùng số liệu ở dòng 2 ' +
        '(duplicate-observation)',
    );
  });
});
