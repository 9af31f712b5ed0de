import type { Issue } from '../errors.js';
import type { Share } from '../exact/share.js';
import type { StandardId } from './model.js';
import type {
  Applicability,
  RuleSource,
  RegimeId,
  StandardRule,
  AdminTier,
  StandardRecognition,
  ReadingRef,
} from './rule.js';

/*
 * Results as plain data. A level is never stated without the checks that
 * decided it, each with what was measured, the minimum, the rule's source and
 * whether the rule is provisional.
 */

/**
 * Outcome of one check or one level: met, not met, or not decidable from the
 * input (missing counts, or lower units whose status is unknown).
 *
 * @example
 * const s: StandardCheckStatus = 'unknown';
 */
export type StandardCheckStatus = 'pass' | 'fail' | 'unknown';

interface CheckBase {
  /** Id of the rule that made this check. */
  readonly rule: string;
  readonly kind: StandardRule['kind'];
  readonly label: string;
  readonly labelVi: string;
  readonly status: StandardCheckStatus;
  readonly source: RuleSource;
  /** The rule's `verified` flag (after any override). */
  readonly verified: boolean;
  /** True when the rule is not verified: the result that uses it is provisional. */
  readonly provisional: boolean;
  /** Set when the caller replaced the rule's value; `from` is the built-in value. */
  readonly overridden?: { readonly from: string };
  /** Set when the rule belongs to a reading of its provision: which reading, and the option used. */
  readonly reading?: ReadingRef;
  /** Input fields the check needed and did not get (dotted paths). */
  readonly missing: readonly string[];
  /** Why the status is `unknown` (English), when it is. */
  readonly reason?: string;
}

/**
 * A commune share check: `numerator / denominator ≥ required %`, decided exactly.
 *
 * @example
 * // Đăk Cấm ward report 2025, Mục II.2: 19.739 of 19.747 people aged 15–60 at literate level 2
 * const c: Pick<ShareCheck, 'share' | 'required' | 'rate' | 'status'> =
 *   { share: { numerator: 19739, denominator: 19747 }, required: '90', rate: '99.96', status: 'pass' };
 */
export interface ShareCheck extends CheckBase {
  readonly kind: 'share';
  /** Fields summed for the numerator, and the denominator field. */
  readonly numeratorFields: readonly string[];
  readonly denominatorField: string;
  /** The measured counts; `null` when a field is missing. */
  readonly share: Share | null;
  /** Minimum percentage (decimal text). */
  readonly required: string;
  /**
   * The rate in percent with two decimals, rounded so it never contradicts the
   * status (89.995% failing a 90% minimum shows "89.99"); `null` without a value.
   */
  readonly rate: string | null;
}

/**
 * A yes/no condition as answered by the commune.
 *
 * @example
 * const c: Pick<ConditionCheck, 'field' | 'value' | 'status'> = { field: 'conditions.xmc.enoughTeachers', value: true, status: 'pass' };
 */
export interface ConditionCheck extends CheckBase {
  readonly kind: 'condition';
  readonly field: string;
  readonly value: boolean | null;
}

/**
 * "Meets standard S at level L" at the same unit.
 *
 * @example
 * const c: Pick<RequiresCheck, 'requires' | 'status'> = { requires: { standard: 'pcgd-th', level: 1 }, status: 'pass' };
 */
export interface RequiresCheck extends CheckBase {
  readonly kind: 'requires';
  readonly requires: { readonly standard: StandardId; readonly level: number };
  /**
   * The provisional rules the required level rests on, when there are any: the
   * check (and the standard) is then provisional although this rule is verified.
   */
  readonly provisionalRules?: readonly string[];
}

/**
 * A higher-tier check: share of lower units recognised at this level or higher.
 * Lower units with unknown status make an interval: `certain` counts units met
 * for certain, `possible` also counts the undetermined ones.
 *
 * @example
 * // 9 of 10 communes met for certain, 1 undetermined, 90% required: met.
 * const c: Pick<RollupCheck, 'certain' | 'possible' | 'required' | 'status'> =
 *   { certain: { numerator: 9, denominator: 10 }, possible: { numerator: 10, denominator: 10 }, required: '90', status: 'pass' };
 */
export interface RollupCheck extends CheckBase {
  readonly kind: 'rollup';
  readonly of: AdminTier;
  readonly group: Applicability;
  readonly certain: Share;
  readonly possible: Share;
  readonly required: string;
  /** Minimum and maximum share in percent (honest two-decimal display); `null` for an empty group. */
  readonly minRate: string | null;
  readonly maxRate: string | null;
  /** Ids of the lower units of the group whose status at this level is unknown. */
  readonly undeterminedUnits: readonly string[];
}

/**
 * Any check.
 *
 * @example
 * const failing = (checks: readonly StandardCheck[]) => checks.filter((c) => c.status === 'fail');
 */
export type StandardCheck = ShareCheck | ConditionCheck | RequiresCheck | RollupCheck;

/**
 * One level of one standard.
 *
 * @example
 * const l: Pick<LevelAssessment, 'level' | 'status' | 'met'> = { level: 2, status: 'pass', met: 'pass' };
 */
