import type { Indicator } from '../../catalog/indicator.js';
import type { Labels, LegalDocument, LegalSource } from '../../catalog/source.js';
import { sealPlan } from '../freeze.js';
import type { Target } from '../target.js';
import { once } from '../../once.js';

/*
 * Huế's plan for the learning-society scheme in 2026 (Kế hoạch thực hiện Đề án
 * "Xây dựng xã hội học tập" năm 2026 trên địa bàn thành phố Huế, of the city
 * People's Committee), Mục II "Mục tiêu". It implements Kế hoạch số
 * 336/KH-UBND ngày 27/10/2021 of the former Thừa Thiên Huế province. Item 1
 * (literacy and universal education) says "có kế hoạch riêng" (a separate
 * plan): no targets here.
 *
 * The copy read has no document number or signing date; it is signed
 * "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Nguyễn Thanh Bình".
 *
 * Mapping decisions (docs/plans.md):
 * - Mục II.2 says "năng lực công nghệ thông tin" where Decision 1373 says "năng
 *   lực thông tin". It is the same item in the same place of the restated 1373
 *   list, so it is read as `working-age-information-competence`; the target's
 *   note says so, so a user who reads it otherwise can override the target.
 * - Mục II.3 counts "các trường đại học, cao đẳng" (universities and colleges);
 *   1373 counts universities only: a different denominator, so a plan indicator
 *   `universities-colleges-digital`.
 * - In Mục II.4, learning units (a count with an "of which" minimum) and
 *   communes and wards with "Cộng đồng học tập" level 1 have no national
 *   counterpart: plan indicators.
 * - The plan's own indicators are province level: universities and colleges,
 *   the city's learning units and its communes and wards are counted by the city.
 */

const DOC: LegalDocument = {
  type: 'plan',
  number: null,
  issuer: { vi: 'UBND thành phố Huế', en: "People's Committee of Huế city" },
  title: {
    vi: 'thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế',
    en: 'implementing the scheme “Building a learning society” in Huế city in 2026',
  },
};

/** Item 2 (competences), 3 (institutions) or 4 (learning models) of Mục II. */
function at(item: 2 | 3 | 4, note?: Labels): LegalSource {
  return { ...DOC, section: `Mục II.${item}`, verified: true, confidence: 'local', ...(note ? { note } : {}) };
}

/** Indicators of the Huế plan that the national catalog does not have. */
const INDICATORS: readonly Indicator[] = /* @__PURE__ */ (() => [
  {
    id: 'universities-colleges-digital',
    group: 'III',
    kind: 'share-of-units',
    level: 'province',
    label: {
      vi: 'Tỷ lệ trường đại học, cao đẳng triển khai đại học số và xây dựng học liệu số',
      en: 'Universities and colleges running a digital university and building digital learning materials',
    },
    numerator: {
      vi: 'Số trường đại học, cao đẳng triển khai đại học số và xây dựng học liệu số',
      en: 'Universities and colleges doing so',
    },
    denominator: { vi: 'Tổng số trường đại học, cao đẳng', en: 'All universities and colleges' },
    source: at(3),
    notes: [
      {
        topic: 'denominator',
        text: {
          vi: 'Quyết định 1373 chỉ tính trường đại học; kế hoạch này tính cả trường cao đẳng.',
          en: 'Decision 1373 counts universities only; this plan counts colleges (cao đẳng) too.',
        },
      },
    ],
  },
  {
    id: 'units-learning-unit-province',
    group: 'IV',
    kind: 'count',
    level: 'province',
    label: {
      vi: 'Số đơn vị được công nhận "Đơn vị học tập" cấp tỉnh',
      en: 'Units recognised as "learning unit" (đơn vị học tập) at province level',
    },
    numerator: { vi: 'Số đơn vị được công nhận', en: 'Units recognised' },
    denominator: null,
    source: at(4, {
      vi: 'Danh hiệu được quy định tại Thông tư 24/2023/TT-BGDĐT (mức độ 1 và 2).',
      en: 'The title is regulated by Circular 24/2023/TT-BGDĐT (levels 1 and 2).',
    }),
    notes: [],
  },
  {
    id: 'communes-learning-community-level-1',
    group: 'IV',
    kind: 'share-of-units',
    level: 'province',
    label: {
      vi: 'Tỷ lệ xã, phường đạt "Cộng đồng học tập" cấp xã mức độ 1',
      en: 'Communes and wards recognised as "learning community" at commune level, level 1',
    },
    numerator: {
      vi: 'Số xã, phường đạt "Cộng đồng học tập" cấp xã mức độ 1',
      en: 'Communes and wards recognised at level 1',
    },
    denominator: { vi: 'Tổng số xã, phường', en: 'All communes and wards' },
    source: at(4, {
      vi: 'Danh hiệu được quy định tại Thông tư 25/2023/TT-BGDĐT.',
      en: 'The title is regulated by Circular 25/2023/TT-BGDĐT.',
    }),
    notes: [],
  },
])();

