import { describe, expect, it } from 'vitest';
import { parseCountCell } from '../../src/cli/cells.js';
import { COMMUNE_PLACE_COLUMNS } from '../../src/cli/communes.js';
import { COUNT_COLUMN_ALIASES, columnKey } from '../../src/cli/count-columns.js';
import { fieldLabel } from '../../src/cli/field-labels.js';
import { COUNT_GROUPS } from '../../src/standards/fields.js';
import type { RollUpResult } from '../../src/standards/rollup.js';
import { expectXhhtError } from '../vi/helpers.js';
import { lines, xhht } from './helpers.js';

/*
 * Issue 9 §6: the command line as officials use it. Phường Đăk Cấm's literacy
 * figures as its 2025 report writes them (seed 004 lines 39–56): 15–25 tuổi
 * 4.811 người, all at levels 1 and 2; 15–35 tuổi 9.399, all at levels 1 and 2;
 * 15–60 tuổi 19.747, of whom 19.747 at level 1 and 19.739 at level 2 ("tỷ lệ
 * 99,96%", line 56).
 */
const DAK_CAM_VI = [
  'STT;TT;Mã xã;Tên xã;Tỉnh;Tổng số người 15 đến 25 tuổi thuộc diện XMC;Số người biết chữ mức độ 1 (15-25 tuổi);Số người biết chữ mức độ 2 (15-25 tuổi);Số người 15-35 tuổi;Biết chữ mức độ 1 15–35 tuổi;Biết chữ MĐ2 15-35;Số người 15-60 tuổi;Số người 15-60 tuổi biết chữ mức độ 1;Số người 15-60 tuổi biết chữ mức độ 2;Ghi chú',
  '1;1;dak-cam;Phường Đăk Cấm;quang-ngai;4.811;4.811;4.811;9.399;9.399;9.399;19.747,00;19.747;19.739;báo cáo 2025',
  '',
].join('\n');

describe('assess-communes reads the Vietnamese headers officials write', () => {
  it('the counts of Đăk Cấm under Vietnamese headers give 19.739 of 19.747 = 99,96% (seed 004 line 56)', async () => {
    const r = await xhht(['assess-communes', 'c.csv', '--standards', 'xmc', '--format', 'json'], {
      'c.csv': DAK_CAM_VI,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as RollUpResult;
    expect(result.communes[0]).toMatchObject({ id: 'dak-cam', name: 'Phường Đăk Cấm' });
    const levels = result.communes[0]!.standards.xmc!.levels;
    const level2 = levels[1]!.checks.find((c) => c.kind === 'share' && c.denominatorField === 'age15to60.total');
    expect(level2).toMatchObject({ share: { numerator: 19739, denominator: 19747 }, rate: '99.96' });
  });

  it('every alias names one column only, and no alias is taken by another column', () => {
    const owner = new Map<string, string>();
    const claim = (header: string, column: string) => {
      const key = columnKey(header);
      expect(owner.get(key) ?? column, `${header} is claimed by ${owner.get(key)} and ${column}`).toBe(column);
      owner.set(key, column);
    };
    for (const [column, spellings] of Object.entries(COMMUNE_PLACE_COLUMNS))
      for (const s of spellings) claim(s, `place:${column}`);
    for (const g of COUNT_GROUPS) for (const f of g.fields) claim(`${g.group}.${f.key}`, `${g.group}.${f.key}`);
    for (const [field, aliases] of Object.entries(COUNT_COLUMN_ALIASES)) for (const a of aliases) claim(a, field);
    // the three literacy age groups share their words, not their range
    expect(columnKey('Số người 15-60 tuổi')).not.toBe(columnKey('Số người 15-35 tuổi'));
    expect(columnKey('Số người biết chữ mức độ 1 (15-25 tuổi)')).not.toBe(
      columnKey('Số người biết chữ mức độ 11 (5-25 tuổi)'),
    );
  });

  it('the same range however it is written', () => {
    for (const h of [
      'Số người 15-60 tuổi',
      'Số người 15 - 60',
      'Số người (15–60 tuổi)',
      'số người từ 15 đến 60 tuổi',
      'SO NGUOI 15 DEN 60',
    ]) {
      expect(columnKey(h)).toBe(columnKey('Số người 15-60 tuổi'));
    }
    expect(columnKey('Biết chữ MĐ2 15-60')).toBe(columnKey('Biết chữ mức độ 2 15-60 tuổi'));
  });

  it('an unknown column is an error (exit 1, nothing written) naming the nearest header', async () => {
    const file = 'Mã xã;Tỉnh;Số người 15-6 tuổi;Số người biết chữ mức độ 2\ndak-cam;quang-ngai;19.747;19.739\n';
    const r = await xhht(['assess-communes', 'c.csv', '--lang', 'en'], { 'c.csv': file });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(
        /^c\.csv:1: Số người 15-6 tuổi: unknown column \(did you mean "Số người 15-60 tuổi"\?\): its figures would not be used; .*--ignore-unknown-columns \(unknown-column\)$/,
      ),
      // no age group: it would fit three columns, so nothing is suggested
      expect.stringMatching(
        /^c\.csv:1: Số người biết chữ mức độ 2: unknown column: its figures would not be used; .* \(unknown-column\)$/,
      ),
    ]);
  });

  it('--ignore-unknown-columns: a warning each, and the rest is assessed (exit 0)', async () => {
    const file = 'Mã xã;Tỉnh;Số người 15-60 tuổi;Tổng hợp\ndak-cam;quang-ngai;19.747;x\n';
    const r = await xhht(['assess-communes', 'c.csv', '--ignore-unknown-columns', '--lang', 'en'], { 'c.csv': file });
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual(['c.csv:1: warning: Tổng hợp: unknown column, ignored (unknown-column)']);
  });
});

