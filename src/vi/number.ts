/**
 * Reading numbers written the Vietnamese way: "." groups thousands, "," is the
 * decimal mark ("19.739" is nineteen thousand seven hundred thirty-nine, "99,96"
 * is ninety-nine point nine six).
 *
 * The grammar is strict on purpose. Text that could mean two things, or that
 * looks mistyped, is an `invalid-number-format` error that says what is wrong;
 * it is never repaired by a guess. Accepted, after trimming surrounding
 * whitespace (NBSP included):
 *
 * ```
 * number   = [ "-" ] whole [ "," digit+ ]
 * whole    = "0" | nonzero digit*                       (plain: "19739")
 *          | nonzero [digit [digit]] ( "." digit digit digit )+   (grouped: "19.739")
 * ```
 *
 * Rejected, among others: spaces inside ("1 000": Vietnamese software groups
 * with ".", and a space is as likely to separate two numbers), a thousands
 * group that is not exactly 3 digits ("1.23", "1.2345": most likely an English
 * decimal point), a leading zero ("007", "0.500": "0.500" is English for one
 * half, not five hundred), exponents ("1e5"), "+", and any minus other than "-".
 */
import { pathArg } from '../util/guards.js';
import { XhhtError, type ErrorCode, type IssuePath } from '../errors.js';
import { say, type Text } from '../messages/say.js';
import { NUMBERS } from '../messages/sections.js';

/** The parts of an accepted number, as written (dots removed, no other change). */
interface ViNumberParts {
  readonly negative: boolean;
  /** Digits of the whole part: "19739" for "19.739". */
  readonly whole: string;
  /** Digits after the decimal comma, trailing zeros kept: "50" for "1,50"; "" when there is no comma. */
  readonly fraction: string;
  /** Whether the text had a decimal comma. */
  readonly hasComma: boolean;
}

