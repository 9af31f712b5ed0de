import type { Indicator } from '../catalog/indicator.js';
import type { Labels, LegalSource } from '../catalog/source.js';
import type { Baseline } from './baseline.js';
import type { PlanId } from './registry.js';
import type { Target } from './target.js';

/**
 * Administrative level of the plan's jurisdiction.
 *
 * @example
 * getPlan('qd-1373').jurisdiction;        // { level: 'national', name: 'Việt Nam' }
 * getPlan('hue-2026').jurisdiction.level; // 'province'
 */
export type JurisdictionLevel = 'national' | 'province' | 'district' | 'commune' | 'agency';

/**
 * Which of its parent's targets a plan with `extends` inherits:
 * - `level` (the default): the targets of indicators measured at the plan's
 *   jurisdiction level or below (a commune plan gets no "Tỷ lệ tỉnh …" row)
 * - `all`: every target of the parent
 * - `none`: none; the plan lists its targets itself (as a plan written as a
 *   table does), and still inherits the parent's indicators and baselines
 *
 * @example
 * definePlan({ ...communePlan, extends: 'qd-1373' }).targets.length;                  // 12
 * definePlan({ ...communePlan, extends: 'qd-1373', inherit: 'all' }).targets.length;  // 29
 */
export type PlanInherit = 'level' | 'all' | 'none';

/**
 * A plan: who set which targets for which jurisdiction and years, with the
 * legal reference of each. The national plan `qd-1373` is built in; local
 * plans restate or raise it.
 *
 * @example
 * const plan = getPlan('qd-1373');
 * plan.reference;                 // '1373/QĐ-TTg'
 * plan.targets.length;            // 29 (15 for 2025, 14 for 2030)
 */
export interface Plan {
  /** Stable kebab-case id, e.g. "qd-1373". */
  readonly id: string;
  readonly title: Labels;
  /** Who issued it: "Thủ tướng Chính phủ", "UBND tỉnh Bắc Giang". */
  readonly issuer: string;
  /** Legal reference as written: "1373/QĐ-TTg", "Kế hoạch số 150/KH-UBND". */
  readonly reference: string;
  /** Signing date, ISO `YYYY-MM-DD`, when known. */
  readonly date?: string;
  readonly jurisdiction: { readonly level: JurisdictionLevel; readonly name: string };
  /** First and last year the plan covers. */
  readonly period: { readonly from: number; readonly to: number };
  readonly source: LegalSource;
  readonly targets: readonly Target[];
  /** Indicators this plan defines that are not in the built-in catalog. */
  readonly indicators?: readonly Indicator[];
  /** Where indicators stood when the plan started, at most one per indicator (see `assessProgress`). */
  readonly baselines?: readonly Baseline[];
  /**
   * Id of the plan whose targets this one inherits (see `definePlan`): a
   * built-in one, or one given in `options.plans`.
   */
  readonly extends?: PlanId | (string & {});
  /** Which of the parent's targets it inherits (default `level`), as the plan says. */
  readonly inherit?: PlanInherit;
}
