import { describe } from '../util/describe.js';
import { XhhtError, issueOf, type Issue } from '../errors.js';
import { assertIsoDate } from '../dates/iso.js';
import type { Plan } from '../plans/plan.js';
import type { PlanId } from '../plans/registry.js';
import { evaluateReport } from './compute-unit.js';
import { attainmentCall } from './call.js';
import type { Observation } from './observation.js';
import { preparePlan, type PreparedPlan } from './prepare.js';
import type { AttainmentReport } from './result.js';
import { resolveBaselines, type BaselineObservation, type ResolvedBaselines } from '../progress/baselines.js';
import { isArray, isRecord } from '../util/guards.js';
import { UnreadableObservation, readAttainmentInput } from './read.js';
import { POSITIONS_SHOWN, listPositions } from '../util/positions.js';
import { say, messageFields, textOf, type Text } from '../messages/say.js';
import { ATTAINMENT } from '../messages/sections.js';
import { assertGiven, type RequiredField } from '../missing.js';

/**
 * Input of {@link computeAttainment}.
 *
 * @example
 * const input: AttainmentInput = { plan: 'qd-1373', year: 2025, observations: [], asOf: '2025-06-30' };
 */
export interface AttainmentInput {
  /**
   * A built-in plan id ("qd-1373") or a plan object: one `definePlan` returned
   * is used as it is (its parent, even one from `options.plans`, was resolved
   * then); any other object is checked with `definePlan` first. Any text is
   * accepted (an id read from a file), the built-in ids offered first; one
   * that names no built-in plan throws `unknown-plan`.
   */
  readonly plan: PlanId | (string & {}) | Plan;
  /** The target year. */
  readonly year: number;
  readonly observations: readonly Observation[];
  /** Date the report speaks for, ISO. Observations dated after it are not used. */
  readonly asOf?: string;
  /** Decimals of percentages and gaps in display strings (default 2). */
  readonly decimals?: number;
  /**
   * Where indicators stood before (a `year` or an `asOf` each); they override
   * the plan's `baselines` and give each result its `progress`.
   */
  readonly baselines?: readonly BaselineObservation[];
}

/**
 * Compares a jurisdiction's observations with a plan's targets for one year.
 *
 * Every target of the year gets a result: met, not met, or no data (with the
 * reason). A rate given without counts (`{ indicator, percent }`) is compared
 * exactly as written (`basis: 'reported-rate'`, no shortfall); nothing is ever
 * summed across observations or units. Every observation ends in a result or
 * in `issues`: bad ones (invalid counts, numerator above denominator, a rate
 * below 0 or above 100 or not a number, unknown indicator, a kind that
 * does not fit the target, an indicator observed twice with different values,
 * a date after `asOf`, a `unit` that is not a non-empty text, a count whose
 * "of which" part is missing (a warning: the part is not read as 0)) are
 * reported and the rest is still computed. A bad observation of an indicator
 * with a target is still a reported figure: its target is no data
 * (`rejected-observation`), and beside a good observation of the same
 * indicator neither is used (`conflicting-observations`), as for two different
 * values. Observations that name no unit
 * belong to the one unit the others name. Throws only for problems with the
 * call itself: a plan, year or observations left out (`missing-plan`,
 * `missing-year`, `missing-observations`, each in `error.issues`), unknown
 * plan, invalid plan, a year the plan has no targets for, an invalid `asOf`,
 * or observations that name more than one unit (use
 * {@link computeAttainmentByUnit}). Inputs are never mutated.
 *
 * With baselines (the plan's or the `baselines` option), each result also
 * carries `progress`: the Open SDG growth-rate status and the linear
 * trajectory from the baseline to the target (see `assessProgress`), read at
 * the observation's `asOf` or the report's. Bad baselines are issues with path
 * `['baselines', i]`; two different baselines for one indicator are both left
 * out, and their issues say what is used instead (a baseline given for every
 * unit, else the plan's, else none).
 *
 * @param given - plan, year, observations, optional asOf and decimals
 * @returns the report: results in plan order, issues, summary
 * @example
 * const report = computeAttainment({
 *   plan: 'qd-1373',
 *   year: 2025,
 *   observations: [{ indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63, asOf: '2024-12-31' }],
 * });
 * report.results[0];
 * // { indicator: 'provinces-literacy-level-2', status: 'met', actualPercent: '87.30', targetPercent: '70',
 * //   gapPoints: '17.30', shortfall: 0, deadline: '2025-12-31', source: { document: '1373/QĐ-TTg', … }, … }
 * report.summary; // { total: 15, met: 1, 'not-met': 0, 'no-data': 14, provisional: 0 }
 */
