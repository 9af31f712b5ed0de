import type { Observation } from '../../src/attainment/observation.js';
import type { Indicator } from '../../src/catalog/indicator.js';
import { ISSUERS, ND_20_2014_DOC } from '../../src/catalog/documents.js';
import type { LegalDocument } from '../../src/catalog/source.js';
import type { Plan } from '../../src/plans/plan.js';
import { hue2026Plan } from '../../src/plans/examples/hue-2026.js';

const HUE_2026 = hue2026Plan();

/*
 * A test plan that puts every kind of row a report has into one table: met,
 * not met, no data, stretch, provisional, percent, count with an "of which"
 * part, yes/no, and an issue. Each target value and each figure names the
 * document it comes from; the year (2025) is the fixture's, chosen to match
 * the Đăk Cấm review of 2024–2025 (seed 004) whose figures are used.
 */

// seed 004 (the Đăk Cấm ward report): Mục II.2 holds the literacy counts (lines 39–58)
const dakCam = 'Báo cáo sơ kết 2024-2025 của UBND phường Đăk Cấm, Mục II.2';

/** The test plan's own document: made up, so it has no number. */
const FIXTURE_DOC: LegalDocument = {
  type: 'plan',
  number: null,
  issuer: { vi: 'UBND phường Đăk Cấm', en: "People's Committee of Đăk Cấm ward" },
  title: { vi: 'mẫu để kiểm thử báo cáo', en: 'a sample for testing reports' },
};

/** Seed 001 (Long Phụng): its targets come from the district's plan, approved by UBND huyện Mộ Đức. */
const MO_DUC_PLAN: LegalDocument = {
  type: 'plan',
  number: null,
  issuer: { vi: 'UBND huyện Mộ Đức', en: "People's Committee of Mộ Đức district" },
  title: {
    vi: 'triển khai thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”',
    en: 'carrying out the scheme “Building a learning society, 2021–2030”',
  },
};

const people = (id: string, vi: string, en: string): Indicator => ({
  id,
  group: 'I',
  kind: 'share-of-persons',
  // people of the commune: measured by the commune
  level: 'commune',
  label: { vi, en },
  numerator: { vi: 'Số người biết chữ', en: 'Literate people' },
  denominator: { vi: 'Số người 15–60 tuổi thuộc diện XMC', en: 'People aged 15–60 in scope of XMC' },
  // Decree 20/2014 Art. 17 defines the literacy levels and the ages 15–60
  source: { ...ND_20_2014_DOC, section: 'Điều 17', verified: true, confidence: 'V' },
  notes: [],
});

