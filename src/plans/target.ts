import type { IndicatorId } from '../catalog/indicator-id.js';
import type { Labels, LegalSource } from '../catalog/source.js';

/**
 * Which side of the target value is good.
 * - `at-least`: a minimum ("đạt ít nhất 70%"): met when actual ≥ target
 * - `at-most`: a maximum (a dropout rate "không quá 1%"): met when actual ≤ target
 *
 * @example
 * // t: any percent target; 3 dropouts of 200 pupils is 1.5%, above a 1% maximum
 * compareToTarget({ numerator: 3, denominator: 200 }, { ...t, comparator: 'at-most', value: '1' });
 * // { status: 'not-met', actualPercent: '1.50', gapPoints: '0.50', shortfall: 1, … }
 */
export type Comparator = 'at-least' | 'at-most';

interface TargetBase {
  /** Indicator id: a built-in one (see `listIndicators()`) or one the plan defines. */
  readonly indicator: IndicatorId | (string & {});
  /** The year by whose end the target must be met. */
  readonly year: number;
  readonly comparator: Comparator;
  /** True for "phấn đấu" (strive to) targets: stretch goals, reported as such. */
  readonly stretch?: boolean;
  readonly source: LegalSource;
  readonly note?: Labels;
}

/**
 * A percentage target: "70% of provinces", exact decimal text.
 *
 * @example
 * const t: PercentTarget = {
 *   kind: 'percent', indicator: 'provinces-literacy-level-2', year: 2025, comparator: 'at-least', value: '70',
 *   source: { document: '1373/QĐ-TTg', section: 'Điều 1, Mục II.2.a', verified: true, confidence: 'A' },
 * };
 */
export interface PercentTarget extends TargetBase {
  readonly kind: 'percent';
  /** Percentage as exact decimal text: "70", "99.5". */
  readonly value: string;
}

/**
 * One "of which" (trong đó) part of a count target: a subset of the total that
 * has its own minimum, e.g. "at least 5 at level 2" within 15 units.
 *
 * @example
 * const level2: CountComponent = { id: 'level-2', label: { vi: 'Mức độ 2', en: 'Level 2' }, comparator: 'at-least', value: 5 };
 */
export interface CountComponent {
  /** Key of this part in a count observation's `components`. */
  readonly id: string;
  readonly label: Labels;
  readonly comparator: Comparator;
  readonly value: number;
}

/**
 * A count target: "at least 15 units recognised, of which at least 5 at level 2".
 * Components are subsets of the total (the legal "trong đó").
 *
 * @example
 * const t: CountTarget = {
 *   kind: 'count', indicator: 'units-learning-unit-province', year: 2026, comparator: 'at-least', value: 15,
 *   components: [{ id: 'level-2', label: { vi: 'Mức độ 2', en: 'Level 2' }, comparator: 'at-least', value: 5 }],
 *   source: { document: 'Kế hoạch năm 2026 (Huế)', verified: true, confidence: 'local' },
 * };
 */
export interface CountTarget extends TargetBase {
  readonly kind: 'count';
  readonly value: number;
  readonly components?: readonly CountComponent[];
}

/**
 * A yes/no target: the condition must hold ("đạt danh hiệu Thành phố học tập").
 *
 * @example
 * const t: YesNoTarget = {
 *   kind: 'yes-no', indicator: 'city-learning-city', year: 2030, comparator: 'at-least', value: true,
 *   source: { document: 'Kế hoạch Hà Nội', verified: false, confidence: 'C' },
 * };
 */
export interface YesNoTarget extends TargetBase {
  readonly kind: 'yes-no';
  /** The required answer; always `true` today. */
  readonly value: true;
}

/**
 * A target of a plan for one indicator and year.
 *
 * @example
 * getPlan('qd-1373').targets.find((t) => t.indicator === 'provinces-literacy-level-2' && t.year === 2025);
 * // { kind: 'percent', value: '70', comparator: 'at-least', … }
 */
export type Target = PercentTarget | CountTarget | YesNoTarget;

/**
 * The kinds of target.
 *
 * @example
 * [...new Set(getPlan('bac-giang-2021-2030').targets.map((t) => t.kind))]; // ['percent', 'yes-no']
 */
export type TargetKind = Target['kind'];