const IT_NOTE: Labels = {
  vi: 'Kế hoạch ghi "năng lực công nghệ thông tin" trong khi Quyết định 1373 ghi "năng lực thông tin"; được hiểu là chỉ tiêu của Quyết định 1373 mà kế hoạch nhắc lại.',
  en: 'The plan says "năng lực công nghệ thông tin" (IT competence) where Decision 1373 says "năng lực thông tin"; read as the 1373 indicator it restates.',
};

function percent(indicator: string, value: string, item: 2 | 3 | 4): Target {
  return { kind: 'percent', indicator, year: 2026, comparator: 'at-least', value, source: at(item) };
}

/**
 * Huế's 2026 plan for the learning-society scheme, of the city People's
 * Committee: 10 targets for 2026, each citing its item of Mục II, among them
 * 87% of working-age people with information competence (the national 2025
 * target is 50%).
 *
 * @example
 * const plan = getPlan('hue-2026');
 * plan.targets.find((t) => t.indicator === 'working-age-information-competence')?.value; // '87'
 * plan.targets.find((t) => t.kind === 'count'); // ≥ 15 learning units, of which ≥ 5 at level 2 (Mục II.4)
 */
export const hue2026Plan = /* @__PURE__ */ once(() =>
  sealPlan({
    id: 'hue-2026',
    title: {
      vi: 'Kế hoạch thực hiện Đề án "Xây dựng xã hội học tập" năm 2026 trên địa bàn thành phố Huế',
      en: 'Huế city: the learning-society scheme in 2026',
    },
    issuer: 'UBND thành phố Huế',
    reference: 'Kế hoạch năm 2026 của UBND thành phố Huế (số hiệu chưa rõ; thực hiện KH 336/KH-UBND)',
    jurisdiction: { level: 'province', name: 'Huế' },
    period: { from: 2026, to: 2026 },
    source: {
      ...DOC,
      section: 'Mục II',
      verified: true,
      confidence: 'local',
      note: {
        vi: 'Bản đã đọc không ghi số hiệu và ngày ký; người ký: Phó Chủ tịch Nguyễn Thanh Bình (KT. Chủ tịch UBND thành phố).',
        en: "The copy read shows no document number or signing date; the plan is signed for the Chair by Vice-Chair Nguyễn Thanh Bình of the city People's Committee.",
      },
    },
    targets: [
      {
        ...percent('working-age-information-competence', '87', 2),
        note: IT_NOTE,
      },
      percent('working-age-life-skills', '80', 2),
      percent('population-15plus-technical-qualification', '40', 2),
      percent('population-15plus-university-or-higher', '15', 2),
      percent('universities-colleges-digital', '100', 3),
      percent('institutions-digital-environment', '100', 3),
      percent('community-learning-centres-it', '100', 3),
      percent('citizens-learning-citizen-title', '40', 4),
      {
        kind: 'count',
        indicator: 'units-learning-unit-province',
        year: 2026,
        comparator: 'at-least',
        value: 15,
        components: [{ id: 'level-2', label: { vi: 'Mức độ 2', en: 'Level 2' }, comparator: 'at-least', value: 5 }],
        source: at(4),
      },
      percent('communes-learning-community-level-1', '100', 4),
    ],
    indicators: INDICATORS,
  }),
);
