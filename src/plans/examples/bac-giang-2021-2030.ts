import type { Indicator } from '../../catalog/indicator.js';
import type { Labels, LegalDocument, LegalSource } from '../../catalog/source.js';
import { sealPlan } from '../freeze.js';
import type { Target } from '../target.js';
import { once } from '../../once.js';

/*
 * Bắc Giang's plan for the learning-society scheme 2021–2030 (Kế hoạch "Xây dựng
 * xã hội học tập giai đoạn 2021 – 2030 trên địa bàn tỉnh Bắc Giang" of the
 * provincial People's Committee), Mục II.2 "Mục tiêu cụ thể": 2.1 targets for
 * 2025 and 2.2 targets for 2030, each under its point a)–d). Every target cites
 * its section.
 *
 * The copy read has no document number or signing date (the header is cut); it is
 * signed "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Mai Sơn". The citation
 * says "số hiệu chưa rõ" instead of guessing a number.
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
 * - Its own indicators are province level: shares of the province's districts
 *   and the province's own yes/no items.
 */

const DOC: LegalDocument = {
  type: 'plan',
  number: null,
  issuer: { vi: 'UBND tỉnh Bắc Giang', en: "People's Committee of Bắc Giang province" },
  title: {
    vi: 'xây dựng xã hội học tập giai đoạn 2021–2030 trên địa bàn tỉnh Bắc Giang',
    en: 'building a learning society, 2021–2030, in Bắc Giang province',
  },
};
const NO_NUMBER: Labels = {
  vi: 'Bản đã đọc không ghi số hiệu và ngày ký; người ký: Phó Chủ tịch Mai Sơn (KT. Chủ tịch UBND tỉnh).',
  en: "The copy read shows no document number or signing date; the plan is signed for the Chair by Vice-Chair Mai Sơn of the provincial People's Committee.",
};

type Year = 2025 | 2030;
type Point = 'a' | 'b' | 'c' | 'd';

/** Mục II.2.1 (2025) or II.2.2 (2030), point a)–d). */
function at(year: Year, point: Point): LegalSource {
  return { ...DOC, section: `Mục II.2.${year === 2025 ? 1 : 2}, điểm ${point}`, verified: true, confidence: 'local' };
}

const DISTRICTS: Labels = {
  vi: 'Tổng số huyện, thành phố thuộc tỉnh',
  en: 'All districts and provincial cities of the province',
};

const REFORM = {
  topic: 'reform',
  text: {
    vi: 'Từ 01/7/2025 cấp huyện không còn; chỉ tiêu theo huyện chỉ đo được cho thời kỳ trước đó.',
    en: 'The district level was abolished from 1 July 2025; district shares can only be measured for the period before.',
  },
} as const;

function districtShare(id: string, what: Labels): Indicator {
  return {
    id,
    group: 'I',
    kind: 'share-of-units',
    level: 'province',
    label: { vi: `Tỷ lệ huyện, thành phố ${what.vi}`, en: `Districts and cities ${what.en}` },
    numerator: { vi: `Số huyện, thành phố ${what.vi}`, en: `Districts and cities ${what.en}` },
    denominator: DISTRICTS,
    source: at(2025, 'a'),
    notes: [REFORM],
  };
}

function provinceYesNo(id: string, group: string, source: LegalSource, what: Labels): Indicator {
  return {
    id,
    group,
    kind: 'yes-no',
    level: 'province',
    label: { vi: `Tỉnh ${what.vi}`, en: `The province ${what.en}` },
    numerator: { vi: `Tỉnh ${what.vi}`, en: `The province ${what.en}` },
    denominator: null,
    source,
    notes: [],
  };
}

/** Indicators of the Bắc Giang plan that the national catalog does not have. */
const INDICATORS: readonly Indicator[] = /* @__PURE__ */ (() => [
  districtShare('districts-literacy-level-2', {
    vi: 'đạt chuẩn xóa mù chữ mức độ 2',
    en: 'meeting the literacy (XMC) standard level 2',
  }),
  districtShare('districts-primary-level-3', {
    vi: 'đạt chuẩn phổ cập giáo dục tiểu học mức độ 3',
    en: 'meeting universal primary education level 3',
  }),
  districtShare('districts-preschool-5', {
    vi: 'đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi',
    en: 'meeting universal preschool education for 5-year-olds',
  }),
  districtShare('districts-lower-secondary-level-2', {
    vi: 'đạt chuẩn phổ cập giáo dục THCS mức độ 2',
    en: 'meeting universal lower-secondary education level 2',
  }),
  districtShare('districts-preschool-kindergarten-age', {
    vi: 'hoàn thành phổ cập giáo dục mầm non cho trẻ mẫu giáo',
    en: 'completing universal preschool education for kindergarten-age children',
  }),
  districtShare('districts-lower-secondary-level-3', {
    vi: 'đạt chuẩn phổ cập giáo dục THCS mức độ 3',
    en: 'meeting universal lower-secondary education level 3',
  }),
  provinceYesNo('province-preschool-kindergarten-age', 'I', at(2025, 'a'), {
    vi: 'đạt phổ cập giáo dục mầm non cho trẻ mẫu giáo',
    en: 'meets universal preschool education for kindergarten-age children',
  }),
  provinceYesNo('province-lower-secondary-level-3', 'I', at(2025, 'a'), {
    vi: 'đạt phổ cập giáo dục THCS mức độ 3',
    en: 'meets universal lower-secondary education level 3',
  }),
  provinceYesNo('province-learning-province', 'IV', at(2030, 'd'), {
    vi: 'được công nhận tỉnh học tập',
    en: 'is recognised as a learning province',
  }),
])();

