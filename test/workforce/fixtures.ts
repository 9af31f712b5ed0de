import type { QualificationBreakdown } from '../../src/workforce/breakdown.js';

/**
 * Seed 004 (shared/seeds/004_8f3245fc4fd686dd.txt, phường Đăk Cấm, Quảng Ngãi, 2025), line 65:
 * "9.287 người từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kĩ thuật. Trong đó có 4.947 người …
 * (1.736 người có chứng chỉ nghề dưới 3 tháng, 738 người đạt trình độ sơ cấp, 1.384 người đạt trình độ
 * trung cấp, 1.089 người đạt trình độ cao đẳng) và 4.340 người có trình độ đại học trở lên."
 * The report gives no population aged 15+ (its literacy figures stop at age 60, lines 39–56).
 */
export const DAK_CAM: QualificationBreakdown = {
  unit: 'Phường Đăk Cấm',
  asOf: '2025-12-31',
  source: 'Báo cáo sơ kết 2024-2025 của UBND phường Đăk Cấm, Mục II.3', // seed 004, line 65
  counts: { 'certificate-under-3-months': 1736, 'elementary-vocational': 738, intermediate: 1384, college: 1089 },
  // "4.340 người có trình độ đại học trở lên": university and postgraduate reported together
  parts: [{ levels: ['university', 'postgraduate'], count: 4340 }],
  totals: [
    {
      id: 'trained',
      levels: [
        'certificate-under-3-months',
        'elementary-vocational',
        'intermediate',
        'college',
        'university',
        'postgraduate',
      ],
      count: 9287,
    },
    {
      id: 'below-university',
      levels: ['certificate-under-3-months', 'elementary-vocational', 'intermediate', 'college'],
      count: 4947,
    },
  ],
};

/** A population aged 15+ for rate tests. Hypothetical: seed 004 does not report one. */
export const HYPOTHETICAL_POPULATION = 20000;
