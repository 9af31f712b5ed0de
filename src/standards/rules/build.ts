import type { CountField } from '../fields.js';
import type { StandardId } from '../model.js';
import type {
  Applicability,
  ConditionRule,
  RuleReading,
  RuleReadingOption,
  RuleSource,
  RequiresRule,
  RollupRule,
  ShareRule,
} from '../rule.js';
import { levelKey, levelLabel } from '../standards.js';

/*
 * Builders for rule objects, so every data file spells ids, labels and defaults
 * the same way. Id scheme: `<level key>.<tier key>.<criterion>`, where the level
 * key is `xmc-2`, `pcgd-th-3` or a bare single-level standard (`pcgd-mn5`), and
 * the tier key is `commune`, `commune-ed` (especially difficult communes only),
 * `district` or `province`.
 */

/**
 * What {@link shareRule} needs to build a commune share rule.
 *
 * @example
 * const s: Pick<ShareSpec, 'criterion' | 'value'> = { criterion: 'age6-grade1', value: '90' };
 */
export type ShareSpec = {
  standard: StandardId;
  level: number;
  applies: Applicability;
  criterion: string;
  numerator: readonly CountField[];
  denominator: CountField;
  value: string;
  source: RuleSource;
  label: string;
  labelVi: string;
  whenEmpty?: 'pass' | 'unknown';
  verified?: boolean;
};

/**
 * Builds a commune share rule with the id scheme `<level>.<commune|commune-ed>.<criterion>`.
 *
 * @example
 * shareRule({ standard: 'pcgd-th', level: 1, applies: 'all', criterion: 'age6-grade1', numerator: ['age6.enteringGrade1'],
 *   denominator: 'age6.total', value: '90', source, label: '6-year-olds entering grade 1', labelVi: 'trẻ em 6 tuổi vào lớp 1' }).id;
 * // 'pcgd-th-1.commune.age6-grade1'
 */
export function shareRule(s: ShareSpec): ShareRule {
  const tierKey = s.applies === 'especially-difficult' ? 'commune-ed' : 'commune';
  return {
    kind: 'share',
    id: `${levelKey(s.standard, s.level)}.${tierKey}.${s.criterion}`,
    standard: s.standard,
    level: s.level,
    tier: 'commune',
    applies: s.applies,
    numerator: s.numerator,
    denominator: s.denominator,
    value: s.value,
    whenEmpty: s.whenEmpty ?? 'unknown',
    label: s.label,
    labelVi: s.labelVi,
    source: s.source,
    verified: s.verified ?? true,
  };
}

/**
 * The same criterion for ordinary communes and, with a lower value, for especially difficult ones.
 *
 * @example
 * pair(spec, '80', '70').map((r) => r.id); // ['pcgd-th-1.commune.age14-completed', 'pcgd-th-1.commune-ed.age14-completed']
 */
export function pair(s: Omit<ShareSpec, 'applies' | 'value'>, normal: string, ed: string): ShareRule[] {
  return [
    shareRule({ ...s, applies: 'normal', value: normal }),
    shareRule({
      ...s,
      applies: 'especially-difficult',
      value: ed,
      label: `${s.label} (especially difficult commune)`,
      labelVi: `${s.labelVi} (xã đặc biệt khó khăn)`,
    }),
  ];
}

/**
 * "Meets `requires`" at the same commune.
 *
 * @example
 * requiresRule('pcgd-thcs', 1, { standard: 'xmc', level: 1 }, source).id; // 'pcgd-thcs-1.commune.requires.xmc-1'
 */
export function requiresRule(
  standard: StandardId,
  level: number,
  requires: { standard: StandardId; level: number },
  source: RuleSource,
  verified = true,
): RequiresRule {
  const target = levelLabel(requires.standard, requires.level);
  return {
    kind: 'requires',
    id: `${levelKey(standard, level)}.commune.requires.${levelKey(requires.standard, requires.level)}`,
    standard,
    level,
    tier: 'commune',
    applies: 'all',
    requires,
    label: `meets ${target.label}`,
    labelVi: `đạt chuẩn ${target.labelVi}`,
    source,
    verified,
  };
}

/**
 * A yes/no condition of a standard, checked with its level 1 (levels are cumulative).
 *
 * @example
 * conditionRule('xmc', 'enoughTeachers', 'enough-teachers', 'enough teachers', 'đủ giáo viên', source).id;
 * // 'xmc-1.commune.condition.enough-teachers'
 */
export function conditionRule(
  standard: StandardId,
  condition: string,
  slug: string,
  label: string,
  labelVi: string,
  source: RuleSource,
  verified = true,
): ConditionRule {
  return {
    kind: 'condition',
    id: `${levelKey(standard, 1)}.commune.condition.${slug}`,
    standard,
    level: 1,
    tier: 'commune',
    applies: 'all',
    condition,
    label,
    labelVi,
    source,
    verified,
  };
}

/**
 * "At least value % of the `of` units are recognised at this level or higher".
 *
 * @example
 * rollupRule('xmc', 2, 'province', 'district', '100', source).id; // 'xmc-2.province.districts'
 */
export function rollupRule(
  standard: StandardId,
  level: number,
  tier: 'district' | 'province',
  of: 'commune' | 'district',
  value: string,
  source: RuleSource,
  verified = true,
  group: Applicability = 'all',
): RollupRule {
  const units = of === 'commune' ? 'communes' : 'districts';
  const unitsVi = of === 'commune' ? 'số xã' : 'số huyện';
  const groupKey = group === 'all' ? '' : group === 'normal' ? '-normal' : '-ed';
  const groupLabel = group === 'all' ? '' : group === 'normal' ? ' not especially difficult' : ' especially difficult';
  const groupLabelVi =
    group === 'all' ? '' : group === 'normal' ? ' vùng thuận lợi' : ' có điều kiện kinh tế - xã hội đặc biệt khó khăn';
  const target = levelLabel(standard, level);
  return {
    kind: 'rollup',
    id: `${levelKey(standard, level)}.${tier}.${units}${groupKey}`,
    standard,
    level,
    tier,
    of,
    group,
    value,
    whenEmpty: group === 'all' ? 'unknown' : 'pass',
    label: `share of${groupLabel} ${units} recognised for ${target.label}`,
    labelVi: `tỷ lệ ${unitsVi}${groupLabelVi} đạt chuẩn ${target.labelVi}`,
    source,
    verified,
  };
}

/**
 * A provision read more than one way, as written: its id and its options' ids
 * stay literal, so `ReadingId` and `ReadingOptionId` are read from the data.
 * The default must be one of the options (a compile error otherwise).
 *
 * @param reading - the reading, its default and its options
 * @returns `reading`
 * @example
 * const r = readingOf({ id: 'x.completion', label, labelVi, default: 'a', options: [{ id: 'a', label, labelVi, rules: [] }] });
 * // typeof r.id: 'x.completion'; typeof r.options[number]['id']: 'a'
 */
export function readingOf<const Id extends string, const Option extends string>(
  reading: RuleReading & {
    readonly id: Id;
    readonly default: NoInfer<Option>;
    readonly options: readonly (RuleReadingOption & { readonly id: Option })[];
  },
): RuleReading & {
  readonly id: Id;
  readonly default: Option;
  readonly options: readonly (RuleReadingOption & { readonly id: Option })[];
} {
  return reading;
}
