import { snapshot } from '../util/snapshot.js';
import { describe } from '../util/describe.js';
import { XhhtError } from '../errors.js';
import { offTenthGrid } from '../exact/display.js';
import { parseThreshold } from '../exact/threshold.js';
import { safeParse } from '../check/core.js';
import { planChecks } from '../plans/checks.js';
import type { Target } from '../plans/target.js';
import { say } from '../messages/say.js';
import { ATTAINMENT } from '../messages/sections.js';
import { observedProblem, type ObservedValue } from './observed.js';
import { evaluate, type ComparisonOf } from './decide.js';

// The types of compareToTarget's signature, where a reader of compareToTarget looks for them.
export type { ComparisonOf, ObservedValue };

/**
 * Options of {@link compareToTarget}.
 *
 * @example
 * // t: qd-1373's 2025 target for 'provinces-literacy-level-2' (at least 70%)
 * compareToTarget({ numerator: 55, denominator: 63 }, t, { decimals: 1 });
 * // { status: 'met', actualPercent: '87.3', gapPoints: '17.3', … }
 */
export interface CompareOptions {
  /** Decimals of percentages and gaps in display strings (default 2). */
  readonly decimals?: number;
}

/**
 * Compares one observed value with one target, exactly.
 *
 * A share meets an `at-least` percentage target when `100·n/d ≥ t`, decided by
 * integer cross-multiplication. A rate reported without counts (`{ percent }`:
 * 99.96, "99,96" or "99.96") fits a percent target too: it is compared as the
 * decimal written, never through a float ("89,995" is below 90), and the result
 * has `basis: 'reported-rate'` and `shortfall: null` (no denominator). `actualPercent` follows the one display rule of
 * `displayPercent` (half-up, never onto a multiple of 0.1 from the wrong side of
 * the exact value), so it reads as everywhere else and never contradicts the
 * status; a target with two or more decimals (off that grid) also keeps the
 * display on its side. The gap is the displayed actual minus the target when
 * the target has no more places than the display.
 * A count target whose "of which" part is not given is `not-met` when what is
 * given already fails, and `no-data` (reason `missing-component`) otherwise.
 *
 * Throws `XhhtError` for a target left out (`missing-target`), a bad value (`invalid-observation` when it is not an
 * object or gives a rate beside counts, `invalid-count`,
 * `numerator-exceeds-denominator`, `invalid-percent-format`,
 * `percent-out-of-range` for a rate below 0 or above 100), a value whose
 * kind does not fit the target (`kind-mismatch`), an unknown component, a
 * malformed target (`invalid-threshold` for its value or a part's value,
 * `invalid-input` otherwise, path inside the target), or `decimals` that is not
 * a whole number from 0 to 10 (`invalid-input`, path `['decimals']`).
 *
 * @param givenObserved - `{ numerator, denominator }`, `{ count, components? }`, `{ achieved }` or `{ percent }`
 * @param givenTarget - a plan target
 * @param givenOptions - display decimals
 * @returns the comparison, typed by the kind of value given (see {@link ComparisonOf})
 * @example
 * const t = getPlan('qd-1373').targets.find((t) => t.indicator === 'provinces-literacy-level-2' && t.year === 2025)!;
 * compareToTarget({ numerator: 55, denominator: 63 }, t);
 * // { status: 'met', actualPercent: '87.30', targetPercent: '70', gapPoints: '17.30', shortfall: 0, … }
 * compareToTarget({ numerator: 19739, denominator: 19747 }, { ...t, value: '100' });
 * // { status: 'not-met', actualPercent: '99.96', gapPoints: '-0.04', shortfall: 8, … }
 * compareToTarget({ percent: '99,96' }, { ...t, value: '100' });
 * // { status: 'not-met', basis: 'reported-rate', actualPercent: '99.96', gapPoints: '-0.04', shortfall: null, … }
 */
export function compareToTarget<V extends ObservedValue>(
  givenObserved: V,
  givenTarget: Target,
  givenOptions: CompareOptions = {},
): ComparisonOf<V> {
  // each argument read once: the value checked is the value compared
  const observed = snapshot(givenObserved, ['observed']);
  const target = snapshot(givenTarget, ['target']);
  const options = snapshot(givenOptions, ['options']);
  if (typeof options !== 'object' || options === null) {
    throw new XhhtError('invalid-input', say(ATTAINMENT, 'invalid-input.compare-options'));
  }
  const decimals = options.decimals ?? 2;
  // the same range as computeAttainment's
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new XhhtError(
      'invalid-input',
      say(ATTAINMENT, 'invalid-input.attainment-decimals', { decimals: describe(decimals) }),
      { path: ['decimals'] },
    );
  }
  if (target === undefined) {
    throw new XhhtError('missing-target', say(ATTAINMENT, 'missing-target'));
  }
  const t = checkedTarget(target);
  const threshold = t.kind === 'percent' ? parseThreshold(t.value, ['value']) : null;
  const problem = observedProblem(observed, t);
  if (problem) throw problem;
  // a target off the tenth grid (11.995%) is the one case the display rule needs to be told about
  return evaluate<V>(
    observed,
    t,
    threshold,
    decimals,
    threshold !== null && offTenthGrid(threshold, decimals) ? [threshold] : null,
  );
}

/** The target as a plan holds it (value as exact text, comparator defaulted), or a coded error. */
function checkedTarget(target: unknown): Target {
  const parsed = safeParse<Target>(planChecks().target, target);
  if (parsed.success) return parsed.data;
  const issue = parsed.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  // a target's value and a part's value are thresholds; anything else is the wrong shape
  const code = path[path.length - 1] === 'value' ? 'invalid-threshold' : 'invalid-input';
  const where = path.length > 0 ? ` at ${path.join('.')}` : '';
  throw new XhhtError(code, say(ATTAINMENT, 'target.invalid', { where, message: issue.message }), { path });
}
