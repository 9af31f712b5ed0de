import { describe, expect, it } from 'vitest';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import { CSV_COLUMNS, csvWriter, renderCsv } from '../../src/report/csv.js';
import { renderReport } from '../../src/report/render.js';
import { parseCsv } from './csv-parse.js';
import { REPORT_PLAN } from './fixtures.js';
import { fixtureReport } from './helpers.js';

const records = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((k, i) => [k, r[i]!]))) };
};

describe('renderReport csv', () => {
  it('snapshots in both languages', async () => {
    await expect(renderReport(fixtureReport(), { format: 'csv' })).toMatchFileSnapshot(
      './__snapshots__/fixture.vi.csv',
    );
    await expect(renderReport(fixtureReport(), { format: 'csv', lang: 'en' })).toMatchFileSnapshot(
      './__snapshots__/fixture.en.csv',
    );
  });

  it('round-trips: one row per result, stable columns, every row as wide as the header', () => {
    const report = fixtureReport();
    const csv = renderReport(report, { format: 'csv' });
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.startsWith('unit,')).toBe(true); // no byte order mark by default
    const { header, rows } = records(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(report.results.length);
    expect(parseCsv(csv).every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    expect(rows.map((r) => r.status)).toEqual(report.results.map((r) => r.status));
    // the column names do not change with the language
    expect(records(renderReport(report, { format: 'csv', lang: 'en' })).header).toEqual(header);
  });

  it('machine columns are unformatted, display columns in the report language', () => {
    const { rows } = records(renderReport(fixtureReport(), { format: 'csv' }));
    // seed 004 line 56: 19.739/19.747, "tỷ lệ 99,96%"; target 100 (fixture, phấn đấu); 8 people short
    expect(rows[1]).toMatchObject({
      unit: 'Phường Đăk Cấm',
      plan: 'report-fixture',
      year: '2025',
      group: 'I',
      group_label: 'Xóa mù chữ và phổ cập giáo dục',
      no: '2',
      indicator: 'people-15-60-literacy-level-2',
      kind: 'percent',
      comparator: 'at-least',
      target: '100',
      target_display: '100% (phấn đấu)',
      stretch: 'true',
      provisional: 'false',
      numerator: '19739',
      denominator: '19747',
      actual: '99.96',
      actual_display: '99,96% (19.739/19.747)',
      status: 'not-met',
      status_label: 'Không đạt',
      no_data_reason: '',
      gap: '-0.04',
      shortfall: '8',
      source_verified: 'true',
      data_source: 'Báo cáo sơ kết 2024-2025 của UBND phường Đăk Cấm, Mục II.2',
      note: 'thấp hơn mục tiêu 0,04 điểm %; còn thiếu 8',
    });
    // 525/QĐ-TTg 99,1% [C]: provisional, source not verified
    expect(rows[0]).toMatchObject({ target: '99.1', provisional: 'true', source_verified: 'false', actual: '100.00' });
    // seed 003 lines 72–74: count 12 against 15, of which level 2: 6 against 5
    expect(rows[4]).toMatchObject({
      kind: 'count',
      target: '15',
      actual: '12',
      gap: '-3',
      shortfall: '3',
      numerator: '',
      denominator: '',
    });
    expect(rows[2]).toMatchObject({ kind: 'yes-no', target: 'true', actual: 'true', status: 'met' });
    expect(rows[3]).toMatchObject({
      status: 'no-data',
      no_data_reason: 'rejected-observation',
      actual: '',
      actual_display: '',
      gap: '',
      shortfall: '',
    });
  });

  it('bom: true starts with U+FEFF for Excel, and only then', () => {
    const csv = renderReport(fixtureReport(), { format: 'csv', bom: true });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(records(csv.slice(1)).header).toEqual([...CSV_COLUMNS]);
  });

  it('quotes commas, quotes and line breaks, and guards text that a spreadsheet would run', () => {
    const plan = {
      ...REPORT_PLAN,
      indicators: REPORT_PLAN.indicators!.map((i) =>
        i.id === 'commune-literacy-level-2' ? { ...i, label: { vi: 'A, "B"\r\nC', en: 'A' } } : i,
      ),
    };
    const report = computeAttainment({
      plan,
      year: 2025,
      observations: [
        {
          unit: '=HYPERLINK("http://x")',
          indicator: 'commune-literacy-level-2',
          achieved: false,
          source: '+1, "quoted"',
        },
      ],
    });
    const csv = renderReport(report, { format: 'csv' });
    expect(csv).toContain('"A, ""B""\r\nC"');
    const { rows } = records(csv);
    expect(rows).toHaveLength(report.results.length);
    const row = rows.find((r) => r.indicator === 'commune-literacy-level-2')!;
    expect(row.indicator_label).toBe('A, "B"\r\nC');
    expect(row.unit).toBe(`'=HYPERLINK("http://x")`);
    expect(row.data_source).toBe(`'+1, "quoted"`);
    expect(row.status).toBe('not-met');
  });

  it('an array gives the rows of every unit, in order', () => {
    // made-up figures against 1373's 2025 target of 70% digital universities (Mục II.2.c)
    const { reports } = computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2025,
      observations: [
        { unit: 'Tỉnh A', indicator: 'universities-digital', numerator: 7, denominator: 10 },
        { unit: 'Tỉnh B', indicator: 'universities-digital', numerator: 6, denominator: 10 },
      ],
    });
    const { rows } = records(renderReport(reports, { format: 'csv' }));
    expect(rows).toHaveLength(30); // 15 targets of 2025 (1373, Mục II.2) × 2 units
    expect(rows.filter((r) => r.indicator === 'universities-digital').map((r) => [r.unit, r.actual, r.status])).toEqual(
      [
        ['Tỉnh A', '70.00', 'met'],
        ['Tỉnh B', '60.00', 'not-met'],
      ],
    );
  });
});

