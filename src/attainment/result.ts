import type { IndicatorGroup, IndicatorNote } from '../catalog/indicator.js';
import type { IndicatorId } from '../catalog/indicator-id.js';
import type { PlanId } from '../plans/registry.js';
import type { Labels, LegalSource } from '../catalog/source.js';
import type { Issue } from '../errors.js';
import type { Share } from '../exact/share.js';
import type { Comparator, TargetKind } from '../plans/target.js';
import type { ProgressAssessment } from '../progress/assessment.js';
import type {
  AttainmentStatus,
  CountComparison,
  NoFigureComparison,
  RateComparison,
  ShareComparison,
  YesNoComparison,
  ZeroDenominatorComparison,
} from './comparison.js';

/**
 * Where the number of a result came from: the observation's position in the
 * input and what it said about itself.
 *
 * @example
 * computeAttainment({ plan: 'qd-1373', year: 2025, observations: [
 *   { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63, asOf: '2024-12-31', source: 'report, p. 3' },
 * ] }).results[0].observation;
 * // { index: 0, unit: null, asOf: '2024-12-31', source: 'report, p. 3', provisional: false, note: null }
 */
export interface ObservationRef {
  /** Index in the `observations` array given to the function. */
  readonly index: number;
  readonly unit: string | null;
  readonly asOf: string | null;
  readonly source: string | null;
  /** The observation's own `provisional` flag (false when absent). */
  readonly provisional: boolean;
  /** The observation's note (how it was counted, why it is provisional); `null` when it has none. */
  readonly note: Labels | null;
}

/**
 * Which parts of a result are provisional, each apart, so an app can tell a
 * provisional target from a provisional way of counting:
 * - `target`: the target's value rests on a source that is not verified (its
 *   legal text was not read); reports mark the target itself "(tạm thời)"
 * - `definition`: the indicator's definition (what its numerator and
 *   denominator count) rests on a source that is not verified
 * - `observation`: the figure is provisional: it was counted under an
 *   unverified rule or definition (what counts as "trained", a provisional
 *   standards threshold) or is preliminary; its `note` says which
 *
 * @example
 * // Decision 1373's verified 50% target, counted under the unverified definition of "trained"
 * const parts: ProvisionalParts = { target: false, definition: false, observation: true };
 */
export interface ProvisionalParts {
  readonly target: boolean;
  readonly definition: boolean;
  readonly observation: boolean;
}

/**
 * What every attainment result has besides its comparison, each field as wide
 * as any kind needs: each member of {@link AttainmentResult} narrows them.
 *
 * @example
 * const fields: ResultFields = computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] }).results[0];
 * fields.deadline; // '2025-12-31'
 */
export interface ResultFields {
  /** The target's indicator: a built-in id or one the plan defines. */
  readonly indicator: IndicatorId | (string & {});
  readonly label: Labels;
  readonly group: IndicatorGroup;
  /** The target's kind: percent, count or yes-no. */
  readonly kind: TargetKind;
  readonly comparator: Comparator;
  readonly year: number;
  /** The last day of the target year, ISO. */
  readonly deadline: string;
  /** "Phấn đấu" (strive to) target. */
  readonly stretch: boolean;
  /**
   * True when any part is provisional (the target, the indicator's definition,
   * or the observation; see `provisionalParts`): treat the verdict as provisional.
   */
  readonly provisional: boolean;
  /** Which parts are provisional, each apart. */
  readonly provisionalParts: ProvisionalParts;
  /** Legal source of the target. */
  readonly source: LegalSource;
  /** The plan's note on this target (how a local plan's wording was read), `null` when it has none. */
  readonly targetNote: Labels | null;
  /** Notes where the indicator's legal text is ambiguous. */
  readonly notes: readonly IndicatorNote[];
  /** The exact share used, for share targets with data from counts. */
  readonly share: Share | null;
  /**
   * The rate used when the figure is a rate reported without counts
   * (`basis: 'reported-rate'`), as exact canonical decimal text: "99.96" for
   * "99,96%", "90" for "90,00". `null` otherwise.
   */
  readonly reportedPercent: string | null;
  /** The observation used; `null` when none was. */
  readonly observation: ObservationRef | null;
  /**
   * Progress toward the target (Open SDG growth-rate method, see
   * `assessProgress`) from the baseline (the `baselines` option, else the
   * plan's) to this result's value at the observation's `asOf` (else the
   * report's). `null` without a baseline, without data, without a date, and for
   * yes/no targets.
   */
  readonly progress: ProgressAssessment | null;
}

/**
 * The attainment of a percent target from a share: the exact share used, and
 * the percentage, gap and shortfall of {@link ShareComparison}.
 *
 * @example
 * const r = computeAttainment({ plan: 'qd-1373', year: 2025, observations: [
 *   { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 },
 * ] }).results[0];
 * if (r.basis === 'counts' && r.kind === 'percent') r.share.numerator; // 55
 */
export interface ShareResult extends ResultFields, ShareComparison {
  readonly kind: 'percent';
  readonly share: Share;
  readonly reportedPercent: null;
  readonly observation: ObservationRef;
}

/**
 * The attainment of a percent target from a share over zero units: no value,
 * so no percentage and no progress.
 *
 * @example
 * const r = computeAttainment({ plan: 'qd-1373', year: 2025, observations: [
 *   { indicator: 'provinces-literacy-level-2', numerator: 0, denominator: 0 },
 * ] }).results[0];
 * r.reason; // 'zero-denominator'
 */
