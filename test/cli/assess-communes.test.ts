import { describe, expect, it } from 'vitest';
import type { RollUpResult } from '../../src/standards/rollup.js';
import type { ShareCheck } from '../../src/standards/result.js';
import { lines, xhht } from './helpers.js';

// examples/communes-sample.csv: Đăk Cấm with the figures of seed 004 lines 39–56 (15–25: 4.811/4.811/4.811,
// 15–35: 9.399/9.399/9.399, 15–60: 19.747 of whom 19.739 at literate level 2), no disabled counts and no
// conditions (the seed gives neither); two communes with illustrative figures, labelled as such.
const SAMPLE = 'examples/communes-sample.csv';

describe('xhht assess-communes', () => {
  it('reads the ";"-delimited sample with Vietnamese numbers and rolls up to the province', async () => {
    const r = await xhht(['assess-communes', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as RollUpResult;
    expect(result.regime).toBe('nd142-2025');
    expect(result.communes.map((c) => c.id)).toEqual(['dak-cam', 'mau-a', 'mau-b']);
    expect(result.provinces.map((p) => [p.id, p.units])).toEqual([['quang-ngai', 3]]);
  });

  it('Đăk Cấm: 19.739/19.747 aged 15–60 at level 2 is read exactly (99,96%: seed 004 line 56) and passes the 90% minimum (Decree 20/2014 Art. 21)', async () => {
    const result = JSON.parse((await xhht(['assess-communes', SAMPLE, '--format', 'json'])).stdout) as RollUpResult;
    const xmc = result.communes[0]!.standards.xmc!;
    const check = xmc.levels[1]!.checks.find(
      (c) => c.kind === 'share' && c.denominatorField === 'age15to60.total',
    ) as ShareCheck;
    expect(check).toMatchObject({
      share: { numerator: 19739, denominator: 19747 },
      required: '90',
      rate: '99.96',
      status: 'pass',
    });
    // the disabled counts and the conditions are not in the seed: the level stays open, never guessed
    expect([xmc.level, xmc.minLevel, xmc.maxLevel]).toEqual(['unknown', 0, 2]);
    expect(xmc.missing).toEqual(expect.arrayContaining(['disabled.ableToLearn', 'disabled.inEducation']));
  });

  it('the table shows levels, open levels as a range, and the legend', async () => {
    // --wide: one line per commune (the fitted layout: table-width.test.ts)
    const r = await xhht(['assess-communes', SAMPLE, '--standards', 'xmc', '--lang', 'en', '--wide']);
    expect(r.code).toBe(0);
    const row = (id: string) => lines(r.stdout).find((l) => l.includes(` ${id} `))!;
    // sample A: 5.900 of 6.400 aged 15–60 at level 2 = 92,19% ≥ 90% with every condition yes → level 2
    // … recognised by an authority not established after the reform (unknown*: readings.test.ts)
    expect(row('mau-a')).toMatch(/\s2\s+unknown\*\s+[\d.]+%/);
    // Đăk Cấm: open between 0 and 2
    expect(row('dak-cam')).toContain('0–2?');
    // sample B: 6 of 12 disabled learners in education = 50% < 60% (Circular 07/2016 Art. 2) → no level
    expect(row('mau-b')).toMatch(/\syes\s+0\s/);
    expect(r.stdout).toContain('0–2? = undetermined');
  });

  it('--regime nd20-2014 adds the district tier', async () => {
    const result = JSON.parse(
      (await xhht(['assess-communes', SAMPLE, '--regime', 'nd20-2014', '--format', 'json'])).stdout,
    ) as RollUpResult;
    expect(result.districts.map((d) => d.id)).toEqual(['huyen-mau', 'tp-kon-tum']);
  });

  it('csv and markdown formats', async () => {
    const csv = await xhht(['assess-communes', SAMPLE, '--standards', 'xmc', '--format', 'csv', '--lang', 'en']);
    // who recognises the level next to it (readings.test.ts)
    expect(csv.stdout.split('\r\n')[0]).toMatch(
      /^Tier,Line,Id,Name,Esp\. difficult,XMC,Recognised by \(XMC\),% .*,Missing,Problems$/,
    );
    // the name with a ';' in the sample is read as one field and written back quoted only if needed
    expect(csv.stdout).toContain('commune,4,mau-b,Xã mẫu B; ĐBKK (số liệu minh họa),yes,0,,');
    const md = await xhht(['assess-communes', SAMPLE, '--format', 'markdown']);
    expect(md.stdout.startsWith('# ')).toBe(true);
    expect(md.stdout).toContain('| Cấp | Dòng | Mã |');
  });

  it('a bad count names the file, line and column; the commune stays in the roll-up, undetermined (exit 1)', async () => {
    const file = 'unit;province;age15to60.total;age15to60.literateLevel2\nA;p;19.747;19.739\nB;p;19,747;1\n';
    const r = await xhht(['assess-communes', 'c.csv', '--format', 'json', '--lang', 'en'], { 'c.csv': file });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(lines(r.stderr)[0]).toMatch(/^c\.csv:3: age15to60\.total: "19,747": .*\(invalid-count\)$/);
    const result = JSON.parse(r.stdout) as RollUpResult;
    expect(result.communes.map((c) => [c.id, c.standards.xmc?.level])).toEqual([
      ['A', 'unknown'],
      ['B', 'unknown'],
    ]);
    expect(result.provinces[0]!.units).toBe(2);
  });

  it('inconsistent counts found by the standards code point to the line and column', async () => {
    const file = 'unit,province,age15to60.total,age15to60.literateLevel2\nA,p,100,101\n';
    const r = await xhht(['assess-communes', 'c.csv', '--lang', 'en'], { 'c.csv': file });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(/^c\.csv:2: age15to60\.literateLevel2: .*\(numerator-exceeds-denominator\)$/);
  });

  it('a yes/no cell that is neither', async () => {
    const file = 'unit,province,especially-difficult\nA,p,maybe\n';
    const r = await xhht(['assess-communes', 'c.csv', '--lang', 'en'], { 'c.csv': file });
    expect(lines(r.stderr)[0]).toMatch(
      /^c\.csv:2: especially-difficult: "maybe" is not a yes\/no answer.*\(invalid-boolean-format\)$/,
    );
  });

  it('--province fills rows without a province; without it rollUp reports them', async () => {
    const file = 'unit,age15to60.total\nA,10\n';
    const ok = await xhht(['assess-communes', 'c.csv', '--province', 'p', '--format', 'json'], { 'c.csv': file });
    expect((JSON.parse(ok.stdout) as RollUpResult).provinces.map((p) => p.id)).toEqual(['p']);
    const missing = await xhht(['assess-communes', 'c.csv', '--lang', 'en'], { 'c.csv': file });
    expect(missing.code).toBe(1);
    expect(lines(missing.stderr)[0]).toMatch(
      /^c\.csv:2: province: a commune needs its province id\b.*\(invalid-input\)$/,
    );
  });

  it('a JSON file of commune records', async () => {
    const communes = [
      {
        id: 'dak-cam',
        province: 'p',
        counts: { age15to60: { total: 19747, literateLevel1: 19747, literateLevel2: 19739 } },
      },
    ];
    const r = await xhht(['assess-communes', 'c.json', '--format', 'json'], { 'c.json': JSON.stringify(communes) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as RollUpResult).communes[0]?.id).toBe('dak-cam');
  });

  it('usage errors: unknown regime, unknown standard, no file (exit 2)', async () => {
    expect((await xhht(['assess-communes', SAMPLE, '--regime', 'nd43-2000'])).code).toBe(2);
    const s = await xhht([
      'assess-communes',
      SAMPLE,
      '--regime',
      'nd20-2014',
      '--standards',
      'pcgd-mn3to5',
      '--lang',
      'en',
    ]);
    expect(s.code).toBe(2);
    expect(lines(s.stderr)[0]).toContain('regime nd20-2014 has no standard "pcgd-mn3to5"');
    expect((await xhht(['assess-communes'])).code).toBe(2);
    expect((await xhht(['assess-communes', SAMPLE, '--format', 'html'])).code).toBe(2);
  });

  it('a file without a unit, id or name column is bad input (exit 1)', async () => {
    const r = await xhht(['assess-communes', 'c.csv'], { 'c.csv': 'province,age5.total\np,1\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('(invalid-csv)');
  });
});
