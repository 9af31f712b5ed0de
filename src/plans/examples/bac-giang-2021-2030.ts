import type { Indicator } from '../../catalog/indicator.js';
import type { Labels, LegalSource } from '../../catalog/source.js';
import { sealPlan } from '../freeze.js';
import type { Plan } from '../plan.js';
import type { Target } from '../target.js';

/*
 * Bắc Giang's plan for the learning-society scheme 2021–2030 (seed 002,
 * shared/seeds/002_7c925d38ecd43b72.txt), Mục II.2 "Mục tiêu cụ thể": 2.1 targets
 * for 2025 (lines 104–154) and 2.2 targets for 2030 (lines 156–197). Every target
 * names its line in the seed.
 *
 * The copy read has no document number or signing date (the header is cut); it is
 * signed "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Mai Sơn" (line 835). The reference says so
 * instead of guessing a number.
 *
 * Mapping decisions (docs/plans.md):
 * - Group I targets are shares of the province's districts and cities ("các huyện,
 *   thành phố"), not of the country's provinces as in Decision 1373: a different
 *   denominator, so they are indicators of this plan (`districts-*`), and the two
 *   "tỉnh đạt …" clauses are yes/no indicators of the province (`province-*`).
 * - Groups II–IV restate Decision 1373's wording for the province's own population
 *   and institutions: same definition, so the catalog indicators are used
 *   ("huyện học tập" = `districts-learning-district`, whose denominator is already
 *   the district-level units).
 * - The plan has no university target (1373's "đại học số"); none is invented.
 */

const DOC = 'Kế hoạch Xây dựng xã hội học tập giai đoạn 2021–2030 trên địa bàn tỉnh Bắc Giang';
const NO_NUMBER = 'The copy read (seed 002) has no document number or date.';

function line(lines: string, note?: string): LegalSource {
  return { document: DOC, section: `seed 002, dòng ${lines}`, verified: true, confidence: 'local', ...(note ? { note } : {}) };
}

const DISTRICTS: Labels = { vi: 'Tổng số huyện, thành phố thuộc tỉnh', en: 'All districts and provincial cities of the province' };

const REFORM = {
  topic: 'reform',
  text: {
    vi: 'Từ 01/7/2025 cấp huyện không còn; chỉ tiêu theo huyện chỉ đo được cho thời kỳ trước đó.',
    en: 'The district level was abolished from 1 July 2025; district shares can only be measured for the period before.',
  },
} as const;

function districtShare(id: string, lines: string, what: Labels): Indicator {
  return {
    id,
    group: 'I',
    kind: 'share-of-units',
    label: { vi: `Tỷ lệ huyện, thành phố ${what.vi}`, en: `Districts and cities ${what.en}` },
    numerator: { vi: `Số huyện, thành phố ${what.vi}`, en: `Districts and cities ${what.en}` },
    denominator: DISTRICTS,
    source: line(lines),
    notes: [REFORM],
  };
}

function provinceYesNo(id: string, group: string, lines: string, what: Labels): Indicator {
  return {
    id,
    group,
    kind: 'yes-no',
    label: { vi: `Tỉnh ${what.vi}`, en: `The province ${what.en}` },
    numerator: { vi: `Tỉnh ${what.vi}`, en: `The province ${what.en}` },
    denominator: null,
    source: line(lines),
    notes: [],
  };
}

/** Indicators of the Bắc Giang plan that the national catalog does not have. */
const INDICATORS: readonly Indicator[] = [
  districtShare('districts-literacy-level-2', '108', { vi: 'đạt chuẩn xóa mù chữ mức độ 2', en: 'meeting the literacy (XMC) standard level 2' }),
  districtShare('districts-primary-level-3', '110–112', { vi: 'đạt chuẩn phổ cập giáo dục tiểu học mức độ 3', en: 'meeting universal primary education level 3' }),
  districtShare('districts-preschool-5', '110–112', { vi: 'đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi', en: 'meeting universal preschool education for 5-year-olds' }),
  districtShare('districts-lower-secondary-level-2', '110–114', { vi: 'đạt chuẩn phổ cập giáo dục THCS mức độ 2', en: 'meeting universal lower-secondary education level 2' }),
  districtShare('districts-preschool-kindergarten-age', '116–118', {
    vi: 'hoàn thành phổ cập giáo dục mầm non cho trẻ mẫu giáo',
    en: 'completing universal preschool education for kindergarten-age children',
  }),
  districtShare('districts-lower-secondary-level-3', '120', { vi: 'đạt chuẩn phổ cập giáo dục THCS mức độ 3', en: 'meeting universal lower-secondary education level 3' }),
  provinceYesNo('province-preschool-kindergarten-age', 'I', '118', {
    vi: 'đạt phổ cập giáo dục mầm non cho trẻ mẫu giáo',
    en: 'meets universal preschool education for kindergarten-age children',
  }),
  provinceYesNo('province-lower-secondary-level-3', 'I', '120–122', { vi: 'đạt phổ cập giáo dục THCS mức độ 3', en: 'meets universal lower-secondary education level 3' }),
  provinceYesNo('province-learning-province', 'IV', '197', { vi: 'được công nhận tỉnh học tập', en: 'is recognised as a learning province' }),
];

