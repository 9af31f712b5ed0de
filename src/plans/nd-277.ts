import { ND_277_2025_DOC, NQ_218_2025_DOC } from '../catalog/documents.js';
import type { LegalSource } from '../catalog/source.js';
import { nd277Indicators } from '../catalog/nd-277-indicators.js';
import { sealPlan } from './freeze.js';
import { once } from '../once.js';

/*
 * The roadmap of universal preschool education for children aged 3–5.
 *
 * - 2028, at least 50% of provinces: Decree 277/2025/NĐ-CP of 20 October 2025
 *   as reported by the press on 22–23 October 2025; the decree text was not
 *   read. Confidence C, not verified: results against it are provisional.
 * - 2030, 100% of provinces: Resolution 218/2025/QH15 of 26 June 2025 (in
 *   force the same day), read in the resolution's text as published in one
 *   copy, and restated by the decree. Confidence B, which VERIFIED_CONFIDENCE
 *   counts as verified (the number was read in a verbatim copy of the legal
 *   text): not provisional.
 */

const ROADMAP_2028: LegalSource = /* @__PURE__ */ (() => ({
  ...ND_277_2025_DOC,
  verified: false,
  confidence: 'C',
  note: {
    vi: 'Mục tiêu năm 2028 theo tin báo chí khi Nghị định được ký; chưa đọc được văn bản Nghị định, chưa xác định điều quy định lộ trình.',
    en: 'The 2028 target as reported in the press when the decree was signed; the decree text was not read and the article setting the roadmap is not established.',
  },
}))();

const GOAL_2030: LegalSource = /* @__PURE__ */ (() => ({
  ...NQ_218_2025_DOC,
  verified: true,
  confidence: 'B',
  note: {
    vi: 'Đọc trong một bản công bố văn bản Nghị quyết, thống nhất với tin về việc thông qua; chưa đối chiếu số điều. Nghị định số 277/2025/NĐ-CP nhắc lại mục tiêu này.',
    en: 'Read in one published copy of the resolution’s text, in agreement with reports of its adoption; the article number was not checked. Decree No. 277/2025/NĐ-CP restates the goal.',
  },
}))();

const INDICATOR = 'provinces-preschool-3to5';

/**
 * The roadmap of Decree 277/2025/NĐ-CP for universal preschool education of
 * children aged 3–5: at least 50% of provinces recognised by 2028
 * (provisional: press reports of the decree) and 100% by 2030 (Resolution
 * 218/2025/QH15, verified).
 *
 * @example
 * nd277Plan().targets.map((t) => [t.year, t.kind === 'percent' ? t.value : null, t.source.verified]); // [[2028, '50', false], [2030, '100', true]]
 * planYears(nd277Plan()); // [2028, 2030]
 */
export const nd277Plan = /* @__PURE__ */ once(() =>
  sealPlan({
    id: 'nd-277',
    title: {
      vi: 'Lộ trình phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi (Nghị định 277/2025/NĐ-CP)',
      en: 'Roadmap of universal preschool education for children aged 3–5 (Decree 277/2025/ND-CP)',
    },
    issuer: 'Chính phủ',
    reference: '277/2025/NĐ-CP',
    date: '2025-10-20',
    jurisdiction: { level: 'national', name: 'Việt Nam' },
    period: { from: 2025, to: 2030 },
    source: ROADMAP_2028,
    targets: [
      { kind: 'percent', indicator: INDICATOR, year: 2028, comparator: 'at-least', value: '50', source: ROADMAP_2028 },
      { kind: 'percent', indicator: INDICATOR, year: 2030, comparator: 'at-least', value: '100', source: GOAL_2030 },
    ],
    indicators: nd277Indicators(),
  }),
);
