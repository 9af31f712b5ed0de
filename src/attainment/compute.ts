import { XhhtError, makeIssue, type Issue } from '../errors.js';
import { assertIsoDate, isIsoDate } from '../dates/iso.js';
import type { Plan } from '../plans/plan.js';
import { comparison, evaluate, observedProblem, type ObservedValue } from './compare.js';
import type { TargetComparison } from './comparison.js';
import type { Observation } from './observation.js';
import { displayGuards, preparePlan, type PreparedPlan, type PreparedTarget } from './prepare.js';
import type { AttainmentReport, AttainmentResult, ObservationRef } from './result.js';
import { summarize } from './summary.js';
import { assess } from '../progress/assess.js';
import type { ProgressAssessment } from '../progress/assessment.js';
import { resolveBaselines, type BaselineObservation, type ResolvedBaselines } from '../progress/baselines.js';
import { q, type Q } from '../progress/rational.js';
import { parseReportedRate } from '../exact/rate.js';
import { datePoint, yearPoint } from '../progress/time.js';
import { isRecord } from '../guards.js';
import type { Threshold } from '../exact/threshold.js';

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
   * then); any other object is checked with `definePlan` first.
   */
  readonly plan: string | Plan;
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
 * call itself: unknown plan, invalid plan, a year the plan has no targets for,
 * an invalid `asOf`, or observations that name more than one unit (use
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
 * @param input - plan, year, observations, optional asOf and decimals
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
export function computeAttainment(input: AttainmentInput): AttainmentReport {
  const { prepared, asOf, decimals, baselines } = prepareCall(input);
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
        unitIssues.push(makeIssue('invalid-observation', ['observations', i, 'unit'], `unit must be a non-empty text, got ${JSON.stringify(o.unit) ?? String(o.unit)}; the observation was not used`, `unit phải là chuỗi không rỗng, nhận được ${JSON.stringify(o.unit) ?? String(o.unit)}; số liệu không được dùng`));
        continue;
      }
      units.add(o.unit);
    }
    indexes.push(i);
  }
  if (units.size > 1) {
    const names = [...units].map((u) => JSON.stringify(u)).join(', ');
    throw new XhhtError('mixed-units', `observations name more than one unit (${names}); use computeAttainmentByUnit for many units`, {
      path: ['observations'],
      messageVi: `số liệu thuộc nhiều đơn vị (${names}); dùng computeAttainmentByUnit cho nhiều đơn vị`,
    });
  }
  const [unit] = units;
  const report = evaluateUnit(prepared, unit ?? null, indexes, observations, asOf, decimals, baselines);
  const extra = [...explainConflicts(baselines.issues, input.baselines, baselines, prepared), ...otherUnitBaselines(input.baselines, unit ?? null)];
  return extra.length === 0 && unitIssues.length === 0 ? report : { ...report, issues: [...unitIssues, ...report.issues, ...extra] };
}

