import { describe, expect, it } from 'vitest';
import type { AttainmentReport } from '../../src/attainment/result.js';
import { definePlan } from '../../src/plans/define.js';
import type { Plan } from '../../src/plans/plan.js';
import { lines, xhht } from './helpers.js';

/*
 * Issue 10, point 2, on the command line: `xhht plan init` writes the template
 * (CSV or .xlsx), an official fills it in, and `--plan ke-hoach.xlsx` reads it
 * back. The commune is xã Long Phụng; its review's Phụ lục 2 (mục I) lists six
 * standards of the commune with a 2025 target of 100, the first "Xã đạt chuẩn
 * xóa mù chữ mức độ 2". Decision 1373's values are its Điều 1, Mục II.2.
 */

type ExcelJs = typeof import('exceljs');
const excel = async () => ((await import('exceljs')) as unknown as { default: ExcelJs }).default;

/** The plan written as JSON, for comparison (docs/guide.md shows it). */
const LONG_PHUNG_JSON = {
  id: 'xa-long-phung-2021-2030',
  title: { vi: 'Kế hoạch xây dựng xã hội học tập xã Long Phụng' },
  issuer: 'UBND xã Long Phụng',
  reference: '45/KH-UBND',
  date: '2022-03-15',
  jurisdiction: { level: 'commune', name: 'Long Phụng' },
  period: { from: 2021, to: 2030 },
  source: {
    type: 'plan',
    number: '45/KH-UBND',
    issuer: { vi: 'UBND xã Long Phụng' },
    date: '2022-03-15',
    verified: true,
    confidence: 'local',
  },
  extends: 'qd-1373',
  targets: [],
} as const;

const DETAILS: Readonly<Record<string, string>> = {
  'Mã kế hoạch': 'xa-long-phung-2021-2030',
  'Tên kế hoạch': 'Kế hoạch xây dựng xã hội học tập xã Long Phụng',
  'Cơ quan ban hành': 'UBND xã Long Phụng',
  'Số hiệu văn bản': '45/KH-UBND',
  'Ngày ban hành': '15/3/2022',
  'Địa bàn': 'Long Phụng',
};

/** Fills the details of a CSV template, as an official does in Excel. */
function fillCsv(csv: string): string {
  return csv
    .split('\r\n')
    .map((line) => {
      const label = line.split(';')[0]!;
      return label in DETAILS ? `${label};${DETAILS[label]}` : line;
    })
    .join('\r\n');
}

// illustrative counts of one commune
const OBSERVATIONS = JSON.stringify({
  observations: [
    { indicator: 'working-age-life-skills', numerator: 600, denominator: 1000 },
    { indicator: 'xa-dat-chuan-xoa-mu-chu-muc-do-2', achieved: true },
  ],
});