export function computeAttainment(given: AttainmentInput): AttainmentReport {
  // read once, then checked and computed on (src/attainment/read.ts)
  const input = readAttainmentInput(given);
  const { prepared, asOf, decimals, baselines } = prepareCall(input, 'computeAttainment');
  const observations = observationsOf(input);
  // units come from observations that name one properly; a bad `unit` is that observation's
  // problem (an issue), not the whole call's, and a non-object is reported by evaluateUnit
  const units = new Set<string>();
  const indexes: number[] = [];
  const unitIssues: Issue[] = [];
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i];
    if (isRecord(o) && o.unit !== undefined) {
      if (typeof o.unit !== 'string' || o.unit === '') {
        unitIssues.push(
          issueOf(
            'invalid-observation',
            ['observations', i, 'unit'],
            say(ATTAINMENT, 'invalid-observation.unit', { unit: describe(o.unit) }),
          ),
        );
        continue;
      }
      units.add(o.unit);
    }
    indexes.push(i);
  }
  if (units.size > 1) {
    const names = listPositions(
      [...units].slice(0, POSITIONS_SHOWN + 1).map((u) => describe(u).en),
      { total: units.size, noun: 'units' },
    );
    throw new XhhtError('mixed-units', say(ATTAINMENT, 'mixed-units.observations', { names }), {
      path: ['observations'],
    });
  }
  const [unit] = units;
  const report = evaluateReport(
    attainmentCall(prepared, observations, asOf, decimals, baselines, 1),
    unit ?? null,
    indexes,
    0,
    indexes.length,
    0,
  );
  const extra = [
    ...explainConflicts(baselines.issues, input.baselines, baselines, prepared),
    ...otherUnitBaselines(input.baselines, unit ?? null),
  ];
  return extra.length === 0 && unitIssues.length === 0
    ? report
    : { ...report, issues: [...unitIssues, ...report.issues, ...extra] };
}

/** Baselines that name a unit other than the report's: not used, so said. */
function otherUnitBaselines(baselines: unknown, unit: string | null): Issue[] {
  if (!Array.isArray(baselines)) return [];
  const issues: Issue[] = [];
  baselines.forEach((b, i) => {
    const u = isRecord(b) ? b.unit : undefined;
    if (typeof u === 'string' && u !== unit) {
      issues.push(
        issueOf(
          'mixed-units',
          ['baselines', i, 'unit'],
          say(ATTAINMENT, 'mixed-units.baseline', {
            unit: u,
            report: unit === null ? say(ATTAINMENT, 'report.no-unit') : `"${unit}"`,
          }),
          'warning',
        ),
      );
    }
  });
  return issues;
}

/**
 * The result of {@link computeAttainmentByUnit}: one report per unit.
 *
 * @example
 * const r: AttainmentByUnit = computeAttainmentByUnit({ plan: 'qd-1373', year: 2025, observations: [] });
 * r.reports; // []
 */
export interface AttainmentByUnit {
  readonly plan: AttainmentReport['plan'];
  readonly year: number;
  readonly asOf: string | null;
  /** One report per unit, in order of the unit's first observation. */
  readonly reports: readonly AttainmentReport[];
  /** Observations that belong to no unit (no `unit` field). Unit-level issues are in each report. */
  readonly issues: readonly Issue[];
}

/**
 * Groups observations of many units (communes, provinces…) by `unit` and
 * computes one report per unit against the same plan year. The plan is
 * resolved and its thresholds parsed once. An observation without `unit` goes
 * to the top-level `issues` (`missing-unit`; a `unit` that is not a name,
 * `invalid-observation`); each unit's problems go to its own report. A
 * baseline of a unit that no observation names is a warning in the top-level
 * `issues` (`mixed-units`, path `['baselines', i, 'unit']`).
 *
 * @param given - as for {@link computeAttainment}; every observation should name its `unit`
 * @returns reports per unit and the issues that belong to no unit
 * @example
 * const { reports } = computeAttainmentByUnit({
 *   plan: 'qd-1373', year: 2025,
 *   observations: [
 *     { unit: 'Tỉnh A', indicator: 'universities-digital', numerator: 7, denominator: 10 },
 *     { unit: 'Tỉnh B', indicator: 'universities-digital', numerator: 6, denominator: 10 },
 *   ],
 * });
 * reports.map((r) => [r.unit, r.results.find((x) => x.indicator === 'universities-digital')!.status]);
 * // [['Tỉnh A', 'met'], ['Tỉnh B', 'not-met']]
 */
