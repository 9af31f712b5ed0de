import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import type { AttainmentReport } from '../../src/attainment/result.js';
import { CSV_COLUMN_LABELS, type CsvColumn } from '../../src/report/csv.js';
import { renderDocx } from '../../src/cli/docx.js';
import { renderReport } from '../../src/report/render.js';
import { renderText } from '../../src/report/text.js';
import { nationalObservations } from '../../src/standards/national.js';
import { rollUp } from '../../src/standards/rollup.js';
import { titleCountObservation } from '../../src/titles/observations.js';
import { qualificationObservations } from '../../src/workforce/observations.js';
import { xhht } from '../cli/helpers.js';
import { readWorkbook } from '../cli/workbook.js';
import { paragraphs, unzip } from '../cli/zip.js';
import { units as provinceUnits } from '../standards/fixtures.js';
import { DAK_CAM, HYPOTHETICAL_POPULATION } from '../workforce/fixtures.js';
import { parseCsv } from './csv-parse.js';
import { fixtureReport, nationalReport } from './helpers.js';

/*
 * Issue 9, point 3: a Vietnamese report has no English text, and an English one has no Vietnamese
 * prose of the library's own (names, document numbers and the user's own data stay as written).
 *
 * How "English text" is found: after the identifiers a report legitimately shows are removed
 * (kebab-case ids and error codes such as `population-15plus-technical-qualification` or
 * `(invalid-count)`, input paths such as `observations[4].numerator`, and, in HTML, the markup),
 * none of these English words may be left. They are function words and the words the library's
 * English notes use; none is a Vietnamese word (written without diacritics, Vietnamese has "an",
 * "do", "no", "to", which are left out on purpose).
 */
const ENGLISH =
  /(?<![\p{L}\d])(the|of|and|not|is|are|by|on|for|with|from|which|that|provisional|verified|unverified|source|sources|definition|counted|target|targets|figure|figures|rule|rules|decision|section|article|province|provinces|met|data|report|above|below|short|people|indicator|plan|stretch|yes|summary|error|warning|read|summaries|press|number|known)(?![\p{L}\d])/giu;

/** The text a reader sees, without the identifiers a report may show. */
function prose(text: string): string {
  return text
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/[A-Za-z]+(?:\\?\[\d+\\?\])+(?:\.[A-Za-z]+)*/g, ' ') // observations[4].numerator (escaped in Markdown)
    .replace(/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+/g, ' ') // ids, codes, regimes
    .replace(/các lệnh: [a-z, -]+/g, ' '); // the command names (evaluate, plans, plan, …) are what to type
}

function englishWords(text: string): string[] {
  return [...new Set([...prose(text).matchAll(ENGLISH)].map((m) => m[0]))];
}

