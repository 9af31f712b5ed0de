import { XhhtError, isXhhtError, type IssuePath } from '../errors.js';
import { isArray } from '../util/guards.js';
import { snapshot, snapshotItems } from '../util/snapshot.js';
import { say } from '../messages/say.js';
import { EXACT } from '../messages/sections.js';
import { describeBadCount } from './count.js';

/**
 * A share of a whole: `numerator` of `denominator` people or units, kept as two
 * counts all the way to the output. Aggregates add numerators and denominators;
 * rates are never averaged.
 *
 * @example
 * const literate: Share = { numerator: 19739, denominator: 19747 }; // Đăk Cấm ward report 2025, Mục II.2
 */
export interface Share {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * Why `{ numerator, denominator }` is not a valid share, or `null` when it is.
 * A zero denominator is valid here: it is a share with no value ("no data"),
 * which computations report with a reason instead of a rate.
 *
 * @example
 * shareProblem(55, 63);                            // null
 * shareProblem(0, 0);                              // null: no value, but not an error
 * shareProblem(64, 63)?.code;                      // 'numerator-exceeds-denominator'
 * shareProblem(-1, 63, ['observations', 2])?.path; // ['observations', 2, 'numerator']
 */
export function shareProblem(numerator: unknown, denominator: unknown, path: IssuePath = []): XhhtError | null {
  const badN = describeBadCount(numerator);
  if (badN)
    return new XhhtError('invalid-count', say(EXACT, 'invalid-count.numerator', { reason: badN }), {
      path: [...path, 'numerator'],
    });
  const badD = describeBadCount(denominator);
  if (badD)
    return new XhhtError('invalid-count', say(EXACT, 'invalid-count.denominator', { reason: badD }), {
      path: [...path, 'denominator'],
    });
  if ((numerator as number) > (denominator as number)) {
    return new XhhtError(
      'numerator-exceeds-denominator',
      say(EXACT, 'numerator-exceeds-denominator', {
        numerator: numerator as number,
        denominator: denominator as number,
      }),
      { path: [...path, 'numerator'] },
    );
  }
  return null;
}

/**
 * Makes a validated {@link Share}. Throws `invalid-count` for a negative,
 * fractional, NaN, infinite or unsafe count and `numerator-exceeds-denominator`
 * when the part is larger than the whole.
 *
 * @example
 * share(55, 63);  // { numerator: 55, denominator: 63 }: provinces at XMC level 2, 2024
 * share(64, 63);  // throws XhhtError { code: 'numerator-exceeds-denominator' }
 */
export function share(numerator: number, denominator: number): Share {
  const problem = shareProblem(numerator, denominator);
  if (problem) throw problem;
  return { numerator, denominator };
}

/** The items of an iterable argument, read once; anything that cannot be iterated is `invalid-input`. */
function sharesOf(shares: unknown): readonly unknown[] {
  if (isArray(shares)) return snapshotItems(shares);
  try {
    if (typeof (shares as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] === 'function') {
      return Array.from(shares as Iterable<unknown>);
    }
  } catch (e) {
    if (isXhhtError(e)) throw e;
    // a revoked Proxy or an iterator that throws: not a list of shares
  }
  throw new XhhtError('invalid-input', say(EXACT, 'invalid-input.shares-not-iterable'));
}

/**
 * Adds shares the only correct way: sum of numerators over sum of denominators.
 * (Averaging child rates gives a small commune the weight of a large one.)
 * Every share is checked as `share()` checks one (path: its index, then
 * the field); something that is not iterable, or an item that is not an
 * object, is `invalid-input`; a sum beyond 2^53 − 1 is `invalid-count`.
 * A rate given without its counts (`{ percent }`) cannot be added: it is
 * `rate-not-aggregable` (path: its index), never averaged.
 *
 * @example
 * addShares([{ numerator: 4811, denominator: 4811 }, { numerator: 19739, denominator: 19747 }]);
 * // { numerator: 24550, denominator: 24558 }
 * addShares([{ numerator: 5, denominator: 3 }]);
 * // throws XhhtError { code: 'numerator-exceeds-denominator', path: [0, 'numerator'] }
 * addShares([{ numerator: 4811, denominator: 4811 }, { percent: '99,96' } as never]);
 * // throws XhhtError { code: 'rate-not-aggregable', path: [1] }
 */
export function addShares(shares: Iterable<Share>): Share {
  const list = sharesOf(shares);
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < list.length; i++) {
    // each share read once, as plain data: what is checked is what is added
    const s = snapshot(list[i], [i]) as Share;
    if (typeof s !== 'object' || s === null) {
      throw new XhhtError('invalid-input', say(EXACT, 'invalid-input.share-not-object', { index: i }), { path: [i] });
    }
    if ('percent' in s && !('numerator' in s) && !('denominator' in s)) {
      throw new XhhtError('rate-not-aggregable', say(EXACT, 'rate-not-aggregable.share', { index: i }), { path: [i] });
    }
    const problem = shareProblem(s.numerator, s.denominator, [i]);
    if (problem) throw problem;
    numerator += s.numerator;
    denominator += s.denominator;
  }
  if (!Number.isSafeInteger(denominator)) {
    throw new XhhtError('invalid-count', say(EXACT, 'invalid-count.sum-of-denominators'));
  }
  return { numerator, denominator };
}