export interface LevelAssessment {
  readonly level: number;
  readonly label: string;
  readonly labelVi: string;
  /** All checks of this level combined: any fail → fail, else any unknown → unknown. */
  readonly status: StandardCheckStatus;
  /** Cumulative: this level and every lower one (levels are cumulative). */
  readonly met: StandardCheckStatus;
  readonly checks: readonly StandardCheck[];
  /** Higher tiers only: lower units recognised at this level or higher, for certain and possibly. */
  readonly lowerUnits?: { readonly certain: Share; readonly possible: Share };
  /**
   * Who recognises a unit of this tier at this level, with its source and
   * `verified` flag (information only: it never changes the level or makes the
   * result provisional). After the 2025 reform most of it is not verified, and
   * for communes it is `unknown`.
   */
  readonly recognisedBy?: StandardRecognition;
}

/**
 * One standard at one unit: the level met, as an interval when input is missing.
 *
 * @example
 * // Đăk Cấm ward report 2025, XMC with all conditions answered yes
 * const s: Pick<StandardAssessment, 'level' | 'minLevel' | 'maxLevel'> = { level: 2, minLevel: 2, maxLevel: 2 };
 */
export interface StandardAssessment {
  readonly standard: StandardId;
  readonly label: string;
  readonly labelVi: string;
  /** Highest level the standard defines. */
  readonly topLevel: number;
  /** The highest level met, 0 when none; `'unknown'` when `minLevel < maxLevel`. */
  readonly level: number | 'unknown';
  /** Highest level met for certain (0 when none). */
  readonly minLevel: number;
  /** Highest level that could be met if every unknown check passed. */
  readonly maxLevel: number;
  /**
   * Every level with every check that decided it (levels above the first
   * failing one too, to show why). For communes it is built from a private
   * copy of the counts on first read, by the same code that decided the level,
   * so it always agrees with it; JSON and spread see it like any property.
   */
  readonly levels: readonly LevelAssessment[];
  /** True when a provisional rule could change this result (here or in a lower unit). */
  readonly provisional: boolean;
  /** Ids of those provisional rules. */
  readonly provisionalRules: readonly string[];
  /** Input fields whose absence keeps the level undetermined (commune tier). */
  readonly missing: readonly string[];
}

/**
 * The standards of one unit, keyed by standard id.
 *
 * @example
 * const byId: StandardResults = {};
 */
export type StandardResults = Readonly<Partial<Record<StandardId, StandardAssessment>>>;

/**
 * Result of `assessCommune`.
 *
 * @example
 * const r: Pick<CommuneAssessment, 'tier' | 'regime'> = { tier: 'commune', regime: 'nd142-2025' };
 */
export interface CommuneAssessment {
  readonly id?: string;
  readonly name?: string;
  readonly tier: 'commune';
  readonly regime: RegimeId;
  readonly especiallyDifficult: boolean;
  /** Per standard assessed (dependencies included); built on first read, like `levels`. */
  readonly standards: StandardResults;
  /** Union of the standards' missing fields. */
  readonly missing: readonly string[];
  readonly provisional: boolean;
  /** Batch only: the input was rejected, so every standard is unknown (see the issues). */
  readonly invalid?: readonly Issue[];
  /**
   * Problems that did not stop the assessment but need a look (severity
   * `warning`), present only when there is one: `reading-counts-missing` when a
   * level is undetermined because the reading in use needs counts the dossier
   * lacks while it has those of another option (say, the 14-year-olds' counts
   * under the default 11–14 reading of primary level 1). `rollUp` lists them in
   * its `issues` too.
   */
  readonly warnings?: readonly Issue[];
}

/**
 * Result of `assessDistrict` / `assessProvince`.
 *
 * @example
 * const r: Pick<UnitAssessment, 'tier' | 'units'> = { tier: 'province', units: 63 };
 */
export interface UnitAssessment {
  readonly id?: string;
  readonly tier: 'district' | 'province';
  readonly regime: RegimeId;
  /** For a district: its province id. */
  readonly province?: string;
  /** How many lower units were counted. */
  readonly units: number;
  readonly standards: StandardResults;
  readonly provisional: boolean;
}

/**
 * What a higher tier needs from a lower unit: its id, especially-difficult flag
 * and per standard the level interval. A {@link CommuneAssessment} or a
 * {@link UnitAssessment} is one.
 *
 * @example
 * const u: LowerUnit = { id: 'c1', tier: 'commune', standards: { xmc: { minLevel: 2, maxLevel: 2, provisional: false, provisionalRules: [] } } };
 */
export interface LowerUnit {
  readonly id?: string;
  readonly tier?: AdminTier;
  readonly especiallyDifficult?: boolean;
  readonly standards: Readonly<
    Partial<
      Record<
        StandardId,
        {
          readonly minLevel: number;
          readonly maxLevel: number;
          readonly provisional: boolean;
          readonly provisionalRules: readonly string[];
        }
      >
    >
  >;
}
