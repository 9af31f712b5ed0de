import type { Indicator } from '../../catalog/indicator.js';
import type { LegalSource } from '../../catalog/source.js';
import { sealPlan } from '../freeze.js';
import type { Plan } from '../plan.js';
import type { Target } from '../target.js';

/*
 * Huế's plan for the learning-society scheme in 2026 (seed 003,
 * shared/seeds/003_4550be4bb11189cd.txt), Mục II "Mục tiêu", lines 48–75. It
 * implements Kế hoạch số 336/KH-UBND ngày 27/10/2021 of the former Thừa Thiên Huế
 * province (line 8). Item 1 (literacy and universal education) says "có kế hoạch
 * riêng" (a separate plan, line 49): no targets here.
 *
 * The copy read has no document number or signing date; it is signed
 * "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Nguyễn Thanh Bình" (line 471).
 *
 * Mapping decisions (docs/plans.md):
 * - Line 51 says "năng lực công nghệ thông tin" where Decision 1373 says "năng lực
 *   thông tin". It is the same item in the same place of the restated 1373 list,
 *   so it is read as `working-age-information-competence`; the target's note and
 *   source say so, so a user who reads it otherwise can override the target.
 * - Line 59 counts "các trường đại học, cao đẳng" (universities and colleges);
 *   1373 counts universities only: a different denominator, so a plan indicator
 *   `universities-colleges-digital`.
 * - Lines 72–74 (learning units, a count with an "of which" minimum) and line 75
 *   (communes and wards with "Cộng đồng học tập" level 1) have no national
 *   counterpart: plan indicators.
 */

const DOC = 'Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế';

function line(lines: string, note?: string): LegalSource {
  return { document: DOC, section: `seed 003, dòng ${lines}`, verified: true, confidence: 'local', ...(note ? { note } : {}) };
}

/** Indicators of the Huế plan that the national catalog does not have. */
const INDICATORS: readonly Indicator[] = [
  {
    id: 'universities-colleges-digital',
    group: 'III',
    kind: 'share-of-units',
    label: {
      vi: 'Tỷ lệ trường đại học, cao đẳng triển khai đại học số và xây dựng học liệu số',
      en: 'Universities and colleges running a digital university and building digital learning materials',
    },
    numerator: { vi: 'Số trường đại học, cao đẳng triển khai đại học số và xây dựng học liệu số', en: 'Universities and colleges doing so' },
    denominator: { vi: 'Tổng số trường đại học, cao đẳng', en: 'All universities and colleges' },
    source: line('59–61'),
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
    label: { vi: 'Số đơn vị được công nhận "Đơn vị học tập" cấp tỉnh', en: 'Units recognised as "learning unit" (đơn vị học tập) at province level' },
    numerator: { vi: 'Số đơn vị được công nhận', en: 'Units recognised' },
    denominator: null,
    source: line('72–74', 'The title is regulated by Thông tư 24/2023/TT-BGDĐT (levels 1 and 2).'),
    notes: [],
  },
  {
    id: 'communes-learning-community-level-1',
    group: 'IV',
    kind: 'share-of-units',
    label: { vi: 'Tỷ lệ xã, phường đạt "Cộng đồng học tập" cấp xã mức độ 1', en: 'Communes and wards recognised as "learning community" at commune level, level 1' },
    numerator: { vi: 'Số xã, phường đạt "Cộng đồng học tập" cấp xã mức độ 1', en: 'Communes and wards recognised at level 1' },
    denominator: { vi: 'Tổng số xã, phường', en: 'All communes and wards' },
    source: line('75', 'The title is regulated by Thông tư 25/2023/TT-BGDĐT.'),
    notes: [],
  },
];

const IT_NOTE =
  'Line 51 says "năng lực công nghệ thông tin" (IT competence) where 1373 says "năng lực thông tin"; read as the 1373 indicator it restates.';

function percent(indicator: string, value: string, lines: string, note?: string): Target {
  return { kind: 'percent', indicator, year: 2026, comparator: 'at-least', value, source: line(lines, note) };
}

/**
 * Huế's 2026 plan for the learning-society scheme (seed 003): 10 targets for
 * 2026, each with its line in the seed, among them 87% of working-age people
 * with information competence (the national 2025 target is 50%).
 *
 * @example
 * const plan = getPlan('hue-2026');
 * plan.targets.find((t) => t.indicator === 'working-age-information-competence')?.value; // '87'
 * plan.targets.find((t) => t.kind === 'count'); // ≥ 15 learning units, of which ≥ 5 at level 2 (seed 003, dòng 72–74)
 */
export const HUE_2026: Plan = /* @__PURE__ */ sealPlan({
  id: 'hue-2026',
  title: {
    vi: 'Kế hoạch thực hiện Đề án "Xây dựng xã hội học tập" năm 2026 trên địa bàn thành phố Huế',
    en: 'Huế city: the learning-society scheme in 2026',
  },
  issuer: 'UBND thành phố Huế',
  reference: 'Kế hoạch năm 2026 của UBND thành phố Huế (số hiệu chưa rõ; thực hiện KH 336/KH-UBND)',
  jurisdiction: { level: 'province', name: 'Huế' },
  period: { from: 2026, to: 2026 },
  source: { document: DOC, section: 'seed 003, Mục II, dòng 48–75', verified: true, confidence: 'local', note: 'The copy read (seed 003) has no document number or date.' },
  targets: [
    {
      ...percent('working-age-information-competence', '87', '51–53', IT_NOTE),
      note: { vi: 'Văn bản ghi "năng lực công nghệ thông tin".', en: 'The plan says "năng lực công nghệ thông tin" (IT competence).' },
    },
    percent('working-age-life-skills', '80', '54'),
    percent('population-15plus-technical-qualification', '40', '55–57'),
    percent('population-15plus-university-or-higher', '15', '55–57'),
    percent('universities-colleges-digital', '100', '59–61'),
    percent('institutions-digital-environment', '100', '62–65'),
    percent('community-learning-centres-it', '100', '67–68'),
    percent('citizens-learning-citizen-title', '40', '71'),
    {
      kind: 'count',
      indicator: 'units-learning-unit-province',
      year: 2026,
      comparator: 'at-least',
      value: 15,
      components: [{ id: 'level-2', label: { vi: 'Mức độ 2', en: 'Level 2' }, comparator: 'at-least', value: 5 }],
      source: line('72–74'),
    },
    percent('communes-learning-community-level-1', '100', '75'),
  ],
  indicators: INDICATORS,
});
