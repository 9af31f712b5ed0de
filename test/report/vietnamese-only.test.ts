import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import type { AttainmentReport } from '../../src/attainment/result.js';
import { renderReport } from '../../src/report/render.js';
import { renderText } from '../../src/report/text.js';
import { nationalObservations } from '../../src/standards/national.js';
import { rollUp } from '../../src/standards/rollup.js';
import { titleCountObservation } from '../../src/titles/observations.js';
import { qualificationObservations } from '../../src/workforce/observations.js';
import { xhht } from '../cli/helpers.js';
import { DAK_CAM, HYPOTHETICAL_POPULATION } from '../workforce/fixtures.js';
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
const ENGLISH = /(?<![\p{L}\d])(the|of|and|not|is|are|by|on|for|with|from|which|that|provisional|verified|unverified|source|sources|definition|counted|target|targets|figure|figures|rule|rules|decision|section|article|province|provinces|met|data|report|above|below|short|people|indicator|plan|stretch|yes|summary|error|warning|read|summaries|press|number|known)(?![\p{L}\d])/giu;

/** The text a reader sees, without the identifiers a report may show. */
function prose(text: string): string {
  return text
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/[A-Za-z]+(?:\\?\[\d+\\?\])+(?:\.[A-Za-z]+)*/g, ' ') // observations[4].numerator (escaped in Markdown)
    .replace(/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+/g, ' '); // ids, codes, regimes
}

function englishWords(text: string): string[] {
  return [...new Set([...prose(text).matchAll(ENGLISH)].map((m) => m[0]))];
}

/** Every library-made report we can build: provisional targets, definitions and figures, issues, local plans. */
function reports(): [string, AttainmentReport][] {
  const qualification = qualificationObservations({ ...DAK_CAM, population: HYPOTHETICAL_POPULATION });
  // Huế 2026, Mục II.4: 16 province-level learning units, 4 at level 2 (a made-up count)
  const units = titleCountObservation(
    Array.from({ length: 16 }, (_, i) => ({ unit: `Đơn vị ${i + 1}`, title: 'learning-unit-province' as const, level: (i < 4 ? 2 : 1) as 1 | 2, decisionDate: '2026-02-10', decidedBy: 'UBND thành phố Huế' })),
    { indicator: 'units-learning-unit-province', title: 'learning-unit-province', asOf: '2026-12-31', jurisdiction: 'Huế' },
  ).observation;
  // two provinces from made-up commune counts under the 2025 rules (province shares unverified)
  const communes = ['A', 'B'].flatMap((p) =>
    [1, 2, 3].map((c) => ({
      id: `${p}${c}`,
      name: `Xã ${p}${c}`,
      province: `Tỉnh ${p}`,
      counts: { age15to25: { total: 100, literateLevel1: 100, literateLevel2: 100 }, age15to35: { total: 200, literateLevel1: 200, literateLevel2: 200 }, age15to60: { total: 400, literateLevel1: 400, literateLevel2: c === 3 && p === 'B' ? 300 : 399 } },
      conditions: { xmc: { enoughTeachers: true, facilities: true, disabled: true } },
    })),
  );
  const provinces = rollUp(communes as never, { regime: 'nd142-2025', standards: ['xmc'] }).provinces;
  const national = nationalObservations(provinces, { unit: 'Việt Nam', asOf: '2025-12-31' }).observations;
  return [
    ['fixture (provisional target, stretch, count, issue)', fixtureReport()],
    ['national 2025', nationalReport()],
    ['national 2030', nationalReport(2030)],
    ['qualifications (provisional definition)', computeAttainment({ plan: 'qd-1373', year: 2025, observations: qualification.observations })],
    ['national observations from standards', computeAttainment({ plan: 'qd-1373', year: 2025, observations: national })],
    ['Huế 2026 with a title count', computeAttainment({ plan: 'hue-2026', year: 2026, observations: [units, { indicator: 'working-age-information-competence', numerator: 1, denominator: 0 }] })],
    ['Bắc Giang 2025', computeAttainment({ plan: 'bac-giang-2021-2030', year: 2025, observations: [{ indicator: 'working-age-life-skills', numerator: 480, denominator: 1000 }, { indicator: 'working-age-life-skills', numerator: 490, denominator: 1000 }] })],
    ['QĐ 387 (unverified targets and definitions)', computeAttainment({ plan: 'qd-387', year: 2025, observations: [{ indicator: 'families-learning-family', numerator: 700, denominator: 1000 }, { indicator: 'no-such-indicator', numerator: 1, denominator: 2 }] })],
    ['QĐ 677 2025', computeAttainment({ plan: 'qd-677', year: 2025, observations: [] })],
  ];
}

/** The CSV columns in the report language (the others are machine values and column names). */
const CSV_TEXT_COLUMNS = ['group_label', 'indicator_label', 'target_display', 'actual_display', 'status_label', 'progress_label', 'source', 'note'];

function csvLanguageText(csv: string): string {
  const rows = csv.trim().split('\r\n').map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));
  const header = rows[0]!;
  const columns = CSV_TEXT_COLUMNS.map((c) => header.indexOf(c));
  expect(columns.every((i) => i >= 0)).toBe(true);
  return rows.slice(1).map((r) => columns.map((i) => r[i]).join(' | ')).join('\n');
}

describe('a Vietnamese report has no English text', () => {
  // sanity: the check finds English where there is some
  it('the check finds an English note', () => {
    expect(englishWords('Ghi chú: Counted under a definition that is not verified')).toEqual(['Counted', 'definition', 'that', 'is', 'not', 'verified']);
    expect(englishWords('Lỗi observations[4].numerator (invalid-count): tử số không thể âm')).toEqual([]);
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
      expect(md, name).not.toMatch(/Căn cứ|Quyết định số|của Thủ tướng|số hiệu chưa rõ|chưa xác minh|chưa được xác minh|tạm thời|Ghi chú|Kế hoạch \(|Bản đã đọc/);
    }
  });
});

describe('the command line in Vietnamese has no English text', () => {
  it.each(['table', 'markdown', 'html'])('evaluate --format %s', async (format) => {
    const r = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2025', '--format', format]);
    expect(r.code).toBe(0);
    expect(englishWords(r.stdout)).toEqual([]);
  });

  it('evaluate --format csv (the columns in the report language)', async () => {
    const r = await xhht(['evaluate', 'examples/observations-2024.csv', '--plan', 'bac-giang-2021-2030', '--year', '2025', '--format', 'csv']);
    expect(englishWords(csvLanguageText(r.stdout))).toEqual([]);
  });

  it('plans and indicators', async () => {
    const plans = await xhht(['plans']);
    expect(englishWords(plans.stdout)).toEqual([]);
    const indicators = await xhht(['indicators', '--plan', 'qd-387']);
    expect(englishWords(indicators.stdout)).toEqual([]);
  });
});
