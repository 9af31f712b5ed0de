/**
 * The arguments of the exported comparisons, read once and checked: a share,
 * a parsed threshold, a parsed rate. A caller who holds them typed never sees
 * these errors; one who builds them by hand, or passes something else, gets a
 * coded error instead of a TypeError from BigInt() or a plausible wrong answer.
 */
import { describe } from '../util/describe.js';
import { XhhtError } from '../errors.js';
import { say } from '../messages/say.js';
import { EXACT } from '../messages/sections.js';
import { readField } from '../util/snapshot.js';
import { describeBadCount, isCount } from './count.js';

/** Most decimal places of a parsed threshold (parseThreshold's limit). */
const THRESHOLD_MAX_SCALE = 6;
/** Most decimal places of a parsed rate (its text is at most 400 characters). */
const RATE_MAX_SCALE = 400;

/**
 * The `scaled` and `scale` of a threshold argument, each read once, or a coded
 * `invalid-threshold` error: `scaled` a safe integer ≥ 0, `scale` a whole number 0–6.
 *
 * @param threshold - what the caller passed
 * @param name - the argument's name, for the message and the path
 * @returns a fresh `{ scaled, scale }`
 * @example
 * thresholdArg(parseThreshold('99.5'), 'threshold'); // { scaled: 995, scale: 1 }
 * thresholdArg('70', 'threshold'); // throws XhhtError { code: 'invalid-threshold', path: ['threshold'] }
 */
export function thresholdArg(threshold: unknown, name: string): { scaled: number; scale: number } {
  if (typeof threshold === 'object' && threshold !== null) {
    const scaled = readField(threshold, 'scaled', [name]);
    const scale = readField(threshold, 'scale', [name]);
    if (
      Number.isSafeInteger(scaled) &&
      (scaled as number) >= 0 &&
      Number.isInteger(scale) &&
      (scale as number) >= 0 &&
      (scale as number) <= THRESHOLD_MAX_SCALE
    ) {
      return { scaled: scaled as number, scale: scale as number };
    }
  }
  throw new XhhtError(
    'invalid-threshold',
    say(EXACT, 'invalid-threshold.not-parsed', { name, value: describe(threshold) }),
    { path: [name] },
  );
}

/**
 * The `scaled` and `scale` of a rate argument (from `parseReportedRate`), read
 * once, or `invalid-input`: `scaled` a bigint from 0 to 100·10^scale, `scale` a
 * whole number 0–400.
 *
 * @example
 * rateArg(parseReportedRate('99,96'), 'rate'); // { scaled: 9996n, scale: 2 }
 */
export function rateArg(rate: unknown, name: string): { scaled: bigint; scale: number } {
  if (typeof rate === 'object' && rate !== null) {
    const scaled = readField(rate, 'scaled', [name]);
    const scale = readField(rate, 'scale', [name]);
    if (
      typeof scaled === 'bigint' &&
      Number.isInteger(scale) &&
      (scale as number) >= 0 &&
      (scale as number) <= RATE_MAX_SCALE &&
      scaled >= 0n &&
      scaled <= 100n * 10n ** BigInt(scale as number)
    ) {
      return { scaled, scale: scale as number };
    }
  }
  throw new XhhtError('invalid-input', say(EXACT, 'invalid-input.rate-not-parsed', { name, value: describe(rate) }), {
    path: [name],
  });
}

/**
 * A count argument, or `invalid-count` naming it (a negative, fractional,
 * NaN, unsafe or non-number value).
 *
 * @example
 * countArg(63, 'denominator'); // 63
 * countArg(-10, 'denominator'); // throws XhhtError { code: 'invalid-count', path: ['denominator'] }
 */
export function countArg(value: unknown, name: string): number {
  const bad = describeBadCount(value);
  if (bad === null) return value as number;
  throw new XhhtError('invalid-count', say(EXACT, 'invalid-count.argument', { name, reason: bad }), { path: [name] });
}

/**
 * The counts of a share argument, each read once and checked like `share()`,
 * and a denominator above 0 (a share of nothing has no rate to compare).
 *
 * @example
 * shareArg({ numerator: 55, denominator: 63 }, 'share'); // [55, 63]
 * shareArg(null, 'share'); // throws XhhtError { code: 'invalid-input', path: ['share'] }
 */
export function shareArg(share: unknown, name: string): [numerator: number, denominator: number] {
  if (typeof share !== 'object' || share === null) {
    throw new XhhtError('invalid-input', say(EXACT, 'invalid-input.share-argument', { name, value: describe(share) }), {
      path: [name],
    });
  }
  const n = readField(share, 'numerator', [name]);
  const d = readField(share, 'denominator', [name]);
  // the common case first: two counts, the part within the whole
  if (isCount(n) && isCount(d) && n <= d && d > 0) return [n, d];
  countArg(n, `${name}.numerator`);
  countArg(d, `${name}.denominator`);
  if ((d as number) === 0) {
    throw new XhhtError('zero-denominator', say(EXACT, 'zero-denominator.compare'), { path: [name, 'denominator'] });
  }
  throw new XhhtError(
    'numerator-exceeds-denominator',
    say(EXACT, 'numerator-exceeds-denominator', { numerator: n as number, denominator: d as number }),
    { path: [name, 'numerator'] },
  );
}
