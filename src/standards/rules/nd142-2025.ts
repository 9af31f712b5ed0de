import type { StandardId } from '../model.js';
import type { StandardRule } from '../rule.js';
import { rollupRule } from './build.js';
import { ND142_2025, at } from './sources.js';

/*
 * After 1 July 2025 (Decree 142/2025/NĐ-CP, two-tier local government) a province
 * is recognised from the share of its communes. The decree's PCGD/XMC article was
 * not found: every value here is unverified. The
 * values are those of third-party code (namkayvp-hue/phocap-nghean,
 * PROVINCE_RECOGNITION_ND142_2025) and equal the pre-reform district rules, except
 * XMC level 1 = 81%, which looks derived (90% × 90%) and is the weakest of them.
 */

const THIRD_PARTY = 'Decree text not read; value from third-party code (phocap-nghean), equal to the pre-reform district rule.';

/** [standard, level, % of communes, note]. */
const SHARES: readonly (readonly [StandardId, number, string, string])[] = [
  ['xmc', 1, '81', 'Decree text not read; third-party value 81% looks derived (90% × 90%), the weakest of these values.'],
  ['xmc', 2, '90', THIRD_PARTY],
  [
    'pcgd-mn5',
    1,
    '90',
    'No source at all: third-party code gives no value. Carried over from the pre-reform district rule (Decree 20/2014 Art. 6) by analogy.',
  ],
  ['pcgd-th', 1, '90', THIRD_PARTY],
  ['pcgd-th', 2, '90', THIRD_PARTY],
  ['pcgd-th', 3, '90', THIRD_PARTY],
  ['pcgd-thcs', 1, '90', THIRD_PARTY],
  ['pcgd-thcs', 2, '95', THIRD_PARTY],
  ['pcgd-thcs', 3, '100', THIRD_PARTY],
];

/**
 * Province (share of communes) rules after the 2025 reform, Decree 20/2014 standards. All unverified.
 *
 * @example
 * ND142_PROVINCE_RULES.find((r) => r.id === 'xmc-1.province.communes')?.verified; // false
 */
export const ND142_PROVINCE_RULES: readonly StandardRule[] = SHARES.map(([standard, level, value, note]) =>
  rollupRule(standard, level, 'province', 'commune', value, at(ND142_2025, 'article not identified', note), false),
);
