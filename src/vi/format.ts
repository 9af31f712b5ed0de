/**
 * Writing numbers the Vietnamese way: "." groups thousands, "," is the decimal
 * mark. Done by hand, not with `Intl.NumberFormat('vi-VN')`, because ICU data
 * differs between Node builds (small-icu, system ICU versions) and a report must
 * come out the same everywhere.
 */
import { describe } from '../util/describe.js';
import { optionsArg, pathArg } from '../util/guards.js';
import { XhhtError, type IssuePath } from '../errors.js';
import { formatRatio } from '../exact/round.js';
import { say } from '../messages/say.js';
import { FORMATTING } from '../messages/sections.js';

/**
 * Options of {@link formatViNumber}.
 *
 * @example
 * const options: FormatViNumberOptions = { decimals: 2 };
 * formatViNumber('87.301', options); // "87,30"
 */
export interface FormatViNumberOptions {
  /**
   * Round to this many decimals (0–20), half-up (ties away from zero), on the
   * exact decimal value. Without it, every given digit is kept.
   */
  readonly decimals?: number;
}

/** A machine decimal string: "1234.50", "-0.01", "19739". No exponent, no leading zeros, no "+". */
const DECIMAL_STRING = /^(-)?(0|[1-9]\d*)(?:\.(\d+))?$/;

/** The largest `decimals` {@link formatRatio} supports. */
const MAX_DECIMALS = 20;

/**
 * The shortest decimal text that reads back as `value` (what `String(value)`
 * gives), with exponent forms written out: 1e21 → "1000000000000000000000".
 * The value must be finite. This is the decimal a spreadsheet cell holding
 * the double `value` shows with enough places: 0.9996 is "0.9996", never the
 * binary 0.99959999….
 *
 * @example
 * numberToDecimalString(0.9996); // '0.9996'
 * numberToDecimalString(1e-7);   // '0.0000001'
 * numberToDecimalString(1e21);   // '1000000000000000000000'
 */
export function numberToDecimalString(value: number): string {
  const s = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const sign = m[1]!;
  const whole = m[2]!;
  const digits = whole + (m[3] ?? '');
  const point = whole.length + Number(m[4]);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Reads `value` as the parts of an exact decimal, or throws `invalid-number-format`.
 * A number is read through its shortest decimal text, so 99.96 is "99.96", not
 * the binary value 99.9599999….
 */
function decimalParts(
  value: number | string,
  path: IssuePath = [],
): { negative: boolean; whole: string; fraction: string } {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new XhhtError('invalid-number-format', say(FORMATTING, 'invalid-number-format.not-finite', { value }), {
        path,
      });
    }
    text = numberToDecimalString(value);
  } else if (typeof value === 'string') {
    text = value;
  } else {
    throw new XhhtError(
      'invalid-number-format',
      say(FORMATTING, 'invalid-number-format.not-number-or-text', { type: typeof value }),
      { path },
    );
  }
  const m = DECIMAL_STRING.exec(text);
  if (!m) {
    throw new XhhtError(
      'invalid-number-format',
      say(FORMATTING, 'invalid-number-format.not-decimal-string', { text: describe(text) }),
      { path },
    );
  }
  return { negative: m[1] === '-', whole: m[2]!, fraction: m[3] ?? '' };
}

/** Checks the `decimals` option; a bad one is a programmer error. */
function checkDecimals(decimals: number | undefined, path: IssuePath = []): void {
  if (decimals === undefined) return;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new XhhtError(
      'invalid-input',
      say(FORMATTING, 'invalid-input.format-decimals', { maxDecimals: MAX_DECIMALS, decimals: describe(decimals) }),
      { path },
    );
  }
}

/** "1234567" → "1.234.567". */
function groupThousands(whole: string): string {
  let out = '';
  for (let end = whole.length; end > 0; end -= 3) {
    const chunk = whole.slice(Math.max(0, end - 3), end);
    out = out === '' ? chunk : `${chunk}.${out}`;
  }
  return out;
}

/**
 * Writes a number the Vietnamese way: "." between groups of thousands, "," as
 * the decimal mark, "-" for negatives.
 *
 * A number is written through its shortest decimal text (99.96 → "99,96"). A
 * string must be a machine decimal string ("1234.50", as our display functions
 * return) and keeps every digit it has, trailing zeros included. With `decimals`
 * the exact decimal value is rounded half-up in exact arithmetic, never
 * through `toFixed`. Zero is never written with a minus sign. The output is
 * always accepted by `parseViNumber`.
 *
 * @param value - a finite number, or a decimal string with "." as the decimal point
 * @param options - `decimals`: round to this many places (0–20)
 * @param given - where the value is in the caller's input, for the error
 * @returns Vietnamese number text
 * @throws XhhtError `invalid-number-format` for NaN, ±Infinity or a malformed string; `invalid-input` for bad
 * `decimals`
 * @example
 * formatViNumber(19747);                    // "19.747" (Đăk Cấm ward report, 2025)
 * formatViNumber(1234.5);                   // "1.234,5"
 * formatViNumber(-1234567);                 // "-1.234.567"
 * formatViNumber('1234.50');                // "1.234,50" (digits kept)
 * formatViNumber(1.005, { decimals: 2 });   // "1,01" (exact half-up; toFixed gives "1.00")
 */
export function formatViNumber(
  value: number | string,
  options: FormatViNumberOptions = {},
  given: IssuePath = [],
): string {
  const path = pathArg(given);
  const decimals = optionsArg(options).decimals as number | undefined;
  checkDecimals(decimals, path);
  let { negative, whole, fraction } = decimalParts(value, path);
  if (decimals !== undefined) {
    const digits = BigInt(whole + fraction);
    const rounded = formatRatio(negative ? -digits : digits, 10n ** BigInt(fraction.length), decimals, 'half-up');
    ({ negative, whole, fraction } = decimalParts(rounded, path));
  }
  const zero = /^0*$/.test(whole + fraction);
  return `${negative && !zero ? '-' : ''}${groupThousands(whole)}${fraction ? `,${fraction}` : ''}`;
}