export interface ZeroDenominatorResult extends ResultFields, ZeroDenominatorComparison {
  readonly kind: 'percent';
  readonly share: Share;
  readonly reportedPercent: null;
  readonly observation: ObservationRef;
  readonly progress: null;
}

/**
 * The attainment of a percent target from a rate reported without counts:
 * the rate as exact decimal text, and no share or shortfall.
 *
 * @example
 * const r = computeAttainment({ plan: 'qd-1373', year: 2025, observations: [
 *   { indicator: 'provinces-literacy-level-2', percent: '87,30' },
 * ] }).results[0];
 * if (r.basis === 'reported-rate') r.reportedPercent; // '87.30'
 */
export interface RateResult extends ResultFields, RateComparison {
  readonly kind: 'percent';
  readonly share: null;
  readonly reportedPercent: string;
  readonly observation: ObservationRef;
}

/**
 * The attainment of a count target from a count (and its "of which" parts).
 *
 * @example
 * const r = computeAttainment({ plan: 'hue-2026', year: 2026, observations: [
 *   { indicator: 'units-learning-unit-province', count: 16, components: { 'level-2': 5 } },
 * ] }).results.find((x) => x.indicator === 'units-learning-unit-province')!;
 * if (r.kind === 'count' && r.basis !== null) r.actualCount; // 16
 */
export interface CountResult extends ResultFields, CountComparison {
  readonly kind: 'count';
  readonly share: null;
  readonly reportedPercent: null;
  readonly observation: ObservationRef;
}

/**
 * The attainment of a yes/no target from a yes/no (no progress: there is no
 * trajectory to a yes).
 *
 * @example
 * const r = computeAttainment({ plan: 'bac-giang-2021-2030', year: 2025, observations: [
 *   { indicator: 'province-lower-secondary-level-3', achieved: true },
 * ] }).results.find((x) => x.indicator === 'province-lower-secondary-level-3')!;
 * if (r.basis === 'yes-no') r.achieved; // true; r.progress is null
 */
export interface YesNoResult extends ResultFields, YesNoComparison {
  readonly kind: 'yes-no';
  readonly share: null;
  readonly reportedPercent: null;
  readonly observation: ObservationRef;
  readonly progress: null;
}

/**
 * A target no figure was used for: nothing reported, or what was reported
 * could not be used (its issues say why).
 *
 * @example
 * const r = computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] }).results[0];
 * if (r.basis === null) r.reason; // 'no-observation'
 */
export interface NoFigureResult extends ResultFields, NoFigureComparison {
  readonly share: null;
  readonly reportedPercent: null;
  readonly observation: null;
  readonly progress: null;
}

/**
 * The attainment of one target: the comparison plus everything needed to check
 * it by hand (the exact share, the target, the legal source). A discriminated
 * union: `basis` (and `kind`, `status`) tell what the result holds, so a
 * reader narrows instead of writing `!` (a met share has its percentage, gap,
 * shortfall and exact share; a reported rate its decimal; a count its counts).
 *
 * @example
 * const r = computeAttainment({ plan: 'qd-1373', year: 2025, observations: [
 *   { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 },
 * ] }).results[0];
 * r.status;        // 'met'
 * r.actualPercent; // '87.30'
 * r.source.section; // 'Điều 1, Mục II.2.a'
 * if (r.status !== 'no-data' && r.kind === 'percent') r.gapPoints.startsWith('-'); // false: a string, not null
 */
export type AttainmentResult =
  | ShareResult
  | ZeroDenominatorResult
  | RateResult
  | CountResult
  | YesNoResult
  | NoFigureResult;

/**
 * How many results have each status.
 *
 * @example
 * const s: AttainmentSummary = { total: 15, met: 1, 'not-met': 0, 'no-data': 14, provisional: 0 };
 */
export interface AttainmentSummary extends Readonly<Record<AttainmentStatus, number>> {
  readonly total: number;
  /** Results that rest on an unverified target. */
  readonly provisional: number;
}

/**
 * Which plan a report was computed against.
 *
 * @example
 * computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] }).plan;
 * // { id: 'qd-1373', title: { vi: 'Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030"', en: … },
 * //   reference: '1373/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', source: { type: 'decision', number: '1373/QĐ-TTg', … } }
 */
export interface PlanRef {
  /** The plan's id: a built-in one, or the caller's own plan's. */
  readonly id: PlanId | (string & {});
  readonly title: Labels;
  readonly reference: string;
  readonly issuer: string;
  /** The plan's own document, as a reader cites it (see `formatSource`). */
  readonly source: LegalSource;
}

/**
 * The attainment of one jurisdiction against one plan year.
 *
 * @example
 * const report = computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] });
 * report.summary; // { total: 15, met: 0, 'not-met': 0, 'no-data': 15, provisional: 0 }
 */
export interface AttainmentReport {
  readonly plan: PlanRef;
  readonly year: number;
  /** Who the report is for: the observations' `unit`, or `null` when they name none. */
  readonly unit: string | null;
  readonly asOf: string | null;
  /** One result per target of the plan year, in the plan's order. */
  readonly results: readonly AttainmentResult[];
  /** Problems with observations; every observation is in a result or here. */
  readonly issues: readonly Issue[];
  readonly summary: AttainmentSummary;
}