async function init(out: string, ...more: string[]) {
  const r = await xhht(['plan', 'init', '--extends', 'qd-1373', '--level', 'commune', '--out', out, ...more]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

describe('xhht plan init', () => {
  it('writes a CSV template for Vietnamese Excel: BOM, ";", Vietnamese headings, the parent’s values', async () => {
    const r = await init('ke-hoach.csv');
    const csv = r.written.get('ke-hoach.csv')!;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\nMã kế hoạch;\r\n');
    expect(csv).toContain('\r\nCấp;xã\r\n');
    expect(csv).toContain('\r\nKế hoạch cấp trên;qd-1373\r\n');
    expect(csv).toContain(
      '\r\nSTT;Mã chỉ tiêu;Nội dung chỉ tiêu;Tên tiếng Anh;Nhóm;Cấp đo;Loại;So sánh;Mục tiêu 2025;Mục tiêu 2030;Mục của kế hoạch;Ghi chú;Theo kế hoạch cấp trên\r\n',
    );
    // Mục II.2.b: 50% by 2025, 70% by 2030
    expect(csv).toMatch(/\r\n1;working-age-information-competence;[^\r\n]*;≥;50;70;;;"?Quyết định số 1373\/QĐ-TTg/);
    expect(csv).not.toContain('provinces-literacy-level-2');
  });

  it('in English with --lang en: "," and English headings', async () => {
    const r = await init('plan.csv', '--lang', 'en');
    const csv = r.written.get('plan.csv')!;
    expect(csv).toContain('\r\nPlan id,\r\n');
    expect(csv).toContain(
      'No.,Indicator id,Indicator,English label,Group,Measured at,Kind,Comparator,Target 2025,Target 2030,Section,Note,',
    );
  });

  it('prints the CSV without --out', async () => {
    const r = await xhht(['plan', 'init', '--extends', 'qd-1373', '--level', 'xã']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Mã chỉ tiêu');
    expect(r.stdout.startsWith('\uFEFF')).toBe(false);
  });

  it('writes an .xlsx workbook: one sheet "Kế hoạch", numbers as numbers', async () => {
    const r = await init('ke-hoach.xlsx');
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.bytes.get('ke-hoach.xlsx')!) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kế hoạch']);
    const ws = wb.worksheets[0]!;
    const header = ws.getRow(15);
    expect(header.getCell(2).value).toBe('Mã chỉ tiêu');
    expect(header.font?.bold).toBe(true);
    expect(ws.getRow(16).getCell(9).value).toBe(50);
    expect(ws.getRow(16).getCell(10).value).toBe(70);
  });

  it.each([
    [['plan', 'init', '--level', 'commune'], /--extends/],
    [['plan', 'init', '--extends', 'qd-9999'], /qd-9999/],
    [['plan', 'init', '--extends', 'qd-1373', '--level', 'village'], /--level/],
    [['plan', 'init', '--extends', 'qd-1373', '--format', 'xlsx'], /--out/],
    [['plan', 'frobnicate'], /init, check/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await xhht([...argv, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toMatch(message);
  });
});

describe('reading the filled-in template back', () => {
  it('CSV: evaluate --plan ke-hoach.csv uses the plan; plan check gives the plan definePlan gives for the same data', async () => {
    const csv = fillCsv((await init('ke-hoach.csv')).written.get('ke-hoach.csv')!);
    const check = await xhht(['plan', 'check', 'ke-hoach.csv', '--format', 'json'], { 'ke-hoach.csv': csv });
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout)).toEqual(JSON.parse(JSON.stringify(definePlan(LONG_PHUNG_JSON))));
    const r = await xhht(['evaluate', 'obs.json', '--plan', 'ke-hoach.csv', '--year', '2025', '--format', 'json'], {
      'ke-hoach.csv': csv,
      'obs.json': JSON.stringify({
        observations: [{ indicator: 'working-age-life-skills', numerator: 600, denominator: 1000 }],
      }),
    });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(report.plan.id).toBe('xa-long-phung-2021-2030');
    // 600/1000 = 60% against Decision 1373's 50% for 2025
    expect(report.results.find((x) => x.indicator === 'working-age-life-skills')).toMatchObject({
      status: 'met',
      targetPercent: '50',
    });
    expect(report.results.some((x) => x.indicator.startsWith('provinces-'))).toBe(false);
  });

  it('CSV with edits: a commune standard of its own (Vietnamese label only), a changed value; --plan-file reads it too', async () => {
    let csv = fillCsv((await init('ke-hoach.csv')).written.get('ke-hoach.csv')!);
    // Phụ lục 2, mục I, dòng 1: the commune meets literacy level 2 (a yes/no standard), target for 2025
    csv = csv.replace(
      '\r\n1;working-age-information-competence',
      '\r\n;;Xã đạt chuẩn xóa mù chữ mức độ 2;;I;;đạt/không;;đạt;;Mục II.1;;\r\n1;working-age-information-competence',
    );
    csv = csv.replace(/(\r\n2;working-age-life-skills;[^\r\n]*?;≥;)50;70;;/, '$160;70;Mục II.2;');
    const r = await xhht(
      ['evaluate', 'obs.json', '--plan-file', 'ke-hoach.csv', '--year', '2025', '--format', 'json'],
      { 'ke-hoach.csv': csv, 'obs.json': OBSERVATIONS },
    );
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(report.results.map((x) => [x.indicator, x.status])).toEqual(
      expect.arrayContaining([
        ['xa-dat-chuan-xoa-mu-chu-muc-do-2', 'met'],
        // 600/1000 = 60% against the commune's own 60%
        ['working-age-life-skills', 'met'],
      ]),
    );
    expect(report.results.find((x) => x.indicator === 'working-age-life-skills')).toMatchObject({
      targetPercent: '60',
    });
    expect(report.results.find((x) => x.indicator === 'xa-dat-chuan-xoa-mu-chu-muc-do-2')?.label).toEqual({
      vi: 'Xã đạt chuẩn xóa mù chữ mức độ 2',
      en: 'Xã đạt chuẩn xóa mù chữ mức độ 2',
      untranslated: true,
    });
  });

  it('.xlsx: filled in with Excel, read back by --plan ke-hoach.xlsx and plan check (round trip)', async () => {
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await init('ke-hoach.xlsx')).bytes.get('ke-hoach.xlsx')!) as never);
    const ws = wb.worksheets[0]!;
    ws.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string' && label in DETAILS) row.getCell(2).value = DETAILS[label]!;
    });
    // Excel turns "15/3/2022" typed in a cell into a date
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'Ngày ban hành') row.getCell(2).value = new Date(Date.UTC(2022, 2, 15));
    });
    const filled = new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as Uint8Array);
    const check = await xhht(['plan', 'check', 'ke-hoach.xlsx', '--format', 'json'], { 'ke-hoach.xlsx': filled });
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout) as Plan).toEqual(JSON.parse(JSON.stringify(definePlan(LONG_PHUNG_JSON))));
    const r = await xhht(['indicators', '--plan', 'ke-hoach.xlsx', '--year', '2030', '--format', 'json'], {
      'ke-hoach.xlsx': filled,
    });
    expect(r.code).toBe(0);
    // six commune-level indicators of Decision 1373 with a 2030 target
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(6);
  });

  it('.xlsx: a value typed as "75%" (a percent-formatted 0.75) is 75', async () => {
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await init('ke-hoach.xlsx')).bytes.get('ke-hoach.xlsx')!) as never);
    const ws = wb.worksheets[0]!;
    ws.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string' && label in DETAILS) row.getCell(2).value = DETAILS[label]!;
    });
    const cell = ws.getRow(16).getCell(10); // information competence, 2030
    cell.value = 0.75;
    cell.numFmt = '0%';
    const filled = new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as Uint8Array);
    const check = await xhht(['plan', 'check', 'ke-hoach.xlsx', '--format', 'json'], { 'ke-hoach.xlsx': filled });
    expect(check.stderr).toBe('');
    const plan = JSON.parse(check.stdout) as Plan;
    expect(
      plan.targets.find((t) => t.indicator === 'working-age-information-competence' && t.year === 2030),
    ).toMatchObject({ value: '75' });
  });
});

