import { XhhtError, type IssuePath } from '../errors.js';
import { pathArg } from '../util/guards.js';
import { say, type Text } from '../messages/say.js';
import { EXACT } from '../messages/sections.js';

/**
 * True when `value` is a count: a non-negative safe integer (0, 1, 2, … up to 2^53 − 1).
 *
 * @example
 * isCount(19739); // true
 * isCount(-1);    // false
 * isCount(2.5);   // false
 * isCount(NaN);   // false
 */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Why `value` is not a count, in English and Vietnamese; `null` when it is one.
 * Callers put the text in their own error or issue, with their own path.
 *
 * @example
 * describeBadCount(7);   // null
 * describeBadCount(2.5); // { en: 'expected a whole number, got 2.5', vi: 'cần một số nguyên, nhận được 2.5' }
 * describeBadCount(-3);  // { en: 'a count cannot be negative (-3)', vi: 'số lượng không thể âm (-3)' }
 */
export function describeBadCount(value: unknown): Text | null {
  if (isCount(value)) return null;
  // NaN, ±Infinity and fractions are shown as they are
  if (typeof value !== 'number') return say(EXACT, 'invalid-count.not-whole', { value: typeof value });
  if (!Number.isInteger(value)) return say(EXACT, 'invalid-count.not-whole', { value });
  if (value < 0) return say(EXACT, 'invalid-count.negative', { value });
  return say(EXACT, 'invalid-count.too-large', { value });
}

/**
 * Returns `value` if it is a count, and throws `invalid-count` otherwise.
 *
 * @param value - what to check
 * @param path - where it is in the caller's input, for the error
 * @example
 * assertCount(63, ['denominator']); // 63
 * assertCount(-1, ['denominator']); // throws XhhtError { code: 'invalid-count', path: ['denominator'] }
 */
export function assertCount(value: unknown, path: IssuePath = []): number {
  const bad = describeBadCount(value);
  if (bad === null) return value as number;
  throw new XhhtError('invalid-count', bad, { path: pathArg(path) });
}
