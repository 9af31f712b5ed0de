import { describe, expect, it } from 'vitest';
import { definePlan } from '../../src/plans/define.js';
import { findIndicator } from '../../src/catalog/registry.js';
import type { Plan } from '../../src/plans/plan.js';
import type { Target } from '../../src/plans/target.js';
import { getPlan } from '../../src/plans/registry.js';
import {
  cellName,
  planFromTable,
  planTemplate,
  planToTable,
  type PlanSheet,
  type PlanTableCell,
} from '../../src/plans/table.js';

/*
 * Issue 10, point 2: a plan written as a table. A template lists the parent's
 * targets at the plan's level; an official fills in the plan's details,
 * changes values, deletes rows and adds rows; planFromTable reads it back.
 * The Long Phụng figures are its review's Phụ lục 2 (mục I: six rows with a
 * 2025 target of 100); the qd-1373 values are Decision 1373, Điều 1, Mục II.2.
 */

type Grid = PlanTableCell[][];
const grid = (sheet: PlanSheet): Grid => sheet.rows.map((r) => [...r]);

/** Writes `value` in the cell right of the label `label` (a detail of the plan). */
function setInfo(rows: Grid, label: string, value: PlanTableCell): void {
  const row = rows.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  row[1] = value;
}

/** The 0-based index of the heading row and of a heading in it. */
function column(rows: Grid, sheet: PlanSheet, heading: string): number {
  const i = rows[sheet.headerRow]!.indexOf(heading);
  if (i < 0) throw new Error(`no column ${heading}`);
  return i;
}

function rowOf(rows: Grid, sheet: PlanSheet, indicator: string): PlanTableCell[] {
  const id = column(rows, sheet, sheet.lang === 'vi' ? 'Mã chỉ tiêu' : 'Indicator id');
  const row = rows.find((r, i) => i > sheet.headerRow && r[id] === indicator);
  if (!row) throw new Error(`no row ${indicator}`);
  return row;
}

/** Long Phụng's plan details, as an official types them. */
function fillLongPhung(rows: Grid): void {
  setInfo(rows, 'Mã kế hoạch', 'xa-long-phung-2021-2030');
  setInfo(rows, 'Tên kế hoạch', 'Kế hoạch xây dựng xã hội học tập xã Long Phụng');
  setInfo(rows, 'Cơ quan ban hành', 'UBND xã Long Phụng');
  setInfo(rows, 'Số hiệu văn bản', '45/KH-UBND');
  setInfo(rows, 'Ngày ban hành', '15/3/2022');
  setInfo(rows, 'Địa bàn', 'Long Phụng');
}

/** The same plan written as JSON, the way docs/guide.md shows it. */
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

function read(rows: Grid): Plan {
  const r = planFromTable(rows);
  expect(
    r.issues.filter((i) => i.severity === 'error'),
    JSON.stringify(r.issues, null, 1),
  ).toEqual([]);
  return r.plan!;
}

describe('planTemplate', () => {
  const sheet = planTemplate({ extends: 'qd-1373', level: 'commune' });
  const rows = grid(sheet);

  it('starts with the plan’s details, the parent and level filled in', () => {
    const info = Object.fromEntries(
      rows
        .slice(0, sheet.headerRow)
        .filter((r) => typeof r[0] === 'string' && r.length >= 2)
        .map((r) => [r[0], r[1]]),
    );
    expect(info).toMatchObject({
      'Mã kế hoạch': null,
      'Tên kế hoạch': null,
      'Cơ quan ban hành': null,
      'Số hiệu văn bản': null,
      'Ngày ban hành': null,
      Cấp: 'xã',
      'Địa bàn': null,
      'Giai đoạn': '2021-2030',
      'Kế hoạch cấp trên': 'qd-1373',
      'Kế thừa mục tiêu': 'theo cấp',
    });
  });

  it('has Vietnamese column headings, a column per target year', () => {
    expect(rows[sheet.headerRow]).toEqual([
      'STT',
      'Mã chỉ tiêu',
      'Nội dung chỉ tiêu',
      'Tên tiếng Anh',
      'Nhóm',
      'Cấp đo',
      'Loại',
      'So sánh',
      'Mục tiêu 2025',
      'Mục tiêu 2030',
      'Mục của kế hoạch',
      'Ghi chú',
      'Theo kế hoạch cấp trên',
    ]);
  });

  it('lists the commune-level rows of qd-1373 with the parent’s values', () => {
    const body = rows.slice(sheet.headerRow + 1);
    expect(body.map((r) => r[1])).toEqual([
      'working-age-information-competence',
      'working-age-life-skills',
      'population-15plus-technical-qualification',
      'population-15plus-university-or-higher',
      'institutions-digital-environment',
      'citizens-learning-citizen-title',
    ]);
    // Mục II.2.b: 50% by 2025, 70% by 2030 of working-age people with information competence
    expect(body[0]).toEqual([
      1,
      'working-age-information-competence',
      'Tỷ lệ người trong độ tuổi lao động được trang bị năng lực thông tin',
      'Working-age people equipped with information competence',
      'II',
      'xã',
      'tỷ lệ người',
      '≥',
      50,
      70,
      null,
      null,
      'Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ, Điều 1, Mục II.2.b',
    ]);
  });

  it('without a level lists every parent row and leaves the level to fill', () => {
    const all = planTemplate({ extends: 'qd-1373', lang: 'en' });
    // Decision 1373: 15 indicators (14 of them with a 2030 target)
    expect(all.rows.length - all.headerRow - 1).toBe(15);
    expect(all.rows.find((r) => r[0] === 'Level')?.[1]).toBeNull();
    expect(all.rows.find((r) => r[0] === 'Inherit')?.[1]).toBe('all');
  });

  it('names cells as a spreadsheet does', () => {
    expect(cellName(7, 4)).toBe('D7');
    expect(cellName(1, 27)).toBe('AA1');
  });
});