describe('one reader and one CSV writer for every table', () => {
  /** The template as a workbook, with the details filled in. */
  async function filledWorkbook(): Promise<import('exceljs').Workbook> {
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await init('ke-hoach.xlsx')).bytes.get('ke-hoach.xlsx')!) as never);
    wb.worksheets[0]!.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string' && label in DETAILS) row.getCell(2).value = DETAILS[label]!;
    });
    return wb;
  }
  const bytesOf = async (wb: import('exceljs').Workbook) =>
    new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as Uint8Array);

  it('.xlsx: a percent-formatted 0.575 is 57.5 exactly (0.575 × 100 is 57.49999999999999 in floating point)', async () => {
    const wb = await filledWorkbook();
    const cell = wb.worksheets[0]!.getRow(16).getCell(10); // information competence, 2030 (Decision 1373: 70)
    // an illustrative target a commune might set, shown "57,5%"
    cell.value = 0.575;
    cell.numFmt = '0.0%';
    const check = await xhht(['plan', 'check', 'ke-hoach.xlsx', '--format', 'json'], {
      'ke-hoach.xlsx': await bytesOf(wb),
    });
    expect(check.stderr).toBe('');
    const plan = JSON.parse(check.stdout) as Plan;
    expect(
      plan.targets.find((t) => t.indicator === 'working-age-information-competence' && t.year === 2030),
    ).toMatchObject({ value: '57.5' });
  });

  it('.xlsx: the sheet "Kế hoạch" is read wherever it is; another sheet before it is not', async () => {
    const wb = await filledWorkbook();
    const notes = wb.addWorksheet('Hướng dẫn');
    notes.getCell(1, 1).value = 'Điền các ô trống của trang Kế hoạch';
    // move the notes first, as an official may add them
    // (exceljs writes sheets in the order of orderNo, which its types do not declare)
    for (const ws of wb.worksheets) (ws as unknown as { orderNo: number }).orderNo = ws.name === 'Hướng dẫn' ? 0 : 1;
    const check = await xhht(['plan', 'check', 'ke-hoach.xlsx', '--format', 'json'], {
      'ke-hoach.xlsx': await bytesOf(wb),
    });
    expect(check.stderr).toBe('');
    expect((JSON.parse(check.stdout) as Plan).id).toBe('xa-long-phung-2021-2030');
  });

  it('plan init writes CSV as every command does: --no-bom, --delimiter, --bom on standard output', async () => {
    const noBom = await xhht(['plan', 'init', '--extends', 'qd-1373', '--level', 'xã', '--out', 'k.csv', '--no-bom']);
    expect(noBom.code).toBe(0);
    expect(noBom.written.get('k.csv')!.startsWith('\uFEFF')).toBe(false);
    const comma = await xhht(['plan', 'init', '--extends', 'qd-1373', '--level', 'xã', '--delimiter', ',']);
    expect(comma.stdout).toContain('\r\nSTT,Mã chỉ tiêu,Nội dung chỉ tiêu,');
    const bom = await xhht(['plan', 'init', '--extends', 'qd-1373', '--level', 'xã', '--bom']);
    expect(bom.stdout.startsWith('\uFEFF')).toBe(true);
    // the CSV options shape the CSV written: with a workbook they are a usage error, not ignored
    const xlsx = await xhht([
      'plan',
      'init',
      '--extends',
      'qd-1373',
      '--out',
      'k.xlsx',
      '--delimiter',
      ';',
      '--lang',
      'en',
    ]);
    expect(xlsx.code).toBe(2);
    expect(lines(xlsx.stderr)[0]).toMatch(/--delimiter/);
  });

  it('a CSV written with "," by Excel is read back: the delimiter is found by the targets’ heading row', async () => {
    const comma = (await xhht(['plan', 'init', '--extends', 'qd-1373', '--level', 'xã', '--delimiter', ','])).stdout;
    const filled = comma
      .split('\r\n')
      .map((line) => {
        const label = line.split(',')[0]!;
        return label in DETAILS ? `${label},${DETAILS[label]}` : line;
      })
      .join('\r\n');
    const check = await xhht(['plan', 'check', 'k.csv', '--format', 'json'], { 'k.csv': filled });
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout)).toEqual(JSON.parse(JSON.stringify(definePlan(LONG_PHUNG_JSON))));
  });
});

