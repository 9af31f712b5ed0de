import { QD_387_DOC } from '../catalog/documents.js';
import type { LegalSource } from '../catalog/source.js';
import { qd387Indicators } from '../catalog/qd-387-indicators.js';
import { sealPlan } from './freeze.js';
import type { Plan } from './plan.js';
import type { PercentTarget } from './target.js';
import { once } from '../once.js';

/*
 * Targets of Decision 387/QĐ-TTg (25/3/2022) for 2025, read in summaries that
 * agree (lsu.vn, baogialai.com.vn, baoyenbai.com.vn, infonet; the decision text
 * was not read): confidence C, `verified: false`, so results are provisional.
 *
 * No 2030 targets: the national 2030 figures were not found. Hà Nội's Plan
 * 291/KH-UBND (80/75/75/90/60/80/70%) and Bà Rịa–Vũng Tàu's Plan 49/KH-UBND
 * differ from each other, so they are local plans, not the national text.
 */

const SOURCE: LegalSource = /* @__PURE__ */ (() => ({
  ...QD_387_DOC,
  section: 'Điều 1',
  verified: false,
  confidence: 'C',
  note: {
    vi: 'Các mục tiêu năm 2025 được đọc trong nhiều bản tóm tắt thống nhất với nhau; chưa đọc được văn bản quyết định.',
    en: 'The 2025 targets were read in several summaries that agree; the text of the decision was not read.',
  },
}))();

// [indicator, 2025 minimum %]
const ROWS: readonly (readonly [string, string])[] = [
  ['khuyen-hoc-members-trained-policies', '100'],
  ['families-learning-family', '70'],
  ['clans-learning-clan', '65'],
  ['villages-learning-community', '65'],
  ['commune-organisations-learning-unit', '80'],
  ['learning-model-workers-learning-citizen', '40'],
  ['commune-learning-unit-staff-learning-citizen', '60'],
  ['communes-khuyen-hoc-leader-manages-clc', '100'],
  ['commune-khuyen-hoc-staff-clc-it-trained', '40'],
];

/**
 * The national programme "Đẩy mạnh phong trào học tập suốt đời trong gia đình,
 * dòng họ, cộng đồng, đơn vị giai đoạn 2021-2030" (Decision 387/QĐ-TTg) with
 * its 2025 targets. Every target is provisional (read in summaries only).
 *
 * @example
 * qd387Plan().targets.find((t) => t.indicator === 'families-learning-family')?.value; // '70'
 * planYears(qd387Plan()); // [2025]
 */
export const qd387Plan = /* @__PURE__ */ once(() =>
  sealPlan({
    id: 'qd-387',
    title: {
      vi: 'Chương trình "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021-2030"',
      en: 'Programme "Promoting lifelong learning in families, clans, communities and units, 2021–2030"',
    },
    issuer: 'Thủ tướng Chính phủ',
    reference: '387/QĐ-TTg',
    date: '2022-03-25',
    jurisdiction: { level: 'national', name: 'Việt Nam' },
    period: { from: 2021, to: 2030 },
    source: SOURCE,
    targets: ROWS.map(
      ([indicator, value]): PercentTarget => ({
        kind: 'percent',
        indicator,
        year: 2025,
        comparator: 'at-least',
        value,
        source: SOURCE,
      }),
    ),
    indicators: qd387Indicators(),
  }),
);
