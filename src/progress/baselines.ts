import { describe } from '../util/describe.js';
import type { IndicatorId } from '../catalog/indicator-id.js';
import { XhhtError, issueOf, type Issue } from '../errors.js';
import { isCount } from '../exact/count.js';
import type { Baseline } from '../plans/baseline.js';
import type { Target } from '../plans/target.js';
import { readTime, readValue, type ReadPoint } from './assess.js';
import type { GrowthFactor } from './growth.js';
import { q, cmp } from './rational.js';
import type { TimePoint } from './time.js';
import { say } from '../messages/say.js';
import { PROGRESS } from '../messages/sections.js';

/**
 * A baseline given to `computeAttainment` (option `baselines`): an observation
 * (a share or a count, or a published `percent`: one of them, the fields of two
 * are a compile error) with a `year` or an `asOf`
 * date. A baseline with a `unit` applies to that unit only; one without applies
 * to every unit. It overrides the plan's baseline for the same indicator.
 *
 * @example
 * const b: BaselineObservation = {
 *   indicator: 'provinces-literacy-level-2',
 *   numerator: 34,
 *   denominator: 63,
 *   year: 2021,
 * };
 */
export type BaselineObservation = BaselineObservationBase &
  (
    | { readonly numerator: number; readonly denominator: number; readonly percent?: never; readonly count?: never }
    | {
        readonly percent: number | string;
        readonly numerator?: never;
        readonly denominator?: never;
        readonly count?: never;
      }
    | { readonly count: number; readonly numerator?: never; readonly denominator?: never; readonly percent?: never }
  );

interface BaselineObservationBase {
  /** Indicator id: a built-in one (see `listIndicators()`) or one the plan defines. */
  readonly indicator: IndicatorId | (string & {});
  readonly unit?: string;
  readonly year?: number;
  readonly asOf?: string;
  readonly source?: string;
}

/**
 * What resolving baselines needs to know about the plan year.
 *
 * @example
 * const c: BaselineContext = {
 *   targetOf: () => undefined,
 *   isKnownIndicator: () => false,
 *   year: 2030,
 *   planId: 'qd-1373',
 *   asOf: null,
 * };
 */
export interface BaselineContext {
  /** The plan's targets of the year, by indicator. */
  readonly targetOf: (indicator: string) => Target | undefined;
  readonly isKnownIndicator: (indicator: string) => boolean;
  readonly year: number;
  readonly planId: string;
  /** The report date; baselines after it are not used. */
  readonly asOf: string | null;
}

/**
 * Baselines given by the caller, checked: a lookup by unit and indicator, and the issues.
 *
 * @example
 * resolveBaselines([], context).find('Tỉnh A', 'universities-digital'); // undefined
 */
export interface ResolvedBaselines {
  /**
   * The caller's baseline for this unit and indicator (a unit's own first, then one for every unit), or `undefined`.
   */
  readonly find: (unit: string | null, indicator: string) => ReadPoint | undefined;
  readonly issues: readonly Issue[];
  readonly size: number;
  /**
   * Caches for this call only: required growth by baseline (a baseline is paired with one target per plan year), time
   * points by date.
   */
  readonly memo: ProgressMemo;
}

/**
 * Per-call caches of progress in a batch: the required growth of a baseline
 * (same baseline, same target, same number) and the time point of a date.
 *
 * @example
 * const memo: ProgressMemo = { required: new Map(), dates: new Map() };
 */
interface ProgressMemo {
  readonly required: Map<ReadPoint, GrowthFactor>;
  readonly dates: Map<string, TimePoint>;
}

function newMemo(): ProgressMemo {
  return { required: new Map(), dates: new Map() };
}

/**
 * Checks the `baselines` option of `computeAttainment`. Every baseline ends up
 * usable or in `issues` (path `['baselines', i]`): not an object, unknown
 * indicator, no target this year (warning), a form that does not fit the target
 * (`kind-mismatch`: yes/no targets have no progress), bad counts or values, no
 * year or date, a date after the report date, or two different baselines for
 * the same unit and indicator (none is used; identical copies only warn).
 *
 * @example
 * const { issues } = resolveBaselines([{ indicator: 'no-such', count: 1, year: 2020 }], context);
 * issues[0].code; // 'unknown-indicator'
 */