/** Baselines that name a unit other than the report's: not used, so said. */
function otherUnitBaselines(baselines: unknown, unit: string | null): Issue[] {
  if (!Array.isArray(baselines)) return [];
  const issues: Issue[] = [];
  baselines.forEach((b, i) => {
    const u = isRecord(b) ? b.unit : undefined;
    if (typeof u === 'string' && u !== unit) {
      issues.push(makeIssue('mixed-units', ['baselines', i, 'unit'], `baseline of unit "${u}" in a report of ${unit === null ? 'no unit' : `"${unit}"`}; not used`, `giá trị cơ sở của đơn vị "${u}" trong báo cáo của ${unit === null ? 'không đơn vị' : `"${unit}"`}; không được dùng`, 'warning'));
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
 * to the top-level `issues` (`missing-unit`); each unit's problems go to its
 * own report. A baseline of a unit that no observation names is a warning in
 * the top-level `issues` (`mixed-units`, path `['baselines', i, 'unit']`).
 *
 * @param input - as for {@link computeAttainment}; every observation should name its `unit`
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
export function computeAttainmentByUnit(input: AttainmentInput): AttainmentByUnit {
  const { plan, year, asOf, reports, issues } = attainmentReportsByUnit(input);
  return { plan, year, asOf, reports: [...reports], issues };
}

/**
 * {@link computeAttainmentByUnit}, each unit's report computed only when it is
 * read: what a caller needs to write the reports of 100,000 units one after
 * another without holding them all. The call is checked, the observations
 * grouped and the issues that belong to no unit found at once (they throw and
 * read as for computeAttainmentByUnit); `reports` gives the same reports, in
 * the same order, each computed as the iteration reaches it. The observations
 * are read then: they must not change while the reports are read.
 *
 * @param input - as for {@link computeAttainmentByUnit}
 * @returns the plan, year and date of the reports, the issues that belong to no unit, how many units, and the reports to read once
 * @example
 * const { units, reports } = attainmentReportsByUnit({ plan: 'qd-1373', year: 2025, observations });
 * for (const report of reports) write(renderReport(report, { format: 'csv' }));
 */
export function attainmentReportsByUnit(input: AttainmentInput): Omit<AttainmentByUnit, 'reports'> & { readonly units: number; readonly reports: Iterable<AttainmentReport> } {
  const { prepared, asOf, decimals, baselines } = prepareCall(input);
  const observations = observationsOf(input);
  const groups = new Map<string, number[]>();
  const issues: Issue[] = [...explainConflicts(baselines.issues, input.baselines, baselines, prepared)];
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i];
    const unit = isRecord(o) ? o.unit : undefined;
    if (typeof unit !== 'string' || unit === '') {
      issues.push(
        makeIssue('missing-unit', ['observations', i, 'unit'], 'observation names no unit; computeAttainmentByUnit needs one', 'số liệu không ghi đơn vị; computeAttainmentByUnit cần đơn vị'),
      );
      continue;
    }
    const list = groups.get(unit);
    if (list) list.push(i);
    else groups.set(unit, [i]);
  }
  for (const issue of baselinesOfAbsentUnits(input.baselines, groups, baselines.issues)) issues.push(issue);
  function* reports(): Generator<AttainmentReport> {
    for (const [unit, indexes] of groups) yield evaluateUnit(prepared, unit, indexes, observations, asOf, decimals, baselines);
  }
  return { plan: prepared.ref, year: prepared.year, asOf, issues, units: groups.size, reports: reports() };
}

/** Baselines of a unit no observation names: there is no report to use them in, so said. */
function baselinesOfAbsentUnits(baselines: unknown, units: ReadonlyMap<string, unknown>, reported: readonly Issue[]): Issue[] {
  if (!Array.isArray(baselines)) return [];
  // a baseline with an issue already is reported as unused (or a repeat) there
  const already = new Set(reported.filter((i) => i.path[0] === 'baselines').map((i) => i.path[1]));
  const issues: Issue[] = [];
  baselines.forEach((b, i) => {
    const u = isRecord(b) ? b.unit : undefined;
    if (typeof u === 'string' && u !== '' && !units.has(u) && !already.has(i)) {
      issues.push(makeIssue('mixed-units', ['baselines', i, 'unit'], `baseline of unit "${u}": no observation names this unit, so there is no report to use it in; not used`, `giá trị cơ sở của đơn vị "${u}": không có số liệu nào của đơn vị này nên không có báo cáo để dùng; không được dùng`, 'warning'));
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
function explainConflicts(issues: readonly Issue[], raw: unknown, resolved: ResolvedBaselines, prepared: PreparedPlan): readonly Issue[] {
  if (!Array.isArray(raw) || issues.length === 0) return issues;
  return issues.map((issue) => {
    if (issue.code !== 'duplicate-observation' || issue.severity !== 'error' || issue.path.length !== 2) return issue;
    const b: unknown = raw[issue.path[1] as number];
    if (!isRecord(b) || typeof b.indicator !== 'string') return issue;
    const indicator = b.indicator;
    const unit = typeof b.unit === 'string' && b.unit !== '' ? b.unit : null;
    let instead: { en: string; vi: string } | null = null;
    if (unit !== null && resolved.find(null, indicator) !== undefined) {
      instead = { en: 'the baseline given for every unit is used instead', vi: 'dùng giá trị cơ sở chung cho mọi đơn vị thay thế' };
    } else if (prepared.byIndicator.get(indicator)?.baseline) {
      instead = { en: "the plan's baseline is used instead", vi: 'dùng giá trị cơ sở của kế hoạch thay thế' };
    }
    return instead === null ? issue : { ...issue, message: `${issue.message}; ${instead.en}`, messageVi: `${issue.messageVi}; ${instead.vi}` };
  });
}

function prepareCall(input: AttainmentInput): { prepared: PreparedPlan; asOf: string | null; decimals: number; baselines: ResolvedBaselines } {
  if (!isRecord(input)) {
    throw new XhhtError('invalid-input', 'expected an object { plan, year, observations }', { messageVi: 'cần một đối tượng { plan, year, observations }' });
  }
  const prepared = preparePlan(input.plan, input.year);
  const asOf = input.asOf === undefined ? null : assertIsoDate(input.asOf, ['asOf']);
  const decimals = input.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new XhhtError('invalid-input', `decimals must be a whole number from 0 to 10, got ${decimals}`, {
      path: ['decimals'],
      messageVi: `decimals phải là số nguyên từ 0 đến 10, nhận được ${decimals}`,
    });
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
  if (!Array.isArray(input.observations)) {
    throw new XhhtError('invalid-input', 'observations must be an array', { path: ['observations'], messageVi: 'observations phải là một mảng' });
  }
  return input.observations;
}

/** Evaluates the observations at `indexes` as one jurisdiction's report. */
function evaluateUnit(
  prepared: PreparedPlan,
  unit: string | null,
  indexes: readonly number[],
  observations: readonly unknown[],
  asOf: string | null,
  decimals: number,
  baselines: ResolvedBaselines,
): AttainmentReport {
  const issues: Issue[] = [];
  // accepted observation indexes per indicator, in input order
  const accepted = new Map<string, number[]>();
  // Observations of an indicator with a target here that could not be used: a
  // figure was reported but is unknown, so the others of that indicator cannot
  // be taken as the whole story.
  const rejected = new Map<string, number[]>();
  const reject = (indicator: string, i: number) => {
    const list = rejected.get(indicator);
    if (list) list.push(i);
    else rejected.set(indicator, [i]);
  };
  for (const i of indexes) {
    const o = observations[i];
    const path = ['observations', i];
    if (!isRecord(o) || typeof o.indicator !== 'string' || o.indicator === '') {
      issues.push(makeIssue('invalid-observation', path, 'an observation must be an object with an "indicator" id', 'số liệu phải là đối tượng có mã "indicator"'));
      continue;
    }
    const pt = prepared.byIndicator.get(o.indicator);
    if (!pt) {
      issues.push(
        prepared.isKnownIndicator(o.indicator)
          ? makeIssue('no-target-for-year', [...path, 'indicator'], `plan "${prepared.ref.id}" has no ${prepared.year} target for "${o.indicator}"; the observation was not used`, `kế hoạch "${prepared.ref.id}" không có mục tiêu năm ${prepared.year} cho "${o.indicator}"; số liệu không được dùng`, 'warning')
          : makeIssue('unknown-indicator', [...path, 'indicator'], `unknown indicator "${o.indicator}"`, `chỉ tiêu không tồn tại "${o.indicator}"`),
      );
      continue;
    }
    const problem = observedProblem(o as ObservedValue, pt.target);
    if (problem) {
      issues.push(problem.toIssue('error', path));
      reject(o.indicator, i);
      continue;
    }
    if (o.provisional !== undefined && typeof o.provisional !== 'boolean') {
      issues.push(makeIssue('invalid-observation', [...path, 'provisional'], `provisional must be true or false, got ${JSON.stringify(o.provisional)}`, `provisional phải là true hoặc false, nhận được ${JSON.stringify(o.provisional)}`));
      reject(o.indicator, i);
      continue;
    }
    if (o.note !== undefined && !isLabels(o.note)) {
      issues.push(makeIssue('invalid-observation', [...path, 'note'], 'note must be { vi, en } with two texts', 'note phải có dạng { vi, en } gồm hai chuỗi'));
      continue;
    }
    if (o.asOf !== undefined) {
      if (!isIsoDate(o.asOf)) {
        issues.push(makeIssue('invalid-date', [...path, 'asOf'], `asOf must be a date YYYY-MM-DD, got ${JSON.stringify(o.asOf)}`, `asOf phải là ngày dạng YYYY-MM-DD, nhận được ${JSON.stringify(o.asOf)}`));
        reject(o.indicator, i);
        continue;
      }
      // dated after the report: a figure of a later report, not a rival of this one's
      if (asOf !== null && o.asOf > asOf) {
        issues.push(makeIssue('observation-after-as-of', [...path, 'asOf'], `observation dated ${o.asOf} is after the report date ${asOf}; not used`, `số liệu ngày ${o.asOf} sau ngày báo cáo ${asOf}; không được dùng`));
        continue;
      }
    }
    const list = accepted.get(o.indicator);
    if (list) list.push(i);
    else accepted.set(o.indicator, [i]);
  }

  const results: AttainmentResult[] = [];
  for (const pt of prepared.targets) {
    const chosen = accepted.get(pt.target.indicator);
    const unusable = rejected.get(pt.target.indicator);
    if (!chosen) {
      results.push(noData(pt, unusable ? 'rejected-observation' : 'no-observation'));
      continue;
    }
    if (unusable) {
      // the rejected figure may differ from the accepted ones: as two different figures, none is used
      const which = unusable.join(', ');
      for (const i of chosen) {
        issues.push(
          makeIssue(
            'duplicate-observation',
            ['observations', i],
            `"${pt.target.indicator}" is also given by observation${unusable.length > 1 ? 's' : ''} ${which}, which could not be used; which figure is right is unknown, so none was used`,
            `"${pt.target.indicator}" còn có số liệu ${which} không dùng được; không biết số liệu nào đúng nên không dùng số liệu nào`,
          ),
        );
      }
      results.push(noData(pt, 'conflicting-observations'));
      continue;
    }
    const first = chosen[0]!;
    if (chosen.length > 1) {
      const same = chosen.every((i) => sameValue(observations[i] as Record<string, unknown>, observations[first] as Record<string, unknown>));
      for (const i of chosen.slice(same ? 1 : 0)) {
        issues.push(
          same
            ? makeIssue('duplicate-observation', ['observations', i], `"${pt.target.indicator}" is observed again with the same value; observation ${first} was used`, `"${pt.target.indicator}" được báo cáo lặp lại cùng giá trị; đã dùng số liệu ${first}`, 'warning')
            : makeIssue('duplicate-observation', ['observations', i], `"${pt.target.indicator}" is observed ${chosen.length} times with different values (observations ${chosen.join(', ')}); none was used`, `"${pt.target.indicator}" được báo cáo ${chosen.length} lần với giá trị khác nhau (số liệu ${chosen.join(', ')}); không dùng số liệu nào`),
        );
      }
      if (!same) {
        results.push(noData(pt, 'conflicting-observations'));
        continue;
      }
    }
    const o = observations[first] as Record<string, unknown> & ObservedValue;
    const guards = displayGuards(pt, decimals);
    const comparison = evaluate(o, pt.target, pt.threshold, decimals, guards);
    if (comparison.components.length > 0) missingComponents(comparison, pt.target.indicator, first, issues);
    if (comparison.reason === 'zero-denominator') {
      issues.push(makeIssue('zero-denominator', ['observations', first, 'denominator'], `"${pt.target.indicator}" has denominator 0: no rate, reported as no data`, `"${pt.target.indicator}" có mẫu số 0: không có tỷ lệ, ghi là chưa có số liệu`, 'warning'));
    }
    const observedAsOf = typeof o.asOf === 'string' ? o.asOf : null;
    results.push(
      result(pt, comparison, {
        index: first,
        unit: typeof o.unit === 'string' ? o.unit : null,
        asOf: observedAsOf,
        source: typeof o.source === 'string' ? o.source : null,
        provisional: o.provisional === true,
        note: isLabels(o.note) ? { vi: o.note.vi, en: o.note.en } : null,
      }, 'numerator' in o ? { numerator: o.numerator as number, denominator: o.denominator as number } : null,
      'percent' in o ? parseReportedRate(o.percent).text : null,
      progressOf(pt, o, baselines.size === 0 ? pt.baseline : baselines.find(unit, pt.target.indicator) ?? pt.baseline, observedAsOf ?? asOf, decimals, baselines.memo, guards)),
    );
  }
  return { plan: prepared.ref, year: prepared.year, unit, asOf, results, issues, summary: summarize(results) };
}

/** An "of which" part the observation does not give: a warning, since it is not read as 0. */
function missingComponents(c: TargetComparison, indicator: string, index: number, issues: Issue[]): void {
  for (const part of c.components) {
    if (part.actual !== null) continue;
    const certain = c.status === 'not-met';
    issues.push(
      makeIssue(
        'missing-component',
        ['observations', index, 'components', part.id],
        `"${indicator}": the "of which" part "${part.id}" (${part.label.en}) is not given and is not counted as 0; ${certain ? 'the target is not met whatever it is' : 'the result is no data'}`,
        `"${indicator}": thiếu số "trong đó" "${part.id}" (${part.label.vi}), không tính là 0; ${certain ? 'mục tiêu không đạt dù phần này là bao nhiêu' : 'kết quả là chưa có số liệu'}`,
        'warning',
      ),
    );
  }
}

/** A note in both languages: `{ vi, en }`, two non-empty texts. */
function isLabels(value: unknown): value is { vi: string; en: string } {
  return isRecord(value) && typeof value.vi === 'string' && value.vi !== '' && typeof value.en === 'string' && value.en !== '';
}

function sameValue(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (a.numerator !== b.numerator || a.denominator !== b.denominator || a.count !== b.count || a.achieved !== b.achieved) return false;
  // rates are compared as the decimals written: 99.96 and "99,96" are one figure (both are valid here)
  if (('percent' in a) !== ('percent' in b)) return false;
  if ('percent' in a && parseReportedRate(a.percent).text !== parseReportedRate(b.percent).text) return false;
  return JSON.stringify(a.components ?? null) === JSON.stringify(b.components ?? null);
}

function noData(pt: PreparedTarget, reason: 'no-observation' | 'rejected-observation' | 'conflicting-observations'): AttainmentResult {
  const t = pt.target;
  return result(
    pt,
    comparison('no-data', {
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
  if ('numerator' in o) value = o.denominator === 0 ? null : q(BigInt(o.numerator) * 100n, o.denominator);
  else if ('count' in o) value = q(o.count);
  else if ('percent' in o) {
    const rate = parseReportedRate(o.percent);
    value = q(rate.scaled, 10n ** BigInt(rate.scale));
  }
  if (value === null) return null;
  const target = t.kind === 'percent' ? { value: q(pt.threshold!.scaled, 10 ** pt.threshold!.scale), text: pt.threshold!.text } : { value: q(t.value), text: String(t.value) };
  let time = memo.dates.get(date);
  if (time === undefined) memo.dates.set(date, (time = datePoint(date)));
  // the same guards as the comparison, so progress.current reads as actualPercent
  return assess(baseline, { value, time }, { ...target, time: yearPoint(t.year) }, t.comparator, decimals, memo.required, guards);
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
  // one literal with every field, no spreads: this runs once per target per unit
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
  };
}
