import type { Labels } from '../catalog/source.js';
import type { ResolvedBaselines } from '../progress/baselines.js';
import type { ObservedValue } from './observed.js';
import type { TargetComparison } from './comparison.js';
import type { PreparedPlan, PreparedTarget } from './prepare.js';
import type { AttainmentResult } from './result.js';

/*
 * What the reports of one call of computeAttainment share: the prepared plan, the options, and per
 * target and report (a slot) how its result is decided, the observation used and a copy of what it
 * said, so the results can be built later without reading the input again.
 */

// Per target and unit (a slot, `call.code[slot]`): how its result is decided.

/**
 * The target is met by the observation used (a share decided in the call's arrays).
 *
 * @example
 * call.code[slot] === MET; // how the result of this target and report is decided
 */
export const MET = 0;

/**
 * The target is not met by the observation used (a share decided in the call's arrays).
 *
 * @example
 * call.code[slot] === NOT_MET; // how the result of this target and report is decided
 */
export const NOT_MET = 1;

/**
 * No observation gives the target's indicator: no-data, `no-observation`.
 *
 * @example
 * call.code[slot] === NO_OBSERVATION; // how the result of this target and report is decided
 */
export const NO_OBSERVATION = 2;

/**
 * An observation of the indicator could not be used: no-data, `rejected-observation`.
 *
 * @example
 * call.code[slot] === REJECTED; // how the result of this target and report is decided
 */
export const REJECTED = 3;

/**
 * Observations of the indicator give different values: no-data, `conflicting-observations`.
 *
 * @example
 * call.code[slot] === CONFLICTING; // how the result of this target and report is decided
 */
export const CONFLICTING = 4;

/**
 * An observation is used: its share's denominator is 0 (no-data, `zero-denominator`).
 *
 * @example
 * call.code[slot] === ZERO_DENOMINATOR; // how the result of this target and report is decided
 */
export const ZERO_DENOMINATOR = 5;

/**
 * An observation is used and its comparison is kept (a rate, a count, a yes/no).
 *
 * @example
 * call.code[slot] === KEPT; // how the result of this target and report is decided
 */
export const KEPT = 6;

/**
 * What a result needs from its observation beyond a share's counts, copied when it is used.
 *
 * @example
 * call.captured.get(slot)?.asOf; // '2025-06-30', or null when the observation gave no date
 */
export interface Captured {
  readonly unit: string | null;
  readonly asOf: string | null;
  readonly source: string | null;
  readonly provisional: boolean;
  readonly note: Labels | null;
  /**
   * The value compared when it is not a share held in the call's arrays: `{ percent }`, `{ count }` or `{ achieved }`.
   */
  readonly value: ObservedValue | null;
  /** The comparison, decided at once for a rate, a count or a yes/no. */
  readonly comparison: TargetComparison | null;
}

/**
 * What every report of one call shares: the plan year, options, and per
 * target and report (slot `report · targets + target`) how its result is
 * decided, the observation used and a copy of what it said.
 *
 * @example
 * const call = attainmentCall(preparePlan('qd-1373', 2025), observations, null, 2, baselines, 1);
 */
export interface AttainmentCall {
  readonly prepared: PreparedPlan;
  readonly observations: readonly unknown[];
  readonly asOf: string | null;
  readonly decimals: number;
  readonly baselines: ResolvedBaselines;
  /** Each target's indicator, as a position among the distinct indicators of the plan year. */
  readonly targetIndicator: Int32Array;
  /** Distinct indicators of the plan year: position by id, and the target an observation of each is checked against. */
  readonly indicatorOf: ReadonlyMap<string, number>;
  readonly checkedAgainst: readonly PreparedTarget[];
  readonly code: Uint8Array;
  readonly first: Int32Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly captured: Map<number, Captured>;
  // Per unit, reused: the first observation accepted for each indicator, the others when there
  // are more, and those that could not be used.
  readonly accepted: Int32Array;
  readonly more: (number[] | null)[];
  readonly rejected: (number[] | null)[];
}

/**
 * The shared state of a call that makes `reports` reports.
 *
 * @example
 * attainmentCall(prepared, observations, null, 2, baselines, 100_000).code.length; // 100,000 × targets
 */
export function attainmentCall(
  prepared: PreparedPlan,
  observations: readonly unknown[],
  asOf: string | null,
  decimals: number,
  baselines: ResolvedBaselines,
  reports: number,
): AttainmentCall {
  const indicatorOf = new Map<string, number>();
  const checkedAgainst: PreparedTarget[] = [];
  const targetIndicator = new Int32Array(prepared.targets.length);
  prepared.targets.forEach((pt, t) => {
    const id = pt.target.indicator;
    let k = indicatorOf.get(id);
    if (k === undefined) {
      k = checkedAgainst.length;
      indicatorOf.set(id, k);
      checkedAgainst.push(prepared.byIndicator.get(id)!);
    }
    targetIndicator[t] = k;
  });
  const slots = reports * prepared.targets.length;
  const d = checkedAgainst.length;
  return {
    prepared,
    observations,
    asOf,
    decimals,
    baselines,
    targetIndicator,
    indicatorOf,
    checkedAgainst,
    code: new Uint8Array(slots),
    first: new Int32Array(slots),
    numerator: new Float64Array(slots),
    denominator: new Float64Array(slots),
    captured: new Map(),
    accepted: new Int32Array(d),
    more: new Array<number[] | null>(d).fill(null),
    rejected: new Array<number[] | null>(d).fill(null),
  };
}

/**
 * A report's hidden context: its call, its slots and its results once built.
 *
 * @example
 * Hidden.stamp(out, new ReportContext(call, 'Tỉnh A', report * call.prepared.targets.length));
 */
export class ReportContext {
  built: readonly AttainmentResult[] | null = null;
  constructor(
    readonly call: AttainmentCall,
    readonly unit: string | null,
    /** Slot of the report's first target. */
    readonly base: number,
  ) {}
}