export function resolveBaselines(baselines: unknown, context: BaselineContext): ResolvedBaselines {
  if (baselines === undefined) return { find: () => undefined, issues: [], size: 0, memo: newMemo() };
  if (!Array.isArray(baselines)) {
    throw new XhhtError('invalid-input', say(PROGRESS, 'invalid-input.baselines'), { path: ['baselines'] });
  }
  const issues: Issue[] = [];
  const chosen = new Map<string, { index: number; point: ReadPoint; conflict: boolean }>();
  baselines.forEach((raw, i) => {
    const path = ['baselines', i];
    const point = readBaseline(raw, path, context, issues);
    if (point === null) return;
    const b = raw as BaselineObservationBase;
    const key = `${b.unit ?? ''}\u0000${b.indicator}`;
    const earlier = chosen.get(key);
    if (!earlier) {
      chosen.set(key, { index: i, point, conflict: false });
      return;
    }
    const same = cmp(earlier.point.value!, point.value!) === 0 && earlier.point.time.date === point.time.date;
    if (same) {
      issues.push(
        issueOf(
          'duplicate-observation',
          path,
          say(PROGRESS, 'duplicate-observation.baseline-again', { indicator: b.indicator, index: earlier.index }),
          'warning',
        ),
      );
    } else {
      if (!earlier.conflict) {
        issues.push(
          issueOf(
            'duplicate-observation',
            ['baselines', earlier.index],
            say(PROGRESS, 'duplicate-observation.baselines-differ', { indicator: b.indicator }),
          ),
        );
      }
      issues.push(
        issueOf(
          'duplicate-observation',
          path,
          say(PROGRESS, 'duplicate-observation.baselines-differ-at', { indicator: b.indicator, index: earlier.index }),
        ),
      );
      chosen.set(key, { ...earlier, conflict: true });
    }
  });
  const usable = new Map<string, ReadPoint>();
  for (const [key, c] of chosen) if (!c.conflict) usable.set(key, c.point);
  return {
    find: (unit, indicator) =>
      (unit === null ? undefined : usable.get(`${unit}\u0000${indicator}`)) ?? usable.get(`\u0000${indicator}`),
    issues,
    size: usable.size,
    memo: newMemo(),
  };
}

function readBaseline(
  raw: unknown,
  path: (string | number)[],
  context: BaselineContext,
  issues: Issue[],
): ReadPoint | null {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    typeof (raw as { indicator?: unknown }).indicator !== 'string'
  ) {
    issues.push(issueOf('invalid-observation', path, say(PROGRESS, 'invalid-observation.baseline')));
    return null;
  }
  const b = raw as Record<string, unknown> & { indicator: string };
  const target = context.targetOf(b.indicator);
  if (!target) {
    issues.push(
      context.isKnownIndicator(b.indicator)
        ? issueOf(
            'no-target-for-year',
            [...path, 'indicator'],
            say(PROGRESS, 'no-target-for-year.baseline', {
              plan: context.planId,
              year: context.year,
              indicator: b.indicator,
            }),
            'warning',
          )
        : issueOf(
            'unknown-indicator',
            [...path, 'indicator'],
            say(PROGRESS, 'unknown-indicator.baseline', { indicator: b.indicator }),
          ),
    );
    return null;
  }
  const forms = [
    'numerator' in b || 'denominator' in b ? 'share' : null,
    'percent' in b ? 'percent' : null,
    'count' in b ? 'count' : null,
  ].filter((f) => f !== null);
  const fits = target.kind === 'percent' ? ['share', 'percent'] : target.kind === 'count' ? ['count'] : [];
  if (forms.length !== 1 || !fits.includes(forms[0]!)) {
    const wanted = fits.length === 0 ? 'nothing (a yes/no target has no progress)' : fits.join(' or ');
    issues.push(
      issueOf(
        'kind-mismatch',
        path,
        say(PROGRESS, 'kind-mismatch.baseline', { kind: target.kind, indicator: b.indicator, wanted }),
      ),
    );
    return null;
  }
  try {
    if (forms[0] === 'count' && !isCount(b.count)) {
      throw new XhhtError('invalid-count', say(PROGRESS, 'invalid-count.baseline', { count: describe(b.count) }), {
        path: ['count'],
      });
    }
    const value =
      forms[0] === 'share'
        ? readValue({ numerator: b.numerator, denominator: b.denominator }, [])
        : forms[0] === 'percent'
          ? readValue(b.percent, ['percent'])
          : q(b.count as number);
    if (b.year === undefined && b.asOf === undefined) {
      issues.push(
        issueOf(
          'invalid-observation',
          path,
          say(PROGRESS, 'invalid-observation.baseline-year', { indicator: b.indicator }),
        ),
      );
      return null;
    }
    const time = readTime({ year: b.year, date: b.asOf }, []);
    if (value === null) {
      issues.push(
        issueOf(
          'zero-denominator',
          [...path, 'denominator'],
          say(PROGRESS, 'zero-denominator.baseline', { indicator: b.indicator }),
          'warning',
        ),
      );
      return null;
    }
    if (context.asOf !== null && time.date > context.asOf) {
      issues.push(
        issueOf(
          'observation-after-as-of',
          path,
          say(PROGRESS, 'observation-after-as-of.baseline', { date: time.date, asOf: context.asOf }),
        ),
      );
      return null;
    }
    return { value, time };
  } catch (e) {
    if (!(e instanceof XhhtError)) throw e;
    // readTime names `date`; the option calls it `asOf`
    const inner = e.path.map((p) => (p === 'date' ? 'asOf' : p));
    issues.push({ ...e.toIssue('error', path), path: [...path, ...inner] });
    return null;
  }
}

/**
 * A plan baseline as a point of `assessProgress` (plans are validated by
 * `definePlan`, so this does not fail for a defined plan).
 *
 * @example
 * planBaselinePoint({ indicator: 'x', year: 2021, numerator: 34, denominator: 63, source });
 * // { value: 3400/63, time: { date: '2021-12-31', yearOnly: true, t: 2021 } }
 */
export function planBaselinePoint(b: Baseline): ReadPoint | null {
  const value =
    'numerator' in b
      ? readValue({ numerator: b.numerator, denominator: b.denominator }, ['baselines'])
      : 'percent' in b
        ? readValue(b.percent, ['baselines'])
        : q(b.count);
  return value === null ? null : { value, time: readTime({ year: b.year, date: b.asOf }, ['baselines']) };
}
