import type { StandardRule } from '../rule.js';
import { conditionRule, pair, rollupRule } from './build.js';
import { ND277_2025, at } from './sources.js';

/*
 * Preschool for children aged 3–5 (Resolution 218/2025/QH15, Decree 277/2025/NĐ-CP).
 *
 * Every value is unverified: the signed decree was not read. The values match the
 * MOET draft quoted verbatim by nghean24h.vn, which
 * also settles that completion is ONE rate over the whole 3–5 cohort (each child
 * completing the programme for its own age), not a separate 85% per age.
 * Only communes and provinces: there are no districts after 1 July 2025.
 */

const NOTE =
  'Signed text not read; values match the MOET draft quoted verbatim in the press. Article number (12) reported, not confirmed.';
const src = at(ND277_2025, 'Điều 12', NOTE);

/**
 * Commune rules of Decree 277/2025 (3–5 preschool). All unverified.
 *
 * @example
 * ND277_COMMUNE_RULES.map((r) => r.id); // ['pcgd-mn3to5.commune.age3to5-attending', …]
 */
export const ND277_COMMUNE_RULES: readonly StandardRule[] = [
  ...pair(
    {
      standard: 'pcgd-mn3to5',
      level: 1,
      criterion: 'age3to5-attending',
      numerator: ['age3to5.attending'],
      denominator: 'age3to5.total',
      source: src,
      label: 'children aged 3–5 attending class',
      labelVi: 'trẻ em từ 3 đến 5 tuổi đến lớp',
      verified: false,
    },
    '90',
    '85',
  ),
  ...pair(
    {
      standard: 'pcgd-mn3to5',
      level: 1,
      criterion: 'age3to5-completed',
      numerator: ['age3to5.completed'],
      denominator: 'age3to5.total',
      source: src,
      label: 'children aged 3–5 who completed the preschool programme for their age this school year',
      labelVi: 'trẻ em từ 3 đến 5 tuổi hoàn thành chương trình giáo dục mầm non theo độ tuổi',
      verified: false,
    },
    '85',
    '80',
  ),
  // The decree sets facilities, equipment and toys requirements (press); their
  // detail was not read, so the commune answers one yes/no for all of them.
  conditionRule(
    'pcgd-mn3to5',
    'facilities',
    'facilities',
    'facilities, equipment and toys required by Decree 277/2025',
    'cơ sở vật chất, thiết bị, đồ chơi theo Nghị định 277/2025/NĐ-CP',
    at(ND277_2025, 'Chương về cơ sở vật chất', 'Reported by the press; details not read.'),
    false,
  ),
];

/**
 * Province rules of Decree 277/2025: two groups counted separately ("ít nhất 90%
 * số xã vùng thuận lợi và 85% số xã ở vùng có điều kiện kinh tế - xã hội đặc biệt
 * khó khăn"). An empty group has nothing to fail.
 *
 * @example
 * ND277_PROVINCE_RULES.map((r) => [r.group, r.value]); // [['normal', '90'], ['especially-difficult', '85']]
 */
export const ND277_PROVINCE_RULES: readonly StandardRule[] = [
  rollupRule('pcgd-mn3to5', 1, 'province', 'commune', '90', src, false, 'normal'),
  rollupRule('pcgd-mn3to5', 1, 'province', 'commune', '85', src, false, 'especially-difficult'),
];