describe('csvWriter: the CSV report a report at a time', () => {
  // reports whose rows share much and differ a little: the test plan (every kind of row, a count with
  // an "of which" part), qd-1373 in 2025 and 2030 (the same indicators, other targets), several units
  const reports = [
    fixtureReport(),
    ...computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2025,
      observations: [
        { unit: 'Tỉnh A', indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 },
        { unit: 'Tỉnh B', indicator: 'provinces-literacy-level-2', numerator: 40, denominator: 63 },
      ],
    }).reports,
    computeAttainment({
      plan: 'qd-1373',
      year: 2030,
      observations: [{ indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 }],
    }),
    fixtureReport(),
  ];

  it.each([
    [{}],
    [{ lang: 'en' as const, spreadsheet: true, delimiter: ';' as const, bom: true }],
    [{ lang: 'vi' as const, spreadsheet: true, delimiter: '\t' as const }],
  ])('writes what renderCsv writes for the reports together and each alone (%j)', (options) => {
    const writer = csvWriter(options);
    const together = renderCsv(reports, options);
    expect(writer.header + reports.map((r) => writer.rows(r)).join('')).toBe(together);
    // each report's rows are the rows renderCsv writes for it alone: nothing of one target leaks into another's
    const alone = reports.map((r) => renderCsv(r, options).slice(writer.header.length));
    expect(together).toBe(writer.header + alone.join(''));
  });

  it('a target is written with its own values wherever the same indicator was written before', () => {
    const { rows } = records(renderCsv(reports));
    const literacy = rows
      .filter((r) => r.indicator === 'provinces-literacy-level-2')
      .map((r) => [r.unit, r.year, r.target]);
    // Decision 1373 Mục II.2.a: 70% in 2025, 90% in 2030
    expect(literacy).toEqual([
      ['Tỉnh A', '2025', '70'],
      ['Tỉnh B', '2025', '70'],
      ['', '2030', '90'],
    ]);
  });
});