describe('round trip: a template written, filled in and read back gives the same plan', () => {
  it('unchanged: the plan definePlan gives for the same data', () => {
    const sheet = planTemplate({ extends: 'qd-1373', level: 'commune' });
    const rows = grid(sheet);
    fillLongPhung(rows);
    expect(read(rows)).toEqual(definePlan(LONG_PHUNG_JSON));
  });

  it('in English too', () => {
    const sheet = planTemplate({ extends: 'qd-1373', level: 'commune', lang: 'en' });
    const rows = grid(sheet);
    setInfo(rows, 'Plan id', LONG_PHUNG_JSON.id);
    setInfo(rows, 'Title', LONG_PHUNG_JSON.title.vi);
    setInfo(rows, 'Issuer', 'UBND xã Long Phụng');
    setInfo(rows, 'Document number', '45/KH-UBND');
    setInfo(rows, 'Date', '2022-03-15');
    setInfo(rows, 'Jurisdiction', 'Long Phụng');
    expect(read(rows)).toEqual(definePlan(LONG_PHUNG_JSON));
  });

  it('with edits: a changed value with its section, a deleted row, a row of the commune’s own (Vietnamese label only)', () => {
    const sheet = planTemplate({ extends: 'qd-1373', level: 'commune' });
    const rows = grid(sheet);
    fillLongPhung(rows);
    const life = rowOf(rows, sheet, 'working-age-life-skills');
    life[column(rows, sheet, 'Mục tiêu 2025')] = '60';
    life[column(rows, sheet, 'Mục của kế hoạch')] = 'Mục II.2';
    // the commune sets no university target: the official deletes the row
    rows.splice(rows.indexOf(rowOf(rows, sheet, 'population-15plus-university-or-higher')), 1);
    // Phụ lục 2, mục I, dòng 1: "Xã đạt chuẩn xóa mù chữ mức độ 2", 100 by 2025
    const own: PlanTableCell[] = Array(rows[sheet.headerRow]!.length).fill(null);
    own[column(rows, sheet, 'Nội dung chỉ tiêu')] = 'Xã đạt chuẩn xóa mù chữ mức độ 2';
    own[column(rows, sheet, 'Nhóm')] = 'I';
    own[column(rows, sheet, 'Loại')] = 'tỷ lệ';
    own[column(rows, sheet, 'Mục tiêu 2025')] = 100;
    own[column(rows, sheet, 'Mục của kế hoạch')] = 'Mục II.1';
    rows.splice(sheet.headerRow + 1, 0, own);

    const plan = read(rows);
    const source = { ...definePlan(LONG_PHUNG_JSON).source };
    expect(plan).toEqual(
      definePlan({
        ...LONG_PHUNG_JSON,
        inherit: 'none',
        indicators: [
          {
            id: 'xa-dat-chuan-xoa-mu-chu-muc-do-2',
            group: 'I',
            kind: 'share-of-units',
            label: { vi: 'Xã đạt chuẩn xóa mù chữ mức độ 2' },
          },
        ],
        targets: [
          {
            kind: 'percent',
            indicator: 'xa-dat-chuan-xoa-mu-chu-muc-do-2',
            year: 2025,
            value: '100',
            source: { ...source, section: 'Mục II.1' },
          },
          ...definePlan(LONG_PHUNG_JSON)
            .targets.filter((t) => t.indicator !== 'population-15plus-university-or-higher')
            // a section in the row says the plan writes both years there: 2030's 70% is restated, citing it
            .map((t) =>
              t.indicator === 'working-age-life-skills'
                ? { ...t, value: t.year === 2025 ? '60' : t.value, source: { ...source, section: 'Mục II.2' } }
                : t,
            )
            // the table is read year by year: 2025 targets first, in row order
            .sort((a, b) => a.year - b.year),
        ],
      }),
    );
    expect(plan.indicators?.find((i) => i.id === 'xa-dat-chuan-xoa-mu-chu-muc-do-2')?.label).toEqual({
      vi: 'Xã đạt chuẩn xóa mù chữ mức độ 2',
      en: 'Xã đạt chuẩn xóa mù chữ mức độ 2',
      untranslated: true,
    });
  });

  it('a changed value without deletions keeps the plan a delta of its parent (no inherit: none)', () => {
    const sheet = planTemplate({ extends: 'qd-1373', level: 'commune' });
    const rows = grid(sheet);
    fillLongPhung(rows);
    rowOf(rows, sheet, 'citizens-learning-citizen-title')[column(rows, sheet, 'Mục tiêu 2030')] = '65,5';
    const r = planFromTable(rows);
    expect(r.input).toMatchObject({
      extends: 'qd-1373',
      targets: [expect.objectContaining({ indicator: 'citizens-learning-citizen-title', year: 2030, value: '65.5' })],
    });
    expect(r.input).not.toHaveProperty('inherit');
    expect(
      r.plan?.targets.find((t) => t.indicator === 'citizens-learning-citizen-title' && t.year === 2030),
    ).toMatchObject({ value: '65.5' });
  });

  it.each([
    ['qd-1373', getPlan('qd-1373')],
    ['bac-giang-2021-2030 (yes/no, stretch, own indicators)', getPlan('bac-giang-2021-2030')],
    ['hue-2026 (a count with an "of which" part, a target note)', getPlan('hue-2026')],
  ])(
    'planToTable then planFromTable gives %s back, its targets and indicators as the table can hold them',
    (_name, plan) => {
      // one row per indicator: the table keeps one order of indicators for every year (Bắc Giang lists two
      // 2030 items in another order than in 2025), so targets are compared by year and indicator
      const byKey = (a: Target, b: Target) => a.year - b.year || a.indicator.localeCompare(b.indicator);
      const essentials = (p: Plan) =>
        [...p.targets]
          .sort(byKey)
          .map((t) => [
            t.indicator,
            t.year,
            t.kind,
            t.comparator,
            t.stretch,
            'value' in t ? t.value : null,
            t.kind === 'count' ? t.components : undefined,
            t.source.section,
          ]);
      // the indicators the plan defines (qd-1373 also lists the catalog's, which a table names by id)
      const own = (p: Plan) =>
        (p.indicators ?? [])
          .filter((i) => findIndicator(i.id) === undefined)
          .map((i) => [i.id, i.kind, i.group, i.level, i.label]);
      for (const lang of ['vi', 'en'] as const) {
        const back = read(grid(planToTable(plan, { lang })));
        expect(essentials(back)).toEqual(essentials(plan));
        expect(own(back)).toEqual(own(plan));
      }
    },
  );

  it('a plan of its own (no parent) written by planToTable reads back deep-equal', () => {
    const own = definePlan({
      ...LONG_PHUNG_JSON,
      id: 'xa-long-phung-2025',
      title: { vi: 'Kế hoạch năm 2025 xã Long Phụng', en: 'Long Phụng commune, 2025' },
      period: { from: 2025, to: 2025 },
      extends: undefined,
      indicators: [
        { id: 'xa-xmc-2', group: 'I', kind: 'yes-no', label: { vi: 'Xã đạt chuẩn xóa mù chữ mức độ 2' } },
        {
          id: 'xa-don-vi-hoc-tap',
          group: 'IV',
          kind: 'count',
          label: { vi: 'Số đơn vị học tập', en: 'Learning units' },
        },
      ],
      targets: [
        {
          kind: 'yes-no',
          indicator: 'xa-xmc-2',
          year: 2025,
          value: true,
          stretch: true,
          source: { ...LONG_PHUNG_JSON.source, section: 'Mục II.1' },
        },
        {
          kind: 'count',
          indicator: 'xa-don-vi-hoc-tap',
          year: 2025,
          value: 12,
          components: [{ id: 'muc-do-2', label: { vi: 'Mức độ 2' }, value: 4 }],
          source: { ...LONG_PHUNG_JSON.source, section: 'Mục II.4' },
        },
        {
          kind: 'percent',
          indicator: 'working-age-life-skills',
          year: 2025,
          comparator: 'at-most',
          value: '99.5',
          source: LONG_PHUNG_JSON.source,
          note: { vi: 'Ghi chú thử' },
        },
      ],
    });
    for (const lang of ['vi', 'en'] as const) expect(read(grid(planToTable(own, { lang })))).toEqual(own);
  });
});

