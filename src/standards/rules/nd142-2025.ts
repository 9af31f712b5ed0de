import { once } from '../../once.js';
import { deepFreeze } from '../freeze.js';
import type { StandardId } from '../model.js';
import type { StandardRule } from '../rule.js';
import type { RuleOverrides } from '../ruleset.js';
import { rollupRule } from './build.js';
import { ND142_2025, at } from './sources.js';

/*
 * After 1 July 2025 (two-tier local government, Decree 142/2025/NĐ-CP) a
 * province is recognised from the share of its communes. No provision stating
 * these shares was read, so each one is a parameter: a provisional default
 * (`verified: false`) that a caller replaces with `overrides: { [rule id]: value }`.
 *
 * Every default is the share of communes a district needed under Decree
 * 20/2014 (the district tier that the reform removed), carried over to the
 * province. XMC level 1 included: 90%, not the 81% (90% of districts × 90% of
 * communes) that circulates without any text behind it; that value is offered
 * only as the named override below.
 */

const carried = (article: number) =>
  `No provision on province shares was read; default = the share of communes a district needed under Nghị định 20/2014/NĐ-CP, Điều ${article}. ` +
  'Provisional: replace it with the value your province applies (overrides).';

/** [standard, level, default % of communes, article of Decree 20/2014 it is carried over from]. */
const SHARES: readonly (readonly [StandardId, number, string, number])[] = [
  ['xmc', 1, '90', 20],
  ['xmc', 2, '90', 21],
  ['pcgd-mn5', 1, '90', 6],
  ['pcgd-th', 1, '90', 9],
  ['pcgd-th', 2, '90', 10],
  ['pcgd-th', 3, '90', 11],
  ['pcgd-thcs', 1, '90', 14],
  ['pcgd-thcs', 2, '95', 15],
  ['pcgd-thcs', 3, '100', 16],
];

/**
 * Province (share of communes) rules after the 2025 reform, for the Decree
 * 20/2014 standards. Every one is a provisional default: unverified, overridable by id.
 *
 * @example
 * nd142ProvinceRules().find((r) => r.id === 'xmc-1.province.communes'); // { value: '90', verified: false, … }
 */
export const nd142ProvinceRules = /* @__PURE__ */ once((): readonly StandardRule[] =>
  SHARES.map(([standard, level, value, article]) =>
    rollupRule(
      standard,
      level,
      'province',
      'commune',
      value,
      at(ND142_2025, 'chưa xác định điều', carried(article)),
      false,
    ),
  ),
);

/**
 * The named override for a province that applies 81% of communes for XMC level
 * 1 (90% of districts × 90% of communes, the pre-reform province rule times the
 * pre-reform district rule). No legal text states 81%: it stays unverified, so
 * results that use it are provisional. Pass it as `overrides`, or spread it into
 * your own overrides.
 *
 * @example
 * assessProvince(communeResults, { regime: 'nd142-2025', overrides: XMC1_PROVINCE_SHARE_81 });
 * resolveRules('nd142-2025', XMC1_PROVINCE_SHARE_81).rules.find((r) => r.id === 'xmc-1.province.communes')?.value; // '81'
 */
export const XMC1_PROVINCE_SHARE_81: RuleOverrides = /*#__PURE__*/ deepFreeze({
  'xmc-1.province.communes': {
    value: '81',
    verified: false,
    source: {
      note:
        '81% = 90% of districts × 90% of communes (Nghị định 20/2014/NĐ-CP, Điều 20) applied to communes directly; ' +
        'no legal text states this value. Chosen by the caller.',
    },
  },
});
