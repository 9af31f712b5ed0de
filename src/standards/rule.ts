import type { CountField } from './fields.js';
import type { StandardId } from './model.js';

/**
 * Rules as data. Every threshold, condition and dependency of the XMC / PCGD
 * standards is one of these objects, with its legal source and a `verified`
 * flag; one generic evaluator (commune.ts, rollup.ts) reads them. A new decree is
 * a new data file, not new control flow.
 */

/**
 * Administrative tiers. Before 1 July 2025: commune → district → province; after:
 * commune → province.
 *
 * @example
 * const t: AdminTier = 'district';
 */
export type AdminTier = 'commune' | 'district' | 'province';

/**
 * Stable ids of the legal regimes (see `REGIMES`).
 *
 * @example
 * const r: RegimeId = 'nd142-2025';
 */
export type RegimeId = 'nd20-2014' | 'nd142-2025';

/**
 * Where a rule comes from.
 *
 * @example
 * const s: RuleSource = {
 *   document: 'Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ',
 *   documentEn: 'Decree No. 20/2014/NĐ-CP of 24 March 2014 by the Government',
 *   article: 'Điều 21',
 * };
 */
export interface RuleSource {
  /**
   * The instrument as a reader cites it: type, number, date, issuing body and
   * what it is about, e.g. "Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính
   * phủ về phổ cập giáo dục, xóa mù chữ" (written by `formatSource`).
   */
  readonly document: string;
  /** The same citation in English. */
  readonly documentEn: string;
  /** Article (and clause when known), e.g. "Điều 21". */
  readonly article: string;
  /** What was read, and what was not. */
  readonly note?: string;
}

/**
 * Which communes a rule applies to (commune tier), or which lower units it counts
 * (roll-up tiers): all of them, those not especially difficult, or the
 * especially difficult ones ("xã có điều kiện kinh tế - xã hội đặc biệt khó khăn").
 *
 * @example
 * const a: Applicability = 'especially-difficult';
 */
export type Applicability = 'all' | 'normal' | 'especially-difficult';

interface RuleBase {
  /** Stable id, e.g. `xmc-2.commune-ed.age15to35-literate2`. Never renamed. */
  readonly id: string;
  readonly standard: StandardId;
  /** The level the rule belongs to (1 for single-level standards). */
  readonly level: number;
  readonly tier: AdminTier;
  /** What is checked, in English and Vietnamese. */
  readonly label: string;
  readonly labelVi: string;
  readonly source: RuleSource;
  /**
   * `true` when the article text was read (the official codification or a
   * verbatim copy). `false` rules (a draft, a value no text states, an
   * inference) make every result that uses them provisional.
   */
  readonly verified: boolean;
}

/**
 * A commune check "Σ numerator fields / denominator field ≥ value %".
 *
 * @example
 * const r: ShareRule = {
 *   kind: 'share', id: 'xmc-2.commune.age15to60-literate2', standard: 'xmc', level: 2, tier: 'commune',
 *   applies: 'normal', numerator: ['age15to60.literateLevel2'], denominator: 'age15to60.total', value: '90',
 *   whenEmpty: 'unknown', label: '…', labelVi: '…', verified: true,
 *   source: { document: 'Nghị định 20/2014/NĐ-CP', documentEn: 'Decree 20/2014/ND-CP', article: 'Điều 21' },
 * };
 */
export interface ShareRule extends RuleBase {
  readonly kind: 'share';
  readonly tier: 'commune';
  readonly applies: Applicability;
  readonly numerator: readonly CountField[];
  readonly denominator: CountField;
  /** Minimum percentage, decimal text ("90", "99.5"). */
  readonly value: string;
  /** What a zero denominator means: nothing to fail (`pass`) or no value (`unknown`). */
  readonly whenEmpty: 'pass' | 'unknown';
}

/**
 * A commune yes/no condition, read from `conditions[inputKey][condition]`.
 *
 * @example
 * const r: Pick<ConditionRule, 'kind' | 'condition'> = { kind: 'condition', condition: 'enoughTeachers' };
 */
export interface ConditionRule extends RuleBase {
  readonly kind: 'condition';
  readonly tier: 'commune';
  readonly applies: Applicability;
  /** Key inside the standard's condition answers, e.g. `enoughTeachers`. */
  readonly condition: string;
}

/**
 * "Meets standard S at level L" at the same commune (a lower level of the same
 * standard, or another standard: THCS level 1 needs TH level 1 and XMC level 1).
 *
 * @example
 * const r: Pick<RequiresRule, 'kind' | 'requires'> = { kind: 'requires', requires: { standard: 'xmc', level: 1 } };
 */
export interface RequiresRule extends RuleBase {
  readonly kind: 'requires';
  readonly tier: 'commune';
  readonly applies: Applicability;
  readonly requires: { readonly standard: StandardId; readonly level: number };
}

/**
 * A higher-tier rule: "at least value % of the lower units (of `group`) are
 * recognised at this level or higher".
 *
 * @example
 * const r: Pick<RollupRule, 'kind' | 'of' | 'group' | 'value'> = {
 *   kind: 'rollup',
 *   of: 'commune',
 *   group: 'all',
 *   value: '90',
 * };
 */
