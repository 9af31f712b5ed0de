import { parseReportedRate } from '../vi/rate.js';
import type { Threshold } from '../exact/threshold.js';
import { Hidden } from '../util/hidden.js';
import { assess } from '../progress/assess.js';
import type { ProgressAssessment } from '../progress/assessment.js';
import type { ResolvedBaselines } from '../progress/baselines.js';
import { q, type Q } from '../progress/rational.js';
import { datePoint, yearPoint } from '../progress/time.js';
import { comparison, evaluate } from './decide.js';
import type { ObservedValue } from './observed.js';
import type { CountValue, ShareValue } from './observation.js';
import type { NoFigureComparison, TargetComparison } from './comparison.js';
import { displayGuards, type PreparedTarget } from './prepare.js';
import type { AttainmentResult, ObservationRef } from './result.js';
import { type ReportContext, NO_OBSERVATION, REJECTED, CONFLICTING } from './call.js';

/*
 * The second step of a report: its result objects, built on the first read of `results` from the
 * copies its slots hold (see compute-unit.ts), by the same `evaluate` as compareToTarget, with
 * progress toward the target when a baseline is given.
 */

/**
 * The `results` getter of a report: built from its slots on first read, then kept.
 *
 * @example
 * Object.defineProperty(report, 'results', RESULTS);
 */
export const RESULTS: PropertyDescriptor = {
  enumerable: true,
  configurable: false,
  get(this: object): readonly AttainmentResult[] {
    const ctx = Hidden.of(this) as ReportContext;
    ctx.built ??= buildResults(ctx);
    return ctx.built;
  },
};

/** The results of a report, in plan order, from its slots (see `decide`). */
function buildResults(ctx: ReportContext): AttainmentResult[] {
  const { call, unit, base } = ctx;
  const { prepared, decimals, baselines } = call;
  const results: AttainmentResult[] = [];
  prepared.targets.forEach((pt, t) => {
    const slot = base + t;
    const code = call.code[slot]!;
    if (code === NO_OBSERVATION || code === REJECTED || code === CONFLICTING) {
      results.push(
        noData(
          pt,
          code === NO_OBSERVATION
            ? 'no-observation'
            : code === REJECTED
              ? 'rejected-observation'
              : 'conflicting-observations',
        ),
      );
      return;
    }
    const cap = call.captured.get(slot);
    const o: ObservedValue = cap?.value ?? { numerator: call.numerator[slot]!, denominator: call.denominator[slot]! };
    const guards = displayGuards(pt, decimals);
    const c = cap?.comparison ?? evaluate(o, pt.target, pt.threshold, decimals, guards);
    const observedAsOf = cap ? cap.asOf : null;
    results.push(
      result(
        pt,
        c,
        {
          index: call.first[slot]!,
          unit: cap ? cap.unit : unit,
          asOf: observedAsOf,
          source: cap ? cap.source : null,
          provisional: cap ? cap.provisional : false,
          note: cap ? cap.note : null,
        },
        // checked: a value with a numerator is a share
        'numerator' in o
          ? { numerator: (o as ShareValue).numerator, denominator: (o as ShareValue).denominator }
          : null,
        'percent' in o ? parseReportedRate(o.percent).text : null,
        progressOf(
          pt,
          o,
          baselines.size === 0 ? pt.baseline : (baselines.find(unit, pt.target.indicator) ?? pt.baseline),
          observedAsOf ?? call.asOf,
          decimals,
          baselines.memo,
          guards,
        ),
      ),
    );
  });
  // the copies are read once, here: let them go (the results are kept), so a call whose reports
  // are read one after another holds the copies of the reports not read yet, not of all
  for (let t = 0; t < prepared.targets.length; t++) call.captured.delete(base + t);
  return results;
}

function noData(
  pt: PreparedTarget,
  reason: 'no-observation' | 'rejected-observation' | 'conflicting-observations',
): AttainmentResult {
  const t = pt.target;
  return result(
    pt,
    comparison<NoFigureComparison>('no-data', {
      reason,
      targetPercent: t.kind === 'percent' ? pt.threshold!.text : null,
      targetCount: t.kind === 'count' ? t.value : null,
    }),
    null,
    null,
    null,
    null,
  );
}

/** Progress of one result, or `null` when there is no baseline, no value, no date or a yes/no target. */
function progressOf(
  pt: PreparedTarget,
  o: ObservedValue,
  baseline: PreparedTarget['baseline'],
  date: string | null,
  decimals: number,
  memo: ResolvedBaselines['memo'],
  guards: readonly Threshold[] | null,
): ProgressAssessment | null {
  const t = pt.target;
  if (baseline === null || date === null || t.kind === 'yes-no') return null;
  // 100·n in BigInt: a float product above 2^53 is rounded; a reported rate is a percentage as written
  let value: Q | null = null;
  // checked: the field present decides the kind
  if ('numerator' in o) {
    const s = o as ShareValue;
    value = s.denominator === 0 ? null : q(BigInt(s.numerator) * 100n, s.denominator);
  } else if ('count' in o) value = q((o as CountValue).count);
  else if ('percent' in o) {
    const rate = parseReportedRate(o.percent);
    value = q(rate.scaled, 10n ** BigInt(rate.scale));
  }
  if (value === null) return null;
  const target =
    t.kind === 'percent'
      ? { value: q(pt.threshold!.scaled, 10 ** pt.threshold!.scale), text: pt.threshold!.text }
      : { value: q(t.value), text: String(t.value) };
  let time = memo.dates.get(date);
  if (time === undefined) {
    time = datePoint(date);
    memo.dates.set(date, time);
  }
  // the same guards as the comparison, so progress.current reads as actualPercent
  return assess(
    baseline,
    { value, time },
    { ...target, time: yearPoint(t.year) },
    t.comparator,
    decimals,
    memo.required,
    guards,
  );
}

function result(
  pt: PreparedTarget,
  c: TargetComparison,
  observation: ObservationRef | null,
  share: AttainmentResult['share'],
  reportedPercent: string | null,
  progress: ProgressAssessment | null,
): AttainmentResult {
  const t = pt.target;
  // one literal with every field, no spreads: this runs once per target per unit. Its member of the
  // union follows from the comparison's (a property test checks every kind)
  return {
    indicator: t.indicator,
    label: pt.indicator.label,
    group: pt.indicator.group,
    kind: t.kind,
    comparator: t.comparator,
    year: t.year,
    deadline: pt.deadline,
    stretch: t.stretch === true,
    provisional: pt.targetProvisional || pt.definitionProvisional || observation?.provisional === true,
    provisionalParts: {
      target: pt.targetProvisional,
      definition: pt.definitionProvisional,
      observation: observation?.provisional === true,
    },
    source: t.source,
    targetNote: t.note ?? null,
    notes: pt.indicator.notes,
    status: c.status,
    reason: c.reason,
    basis: c.basis,
    actualPercent: c.actualPercent,
    targetPercent: c.targetPercent,
    gapPoints: c.gapPoints,
    actualCount: c.actualCount,
    targetCount: c.targetCount,
    gapCount: c.gapCount,
    achieved: c.achieved,
    shortfall: c.shortfall,
    components: c.components,
    share,
    reportedPercent,
    observation,
    progress,
  } as AttainmentResult;
}
