import { objectArg } from '../util/guards.js';
import type { Labels } from '../catalog/source.js';
import type { IndicatorId } from '../catalog/indicator-id.js';

/*
 * Observations: what a report says happened. Counts when the report gives them:
 * the rate is then computed from them, so nothing rounded by hand reaches a
 * comparison. A rate alone ("99,96%" in an appendix without counts) is accepted
 * as written, compared exactly, and never added up.
 */

interface ObservationBase {
  /**
   * Indicator id: a built-in one (see `listIndicators()`; an editor completes them) or one the
   * plan defines.
   */
  readonly indicator: IndicatorId | (string & {});
  /** Who reported: a province, commune or agency name or code. */
  readonly unit?: string;
  /** When the figures were true, ISO `YYYY-MM-DD`. */
  readonly asOf?: string;
  /** Where the figure comes from (report number, page); carried to the result. */
  readonly source?: string;
  /**
   * True when the figure itself is provisional: it was counted under an
   * unverified rule or definition (a province share decided under provisional
   * XMC/PCGD thresholds, see `nationalObservations`; a qualification rate under
   * an unverified definition of "trained", see `qualificationObservations`), or
   * it is a preliminary figure. The result is then provisional
   * (`provisionalParts.observation`) even when the target is verified law.
   */
  readonly provisional?: boolean;
  /**
   * How the figure was counted, or why it is provisional, in both languages;
   * reports show it in the note column in the report's language.
   */
  readonly note?: Labels;
}

// The fields of the other kinds, as `never`: a share with a `count` (or a rate beside its
// counts) is a compile error, not only an `invalid-observation` issue at run time.
interface NoShare {
  readonly numerator?: never;
  readonly denominator?: never;
}
interface NoCount {
  readonly count?: never;
  readonly components?: never;
}
interface NoYesNo {
  readonly achieved?: never;
}
interface NoRate {
  readonly percent?: never;
}

/**
 * A share as a value: `numerator` of `denominator` people or units, and none
 * of the fields of the other kinds.
 *
 * @example
 * const v: ShareValue = { numerator: 55, denominator: 63 };
 */
export interface ShareValue extends NoCount, NoYesNo, NoRate {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * A count as a value, with optional "of which" parts keyed by the target's
 * component ids, and none of the fields of the other kinds.
 *
 * @example
 * const v: CountValue = { count: 16, components: { 'level-2': 5 } };
 */
export interface CountValue extends NoShare, NoYesNo, NoRate {
  readonly count: number;
  readonly components?: Readonly<Record<string, number>>;
}

/**
 * A yes/no as a value, and none of the fields of the other kinds.
 *
 * @example
 * const v: YesNoValue = { achieved: true };
 */
export interface YesNoValue extends NoShare, NoCount, NoRate {
  readonly achieved: boolean;
}

/**
 * A rate as written, without its counts, and none of the fields of the other
 * kinds (a rate beside its counts is two figures: which one counts?).
 *
 * @example
 * const v: RateValue = { percent: '99,96' };
 */
export interface RateValue extends NoShare, NoCount, NoYesNo {
  /**
   * The percentage, 0–100: a number (read through its shortest decimal text, 99.96 is "99.96") or
   * text with a decimal comma or point ("99,96", "99.96", "99,96%").
   */
  readonly percent: number | string;
}

/**
 * A share: `numerator` of `denominator` people or units.
 *
 * @example
 * const o: ShareObservation = {
 *   indicator: 'provinces-literacy-level-2',
 *   numerator: 55,
 *   denominator: 63,
 *   asOf: '2024-12-31',
 * };
 */
export interface ShareObservation extends ObservationBase, ShareValue {}

/**
 * A count, with optional "of which" parts keyed by the target's component ids.
 *
 * @example
 * const o: CountObservation = { indicator: 'units-learning-unit-province', count: 16, components: { 'level-2': 5 } };
 */
export interface CountObservation extends ObservationBase, CountValue {}

/**
 * Whether a yes/no condition holds.
 *
 * @example
 * const o: YesNoObservation = { indicator: 'city-learning-city', achieved: true };
 */
export interface YesNoObservation extends ObservationBase, YesNoValue {}

/**
 * A rate as a report prints it, without the counts it came from ("tỷ lệ 99,96%"
 * in an appendix). It fits a percent target as a share does, and is compared
 * exactly as written (never through a float); the result says
 * `basis: 'reported-rate'` and has no `shortfall` (there is no denominator).
 * Rates cannot be summed: give counts wherever figures are added up.
 *
 * @example
 * const o: RateObservation = { indicator: 'provinces-literacy-level-2', percent: '87,30', asOf: '2024-12-31' };
 * const same: RateObservation = { indicator: 'provinces-literacy-level-2', percent: 87.3 };
 */
export interface RateObservation extends ObservationBase, RateValue {}

/**
 * Any observation: a discriminated union, one member per kind. The fields
 * present decide the kind (`numerator`/`denominator`, `count`, `achieved`, or
 * `percent`); the fields of two kinds in one observation do not type-check.
 *
 * @example
 * const all: Observation[] = [
 *   { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 },
 *   { indicator: 'universities-digital', percent: '71,4' },
 * ];
 */
export type Observation = ShareObservation | CountObservation | YesNoObservation | RateObservation;

/**
 * The kind of an observation, decided by its fields.
 *
 * @example
 * observationKind({ indicator: 'province-learning-province', achieved: true }); // 'yes-no'
 * observationKind({ indicator: 'universities-digital', percent: '71,4' });      // 'rate'
 */
export type ObservationKind = 'share' | 'count' | 'yes-no' | 'rate';

/**
 * The observation type of one kind, for code generic over kinds.
 *
 * @example
 * const o: ObservationOfKind<'rate'> = { indicator: 'universities-digital', percent: '71,4' };
 */
export type ObservationOfKind<K extends ObservationKind> = {
  share: ShareObservation;
  count: CountObservation;
  'yes-no': YesNoObservation;
  rate: RateObservation;
}[K];

/**
 * The kind of an observation from its fields, or `null` when it has none or
 * more than one kind's fields (a rate beside its counts is two figures).
 *
 * @example
 * observationKind({ indicator: 'x', numerator: 1, denominator: 2 }); // 'share'
 * observationKind({ indicator: 'x', percent: '99,96' });             // 'rate'
 * observationKind({ indicator: 'x', count: 3, achieved: true });      // null
 * observationKind({ indicator: 'x', percent: 50, numerator: 1 });    // null
 */
export function observationKind(given: object): ObservationKind | null {
  // read once (own enumerable fields, as JSON sees them); not an object: invalid-input
  return kindOf(objectArg(given, 'observation', []));
}

/**
 * {@link observationKind} of an object already read (a snapshot), unchecked:
 * for the computation, which reads each observation once before.
 *
 * @example
 * kindOf({ indicator: 'x', count: 3 }); // 'count'
 */
export function kindOf(o: object): ObservationKind | null {
  const share = 'numerator' in o || 'denominator' in o;
  const cnt = 'count' in o || 'components' in o;
  const yes = 'achieved' in o;
  const rate = 'percent' in o;
  const kinds = (share ? 1 : 0) + (cnt ? 1 : 0) + (yes ? 1 : 0) + (rate ? 1 : 0);
  if (kinds !== 1) return null;
  return share ? 'share' : cnt ? 'count' : yes ? 'yes-no' : 'rate';
}
