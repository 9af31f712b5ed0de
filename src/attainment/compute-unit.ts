import { UnreadableObservation } from './read.js';
import { describe } from '../describe.js';
import type { Labels } from '../catalog/source.js';
import { issueOf, makeIssue, type Issue } from '../errors.js';
import { compareCounts, meetsComparator } from '../exact/compare.js';
import { parseReportedRate } from '../exact/rate.js';
import type { Threshold } from '../exact/threshold.js';
import { isIsoDate } from '../dates/iso.js';
import { isRecord } from '../guards.js';
import { Hidden } from '../hidden.js';
import { countText, listPositions } from '../positions.js';
import { assess } from '../progress/assess.js';
import type { ProgressAssessment } from '../progress/assessment.js';
import type { ResolvedBaselines } from '../progress/baselines.js';
import { q, type Q } from '../progress/rational.js';
import { datePoint, yearPoint } from '../progress/time.js';
import { comparison, evaluate, observedProblem, type ObservedValue } from './compare.js';
import type { CountValue, ShareValue } from './observation.js';
import type { NoFigureComparison, TargetComparison } from './comparison.js';
import { displayGuards, type PreparedPlan, type PreparedTarget } from './prepare.js';
import type { AttainmentReport, AttainmentResult, AttainmentSummary, ObservationRef } from './result.js';
import { say } from '../messages/say.js';
import { ATTAINMENT } from '../messages/sections.js';

/*
 * One jurisdiction's report, in two steps, so a batch of 100,000 units costs
 * about what grouping its observations and comparing their float rates costs:
 *
 * 1. Eagerly: every observation checked (issues in input order), the one used
 *    for each target chosen, its status decided exactly (`compareCounts`:
 *    doubles while the products stay below 2^53, BigInt beyond), the issues of
 *    each target in plan order, and the summary. What a result needs later is
 *    copied out of the observation at once (counts into the call's typed
 *    arrays; dates, sources, notes and non-share values only when present), so
 *    a report never changes when the caller later edits its input.
 * 2. On first read of `results`: the result objects, by the same `evaluate`
 *    and `result` as ever, from the copies.
 *
 * `results` is an own enumerable getter: JSON.stringify, spread,
 * structuredClone and deep equality see plain data.
 */

// Per target and unit: how its result is decided.
const MET = 0;
const NOT_MET = 1;
const NO_OBSERVATION = 2;
const REJECTED = 3;
const CONFLICTING = 4;
/** An observation is used: its share's denominator is 0 (no-data, `zero-denominator`). */
const ZERO_DENOMINATOR = 5;
/** An observation is used and its comparison is kept (a rate, a count, a yes/no). */
const KEPT = 6;

