import { QD_677_DOC } from '../catalog/documents.js';
import type { Confidence, LegalSource } from '../catalog/source.js';
import { qd677Indicators } from '../catalog/qd-677-indicators.js';
import { sealPlan } from './freeze.js';
import type { PercentTarget } from './target.js';
import { once } from '../once.js';

/*
 * Targets of Decision 677/QĐ-TTg (03/6/2022), Điều 1, Mục I.2.
 * - 2030: a verbatim quotation of Tiết b, Tiểu mục 2, Mục I, Điều 1
 *   (thuvienphapluat.vn): B; the 60% for adults is also in two news
 *   reports: A. Rejected: the English translation's 70% for adults
 *   (tuvanmienphi.vn) — the Vietnamese quote says 60%.
 * - 2025: summaries only (inoxgiaanh.com.vn, tuvanmienphi.vn, the Bắc Bình
 *   district plan): C, `verified: false`.
 * - The association's briefing target has no 2030 number ("tiếp tục quán triệt").
 */

const SUMMARIES_2025 = {
  vi: 'Mục tiêu năm 2025 chỉ đọc được trong các bản tóm tắt; bản trích dẫn nguyên văn chỉ có mục tiêu năm 2030 (Tiết b), nên vị trí Tiết a là suy ra.',
  en: 'The 2025 targets were read in summaries only; the verbatim quotation covers the 2030 targets (Item b), so Item a is inferred.',
};

function source(year: 2025 | 2030, confidence: Confidence): LegalSource {
  return {
    ...QD_677_DOC,
    section: year === 2030 ? 'Điều 1, Mục I.2.b' : 'Điều 1, Mục I.2.a',
    verified: confidence === 'A' || confidence === 'B',
    confidence,
    ...(year === 2025 ? { note: SUMMARIES_2025 } : {}),
  };
}

// [indicator, 2025 %, 2030 % | null, 2030 confidence]
const ROWS: readonly (readonly [string, string, string | null, Confidence])[] = [
  ['khuyen-hoc-members-trained-learning-citizen-criteria', '100', null, 'B'],
  ['adults-learning-models-learning-citizen', '40', '60', 'A'],
  ['staff-learning-units-learning-citizen', '60', '80', 'B'],
  ['learning-citizens-digital-skills', '70', '90', 'B'],
  ['learning-citizens-digital-proficient', '60', '80', 'B'],
];

function targets(): PercentTarget[] {
  const out: PercentTarget[] = [];
  for (const [indicator, v2025] of ROWS)
    out.push({
      kind: 'percent',
      indicator,
      year: 2025,
      comparator: 'at-least',
      value: v2025,
      source: source(2025, 'C'),
    });
  for (const [indicator, , v2030, c2030] of ROWS) {
    if (v2030 !== null)
      out.push({
        kind: 'percent',
        indicator,
        year: 2030,
        comparator: 'at-least',
        value: v2030,
        source: source(2030, c2030),
      });
  }
  return out;
}

/**
 * The national programme "Xây dựng mô hình Công dân học tập giai đoạn
 * 2021-2030" (Decision 677/QĐ-TTg): 5 targets for 2025 (provisional, read in
 * summaries) and 4 for 2030 (verified, from a verbatim quote).
 *
 * @example
 * qd677Plan().targets.find((t) => t.indicator === 'adults-learning-models-learning-citizen' && t.year === 2030)?.value; // '60'
 * planYears(qd677Plan()); // [2025, 2030]
 */
export const qd677Plan = /* @__PURE__ */ once(() =>
  sealPlan({
    id: 'qd-677',
    title: {
      vi: 'Chương trình "Xây dựng mô hình Công dân học tập giai đoạn 2021-2030"',
      en: 'Programme "Building the learning-citizen model, 2021–2030"',
    },
    issuer: 'Thủ tướng Chính phủ',
    reference: '677/QĐ-TTg',
    date: '2022-06-03',
    jurisdiction: { level: 'national', name: 'Việt Nam' },
    period: { from: 2021, to: 2030 },
    source: { ...QD_677_DOC, section: 'Điều 1, Mục I.2', verified: true, confidence: 'B' },
    targets: targets(),
    indicators: qd677Indicators(),
  }),
);
