import { UnreadableObservation } from './read.js';
import { describe } from '../util/describe.js';
import { issueOf, type Issue } from '../errors.js';
import { compareCounts, meetsComparator } from '../exact/compare.js';
import { parseReportedRate } from '../vi/rate.js';
import { isIsoDate } from '../dates/iso.js';
import { isRecord } from '../util/guards.js';
import { Hidden } from '../util/hidden.js';
import { countText, listPositions } from '../util/positions.js';
import { evaluate } from './decide.js';
import { observedProblem, type ObservedValue } from './observed.js';
import type { TargetComparison } from './comparison.js';
import { displayGuards, type PreparedTarget } from './prepare.js';
import type { AttainmentReport, AttainmentSummary } from './result.js';
import { say } from '../messages/say.js';
import { ATTAINMENT } from '../messages/sections.js';
import {
  ReportContext,
  NO_OBSERVATION,
  REJECTED,
  CONFLICTING,
  ZERO_DENOMINATOR,
  MET,
  NOT_MET,
  KEPT,
  type AttainmentCall,
  type Captured,
} from './call.js';
import { RESULTS } from './build-results.js';

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
 *    and `result` as ever, from the copies (build-results.ts).
 *
 * What the reports of one call share (the slots and the copies) is in call.ts.
 *
 * `results` is an own enumerable getter: JSON.stringify, spread,
 * structuredClone and deep equality see plain data.
 */

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
      rejected[k] ??= [];
      rejected[k].push(i);
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
      rejected[k] ??= [];
      rejected[k].push(i);
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
        rejected[k] ??= [];
        rejected[k].push(i);
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
    else {
      more[k] ??= [accepted[k]!];
      more[k].push(i);
    }
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
  return cap?.provisional === true;
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