export interface RollupRule extends RuleBase {
  readonly kind: 'rollup';
  readonly tier: 'district' | 'province';
  /** The tier whose units are counted. */
  readonly of: AdminTier;
  readonly group: Applicability;
  readonly value: string;
  /** What an empty group means (e.g. a province without especially difficult communes). */
  readonly whenEmpty: 'pass' | 'unknown';
}

/**
 * Any rule.
 *
 * @example
 * const kinds: StandardRule['kind'][] = ['share', 'condition', 'requires', 'rollup'];
 */
export type StandardRule = ShareRule | ConditionRule | RequiresRule | RollupRule;

/**
 * One way of reading a provision: its rules.
 *
 * @example
 * const o: Pick<RuleReadingOption, 'id'> = { id: 'per-age' };
 */
export interface RuleReadingOption {
  readonly id: string;
  readonly label: string;
  readonly labelVi: string;
  readonly rules: readonly StandardRule[];
}

/**
 * A provision whose text allows more than one reading: the alternatives (each a
 * set of rules) and the one used by default. The regime's `rules` hold the
 * default reading; a caller chooses another with
 * `readings: { [reading id]: option id }`, which replaces those rules.
 *
 * @example
 * getRegime('nd142-2025').readings?.map((g) => g.id); // ['pcgd-mn3to5.completion', 'pcgd-th-1.completion']
 */
export interface RuleReading {
  /** Stable id, e.g. `pcgd-mn3to5.completion`. */
  readonly id: string;
  readonly label: string;
  readonly labelVi: string;
  /** Id of the option used when the caller chooses none. */
  readonly default: string;
  /** Why the default is the default (English and Vietnamese), when the wording alone does not settle it. */
  readonly note?: string;
  readonly noteVi?: string;
  readonly options: readonly RuleReadingOption[];
}

/**
 * The reading a rule belongs to, and the option of it in use: carried by the
 * resolved rules and by every check they make, so a result says which reading
 * of a provision decided it.
 *
 * @example
 * const r: ReadingRef = { id: 'pcgd-th-1.completion', option: '11-14' };
 */
export interface ReadingRef {
  readonly id: string;
  readonly option: string;
}

/**
 * Who decides a recognition:
 * - `district-people-committee`, `province-people-committee`, `ministry`: the
 *   bodies of Decree 20/2014 Art. 25 (before 1 July 2025);
 * - `provincial-chair` (Chủ tịch Ủy ban nhân dân cấp tỉnh), `minister` (Bộ
 *   trưởng Bộ Giáo dục và Đào tạo): after the 2025 delegation (Decree 143/2025);
 * - `unknown`: no text read settles it.
 *
 * @example
 * const a: RecognisingAuthority = 'provincial-chair';
 */
export type RecognisingAuthority =
  | 'district-people-committee'
  | 'province-people-committee'
  | 'ministry'
  | 'provincial-chair'
  | 'minister'
  | 'unknown';

/**
 * Who recognises a unit of one tier for one level of one standard, with the
 * source and whether it was read in the legal text. Data, never logic: it does
 * not change any level, and an unverified authority does not make a result
 * provisional (the thresholds decide that).
 *
 * @example
 * const r = getRegime('nd142-2025').recognition.find(
 *   (x) => x.standard === 'xmc' && x.level === 2 && x.tier === 'province',
 * );
 * r?.labelVi; // 'Bộ trưởng Bộ Giáo dục và Đào tạo'
 */
export interface StandardRecognition {
  readonly standard: StandardId;
  readonly level: number;
  /** The tier of the unit being recognised. */
  readonly tier: AdminTier;
  readonly authority: RecognisingAuthority;
  /** The authority, in English and Vietnamese ("not established" when unknown). */
  readonly label: string;
  readonly labelVi: string;
  readonly source: RuleSource;
  readonly verified: boolean;
}

/**
 * A legal regime: the tiers it recognises, the standards it has and all its rules.
 *
 * @example
 * const r = getRegime('nd20-2014');
 * r.tiers; // ['commune', 'district', 'province']
 */
export interface StandardsRegime {
  readonly id: RegimeId;
  readonly label: string;
  readonly labelVi: string;
  /** Lowest first. */
  readonly tiers: readonly AdminTier[];
  /** ISO date the regime starts to apply. */
  readonly effectiveFrom: string;
  /** ISO date of its last day, when it has ended. */
  readonly effectiveUntil?: string;
  /** In dependency order: a standard's `requires` rules point only at earlier ones. */
  readonly standards: readonly StandardId[];
  /** Every rule, with the default option of each reading. */
  readonly rules: readonly StandardRule[];
  /** Provisions with more than one reading (see {@link RuleReading}); absent when none. */
  readonly readings?: readonly RuleReading[];
  /** Who recognises each tier for each standard and level. */
  readonly recognition: readonly StandardRecognition[];
  readonly note: string;
}