export function computeAttainmentByUnit(given: AttainmentInput): AttainmentByUnit {
  const { plan, year, asOf, reports, issues } = reportsByUnit(readAttainmentInput(given));
  return { plan, year, asOf, reports: [...reports], issues };
}

/**
 * {@link computeAttainmentByUnit}, each unit's report computed only when it is
 * read: what a caller needs to write the reports of 100,000 units one after
 * another without holding them all. The call is checked, the observations
 * grouped and the issues that belong to no unit found at once (they throw and
 * read as for computeAttainmentByUnit); `reports` gives the same reports, in
 * the same order, each computed as the iteration reaches it. The input is read
 * once, at the call, as for every function of xhht.
 *
 * @param given - as for {@link computeAttainmentByUnit}
 * @returns the plan, year and date of the reports, the issues that belong to no unit, how many units, and the reports
 * to read once
 * @example
 * const { units, reports } = attainmentReportsByUnit({ plan: 'qd-1373', year: 2025, observations });
 * for (const report of reports) write(renderReport(report, { format: 'csv' }));
 */
export function attainmentReportsByUnit(
  given: AttainmentInput,
): Omit<AttainmentByUnit, 'reports'> & { readonly units: number; readonly reports: Iterable<AttainmentReport> } {
  return reportsByUnit(readAttainmentInput(given));
}

/** The reports by unit of an input already read once (readAttainmentInput). */
function reportsByUnit(
  input: AttainmentInput,
): Omit<AttainmentByUnit, 'reports'> & { readonly units: number; readonly reports: Iterable<AttainmentReport> } {
  const { prepared, asOf, decimals, baselines } = prepareCall(input, 'computeAttainmentByUnit');
  const observations = observationsOf(input);
  const issues: Issue[] = [...explainConflicts(baselines.issues, input.baselines, baselines, prepared)];
  // Units numbered in order of first observation, then the observations of each in input order
  // (a counting sort: one array for the whole batch, not one per unit).
  const unitIds = new Map<string, number>();
  const names: string[] = [];
  const sizes: number[] = [];
  const unitOf = new Int32Array(observations.length);
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i];
    if (o instanceof UnreadableObservation) {
      // unreadable: no unit can be read from it, and what it is stays unknown
      unitOf[i] = -1;
      issues.push(o.error.toIssue('error', ['observations', i]));
      continue;
    }
    const unit = isRecord(o) ? o.unit : undefined;
    if (typeof unit !== 'string' || unit === '') {
      unitOf[i] = -1;
      // left out: missing-unit; given but not a name (1n, null, ''): the same issue computeAttainment gives
      issues.push(
        unit === undefined
          ? issueOf('missing-unit', ['observations', i, 'unit'], say(ATTAINMENT, 'missing-unit'))
          : issueOf(
              'invalid-observation',
              ['observations', i, 'unit'],
              say(ATTAINMENT, 'invalid-observation.unit', { unit: describe(unit) }),
            ),
      );
      continue;
    }
    let id = unitIds.get(unit);
    if (id === undefined) {
      id = names.length;
      unitIds.set(unit, id);
      names.push(unit);
      sizes.push(0);
    }
    unitOf[i] = id;
    sizes[id]!++;
  }
  const start = new Int32Array(names.length + 1);
  for (let u = 0; u < names.length; u++) start[u + 1] = start[u]! + sizes[u]!;
  const next = start.slice(0, names.length);
  const order = new Int32Array(start[names.length]!);
  for (let i = 0; i < observations.length; i++) if (unitOf[i]! >= 0) order[next[unitOf[i]!]!++] = i;
  const call = attainmentCall(prepared, observations, asOf, decimals, baselines, names.length);
  for (const issue of baselinesOfAbsentUnits(input.baselines, unitIds, baselines.issues)) issues.push(issue);
  function* reports(): Generator<AttainmentReport> {
    for (let u = 0; u < names.length; u++) yield evaluateReport(call, names[u]!, order, start[u]!, start[u + 1]!, u);
  }
  return { plan: prepared.ref, year: prepared.year, asOf, issues, units: names.length, reports: reports() };
}