/** Every library-made report we can build: provisional targets, definitions and figures, issues, local plans. */
function reports(): [string, AttainmentReport][] {
  const qualification = qualificationObservations({ ...DAK_CAM, population: HYPOTHETICAL_POPULATION });
  // Huế 2026, Mục II.4: 16 province-level learning units, 4 at level 2 (a made-up count)
  const units = titleCountObservation(
    Array.from({ length: 16 }, (_, i) => ({
      unit: `Đơn vị ${i + 1}`,
      title: 'learning-unit-province' as const,
      level: (i < 4 ? 2 : 1) as 1 | 2,
      decisionDate: '2026-02-10',
      decidedBy: 'UBND thành phố Huế',
    })),
    {
      indicator: 'units-learning-unit-province',
      title: 'learning-unit-province',
      asOf: '2026-12-31',
      jurisdiction: 'Huế',
    },
  ).observation;
  // two provinces from made-up commune counts under the 2025 rules (province shares unverified)
  const communes = ['A', 'B'].flatMap((p) =>
    [1, 2, 3].map((c) => ({
      id: `${p}${c}`,
      name: `Xã ${p}${c}`,
      province: `Tỉnh ${p}`,
      counts: {
        age15to25: { total: 100, literateLevel1: 100, literateLevel2: 100 },
        age15to35: { total: 200, literateLevel1: 200, literateLevel2: 200 },
        age15to60: { total: 400, literateLevel1: 400, literateLevel2: c === 3 && p === 'B' ? 300 : 399 },
      },
      conditions: { xmc: { enoughTeachers: true, facilities: true, disabled: true } },
    })),
  );
  const provinces = rollUp(communes as never, { regime: 'nd142-2025', standards: ['xmc'] }).provinces;
  const national = nationalObservations(provinces, { unit: 'Việt Nam', asOf: '2025-12-31' }).observations;
  return [
    ['fixture (provisional target, stretch, count, issue)', fixtureReport()],
    ['national 2025', nationalReport()],
    ['national 2030', nationalReport(2030)],
    [
      'qualifications (provisional definition)',
      computeAttainment({ plan: 'qd-1373', year: 2025, observations: qualification.observations }),
    ],
    [
      'national observations from standards',
      computeAttainment({ plan: 'qd-1373', year: 2025, observations: national }),
    ],
    [
      'Huế 2026 with a title count',
      computeAttainment({
        plan: 'hue-2026',
        year: 2026,
        observations: [units, { indicator: 'working-age-information-competence', numerator: 1, denominator: 0 }],
      }),
    ],
    [
      'Bắc Giang 2025',
      computeAttainment({
        plan: 'bac-giang-2021-2030',
        year: 2025,
        observations: [
          { indicator: 'working-age-life-skills', numerator: 480, denominator: 1000 },
          { indicator: 'working-age-life-skills', numerator: 490, denominator: 1000 },
        ],
      }),
    ],
    [
      'QĐ 387 (unverified targets and definitions)',
      computeAttainment({
        plan: 'qd-387',
        year: 2025,
        observations: [
          { indicator: 'families-learning-family', numerator: 700, denominator: 1000 },
          { indicator: 'no-such-indicator', numerator: 1, denominator: 2 },
        ],
      }),
    ],
    ['QĐ 677 2025', computeAttainment({ plan: 'qd-677', year: 2025, observations: [] })],
    ...nd277Reports(),
    ['figures that cannot be used (rejected, conflicting)', unusableFigures()],
  ];
}

/*
 * The 3–5 preschool roadmap (plan nd-277): 2028 from Decree 277/2025 as the press reported it
 * (provisional), fed by nationalObservations from 17 of 34 provinces recognised (made-up results);
 * 2030 from Resolution 218/2025/QH15 (verified), 33 of 34 (made up).
 */
function nd277Reports(): [string, AttainmentReport][] {
  const provinces = [...provinceUnits('a', 17, { 'pcgd-mn3to5': 1 }), ...provinceUnits('b', 17, { 'pcgd-mn3to5': 0 })];
  const observations = nationalObservations(provinces, {
    plan: 'nd-277',
    unit: 'Việt Nam',
    asOf: '2028-12-31',
  }).observations;
  return [
    [
      'nd-277 2028 (provisional roadmap target, figure from the standards)',
      computeAttainment({ plan: 'nd-277', year: 2028, observations }),
    ],
    [
      'nd-277 2030 (verified goal)',
      computeAttainment({
        plan: 'nd-277',
        year: 2030,
        observations: [{ indicator: 'provinces-preschool-3to5', numerator: 33, denominator: 34 }],
      }),
    ],
  ];
}

/** A rejected figure beside a usable one (conflicting), and a target whose only figure is rejected (made-up counts). */
function unusableFigures(): AttainmentReport {
  const report = computeAttainment({
    plan: 'qd-1373',
    year: 2025,
    observations: [
      { indicator: 'provinces-literacy-level-2', numerator: -1, denominator: 63 },
      { indicator: 'provinces-literacy-level-2', numerator: 40, denominator: 63 },
      { indicator: 'provinces-primary-level-3', numerator: 64, denominator: 63 },
    ],
  });
  return report;
}