describe('planFromTable: every problem at once, at its cell', () => {
  const sheet = planTemplate({ extends: 'qd-1373', level: 'commune' });
  const rows = grid(sheet);
  fillLongPhung(rows);
  setInfo(rows, 'Ngày ban hành', '31/02/2022');
  setInfo(rows, 'Giai đoạn', '2021-2025');
  const skills = rowOf(rows, sheet, 'working-age-life-skills');
  skills[column(rows, sheet, 'Mục tiêu 2025')] = 'năm mươi';
  const citizens = rowOf(rows, sheet, 'citizens-learning-citizen-title');
  citizens[column(rows, sheet, 'So sánh')] = 'bằng';
  const own: PlanTableCell[] = Array(rows[sheet.headerRow]!.length).fill(null);
  own[column(rows, sheet, 'Nội dung chỉ tiêu')] = 'Số lớp học xóa mù chữ';
  own[column(rows, sheet, 'Loại')] = 'số lớp';
  own[column(rows, sheet, 'Mục tiêu 2025')] = 3;
  rows.push(own);
  const unknown: PlanTableCell[] = Array(rows[sheet.headerRow]!.length).fill(null);
  unknown[column(rows, sheet, 'Mã chỉ tiêu')] = 'working-age-life-skill';
  unknown[column(rows, sheet, 'Mục tiêu 2025')] = 50;
  rows.push(unknown);
  const r = planFromTable(rows);
  const at = (i: (typeof r.issues)[number]) => (i.row === null ? '' : cellName(i.row, i.column ?? 1));
  const sheetRow = (cells: PlanTableCell[]) => rows.indexOf(cells) + 1;
  const letter = (heading: string) => cellName(1, column(rows, sheet, heading) + 1).replace('1', '');

  it('gives no plan and lists each problem with its row and column', () => {
    expect(r.plan).toBeNull();
    const dateRow = rows.findIndex((x) => x[0] === 'Ngày ban hành') + 1;
    expect(r.issues.map(at)).toEqual(
      expect.arrayContaining([
        `B${dateRow}`, // 31/02/2022 is no date
        `${letter('Mục tiêu 2025')}${sheetRow(skills)}`, // "năm mươi" is no number
        `${letter('So sánh')}${sheetRow(citizens)}`, // "bằng" is no comparator
        `${letter('Loại')}${sheetRow(own)}`, // "số lớp" is no kind
        `${letter('Mã chỉ tiêu')}${sheetRow(unknown)}`, // unknown id, no label
        // the period now ends in 2025: every 2030 target lies outside it (the citizens row, with its bad
        // comparator, is not read at all)
        `${letter('Mục tiêu 2030')}${sheetRow(rowOf(rows, sheet, 'working-age-information-competence'))}`,
      ]),
    );
    expect(r.issues.every((i) => i.code !== undefined && i.messageVi.length > 0 && i.message.length > 0)).toBe(true);
  });

  it('says so in Vietnamese without English words, and in English', () => {
    const ENGLISH =
      /\b(invalid|expected|received|too (small|big)|unrecognized|must|string|number|undefined|option|input)\b/i;
    for (const i of r.issues) expect(i.messageVi, i.messageVi).not.toMatch(ENGLISH);
    const id = r.issues.find((i) => i.row === sheetRow(unknown));
    expect(id?.messageVi).toMatch(/không có chỉ tiêu "working-age-life-skill".*working-age-life-skills/);
    expect(id?.message).toMatch(/no indicator "working-age-life-skill".*working-age-life-skills/);
  });

  it('a sheet without the table heading row says so', () => {
    const none = planFromTable([
      ['Mã kế hoạch', 'x'],
      ['a', 'b'],
    ]);
    expect(none.plan).toBeNull();
    expect(none.issues).toEqual([
      expect.objectContaining({
        code: 'invalid-plan',
        row: null,
        messageVi: expect.stringMatching(/không tìm thấy dòng tiêu đề/),
      }),
    ]);
  });
});