/** Baselines of a unit no observation names: there is no report to use them in, so said. */
function baselinesOfAbsentUnits(
  baselines: unknown,
  units: ReadonlyMap<string, unknown>,
  reported: readonly Issue[],
): Issue[] {
  if (!Array.isArray(baselines)) return [];
  // a baseline with an issue already is reported as unused (or a repeat) there
  const already = new Set(reported.filter((i) => i.path[0] === 'baselines').map((i) => i.path[1]));
  const issues: Issue[] = [];
  baselines.forEach((b, i) => {
    const u = isRecord(b) ? b.unit : undefined;
    if (typeof u === 'string' && u !== '' && !units.has(u) && !already.has(i)) {
      issues.push(
        issueOf(
          'mixed-units',
          ['baselines', i, 'unit'],
          say(ATTAINMENT, 'mixed-units.baseline-no-report', { unit: u }),
          'warning',
        ),
      );
    }
  });
  return issues;
}

/**
 * Two different caller baselines for one unit and indicator are both left out
 * (resolveBaselines reports each as an error `duplicate-observation` at
 * `['baselines', i]`); what a result falls back to then is decided here, so the
 * issue says it: the caller's baseline for every unit, else the plan's.
 */
function explainConflicts(
  issues: readonly Issue[],
  raw: unknown,
  resolved: ResolvedBaselines,
  prepared: PreparedPlan,
): readonly Issue[] {
  if (!Array.isArray(raw) || issues.length === 0) return issues;
  return issues.map((issue) => {
    if (issue.code !== 'duplicate-observation' || issue.severity !== 'error' || issue.path.length !== 2) return issue;
    const b: unknown = raw[issue.path[1] as number];
    if (!isRecord(b) || typeof b.indicator !== 'string') return issue;
    const indicator = b.indicator;
    const unit = typeof b.unit === 'string' && b.unit !== '' ? b.unit : null;
    let instead: Text | null = null;
    if (unit !== null && resolved.find(null, indicator) !== undefined) {
      instead = say(ATTAINMENT, 'baseline.every-unit-instead');
    } else if (prepared.byIndicator.get(indicator)?.baseline) {
      instead = say(ATTAINMENT, 'baseline.plan-instead');
    }
    return instead === null
      ? issue
      : { ...issue, ...messageFields(say(ATTAINMENT, 'baseline.not-used', { reason: textOf(issue), instead })) };
  });
}

/** The fields of {@link AttainmentInput} a call cannot do without. */
const REQUIRED: readonly RequiredField[] = [
  { key: 'plan', code: 'missing-plan', what: () => say(ATTAINMENT, 'missing-plan') },
  { key: 'year', code: 'missing-year', what: () => say(ATTAINMENT, 'missing-year') },
  { key: 'observations', code: 'missing-observations', what: () => say(ATTAINMENT, 'missing-observations') },
];

function prepareCall(
  input: AttainmentInput,
  call: 'computeAttainment' | 'computeAttainmentByUnit',
): {
  prepared: PreparedPlan;
  asOf: string | null;
  decimals: number;
  baselines: ResolvedBaselines;
} {
  if (!isRecord(input)) {
    throw new XhhtError('invalid-input', say(ATTAINMENT, 'invalid-input.attainment-input'));
  }
  assertGiven(input as unknown as Readonly<Record<string, unknown>>, REQUIRED, call);
  const prepared = preparePlan(input.plan, input.year);
  const asOf = input.asOf === undefined ? null : assertIsoDate(input.asOf, ['asOf']);
  const decimals = input.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new XhhtError(
      'invalid-input',
      say(ATTAINMENT, 'invalid-input.attainment-decimals', { decimals: describe(decimals) }),
      {
        path: ['decimals'],
      },
    );
  }
  const baselines = resolveBaselines(input.baselines, {
    targetOf: (id) => prepared.byIndicator.get(id)?.target,
    isKnownIndicator: prepared.isKnownIndicator,
    year: prepared.year,
    planId: prepared.ref.id,
    asOf,
  });
  return { prepared, asOf, decimals, baselines };
}

function observationsOf(input: AttainmentInput): readonly unknown[] {
  if (!isArray(input.observations)) {
    throw new XhhtError('invalid-input', say(ATTAINMENT, 'invalid-input.observations'), { path: ['observations'] });
  }
  return input.observations;
}