type Row = readonly [indicator: string, year: Year, value: string, point: Point];

/** Percentage targets: [indicator, year, value, point of Mục II.2.1 / II.2.2]. */
const PERCENT: readonly Row[] = [
  // 2.1 Mục tiêu đến năm 2025
  ['districts-literacy-level-2', 2025, '100', 'a'],
  ['districts-primary-level-3', 2025, '100', 'a'],
  ['districts-preschool-5', 2025, '100', 'a'],
  ['districts-lower-secondary-level-2', 2025, '100', 'a'],
  ['districts-preschool-kindergarten-age', 2025, '100', 'a'],
  ['districts-lower-secondary-level-3', 2025, '100', 'a'],
  ['working-age-information-competence', 2025, '50', 'b'],
  ['working-age-life-skills', 2025, '50', 'b'],
  ['population-15plus-technical-qualification', 2025, '50', 'b'],
  ['population-15plus-university-or-higher', 2025, '12', 'b'],
  ['institutions-digital-environment', 2025, '60', 'c'],
  ['community-learning-centres-it', 2025, '70', 'c'],
  ['citizens-learning-citizen-title', 2025, '40', 'd'],
  ['districts-learning-district', 2025, '50', 'd'],
  // 2.2 Mục tiêu đến năm 2030 (no THCS level 2 item: level 3 is the 2030 aim)
  ['districts-literacy-level-2', 2030, '100', 'a'],
  ['districts-primary-level-3', 2030, '100', 'a'],
  ['districts-preschool-kindergarten-age', 2030, '100', 'a'],
  ['districts-preschool-5', 2030, '100', 'a'],
  ['districts-lower-secondary-level-3', 2030, '100', 'a'],
  ['working-age-information-competence', 2030, '70', 'b'],
  ['working-age-life-skills', 2030, '70', 'b'],
  ['population-15plus-technical-qualification', 2030, '60', 'b'],
  ['population-15plus-university-or-higher', 2030, '15', 'b'],
  ['institutions-digital-environment', 2030, '85', 'c'],
  ['community-learning-centres-it', 2030, '90', 'c'],
  ['citizens-learning-citizen-title', 2030, '60', 'd'],
  ['districts-learning-district', 2030, '70', 'd'],
];

function targets(): Target[] {
  const percent = (row: Row): Target => {
    const [indicator, year, value, point] = row;
    return { kind: 'percent', indicator, year, comparator: 'at-least', value, source: at(year, point) };
  };
  // document order: the two "tỉnh đạt …" clauses follow the district items they share
  return [
    ...PERCENT.slice(0, 6).map(percent),
    {
      kind: 'yes-no',
      indicator: 'province-preschool-kindergarten-age',
      year: 2025,
      comparator: 'at-least',
      value: true,
      source: at(2025, 'a'),
    },
    {
      kind: 'yes-no',
      indicator: 'province-lower-secondary-level-3',
      year: 2025,
      comparator: 'at-least',
      value: true,
      source: at(2025, 'a'),
    },
    ...PERCENT.slice(6).map(percent),
    // "Phấn đấu tỉnh được công nhận tỉnh học tập vào năm 2030": a stretch goal
    {
      kind: 'yes-no',
      indicator: 'province-learning-province',
      year: 2030,
      comparator: 'at-least',
      value: true,
      stretch: true,
      source: at(2030, 'd'),
    },
  ];
}

/**
 * Bắc Giang's plan "Xây dựng xã hội học tập giai đoạn 2021–2030" of the
 * provincial People's Committee: 16 targets for 2025 and 14 for 2030, each
 * citing its section of Mục II.2.
 *
 * @example
 * const plan = getPlan('bac-giang-2021-2030');
 * plan.targets.find((t) => t.indicator === 'institutions-digital-environment' && t.year === 2030)?.value; // '85' (national: 80)
 * plan.targets[0].source.section; // 'Mục II.2.1, điểm a'
 * formatSource(plan.targets[0].source);
 * // 'Kế hoạch (số hiệu chưa rõ) của UBND tỉnh Bắc Giang về xây dựng xã hội học tập giai đoạn 2021–2030 trên địa bàn tỉnh Bắc Giang, Mục II.2.1, điểm a'
 */
export const bacGiang20212030Plan = /* @__PURE__ */ once(() =>
  sealPlan({
    id: 'bac-giang-2021-2030',
    title: {
      vi: 'Kế hoạch Xây dựng xã hội học tập giai đoạn 2021–2030 trên địa bàn tỉnh Bắc Giang',
      en: 'Bắc Giang province: building a learning society, 2021–2030',
    },
    issuer: 'UBND tỉnh Bắc Giang',
    reference: 'Kế hoạch của UBND tỉnh Bắc Giang (số hiệu chưa rõ)',
    jurisdiction: { level: 'province', name: 'Bắc Giang' },
    period: { from: 2021, to: 2030 },
    source: { ...DOC, section: 'Mục II.2', verified: true, confidence: 'local', note: NO_NUMBER },
    targets: targets(),
    indicators: INDICATORS,
  }),
);