const VI_NUMBER = /^(-)?(0|[1-9]\d*|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;

/**
 * Longest text the Vietnamese number and percent parsers read, surrounding
 * whitespace included. A number in a report is a few dozen characters at most
 * ("9.007.199.254.740.991" is 21), but `formatViNumber` writes the smallest
 * doubles in full (5e-324 takes 326 characters) and its output must read back;
 * 400 covers every double. Longer text is refused before any pattern runs.
 *
 * @example
 * MAX_VI_NUMBER_LENGTH; // 400
 */
export const MAX_VI_NUMBER_LENGTH = 400;

/**
 * The coded error for text longer than `max` characters, or `null`.
 *
 * @example
 * tooLong('1'.repeat(401), 400, 'invalid-number-format', [])?.code; // 'invalid-number-format'
 * tooLong('19.739', 400, 'invalid-number-format', []);             // null
 */
export function tooLong(text: string, max: number, code: ErrorCode, path: IssuePath): XhhtError | null {
  if (text.length <= max) return null;
  return new XhhtError(code, say(NUMBERS, 'text.too-long', { length: text.length, max }), { path });
}

/**
 * Whether a canonical decimal (see `parseViDecimal`) is larger in magnitude than
 * 2^53 − 1 (`Number.MAX_SAFE_INTEGER`), where a double no longer holds every
 * whole number, so `Number()` would round it silently.
 *
 * @example
 * aboveSafeInteger('9007199254740991');   // false
 * aboveSafeInteger('9007199254740991.5'); // true (it would round to 2^53)
 * aboveSafeInteger('-9007199254740993');  // true
 */
export function aboveSafeInteger(decimal: string): boolean {
  const [whole, fraction = ''] = (decimal.startsWith('-') ? decimal.slice(1) : decimal).split('.') as [string, string?];
  const max = BigInt(Number.MAX_SAFE_INTEGER);
  const w = BigInt(whole);
  return w > max || (w === max && fraction !== '');
}

/** Shows a text in messages with invisible characters escaped ("1\u00a0000"). */
function quote(text: string): string {
  return JSON.stringify(text);
}

/** English and Vietnamese reasons why `t` (already trimmed) is not a Vietnamese number. */
function diagnose(t: string): Text {
  if (t === '') return say(NUMBERS, 'number.empty');
  if (/\s/.test(t)) {
    return say(NUMBERS, 'number.space');
  }
  if (/^-?\d+(?:[.,]\d+)*[eE][+-]?\d+$/.test(t)) {
    return say(NUMBERS, 'number.exponent');
  }
  const bad = /[^0-9.,-]/.exec(t);
  if (bad) {
    const ch = String.fromCodePoint(t.codePointAt(bad.index)!);
    const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return say(NUMBERS, 'number.character', { ch: quote(ch), code });
  }
  const unsigned = t.startsWith('-') ? t.slice(1) : t;
  if (unsigned.includes('-')) {
    return say(NUMBERS, 'number.minus');
  }
  if (!/\d/.test(unsigned)) return say(NUMBERS, 'number.no-digits');
  const commas = unsigned.split(',').length - 1;
  if (commas > 1) {
    return say(NUMBERS, 'number.two-commas');
  }
  const [wholeText, fractionText] = unsigned.split(',') as [string, string | undefined];
  if (fractionText !== undefined) {
    if (fractionText === '') return say(NUMBERS, 'number.nothing-after-comma');
    if (fractionText.includes('.')) {
      return say(NUMBERS, 'number.dot-after-comma');
    }
  }
  if (wholeText === '') {
    return say(NUMBERS, 'number.nothing-before-comma');
  }
  if (wholeText.startsWith('.')) {
    return say(NUMBERS, 'number.leading-dot');
  }
  if (wholeText.includes('.')) {
    const groups = wholeText.split('.');
    if (groups.some((g) => g === '')) {
      return say(NUMBERS, 'number.empty-group');
    }
    const first = groups[0]!;
    if (first.length > 3) {
      return say(NUMBERS, 'number.long-first-group', { first });
    }
    const badGroup = groups.slice(1).find((g) => g.length !== 3);
    if (badGroup !== undefined) {
      return say(NUMBERS, 'number.bad-group', { badGroup });
    }
    if (first.startsWith('0')) {
      return say(NUMBERS, 'number.grouped-leading-zero');
    }
  } else if (wholeText.length > 1 && wholeText.startsWith('0')) {
    return say(NUMBERS, 'number.leading-zero');
  }
  // Every rejected form is caught above; this is a safety net, not a known case.
  return say(NUMBERS, 'number.not-vietnamese');
}

/**
 * Splits Vietnamese number text into sign, whole digits and fraction digits,
 * or throws `invalid-number-format` saying what is wrong. Internal: the public
 * parsers build on it.
 *
 * @example
 * readViNumber('-1.234,50'); // { negative: true, whole: '1234', fraction: '50', hasComma: true }
 */
function readViNumber(text: string, path: IssuePath = []): ViNumberParts {
  if (typeof text !== 'string') {
    throw new XhhtError(
      'invalid-number-format',
      say(NUMBERS, 'invalid-number-format.not-text', { type: typeof text }),
      { path },
    );
  }
  const long = tooLong(text, MAX_VI_NUMBER_LENGTH, 'invalid-number-format', path);
  if (long) throw long;
  const t = text.trim();
  const m = VI_NUMBER.exec(t);
  if (!m) {
    const why = diagnose(t);
    throw new XhhtError(
      'invalid-number-format',
      say(NUMBERS, 'invalid-number-format', { text: quote(text), reason: why }),
      { path },
    );
  }
  return {
    negative: m[1] === '-',
    whole: m[2]!.replaceAll('.', ''),
    fraction: m[3] ?? '',
    hasComma: m[3] !== undefined,
  };
}

/** Canonical decimal text of parts: no trailing fraction zeros, no "-0". */
function canonical(parts: ViNumberParts): string {
  const fraction = parts.fraction.replace(/0+$/, '');
  const body = fraction ? `${parts.whole}.${fraction}` : parts.whole;
  const zero = parts.whole === '0' && fraction === '';
  return parts.negative && !zero ? `-${body}` : body;
}

/**
 * Reads a number written the Vietnamese way ("." for thousands, "," for
 * decimals) as a JavaScript number.
 *
 * The value is the nearest double to the exact decimal (as `Number("99.96")`
 * is), so use {@link parseViDecimal} where the digits must stay exact, for
 * example for thresholds, and {@link parseViCount} for counts. "-0" reads as 0.
 *
 * The comma is always the decimal mark: "1,000" is one (1,000 with three
 * decimals), never one thousand, which is written "1.000". A value larger in
 * magnitude than 2^53 − 1 (`Number.MAX_SAFE_INTEGER`) is an error rather than a
 * silently rounded double ("9.007.199.254.740.993" would come back as
 * …992); {@link parseViDecimal} keeps such digits. Text longer than
 * 400 characters is an error too.
 *
 * @param text - "19.739", "99,96", "-1.234,5"; surrounding whitespace (NBSP too) is ignored
 * @param given - where the text is in the caller's input, for the error
 * @returns a finite number with magnitude at most 2^53 − 1, never NaN
 * @throws XhhtError `invalid-number-format` with a message saying what is wrong
 * @example
 * parseViNumber('19.739');    // 19739 (Đăk Cấm ward report: "19.739/19.747")
 * parseViNumber('99,96');     // 99.96 (Đăk Cấm ward report: "tỷ lệ 99,96%")
 * parseViNumber('1.234,5');   // 1234.5
 * parseViNumber('1,000');     // 1 (decimal comma: one, not one thousand)
 * parseViNumber('1.23');      // throws XhhtError { code: 'invalid-number-format' } (group of 2 digits)
 * parseViNumber('1 000');     // throws XhhtError { code: 'invalid-number-format' } (space is not a separator)
 * parseViNumber('9.007.199.254.740.993'); // throws XhhtError { code: 'invalid-number-format' } (above 2^53 − 1)
 */
export function parseViNumber(text: string, given: IssuePath = []): number {
  const path = pathArg(given);
  const decimal = canonical(readViNumber(text, path));
  // Compare digits exactly: above 2^53 − 1 Number() rounds without a word ("…993" → …992).
  if (aboveSafeInteger(decimal)) {
    throw new XhhtError('invalid-number-format', say(NUMBERS, 'invalid-number-format.unsafe', { text: quote(text) }), {
      path,
    });
  }
  return Number(decimal);
}

/**
 * Reads a number written the Vietnamese way as a canonical decimal string, with
 * every digit kept exactly: "." as the decimal point, no thousands separators,
 * no trailing zeros after the point, no leading zeros, no "-0". This is the form
 * thresholds use (`parseThreshold` accepts it).
 *
 * @param text - "99,96", "1.234,50", "19739"
 * @param given - where the text is in the caller's input, for the error
 * @returns the canonical decimal string
 * @throws XhhtError `invalid-number-format`
 * @example
 * parseViDecimal('99,96');     // "99.96"
 * parseViDecimal('19.739');    // "19739"
 * parseViDecimal('1.234,50');  // "1234.5"
 * parseViDecimal('-0,0');      // "0"
 */
export function parseViDecimal(text: string, given: IssuePath = []): string {
  const path = pathArg(given);
  return canonical(readViNumber(text, path));
}

/**
 * Reads a count (a non-negative whole number of people or units) written the
 * Vietnamese way. The text must first be a valid Vietnamese number
 * (`invalid-number-format` otherwise); then a minus sign, a decimal comma (even
 * "12,0") or a value above 2^53 − 1 is `invalid-count`, because a count is
 * written as a plain whole number.
 *
 * @param text - "9.287", "738", "19739"
 * @param given - where the text is in the caller's input, for the error
 * @returns a non-negative safe integer
 * @throws XhhtError `invalid-number-format` or `invalid-count`
 * @example
 * parseViCount('9.287');  // 9287 (Đăk Cấm ward report: "9.287 người")
 * parseViCount('12,5');   // throws XhhtError { code: 'invalid-count' }
 * parseViCount('-3');     // throws XhhtError { code: 'invalid-count' }
 */
export function parseViCount(text: string, given: IssuePath = []): number {
  const path = pathArg(given);
  const parts = readViNumber(text, path);
  if (parts.negative) {
    throw new XhhtError('invalid-count', say(NUMBERS, 'invalid-count.negative-text', { text: quote(text) }), { path });
  }
  if (parts.hasComma) {
    throw new XhhtError('invalid-count', say(NUMBERS, 'invalid-count.fraction-text', { text: quote(text) }), { path });
  }
  // Compare digits exactly: Number() of a 17-digit text has already rounded.
  if (BigInt(parts.whole) > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new XhhtError('invalid-count', say(NUMBERS, 'invalid-count.too-large-text', { text: quote(text) }), { path });
  }
  return Number(parts.whole);
}