/** The CSV columns in the report language (the others are machine values and column names). */
const CSV_TEXT_COLUMNS = [
  'group_label',
  'indicator_label',
  'target_display',
  'actual_display',
  'status_label',
  'progress_label',
  'source',
  'note',
];

/**
 * The language columns of a report CSV (and its header, when it is written for a spreadsheet with
 * the column labels of the report language), one line per row.
 */
function csvLanguageText(csv: string, delimiter: ',' | ';' = ','): string {
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''), delimiter);
  const header = rows[0]!;
  const labelled = !header.includes('indicator_label');
  const names = labelled ? CSV_TEXT_COLUMNS.map((c) => CSV_COLUMN_LABELS[c as CsvColumn].vi) : CSV_TEXT_COLUMNS;
  const columns = names.map((c) => header.indexOf(c));
  expect(columns.every((i) => i >= 0)).toBe(true);
  return [
    ...(labelled ? [header.join(' | ')] : []),
    ...rows.slice(1).map((r) => columns.map((i) => r[i]).join(' | ')),
  ].join('\n');
}

describe('a Vietnamese report has no English text', () => {
  // sanity: the check finds English where there is some
  it('the check finds an English note', () => {
    expect(englishWords('Ghi chú: Counted under a definition that is not verified')).toEqual([
      'Counted',
      'definition',
      'that',
      'is',
      'not',
      'verified',
    ]);
    expect(englishWords('Lỗi observations[4].numerator (invalid-count): tử số không thể âm')).toEqual([]);
  });

  it('the reports cover the no-data reasons of unusable figures and both nd-277 years', () => {
    const reasons = unusableFigures().results.map((r) => r.reason);
    expect(reasons).toContain('rejected-observation');
    expect(reasons).toContain('conflicting-observations');
    expect(nd277Reports().map(([, r]) => [r.year, r.results[0]!.status, r.results[0]!.provisional])).toEqual([
      [2028, 'met', true],
      [2030, 'not-met', false],
    ]);
  });

  for (const [name, report] of reports()) {
    it(`${name}: markdown, HTML, CSV, text`, () => {
      for (const format of ['markdown', 'html'] as const) {
        const out = renderReport(report, { format });
        expect(englishWords(out), `${format}`).toEqual([]);
        expect(out).not.toMatch(/seed|shared\/|domain note|dòng \d/i);
      }
      expect(englishWords(csvLanguageText(renderReport(report, { format: 'csv' }))), 'csv').toEqual([]);
      expect(englishWords(renderText(report)), 'text').toEqual([]);
    });
  }

  it('the English reports give their documents and notes in English', () => {
    for (const [name, report] of reports()) {
      const md = renderReport(report, { format: 'markdown', lang: 'en' });
      // the library's own Vietnamese words that would betray an untranslated citation, note or label
      // (the figures' sources are the user's data and stay as written)
      expect(md, name).not.toMatch(
        /Căn cứ|Quyết định số|của Thủ tướng|số hiệu chưa rõ|chưa xác minh|chưa được xác minh|tạm thời|Ghi chú|Kế hoạch \(|Bản đã đọc/,
      );
    }
  });
});

describe('the Word appendix and the letterhead in Vietnamese have no English text', () => {
  const letterhead = {
    issuer: 'Ủy ban nhân dân / phường Đăk Cấm',
    reportNumber: '15',
    date: '2025',
    place: 'Đăk Cấm',
    appendix: '2',
    signerTitle: 'TM. Ủy ban nhân dân / Chủ tịch',
    signerName: 'Nguyễn Văn A',
    recipients: ['Lưu: VT'],
  };

  for (const [name, report] of reports()) {
    it(`${name}: docx, HTML with a letterhead`, async () => {
      const text = paragraphs(
        unzip(await renderDocx(report, { letterhead }))
          .get('word/document.xml')!
          .toString('utf8'),
      ).join('\n');
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(englishWords(text), 'docx').toEqual([]);
      expect(englishWords(renderReport(report, { format: 'html', letterhead })), 'html').toEqual([]);
      // and the English appendix has none of the library's Vietnamese words (the user's letterhead stays as written)
      const en = paragraphs(
        unzip(await renderDocx(report, { lang: 'en', letterhead }))
          .get('word/document.xml')!
          .toString('utf8'),
      ).join('\n');
      expect(en, name).not.toMatch(
        /CỘNG HÒA|Độc lập|PHỤ LỤC|Kèm theo|Nơi nhận|Đơn vị tính|Căn cứ|Quyết định số|Tổng hợp|ngày \S+ tháng/,
      );
    });
  }
});

describe('the command line in Vietnamese has no English text', () => {
  it.each(['table', 'markdown', 'html'])('evaluate --format %s', async (format) => {
    const r = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2025', '--format', format]);
    expect(r.code).toBe(0);
    expect(englishWords(r.stdout)).toEqual([]);
  });

  it('evaluate --format csv (the columns in the report language)', async () => {
    const r = await xhht([
      'evaluate',
      'examples/observations-2024.csv',
      '--plan',
      'bac-giang-2021-2030',
      '--year',
      '2025',
      '--format',
      'csv',
    ]);
    expect(englishWords(csvLanguageText(r.stdout, ';'))).toEqual([]);
  });

  it('plans and indicators', async () => {
    const plans = await xhht(['plans']);
    expect(plans.stdout).toContain('nd-277');
    expect(englishWords(plans.stdout)).toEqual([]);
    for (const plan of ['qd-387', 'nd-277']) {
      const indicators = await xhht(['indicators', '--plan', plan]);
      expect(indicators.code, plan).toBe(0);
      expect(englishWords(indicators.stdout), plan).toEqual([]);
    }
  });

  it.each(['table', 'markdown', 'html'])('evaluate --plan nd-277 --format %s', async (format) => {
    // 17 of 34 provinces recognised (made up) against the 2028 roadmap target
    const r = await xhht(['evaluate', 'n.csv', '--plan', 'nd-277', '--year', '2028', '--format', format], {
      'n.csv': 'chỉ tiêu;tử số;mẫu số\nprovinces-preschool-3to5;17;34\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nghị định số 277/2025/NĐ-CP');
    expect(englishWords(r.stdout)).toEqual([]);
    expect(r.stdout).not.toMatch(RESEARCH);
  });

  // made-up figures: an unreadable numerator beside a readable one, a negative one, and a usable row
  const UNUSABLE =
    'indicator;numerator;denominator\nprovinces-literacy-level-2;4O;63\nprovinces-literacy-level-2;40;63\nprovinces-primary-level-3;-1;63\nprovinces-lower-secondary-level-2;63;63\n';

  it.each(['table', 'markdown', 'html'])(
    'evaluate with rows that cannot be used, --format %s: the report and the messages',
    async (format) => {
      // --wide: a note stays on one line, so it can be found whole (fitted tables: test/cli/table-width.test.ts)
      const r = await xhht(
        ['evaluate', 'o.csv', '--year', '2025', '--format', format, ...(format === 'table' ? ['--wide'] : [])],
        { 'o.csv': UNUSABLE },
      );
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('số liệu mâu thuẫn');
      expect(r.stdout).toContain('số liệu báo cáo không dùng được');
      expect(englishWords(withoutFieldNames(r.stdout))).toEqual([]);
      expect(englishWords(withoutFieldNames(r.stderr))).toEqual([]);
    },
  );

  it('evaluate with rows that cannot be used, --format csv', async () => {
    const r = await xhht(['evaluate', 'o.csv', '--year', '2025', '--format', 'csv'], { 'o.csv': UNUSABLE });
    expect(englishWords(csvLanguageText(r.stdout, ';'))).toEqual([]);
  });

  /*
   * assess-communes on made-up communes: a count "9O" that cannot be read, a commune without a
   * province, a commune with a count missing, a Vietnamese header, a row-number column and a column
   * the command does not know (ignored with the option).
   */
  const COMMUNES =
    'STT;id;name;province;age15to60.total;age15to60.literateLevel2;Số người 15-35 tuổi;cột lạ\n' +
    '1;xa-a;Xã A;tinh-x;100;95;50;1\n2;xa-b;Xã B;;100;9O;50;1\n3;xa-c;Xã C;tinh-x;100;;50;1\n';

  it.each(['table', 'markdown', 'csv'])(
    'assess-communes --format %s (both regimes): the table, the legend, the totals and the messages',
    async (format) => {
      for (const regime of ['nd142-2025', 'nd20-2014']) {
        const r = await xhht(
          ['assess-communes', 'c.csv', '--regime', regime, '--ignore-unknown-columns', '--format', format],
          { 'c.csv': COMMUNES },
        );
        expect(r.code, regime).toBe(1);
        expect(r.stdout, regime).toContain('Xã B');
        expect(r.stderr, regime).toContain('(unknown-column)');
        expect(englishWords(withoutFieldNames(r.stdout)), `${regime} stdout`).toEqual([]);
        expect(englishWords(withoutFieldNames(r.stderr)), `${regime} stderr`).toEqual([]);
        expect(r.stdout, regime).not.toMatch(RESEARCH);
      }
      // the bundled sample, every standard
      const sample = await xhht(['assess-communes', 'examples/communes-sample.csv', '--format', format]);
      expect(sample.code).toBe(0);
      expect(englishWords(withoutFieldNames(sample.stdout))).toEqual([]);
      expect(sample.stdout).not.toMatch(RESEARCH);
    },
  );

  it('assess-communes --format xlsx (both regimes): every cell of both sheets', async () => {
    for (const regime of ['nd142-2025', 'nd20-2014']) {
      const r = await xhht(
        ['assess-communes', 'c.csv', '--regime', regime, '--ignore-unknown-columns', '--out', 'k.xlsx'],
        { 'c.csv': COMMUNES },
      );
      expect(r.code, regime).toBe(1);
      const wb = await readWorkbook(r.bytes.get('k.xlsx')!);
      const text = wb.worksheets
        .flatMap((ws) =>
          [...Array(ws.rowCount).keys()].flatMap((i) =>
            (ws.getRow(i + 1).values as unknown[]).filter((v): v is string => typeof v === 'string'),
          ),
        )
        .join('\n');
      // the readings and the authorities are there, in Vietnamese
      expect(text, regime).toContain('Thẩm quyền công nhận');
      expect(englishWords(withoutFieldNames(text)), regime).toEqual([]);
      expect(text, regime).not.toMatch(RESEARCH);
    }
  });

  it('an unknown column of assess-communes, and a mistyped command, option or standard: the messages', async () => {
    const unknown = await xhht(['assess-communes', 'c.csv'], { 'c.csv': COMMUNES });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('(unknown-column)');
    for (const argv of [
      ['evalute'],
      ['assess-communes', 'c.csv', '--standard', 'xmc'],
      ['assess-communes', 'c.csv', '--standards', 'xnc'],
    ]) {
      const r = await xhht(argv, { 'c.csv': COMMUNES });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(englishWords(withoutFieldNames(r.stderr)), argv.join(' ')).toEqual([]);
    }
    expect(englishWords(withoutFieldNames(unknown.stderr))).toEqual([]);
  });
});

/** Our research material by name (the command line's own "dòng 3" names the user's file, so it is allowed here). */
const RESEARCH = /(?<![\p{L}\d_])seeds?(?![\p{L}\d_])|shared[/\\]|domain[ -]notes?|legal-2026|standards-verification/iu;

/**
 * Without the input's own field names at the head of a message ("province: …",
 * "numerator: …", "age15to60.literateLevel2: …"): like `observations[4].numerator`
 * they are identifiers that name the column, not English prose.
 */
function withoutFieldNames(text: string): string {
  return text.replace(
    /(?<![\p{L}\d_.-])(?:province|district|indicator|numerator|denominator|share|count|unit|name|id|[a-z]+\d*(?:to\d+)?(?:\.[A-Za-z0-9]+)+)(?=: )/gu,
    ' ',
  );
}