/** What a result needs from its observation beyond a share's counts, copied when it is used. */
interface Captured {
  readonly unit: string | null;
  readonly asOf: string | null;
  readonly source: string | null;
  readonly provisional: boolean;
  readonly note: Labels | null;
  /** The value compared when it is not a share held in the call's arrays: `{ percent }`, `{ count }` or `{ achieved }`. */
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
      indicatorOf.set(id, (k = checkedAgainst.length));
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

/** A report's hidden context: its call, its slots and its results once built. */
class ReportContext {
  built: readonly AttainmentResult[] | null = null;
  constructor(
    readonly call: AttainmentCall,
    readonly unit: string | null,
    /** Slot of the report's first target. */
    readonly base: number,
  ) {}
}

const RESULTS: PropertyDescriptor = {
  enumerable: true,
  configurable: false,
  get(this: object): readonly AttainmentResult[] {
    const ctx = Hidden.of(this) as ReportContext;
    return (ctx.built ??= buildResults(ctx));
  },
};

const path = (i: number): (string | number)[] => ['observations', i];

/**
 * Evaluates the observations `order[from] … order[to − 1]` (indexes into the
 * call's observations) as one jurisdiction's report, number `report` of the
 * call: issues and summary at once, results on first read.
 *
 * @example
 * const report = evaluateReport(call, 'Tỉnh A', [0, 1, 2], 0, 3, 0);
 * report.summary.met; // decided at once; report.results is built when read
 */
export function evaluateReport(
  call: AttainmentCall,
  unit: string | null,
  order: ArrayLike<number>,
  from: number,
  to: number,
  report: number,
): AttainmentReport {
  const { prepared, observations, accepted, more, rejected } = call;
  const issues: Issue[] = [];
  accepted.fill(-1);
  more.fill(null);
  rejected.fill(null);
  // Observations of an indicator with a target here that could not be used (`rejected`): a
  // figure was reported but is unknown, so the others of that indicator cannot be taken as
  // the whole story.
  for (let j = from; j < to; j++) {
    const i = order[j]!;
    const o = observations[i];
    if (o instanceof UnreadableObservation) {
      issues.push(o.error.toIssue('error', path(i)));
      continue;
    }
    if (!isRecord(o) || typeof o.indicator !== 'string' || o.indicator === '') {
      issues.push(issueOf('invalid-observation', path(i), say(ATTAINMENT, 'invalid-observation.not-indicator-object')));
      continue;
    }
    const k = call.indicatorOf.get(o.indicator);
    if (k === undefined) {
      issues.push(
        prepared.isKnownIndicator(o.indicator)
          ? issueOf(
              'no-target-for-year',
              [...path(i), 'indicator'],
              say(ATTAINMENT, 'no-target-for-year.observation', {
                id: prepared.ref.id,
                year: prepared.year,
                indicator: o.indicator,
              }),
              'warning',
            )
          : issueOf(
              'unknown-indicator',
              [...path(i), 'indicator'],
              say(ATTAINMENT, 'unknown-indicator.observation', { indicator: o.indicator }),
            ),
      );
      continue;
    }
    const problem = observedProblem(o as unknown as ObservedValue, call.checkedAgainst[k]!.target);
    if (problem) {
      issues.push(problem.toIssue('error', path(i)));
      (rejected[k] ??= []).push(i);
      continue;
    }
    if (o.provisional !== undefined && typeof o.provisional !== 'boolean') {
      issues.push(
        issueOf(
          'invalid-observation',
          [...path(i), 'provisional'],
          say(ATTAINMENT, 'invalid-observation.provisional', { provisional: describe(o.provisional) }),
        ),
      );
      (rejected[k] ??= []).push(i);
      continue;
    }
    if (o.note !== undefined && !isLabels(o.note)) {
      issues.push(issueOf('invalid-observation', [...path(i), 'note'], say(ATTAINMENT, 'invalid-observation.note')));
      continue;
    }
    if (o.asOf !== undefined) {
      if (!isIsoDate(o.asOf)) {
        issues.push(
          issueOf(
            'invalid-date',
            [...path(i), 'asOf'],
            say(ATTAINMENT, 'invalid-date.observation-as-of', { asOf: describe(o.asOf) }),
          ),
        );
        (rejected[k] ??= []).push(i);
        continue;
      }
      // dated after the report: a figure of a later report, not a rival of this one's
      if (call.asOf !== null && o.asOf > call.asOf) {
        issues.push(
          issueOf(
            'observation-after-as-of',
            [...path(i), 'asOf'],
            say(ATTAINMENT, 'observation-after-as-of', { date: o.asOf, asOf: call.asOf }),
          ),
        );
        continue;
      }
    }
    // accepted, in input order
    if (accepted[k]! < 0) accepted[k] = i;
    else (more[k] ??= [accepted[k]!]).push(i);
  }

  const base = report * prepared.targets.length;
  let met = 0;
  let notMet = 0;
  let noData = 0;
  let provisional = 0;
  prepared.targets.forEach((pt, t) => {
    const slot = base + t;
    const status = decide(call, pt, call.targetIndicator[t]!, unit, slot, issues);
    if (status === 'met') met++;
    else if (status === 'not-met') notMet++;
    else noData++;
    const used = call.code[slot] !== NO_OBSERVATION && call.code[slot] !== REJECTED && call.code[slot] !== CONFLICTING;
    if (pt.targetProvisional || pt.definitionProvisional || (used && observationProvisional(call, slot))) provisional++;
  });
  const summary: AttainmentSummary = {
    total: prepared.targets.length,
    met,
    'not-met': notMet,
    'no-data': noData,
    provisional,
  };
  // the keys in their usual order: plan, year, unit, asOf, results, issues, summary
  const out: { -readonly [K in keyof AttainmentReport]?: AttainmentReport[K] } = {
    plan: prepared.ref,
    year: prepared.year,
    unit,
    asOf: call.asOf,
  };
  Hidden.stamp(out, new ReportContext(call, unit, base));
  Object.defineProperty(out, 'results', RESULTS);
  out.issues = issues;
  out.summary = summary;
  return out as AttainmentReport;
}

function observationProvisional(call: AttainmentCall, slot: number): boolean {
  const cap = call.captured.get(slot);
  return cap !== undefined && cap.provisional;
}

/**
 * Chooses the observation of target `pt` (indicator position `k`) at `slot`,
 * copies what its result will need, adds the target's issues, and returns its
 * status.
 */
function decide(
  call: AttainmentCall,
  pt: PreparedTarget,
  k: number,
  unit: string | null,
  slot: number,
  issues: Issue[],
): TargetComparison['status'] {
  const { observations } = call;
  const first = call.accepted[k]!;
  // every accepted observation when there is more than one, else null
  const chosen = call.more[k]!;
  const unusable = call.rejected[k];
  call.first[slot] = -1;
  if (first < 0) {
    call.code[slot] = unusable ? REJECTED : NO_OBSERVATION;
    return 'no-data';
  }
  if (unusable) {
    // the rejected figure may differ from the accepted ones: as two different figures, none is used
    // one text for every copy, naming a few positions: its length does not grow with the list
    const text = say(
      ATTAINMENT,
      unusable.length > 1 ? 'duplicate-observation.unusable-many' : 'duplicate-observation.unusable',
      { indicator: pt.target.indicator, which: listPositions(unusable) },
    );
    for (const i of chosen ?? [first]) issues.push(issueOf('duplicate-observation', ['observations', i], text));
    call.code[slot] = CONFLICTING;
    return 'no-data';
  }
  if (chosen !== null) {
    const same = chosen.every((i) =>
      sameValue(observations[i] as Record<string, unknown>, observations[first] as Record<string, unknown>),
    );
    // one text for every copy, naming a few positions: its length does not grow with the copies
    const text = same
      ? say(ATTAINMENT, 'duplicate-observation.same-value', { indicator: pt.target.indicator, first })
      : say(ATTAINMENT, 'duplicate-observation.different-values', {
          indicator: pt.target.indicator,
          count: countText(chosen.length),
          chosen: listPositions(chosen),
        });
    for (let j = same ? 1 : 0; j < chosen.length; j++) {
      issues.push(issueOf('duplicate-observation', ['observations', chosen[j]!], text, same ? 'warning' : 'error'));
    }
    if (!same) {
      call.code[slot] = CONFLICTING;
      return 'no-data';
    }
  }
  const o = observations[first] as Record<string, unknown> & ObservedValue;
  call.first[slot] = first;
  const ownUnit = typeof o.unit === 'string' ? o.unit : null;
  const extra =
    ownUnit !== unit ||
    o.asOf !== undefined ||
    o.source !== undefined ||
    o.provisional === true ||
    o.note !== undefined;
  if ('numerator' in o) {
    // a share (checked): decided here, exactly; its result is built from the copied counts
    const n = o.numerator as number;
    const d = o.denominator as number;
    call.numerator[slot] = n;
    call.denominator[slot] = d;
    if (extra) call.captured.set(slot, capture(o, ownUnit, null, null));
    if (d === 0) {
      issues.push(
        issueOf(
          'zero-denominator',
          ['observations', first, 'denominator'],
          say(ATTAINMENT, 'zero-denominator.observation', { indicator: pt.target.indicator }),
          'warning',
        ),
      );
      call.code[slot] = ZERO_DENOMINATOR;
      return 'no-data';
    }
    const ok = meetsComparator(compareCounts(n, d, pt.threshold!), pt.target.comparator);
    call.code[slot] = ok ? MET : NOT_MET;
    return ok ? 'met' : 'not-met';
  }
  // a rate, a count or a yes/no: compared now (a count's parts are the caller's object), kept
  const c = evaluate(o, pt.target, pt.threshold, call.decimals, displayGuards(pt, call.decimals));
  if (c.components.length > 0) missingComponents(c, pt.target.indicator, first, issues);
  const value: ObservedValue =
    'percent' in o
      ? { percent: o.percent as number | string }
      : 'count' in o
        ? { count: o.count as number }
        : { achieved: (o as { achieved: boolean }).achieved };
  call.captured.set(slot, capture(o, ownUnit, value, c));
  call.code[slot] = KEPT;
  return c.status;
}

function capture(
  o: Record<string, unknown>,
  unit: string | null,
  value: ObservedValue | null,
  c: TargetComparison | null,
): Captured {
  return {
    unit,
    asOf: typeof o.asOf === 'string' ? o.asOf : null,
    source: typeof o.source === 'string' ? o.source : null,
    provisional: o.provisional === true,
    note: isLabels(o.note) ? { vi: o.note.vi, en: o.note.en } : null,
    value,
    comparison: c,
  };
}

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

/** An "of which" part the observation does not give: a warning, since it is not read as 0. */
function missingComponents(c: TargetComparison, indicator: string, index: number, issues: Issue[]): void {
  for (const part of c.components) {
    if (part.actual !== null) continue;
    const certain = c.status === 'not-met';
    issues.push(
      issueOf(
        'missing-component',
        ['observations', index, 'components', part.id],
        say(ATTAINMENT, 'missing-component', {
          indicator,
          id: part.id,
          label: part.label,
          outcome: say(ATTAINMENT, certain ? 'missing-component.not-met' : 'missing-component.no-data'),
        }),
        'warning',
      ),
    );
  }
}

/** A note in both languages: `{ vi, en }`, two non-empty texts. */
function isLabels(value: unknown): value is { vi: string; en: string } {
  return (
    isRecord(value) &&
    typeof value.vi === 'string' &&
    value.vi !== '' &&
    typeof value.en === 'string' &&
    value.en !== ''
  );
}

function sameValue(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (
    a.numerator !== b.numerator ||
    a.denominator !== b.denominator ||
    a.count !== b.count ||
    a.achieved !== b.achieved
  )
    return false;
  // rates are compared as the decimals written: 99.96 and "99,96" are one figure (both are valid here)
  if ('percent' in a !== 'percent' in b) return false;
  if ('percent' in a && parseReportedRate(a.percent).text !== parseReportedRate(b.percent).text) return false;
  return JSON.stringify(a.components ?? null) === JSON.stringify(b.components ?? null);
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
  if (time === undefined) memo.dates.set(date, (time = datePoint(date)));
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
    provisional: pt.targetProvisional || pt.definitionProvisional || (observation !== null && observation.provisional),
    provisionalParts: {
      target: pt.targetProvisional,
      definition: pt.definitionProvisional,
      observation: observation !== null && observation.provisional,
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
