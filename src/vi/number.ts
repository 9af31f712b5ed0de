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
import { XhhtError, type ErrorCode, type IssuePath } from '../errors.js';

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
  return new XhhtError(code, `the text is ${text.length} characters long; at most ${max} are read`, {
    path,
    messageVi: `chuỗi dài ${text.length} ký tự; chỉ đọc tối đa ${max} ký tự`,
  });
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
function diagnose(t: string): { en: string; vi: string } {
  if (t === '') return { en: 'the text is empty', vi: 'chuỗi rỗng' };
  if (/\s/.test(t)) {
    return {
      en: 'it contains a space; Vietnamese numbers group thousands with \'.\', not spaces (write "1.000")',
      vi: 'có khoảng trắng; số kiểu Việt Nam phân cách hàng nghìn bằng dấu chấm, không dùng khoảng trắng (viết "1.000")',
    };
  }
  if (/^-?\d+(?:[.,]\d+)*[eE][+-]?\d+$/.test(t)) {
    return { en: 'exponent notation (like "1e5") is not accepted', vi: 'không chấp nhận dạng lũy thừa (như "1e5")' };
  }
  const bad = /[^0-9.,-]/.exec(t);
  if (bad) {
    const ch = String.fromCodePoint(t.codePointAt(bad.index)!);
    const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      en: `it contains ${quote(ch)} (${code}); only digits, '.' for thousands, ',' for decimals and a leading '-' are allowed`,
      vi: `có ký tự ${quote(ch)} (${code}); chỉ được dùng chữ số, dấu chấm phân cách hàng nghìn, dấu phẩy thập phân và dấu '-' ở đầu`,
    };
  }
  const unsigned = t.startsWith('-') ? t.slice(1) : t;
  if (unsigned.includes('-')) {
    return { en: "a minus sign '-' may only come first, once", vi: "dấu trừ '-' chỉ được đứng đầu, một lần" };
  }
  if (!/\d/.test(unsigned)) return { en: 'it has no digits', vi: 'không có chữ số nào' };
  const commas = unsigned.split(',').length - 1;
  if (commas > 1) {
    return {
      en: "it has more than one decimal comma ','; ',' is the decimal mark and may appear once",
      vi: 'có nhiều hơn một dấu phẩy; dấu phẩy là dấu thập phân và chỉ xuất hiện một lần',
    };
  }
  const [wholeText, fractionText] = unsigned.split(',') as [string, string | undefined];
  if (fractionText !== undefined) {
    if (fractionText === '')
      return { en: "no digits after the decimal comma ','", vi: 'không có chữ số sau dấu phẩy thập phân' };
    if (fractionText.includes('.')) {
      return { en: "a '.' comes after the decimal comma ','", vi: 'có dấu chấm sau dấu phẩy thập phân' };
    }
  }
  if (wholeText === '') {
    return {
      en: 'no digits before the decimal mark; write a leading 0 ("0,5")',
      vi: 'không có chữ số trước dấu thập phân; hãy viết số 0 ở đầu ("0,5")',
    };
  }
  if (wholeText.startsWith('.')) {
    return {
      en: "it starts with '.'; '.' separates thousands and the decimal mark is ',' (write \"0,5\")",
      vi: 'bắt đầu bằng dấu chấm; dấu chấm phân cách hàng nghìn, dấu thập phân là dấu phẩy (viết "0,5")',
    };
  }
  if (wholeText.includes('.')) {
    const groups = wholeText.split('.');
    if (groups.some((g) => g === '')) {
      return {
        en: "a '.' with no digits on one side; '.' only separates groups of thousands",
        vi: 'có dấu chấm thiếu chữ số ở một bên; dấu chấm chỉ dùng để phân cách hàng nghìn',
      };
    }
    const first = groups[0]!;
    if (first.length > 3) {
      return {
        en: `the first thousands group "${first}" has more than 3 digits`,
        vi: `nhóm hàng nghìn đầu tiên "${first}" có hơn 3 chữ số`,
      };
    }
    const badGroup = groups.slice(1).find((g) => g.length !== 3);
    if (badGroup !== undefined) {
      return {
        en: `the thousands group "${badGroup}" must have exactly 3 digits ('.' separates thousands; the decimal mark is ',')`,
        vi: `nhóm hàng nghìn "${badGroup}" phải có đúng 3 chữ số (dấu chấm phân cách hàng nghìn; dấu thập phân là dấu phẩy)`,
      };
    }
    if (first.startsWith('0')) {
      return {
        en: 'a number grouped with "." cannot start with 0 (in English "0.500" is one half: write "0,5" for that)',
        vi: 'số có dấu chấm phân cách hàng nghìn không được bắt đầu bằng 0 (muốn viết một phần hai thì dùng "0,5")',
      };
    }
  } else if (wholeText.length > 1 && wholeText.startsWith('0')) {
    return { en: 'the whole part has a leading zero', vi: 'phần nguyên có số 0 thừa ở đầu' };
  }
  // Every rejected form is caught above; this is a safety net, not a known case.
  return { en: 'it is not a number written the Vietnamese way', vi: 'không phải số viết theo kiểu Việt Nam' };
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
    throw new XhhtError('invalid-number-format', `expected text, got ${typeof text}`, {
      path,
      messageVi: `cần một chuỗi văn bản, nhận được ${typeof text}`,
    });
  }
  const long = tooLong(text, MAX_VI_NUMBER_LENGTH, 'invalid-number-format', path);
  if (long) throw long;
  const t = text.trim();
  const m = VI_NUMBER.exec(t);
  if (!m) {
    const why = diagnose(t);
    throw new XhhtError('invalid-number-format', `${quote(text)} is not a Vietnamese number: ${why.en}`, {
      path,
      messageVi: `${quote(text)} không phải số hợp lệ: ${why.vi}`,
    });
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
 * @param path - where the text is in the caller's input, for the error
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
export function parseViNumber(text: string, path: IssuePath = []): number {
  const decimal = canonical(readViNumber(text, path));
  // Compare digits exactly: above 2^53 − 1 Number() rounds without a word ("…993" → …992).
  if (aboveSafeInteger(decimal)) {
    throw new XhhtError(
      'invalid-number-format',
      `${quote(text)} is larger than 2^53 − 1 and cannot be held exactly as a number; use parseViDecimal for the exact digits`,
      {
        path,
        messageVi: `${quote(text)} lớn hơn 2^53 − 1, không biểu diễn chính xác được thành số; hãy dùng parseViDecimal để giữ đúng các chữ số`,
      },
    );
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
 * @param path - where the text is in the caller's input, for the error
 * @returns the canonical decimal string
 * @throws XhhtError `invalid-number-format`
 * @example
 * parseViDecimal('99,96');     // "99.96"
 * parseViDecimal('19.739');    // "19739"
 * parseViDecimal('1.234,50');  // "1234.5"
 * parseViDecimal('-0,0');      // "0"
 */
export function parseViDecimal(text: string, path: IssuePath = []): string {
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
 * @param path - where the text is in the caller's input, for the error
 * @returns a non-negative safe integer
 * @throws XhhtError `invalid-number-format` or `invalid-count`
 * @example
 * parseViCount('9.287');  // 9287 (Đăk Cấm ward report: "9.287 người")
 * parseViCount('12,5');   // throws XhhtError { code: 'invalid-count' }
 * parseViCount('-3');     // throws XhhtError { code: 'invalid-count' }
 */
export function parseViCount(text: string, path: IssuePath = []): number {
  const parts = readViNumber(text, path);
  if (parts.negative) {
    throw new XhhtError('invalid-count', `${quote(text)}: a count cannot be negative`, {
      path,
      messageVi: `${quote(text)}: số lượng không thể âm`,
    });
  }
  if (parts.hasComma) {
    throw new XhhtError('invalid-count', `${quote(text)}: a count is a whole number, written without a decimal comma`, {
      path,
      messageVi: `${quote(text)}: số lượng là số nguyên, không có dấu phẩy thập phân`,
    });
  }
  // Compare digits exactly: Number() of a 17-digit text has already rounded.
  if (BigInt(parts.whole) > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new XhhtError('invalid-count', `${quote(text)} is too large to count exactly (above 2^53 − 1)`, {
      path,
      messageVi: `${quote(text)} quá lớn để đếm chính xác (vượt 2^53 − 1)`,
    });
  }
  return Number(parts.whole);
}
