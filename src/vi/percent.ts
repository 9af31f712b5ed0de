/**
 * Percentages as Vietnamese reports write them: "99,96%" (decimal comma, no
 * space before "%").
 */
import { optionsArg, pathArg } from '../util/guards.js';
import { XhhtError, isXhhtError, type IssuePath } from '../errors.js';
import { formatViNumber } from './format.js';
import { MAX_VI_NUMBER_LENGTH, aboveSafeInteger, parseViDecimal, tooLong } from './number.js';
import { say, textOf } from '../messages/say.js';
import { NUMBERS } from '../messages/sections.js';

/**
 * Options of {@link formatViPercent}.
 *
 * @example
 * const options: FormatViPercentOptions = { decimals: 1, space: true };
 * formatViPercent('87.30', options); // "87,3 %"
 */
export interface FormatViPercentOptions {
  /** Round to this many decimals (0–20), half-up on the exact decimal value. Without it, every given digit is kept. */
  readonly decimals?: number;
  /**
   * Put a space before "%" ("99,96 %"). Default `false`: Vietnamese
   * administrative writing puts "%" right after the number ("99,96%").
   */
  readonly space?: boolean;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

/** The number part of percent text as a canonical decimal, or `invalid-percent-format`. */
function readPercent(text: string, path: IssuePath): string {
  if (typeof text !== 'string') {
    throw new XhhtError(
      'invalid-percent-format',
      say(NUMBERS, 'invalid-percent-format.not-text', { type: typeof text }),
      { path },
    );
  }
  const long = tooLong(text, MAX_VI_NUMBER_LENGTH, 'invalid-percent-format', path);
  if (long) throw long;
  const t = text.trim();
  // a trailing "%" with optional whitespace before it; slicing and trimEnd are linear (a lazy regex was quadratic)
  const numberText = t.endsWith('%') ? t.slice(0, -1).trimEnd() : t;
  if (numberText.includes('%')) {
    throw new XhhtError(
      'invalid-percent-format',
      say(NUMBERS, 'invalid-percent-format.percent-sign', { text: quote(text) }),
      { path },
    );
  }
  try {
    return parseViDecimal(numberText, path);
  } catch (e) {
    if (!isXhhtError(e)) throw e;
    throw new XhhtError(
      'invalid-percent-format',
      say(NUMBERS, 'invalid-percent-format.vietnamese', { text: quote(text), reason: textOf(e) }),
      { path, cause: e },
    );
  }
}

/**
 * Reads a percentage written the Vietnamese way as a number of percent
 * ("99,96%" → 99.96, not 0.9996).
 *
 * The "%" is optional (the caller already says the text is a percentage), and
 * may follow a space ("99,96 %"). The number part follows `parseViNumber`:
 * the comma is the decimal mark ("12,500%" is 12.5), and a value above 2^53 − 1
 * or text longer than 400 characters is an error.
 * No range is checked: rates of change can be negative or above 100.
 *
 * @param text - "99,96%", "100%", "99,96"
 * @param given - where the text is in the caller's input, for the error
 * @returns the percentage as a finite number
 * @throws XhhtError `invalid-percent-format`
 * @example
 * parseViPercent('99,96%');  // 99.96 (Đăk Cấm ward report: "tỷ lệ 99,96%")
 * parseViPercent('100%');    // 100 (Đăk Cấm ward report: "4.811/4.811, tỷ lệ 100%")
 * parseViPercent('99.96%');  // throws XhhtError { code: 'invalid-percent-format' } ("." groups thousands)
 */
export function parseViPercent(text: string, given: IssuePath = []): number {
  const path = pathArg(given);
  const decimal = readPercent(text, path);
  // as parseViNumber: above 2^53 − 1 Number() would round silently
  if (aboveSafeInteger(decimal)) {
    throw new XhhtError(
      'invalid-percent-format',
      say(NUMBERS, 'invalid-percent-format.unsafe', { text: quote(text) }),
      { path },
    );
  }
  return Number(decimal);
}

/**
 * Reads a percentage written the Vietnamese way as a canonical decimal string
 * (see `parseViDecimal`), exact, for comparing with thresholds.
 *
 * @param text - "99,96%", "87,30 %"
 * @param given - where the text is in the caller's input, for the error
 * @returns the percentage as a decimal string: "99.96"
 * @throws XhhtError `invalid-percent-format`
 * @example
 * parseViPercentDecimal('99,96%');  // "99.96" (Đăk Cấm ward report, 2025)
 * parseViPercentDecimal('87,30 %'); // "87.3"
 */
export function parseViPercentDecimal(text: string, given: IssuePath = []): string {
  const path = pathArg(given);
  return readPercent(text, path);
}

/**
 * Writes a percentage the Vietnamese way: "99,96%".
 *
 * `value` is the number of percent (99.96, not 0.9996): a finite number, or a
 * decimal string such as our display functions return ("87.30"), whose digits
 * are all kept ("87,30%"). With `decimals` the exact decimal value is rounded
 * half-up through `formatRatio`. For the percentage of a share, make the
 * text with `displayPercent` first (the one display rule, which never
 * contradicts a status) and pass it without `decimals`.
 *
 * @param value - percent as a number or a decimal string with "." as the decimal point
 * @param options - `decimals` (round half-up), `space` (space before "%", default no space)
 * @param given - where the value is in the caller's input, for the error
 * @returns "99,96%"
 * @throws XhhtError `invalid-number-format` for NaN, ±Infinity or a malformed string; `invalid-input` for bad
 * `decimals`
 * @example
 * formatViPercent(99.96);                    // "99,96%" (Đăk Cấm ward report, 2025)
 * formatViPercent('87.30');                  // "87,30%"
 * formatViPercent('99.955', { decimals: 2 }); // "99,96%"
 * formatViPercent(99.96, { space: true });   // "99,96 %"
 */
export function formatViPercent(
  value: number | string,
  options: FormatViPercentOptions = {},
  given: IssuePath = [],
): string {
  const path = pathArg(given);
  const o = optionsArg(options);
  const number = formatViNumber(value, o.decimals === undefined ? {} : { decimals: o.decimals as number }, path);
  return `${number}${o.space === true ? ' ' : ''}%`;
}