describe('problems: every one at once, at its cell, in the run’s language', () => {
  const ENGLISH =
    /\b(invalid|expected|received|too (small|big)|unrecognized|must|required|missing|string|undefined|option|input)\b/i;

  async function badCsv(): Promise<string> {
    let csv = fillCsv((await init('ke-hoach.csv')).written.get('ke-hoach.csv')!);
    csv = csv.replace('Ngày ban hành;15/3/2022', 'Ngày ban hành;31/02/2022');
    csv = csv.replace(/(\r\n2;working-age-life-skills;[^\r\n]*?;≥;)50;/, '$1năm mươi;');
    csv = csv.replace(/(\r\n6;citizens-learning-citizen-title;[^\r\n]*?;)≥;/, '$1bằng;');
    return `${csv};working-age-life-skill;;;;;;;50;;;;\r\n`;
  }

  it('CSV: file:line:column, the heading, the message, the code; exit 1', async () => {
    const r = await xhht(['plan', 'check', 'ke-hoach.csv'], { 'ke-hoach.csv': await badCsv() });
    expect(r.code).toBe(1);
    const ls = lines(r.stderr);
    expect(ls).toEqual([
      'ke-hoach.csv:8:2: Ngày ban hành: "31/02/2022" không phải ngày hợp lệ (viết 15/3/2022 hoặc 2022-03-15) (invalid-date)',
      'ke-hoach.csv:17:9: Mục tiêu 2025: "năm mươi" không phải tỷ lệ phần trăm (viết 70, 99,5 hoặc 99,5%) (invalid-percent-format)',
      'ke-hoach.csv:21:8: So sánh: "bằng" không phải phép so sánh: ghi ≥ (tối thiểu) hoặc ≤ (tối đa) (invalid-plan)',
      'ke-hoach.csv:22:2: Mã chỉ tiêu: không có chỉ tiêu "working-age-life-skill" (có phải ý bạn là "working-age-life-skills"?); để thêm chỉ tiêu riêng của kế hoạch, hãy ghi nội dung chỉ tiêu (unknown-indicator)',
    ]);
    for (const l of ls) expect(l.replace(/\([a-z-]+\)$/, '').replace(/"[^"]*"/g, '')).not.toMatch(ENGLISH);
  });

  it('CSV in an English run: the same places, English messages', async () => {
    const r = await xhht(['plan', 'check', 'ke-hoach.csv', '--lang', 'en'], { 'ke-hoach.csv': await badCsv() });
    expect(lines(r.stderr)[1]).toBe(
      'ke-hoach.csv:17:9: Mục tiêu 2025: "năm mươi" is not a percentage (write 70, 99,5 or 99,5%) (invalid-percent-format)',
    );
  });

  it(".xlsx: the cell as every sheet's problems name it ('Kế hoạch'!I17), the heading, and a schema problem in Vietnamese", async () => {
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await init('ke-hoach.xlsx')).bytes.get('ke-hoach.xlsx')!) as never);
    const ws = wb.worksheets[0]!;
    ws.getRow(17).getCell(9).value = 'năm mươi';
    const r = await xhht(['evaluate', 'examples/national-2024.json', '--plan', 'ke-hoach.xlsx', '--year', '2025'], {
      'ke-hoach.xlsx': new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as Uint8Array),
    });
    expect(r.code).toBe(1);
    const ls = lines(r.stderr);
    expect(ls).toContain(
      `ke-hoach.xlsx:'Kế hoạch'!I17: Mục tiêu 2025: "năm mươi" không phải tỷ lệ phần trăm (viết 70, 99,5 hoặc 99,5%) (invalid-percent-format)`,
    );
    // the details were left empty: each is reported at its cell
    expect(ls).toContain(`ke-hoach.xlsx:'Kế hoạch'!B3: Tên kế hoạch: bắt buộc, chưa có giá trị (invalid-plan)`);
    for (const l of ls) expect(l.replace(/\([a-z-]+\)$/, '').replace(/"[^"]*"/g, '')).not.toMatch(ENGLISH);
  });

  it('a file that is not a workbook is one line, as for every workbook read', async () => {
    const r = await xhht(['plan', 'check', 'ke-hoach.xlsx', '--lang', 'en'], { 'ke-hoach.xlsx': 'not a zip' });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      'ke-hoach.xlsx: this is not an .xlsx workbook (an .xlsx file is a ZIP archive); save it from Excel as "Excel Workbook (*.xlsx)" (invalid-xlsx)',
    ]);
  });

  it('a JSON plan file: every problem at its path, Vietnamese without English words', async () => {
    const bad = {
      ...LONG_PHUNG_JSON,
      id: 'Xã Long Phụng',
      issuer: '',
      targets: [
        {
          kind: 'percent',
          indicator: 'working-age-life-skills',
          year: 2035,
          value: '9,5',
          source: LONG_PHUNG_JSON.source,
        },
      ],
    };
    const r = await xhht(['plan', 'check', 'plan.json'], { 'plan.json': JSON.stringify(bad) });
    expect(r.code).toBe(1);
    const ls = lines(r.stderr);
    expect(ls.map((l) => l.split(': ')[1])).toEqual(['id', 'issuer', 'targets[0].value', 'targets[0].year']);
    for (const l of ls) expect(l.replace(/\([a-z-]+\)$/, '')).not.toMatch(ENGLISH);
  });
});
