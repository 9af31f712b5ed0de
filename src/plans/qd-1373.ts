import { QD_1373_DOC } from '../catalog/documents.js';
import type { Confidence, LegalSource } from '../catalog/source.js';
import { qd1373Indicators } from '../catalog/qd-1373-indicators.js';
import { sealPlan } from './freeze.js';
import type { PercentTarget } from './target.js';
import { once } from '../once.js';

/*
 * Targets of Decision 1373/QĐ-TTg, Điều 1, Mục II.2, read in a verbatim quotation of Mục II Điều 1.
 * Confidence per figure: A verbatim and confirmed elsewhere, B verbatim from one source. Both are the
 * legal text, so both are verified. Rejected readings: lawnet.vn's English "100%" for XMC level 2 in
 * 2030 (every Vietnamese source says 90%) and MOET's pre-approval draft figures.
 */

type Row = readonly [
  indicator: string,
  letter: 'a' | 'b' | 'c' | 'd',
  y2025: string | null,
  c2025: Confidence,
  y2030: string | null,
  c2030: Confidence,
  stretch?: { readonly 2025?: boolean; readonly 2030?: boolean },
];

const ROWS: readonly Row[] = [
  ['provinces-literacy-level-2', 'a', '70', 'A', '90', 'A'],
  // 2030: "Phấn đấu … hoàn thành phổ cập giáo dục cho trẻ em mẫu giáo"
  ['provinces-preschool-kindergarten-age', 'a', '70', 'A', '100', 'A', { 2030: true }],
  ['provinces-primary-level-3', 'a', '50', 'A', '70', 'A'],
  // 2025 only: "Phấn đấu 100% …"; the 2030 list has no such item
  ['provinces-lower-secondary-level-2', 'a', '100', 'B', null, 'B', { 2025: true }],
  ['provinces-lower-secondary-level-3', 'a', '20', 'A', '40', 'A'],
  ['working-age-information-competence', 'b', '50', 'A', '70', 'A'],
  ['working-age-life-skills', 'b', '50', 'A', '70', 'A'],
  ['population-15plus-technical-qualification', 'b', '50', 'A', '60', 'A'],
  ['population-15plus-university-or-higher', 'b', '12', 'A', '15', 'A'],
  ['universities-digital', 'c', '70', 'A', '90', 'A'],
  ['institutions-digital-environment', 'c', '60', 'A', '80', 'A'],
  ['community-learning-centres-it', 'c', '70', 'A', '90', 'B'],
  ['citizens-learning-citizen-title', 'd', '40', 'A', '60', 'A'],
  ['districts-learning-district', 'd', '25', 'B', '50', 'A'],
  ['provinces-learning-province', 'd', '15', 'B', '35', 'A'],
];

function source(letter: Row[1], confidence: Confidence): LegalSource {
  return {
    ...QD_1373_DOC,
    section: `Điều 1, Mục II.2.${letter}`,
    verified: confidence === 'A' || confidence === 'B',
    confidence,
  };
}

function targets(): PercentTarget[] {
  const out: PercentTarget[] = [];
  for (const year of [2025, 2030] as const) {
    for (const [indicator, letter, v2025, c2025, v2030, c2030, stretch] of ROWS) {
      const value = year === 2025 ? v2025 : v2030;
      if (value === null) continue;
      out.push({
        kind: 'percent',
        indicator,
        year,
        comparator: 'at-least',
        value,
        ...(stretch?.[year] ? { stretch: true } : {}),
        source: source(letter, year === 2025 ? c2025 : c2030),
      });
    }
  }
  return out;
}

/**
 * The national plan: Decision 1373/QĐ-TTg approving the scheme "Xây dựng xã hội
 * học tập giai đoạn 2021–2030", with its 2025 and 2030 targets.
 *
 * @example
 * qd1373Plan().targets.filter((t) => t.year === 2025).length; // 15
 */
export const qd1373Plan = /* @__PURE__ */ once(() =>
  sealPlan({
    id: 'qd-1373',
    title: {
      vi: 'Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030"',
      en: 'Scheme "Building a learning society, 2021–2030"',
    },
    issuer: 'Thủ tướng Chính phủ',
    reference: '1373/QĐ-TTg',
    date: '2021-07-30',
    jurisdiction: { level: 'national', name: 'Việt Nam' },
    period: { from: 2021, to: 2030 },
    source: { ...QD_1373_DOC, section: 'Điều 1, Mục II.2', verified: true, confidence: 'A' },
    targets: targets(),
    indicators: qd1373Indicators(),
  }),
);