type Row = readonly [indicator: string, year: 2025 | 2030, value: string, lines: string, note?: string];

/** Percentage targets: [indicator, year, value, seed lines]. */
const PERCENT: readonly Row[] = [
  // 2.1 Mục tiêu đến năm 2025
  ['districts-literacy-level-2', 2025, '100', '108'],
  ['districts-primary-level-3', 2025, '100', '110–112'],
  ['districts-preschool-5', 2025, '100', '110–112'],
  ['districts-lower-secondary-level-2', 2025, '100', '110–114'],
  ['districts-preschool-kindergarten-age', 2025, '100', '116–118'],
  ['districts-lower-secondary-level-3', 2025, '100', '120'],
  ['working-age-information-competence', 2025, '50', '126'],
  ['working-age-life-skills', 2025, '50', '128'],
  ['population-15plus-technical-qualification', 2025, '50', '130'],
  ['population-15plus-university-or-higher', 2025, '12', '132'],
  ['institutions-digital-environment', 2025, '60', '136–140'],
  ['community-learning-centres-it', 2025, '70', '142–144'],
  ['citizens-learning-citizen-title', 2025, '40', '148–150'],
  ['districts-learning-district', 2025, '50', '152–154'],
  // 2.2 Mục tiêu đến năm 2030 (no THCS level 2 item: level 3 is the 2030 aim)
  ['districts-literacy-level-2', 2030, '100', '160'],
  ['districts-primary-level-3', 2030, '100', '162–164'],
  ['districts-preschool-kindergarten-age', 2030, '100', '162–164'],
  ['districts-preschool-5', 2030, '100', '162–166'],
  ['districts-lower-secondary-level-3', 2030, '100', '162–166'],
  ['working-age-information-competence', 2030, '70', '169'],
  ['working-age-life-skills', 2030, '70', '171'],
  ['population-15plus-technical-qualification', 2030, '60', '173'],
  ['population-15plus-university-or-higher', 2030, '15', '175'],
  ['institutions-digital-environment', 2030, '85', '179–183'],
  ['community-learning-centres-it', 2030, '90', '185–187'],
  ['citizens-learning-citizen-title', 2030, '60', '191'],
  ['districts-learning-district', 2030, '70', '193–195'],
];

function targets(): Target[] {
  const percent = (row: Row): Target => {
    const [indicator, year, value, lines, note] = row;
    return { kind: 'percent', indicator, year, comparator: 'at-least', value, source: line(lines, note) };
  };
  // document order: the two "tỉnh đạt …" clauses follow the district lines they share (116–122)
  return [
    ...PERCENT.slice(0, 6).map(percent),
    { kind: 'yes-no', indicator: 'province-preschool-kindergarten-age', year: 2025, comparator: 'at-least', value: true, source: line('116–118') },
    { kind: 'yes-no', indicator: 'province-lower-secondary-level-3', year: 2025, comparator: 'at-least', value: true, source: line('120–122') },
    ...PERCENT.slice(6).map(percent),
    // "Phấn đấu tỉnh được công nhận tỉnh học tập vào năm 2030": a stretch goal
    { kind: 'yes-no', indicator: 'province-learning-province', year: 2030, comparator: 'at-least', value: true, stretch: true, source: line('197') },
  ];
}

/**
 * Bắc Giang's plan "Xây dựng xã hội học tập giai đoạn 2021–2030" (seed 002):
 * 16 targets for 2025 and 14 for 2030, each with its line in the seed.
 *
 * @example
 * const plan = getPlan('bac-giang-2021-2030');
 * plan.targets.find((t) => t.indicator === 'institutions-digital-environment' && t.year === 2030)?.value; // '85' (national: 80)
 * plan.targets[0].source.section; // 'seed 002, dòng 108'
 */
export const BAC_GIANG_2021_2030: Plan = /* @__PURE__ */ sealPlan({
  id: 'bac-giang-2021-2030',
  title: {
    vi: 'Kế hoạch Xây dựng xã hội học tập giai đoạn 2021–2030 trên địa bàn tỉnh Bắc Giang',
    en: 'Bắc Giang province: building a learning society, 2021–2030',
  },
  issuer: 'UBND tỉnh Bắc Giang',
  reference: 'Kế hoạch của UBND tỉnh Bắc Giang (số hiệu chưa rõ)',
  jurisdiction: { level: 'province', name: 'Bắc Giang' },
  period: { from: 2021, to: 2030 },
  source: { document: DOC, section: 'seed 002, Mục II.2, dòng 102–197', verified: true, confidence: 'local', note: NO_NUMBER },
  targets: targets(),
  indicators: INDICATORS,
});