/** The test plan (not a real plan: its targets are borrowed from the documents named in each source). */
export const REPORT_PLAN: Plan = {
  id: 'report-fixture',
  title: { vi: 'Kế hoạch mẫu để kiểm thử báo cáo', en: 'Test plan for reports' },
  issuer: 'xhht (kiểm thử)',
  reference: 'Kế hoạch mẫu',
  jurisdiction: { level: 'commune', name: 'Đăk Cấm' },
  period: { from: 2021, to: 2025 },
  source: { ...FIXTURE_DOC, verified: true, confidence: 'local' },
  indicators: [
    people(
      'people-15-60-literacy-level-1',
      'Tỷ lệ người 15–60 tuổi biết chữ mức độ 1',
      'People aged 15–60 literate at level 1',
    ),
    people(
      'people-15-60-literacy-level-2',
      'Tỷ lệ người 15–60 tuổi biết chữ mức độ 2',
      'People aged 15–60 literate at level 2',
    ),
    {
      id: 'commune-literacy-level-2',
      group: 'I',
      kind: 'yes-no',
      level: 'commune',
      label: { vi: 'Xã đạt chuẩn xóa mù chữ mức độ 2', en: 'Commune meets the literacy standard level 2' },
      numerator: { vi: 'Xã đạt chuẩn', en: 'Commune meets the standard' },
      denominator: null,
      // Decree 20/2014 Art. 21: the commune literacy standard level 2
      source: { ...ND_20_2014_DOC, section: 'Điều 21', verified: true, confidence: 'V' },
      notes: [],
    },
    {
      id: 'units-learning-unit-province',
      group: 'IV',
      kind: 'count',
      // Huế 2026, Mục II.4: the city's units, counted by the city
      level: 'province',
      label: {
        vi: 'Số đơn vị được công nhận "Đơn vị học tập" cấp tỉnh',
        en: 'Units recognised as "learning unit" at province level',
      },
      numerator: { vi: 'Số đơn vị được công nhận', en: 'Units recognised' },
      denominator: null,
      source: { ...HUE_2026.source, section: 'Mục II.4' },
      notes: [],
    },
  ],
  targets: [
    {
      // 525/QĐ-TTg, 2030: "literacy rate level 1, ages 15-60: 99,1%", one press source [C]
      // (shared/domain/targets-1373.md §2.2): not verified law, so the target is provisional.
      kind: 'percent',
      indicator: 'people-15-60-literacy-level-1',
      year: 2025,
      comparator: 'at-least',
      value: '99.1',
      source: {
        type: 'decision',
        number: '525/QĐ-TTg',
        date: '2025-03-06',
        issuer: ISSUERS.primeMinister,
        verified: false,
        confidence: 'C',
        note: { vi: 'Chỉ đọc được qua tin báo chí.', en: 'Read in a press report only.' },
      },
    },
    {
      // Hypothetical "phấn đấu 100%" target (no legal text sets one for people): shows a stretch
      // target and a shortfall.
      kind: 'percent',
      indicator: 'people-15-60-literacy-level-2',
      year: 2025,
      comparator: 'at-least',
      value: '100',
      stretch: true,
      source: { ...FIXTURE_DOC, section: 'Mục II.1', verified: true, confidence: 'local' },
    },
    {
      // Seed 001 (Long Phụng), Phụ lục 2, mục I, dòng 1: "Xã đạt chuẩn xóa mù chữ mức độ 2", target 100.
      kind: 'yes-no',
      indicator: 'commune-literacy-level-2',
      year: 2025,
      comparator: 'at-least',
      value: true,
      source: { ...MO_DUC_PLAN, section: 'Phụ lục 2, mục I', verified: true, confidence: 'local' },
    },
    {
      // Seed 003 (Huế 2026), mục II.2: "87% số người trong độ tuổi lao động được trang bị năng lực công [dân số]".
      kind: 'percent',
      indicator: 'working-age-information-competence',
      year: 2025,
      comparator: 'at-least',
      value: '87',
      source: { ...HUE_2026.source, section: 'Mục II.2' },
    },
    {
      // Seed 003 (Huế 2026), lines 72–74: "Có ít nhất 15 đơn vị … mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2".
      kind: 'count',
      indicator: 'units-learning-unit-province',
      year: 2025,
      comparator: 'at-least',
      value: 15,
      components: [{ id: 'level-2', label: { vi: 'Mức độ 2', en: 'Level 2' }, comparator: 'at-least', value: 5 }],
      source: { ...HUE_2026.source, section: 'Mục II.4' },
    },
  ],
};

/** Đăk Cấm's figures (seed 004), plus one count and one bad observation made up for the test. */
export const REPORT_OBSERVATIONS: readonly Observation[] = [
  // seed 004 line 54: "Số người biết chữ mức độ 1: Số lượng: 19.747/19.747, tỷ lệ 100%"
  {
    unit: 'Phường Đăk Cấm',
    indicator: 'people-15-60-literacy-level-1',
    numerator: 19747,
    denominator: 19747,
    source: dakCam,
  },
  // seed 004 line 56: "Số người biết chữ mức độ 2: Số lượng 19.739/19.747, tỷ lệ 99,96%"
  {
    unit: 'Phường Đăk Cấm',
    indicator: 'people-15-60-literacy-level-2',
    numerator: 19739,
    denominator: 19747,
    source: dakCam,
  },
  // seed 004 line 58: "Phường Đăk Cấm đạt chuẩn xóa mù chữ mức độ 2."
  { unit: 'Phường Đăk Cấm', indicator: 'commune-literacy-level-2', achieved: true, source: dakCam },
  // made up for the test: 12 units, 6 of them at level 2 (3 short of the 15)
  {
    unit: 'Phường Đăk Cấm',
    indicator: 'units-learning-unit-province',
    count: 12,
    components: { 'level-2': 6 },
    source: 'số liệu giả định',
  },
  // made up for the test: a negative count is an issue, not a result
  { unit: 'Phường Đăk Cấm', indicator: 'working-age-information-competence', numerator: -1, denominator: 100 },
];