describe('counts as spreadsheets write them', () => {
  it('"19.739,00" is 19739; a fraction that is not zero is an error for a count', () => {
    // seed 004 line 56: 19.739 people at literate level 2
    expect(parseCountCell('19.739,00')).toBe(19739);
    expect(parseCountCell('19.739')).toBe(19739);
    expect(parseCountCell('0,0')).toBe(0);
    expectXhhtError(() => parseCountCell('19.739,50'), 'invalid-count');
    expectXhhtError(() => parseCountCell('-3,00'), 'invalid-count');
    expectXhhtError(() => parseCountCell('19,739.00'), 'invalid-number-format');
  });

  it('through both commands, with line and column', async () => {
    const communes = 'unit;province;age15to60.total;age15to60.literateLevel2\nĐăk Cấm;quang-ngai;19.747,00;19.739,50\n';
    const a = await xhht(['assess-communes', 'c.csv', '--lang', 'en'], { 'c.csv': communes });
    expect(a.code).toBe(1);
    expect(lines(a.stderr)).toEqual([
      expect.stringMatching(
        /^c\.csv:2: age15to60\.literateLevel2: "19\.739,50": a count is a whole number, but ",50" after the decimal comma is not zero \(invalid-count\)$/,
      ),
    ]);
    const observations = 'indicator;numerator;denominator\nprovinces-literacy-level-2;55,00;63,00\n';
    const e = await xhht(['evaluate', 'o.csv', '--year', '2025', '--format', 'json'], { 'o.csv': observations });
    expect(e.code).toBe(0);
    // 55 of 63 provinces (examples/national-2024.json) against the 70% of 1373/QĐ-TTg, Mục II.2.a
    expect(JSON.parse(e.stdout)).toMatchObject({
      results: expect.arrayContaining([
        expect.objectContaining({
          indicator: 'provinces-literacy-level-2',
          share: { numerator: 55, denominator: 63 },
          status: 'met',
        }),
      ]),
    });
  });
});

describe('a CSV file with a header and no data rows', () => {
  it('is an error for both commands (exit 1), not a report of "no data"', async () => {
    const e = await xhht(['evaluate', 'o.csv', '--year', '2025', '--lang', 'en'], {
      'o.csv': 'indicator;numerator;denominator\n\n;;\n',
    });
    expect(e.code).toBe(1);
    expect(e.stdout).toBe('');
    expect(lines(e.stderr)).toEqual(['o.csv:1: the file has a header row but no data rows (invalid-csv)']);
    const a = await xhht(['assess-communes', 'c.csv'], { 'c.csv': 'unit;province\n' });
    expect(a.code).toBe(1);
    expect(lines(a.stderr)).toEqual(['c.csv:1: tệp chỉ có dòng tiêu đề, không có dòng số liệu nào (invalid-csv)']);
  });
});

describe('assess-communes shows the rates the levels were decided on, and every missing field by its label', () => {
  const SAMPLE = 'examples/communes-sample.csv';

  it('table, Markdown and CSV: 99,96% for Đăk Cấm (seed 004 line 56), in the report language', async () => {
    for (const format of ['table', 'markdown', 'csv']) {
      // --wide: a long heading stays on one line (fitted tables: table-width.test.ts)
      const wide = format === 'table' ? ['--wide'] : [];
      const vi = await xhht(['assess-communes', SAMPLE, '--standards', 'xmc', '--format', format, ...wide]);
      expect(vi.code).toBe(0);
      expect(vi.stdout).toContain('% người 15–60 tuổi đạt chuẩn biết chữ mức độ 2');
      expect(vi.stdout).toContain('99,96%');
      const en = await xhht([
        'assess-communes',
        SAMPLE,
        '--standards',
        'xmc',
        '--format',
        format,
        '--lang',
        'en',
        ...wide,
      ]);
      expect(en.stdout).toContain('% people aged 15–60 recognised literate level 2');
      expect(en.stdout).toContain('99.96%');
    }
  });

  it('every missing field, by its label, none cut off', async () => {
    const csv = await xhht(['assess-communes', SAMPLE, '--standards', 'xmc', '--format', 'csv']);
    // Vietnamese: ';' between fields (see csv-output.ts)
    const dakCam = csv.stdout.split('\r\n').find((l) => l.includes(';dak-cam;'))!;
    // the report gives no disabled counts and no conditions (seed 004): five fields
    for (const f of [
      'disabled.ableToLearn',
      'disabled.inEducation',
      'conditions.xmc.enoughTeachers',
      'conditions.xmc.monitorAssigned',
      'conditions.xmc.facilities',
    ]) {
      expect(dakCam).toContain(fieldLabel(f, 'vi'));
      expect(dakCam).not.toContain(f);
    }
    expect(dakCam).toContain('người khuyết tật có khả năng học tập');
    expect(dakCam).toContain('XMC: đủ người tham gia dạy học xóa mù chữ');
    expect(dakCam).not.toMatch(/\(\+\d+\)/);
    const table = await xhht(['assess-communes', SAMPLE, '--standards', 'xmc', '--lang', 'en', '--wide']);
    expect(table.stdout).toContain('XMC: enough people to teach literacy classes');
    expect(table.stdout).not.toMatch(/\(\+\d+\)/);
  });
});
