import { describe } from '../util/describe.js';
import { XhhtError, type IssuePath } from '../errors.js';
import { isArray, pathArg } from '../util/guards.js';
import { rateArg, thresholdArg } from '../exact/args.js';
import { say, type Text } from '../messages/say.js';
import { EXACT } from '../messages/sections.js';
import { numberToDecimalString } from './format.js';
import { MAX_VI_NUMBER_LENGTH, tooLong } from './number.js';
import { parseViPercentDecimal } from './percent.js';
import type { Ordering } from '../exact/compare.js';
import type { Threshold } from '../exact/threshold.js';

/*
 * A rate as a report prints it ("99,96%"), when the counts it came from are not given. It is held
 * as the decimal written, exactly: never through a binary float, so "89,995" stays below 90.
 */

/**
 * A reported percentage, exactly: `scaled / 10^scale` percent.
 *
 * @example
 * const r: ReportedRate = parseReportedRate('99,96'); // { text: '99.96', scaled: 9996n, scale: 2 }
 */
export interface ReportedRate {
  /** Canonical decimal text: no thousands separators, "." as the point, no trailing zeros ("90,00" → "90"). */
  readonly text: string;
  /** The digits as an integer: 9996n for "99.96". */
  readonly scaled: bigint;
  /** Places after the point: 2 for "99.96". */
  readonly scale: number;
}

const DOT_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** The caller's value as each language shows it (an array is described, not printed as its items). */
function quote(value: unknown): Text {
  return describe(value);
}

function formatError(value: unknown, path: IssuePath, reason: Text): XhhtError {
  return new XhhtError(
    'invalid-percent-format',
    say(EXACT, 'invalid-percent-format', { value: quote(value), reason }),
    {
      path,
    },
  );
}

/**
 * Reads a reported percentage exactly, as written: a number is read through its shortest decimal
 * text (`99.96` is "99.96", as `parseThreshold` reads it); text is read as decimal digits, with a
 * decimal comma the Vietnamese way ("99,96", "99,96%", "1.234,5" groups thousands) or, without a
 * comma, with a decimal point ("99.96"): a percentage is at most 100, and "." grouping thousands
 * would make it at least 1000, so a "." without a "," can only be a decimal point.
 *
 * A rate is a share of a whole, so it is between 0 and 100. Throws `XhhtError`:
 * `invalid-percent-format` for a value that is not a number or text, a number that is not finite,
 * or text that is not a percentage; `percent-out-of-range` for a negative rate or one above 100.
 *
 * @param value - 99.96, "99,96", "99.96", "99,96%"
 * @param given - where the value is in the caller's input, for the error
 * @returns the exact rate
 * @example
 * parseReportedRate('99,96');  // { text: '99.96', scaled: 9996n, scale: 2 } (a report's "tỷ lệ 99,96%")
 * parseReportedRate(99.96);    // { text: '99.96', scaled: 9996n, scale: 2 }
 * parseReportedRate('90,00');  // { text: '90', scaled: 90n, scale: 0 }
 * parseReportedRate('89,995'); // { text: '89.995', scaled: 89995n, scale: 3 }: below 90, exactly
 * parseReportedRate('100,5');  // throws XhhtError { code: 'percent-out-of-range' }
 * parseReportedRate('9a');     // throws XhhtError { code: 'invalid-percent-format' }
 */
export function parseReportedRate(value: unknown, given: IssuePath = []): ReportedRate {
  const path = pathArg(given);
  let decimal: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw formatError(value, path, say(EXACT, 'invalid-percent-format.not-finite'));
    decimal = numberToDecimalString(value);
  } else if (typeof value === 'string') {
    const long = tooLong(value, MAX_VI_NUMBER_LENGTH, 'invalid-percent-format', path);
    if (long) throw long;
    const t = value.trim();
    const body = t.endsWith('%') ? t.slice(0, -1).trimEnd() : t;
    if (DOT_DECIMAL.test(body)) decimal = body;
    // with a decimal comma, or malformed: the Vietnamese reader, which says what is wrong
    else decimal = parseViPercentDecimal(value, path);
  } else {
    const type =
      value === null ? 'null' : isArray(value) ? say(EXACT, 'invalid-percent-format.array') : describe(value);
    throw formatError(value, path, say(EXACT, 'invalid-percent-format.not-number', { type }));
  }
  const negative = decimal.startsWith('-');
  const [whole, fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.') as [string, string?];
  const digits = fraction.replace(/0+$/, '');
  const scaled = BigInt(whole + digits);
  const text = digits ? `${BigInt(whole)}.${digits}` : String(BigInt(whole));
  if (negative && scaled !== 0n) {
    throw new XhhtError('percent-out-of-range', say(EXACT, 'percent-out-of-range.negative', { value: quote(value) }), {
      path,
    });
  }
  if (scaled > 100n * 10n ** BigInt(digits.length)) {
    throw new XhhtError('percent-out-of-range', say(EXACT, 'percent-out-of-range.above-100', { value: quote(value) }), {
      path,
    });
  }
  return { text, scaled, scale: digits.length };
}

/**
 * Compares a reported rate with a percentage threshold, exactly:
 * `r/10^a` vs `t/10^b` as `r·10^b` vs `t·10^a` in integers.
 * Throws `invalid-input` for a rate not made by parseReportedRate and
 * `invalid-threshold` for a threshold not made by parseThreshold.
 *
 * @example
 * compareRateToThreshold(parseReportedRate('89,995'), parseThreshold('90')); // -1
 * compareRateToThreshold(parseReportedRate('90,00'), parseThreshold('90'));  // 0
 */
export function compareRateToThreshold(rate: ReportedRate, threshold: Threshold): Ordering {
  const r = rateArg(rate, 'rate');
  const t = thresholdArg(threshold, 'threshold');
  const left = r.scaled * 10n ** BigInt(t.scale);
  const right = BigInt(t.scaled) * 10n ** BigInt(r.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}
