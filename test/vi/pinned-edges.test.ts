import { describe, expect, it } from 'vitest';
import { formatViNumber, numberToDecimalString } from '../../src/vi/format.js';
import { parseViCount, parseViDecimal, parseViNumber } from '../../src/vi/number.js';
import { formatViPercent, parseViPercent, parseViPercentDecimal } from '../../src/vi/percent.js';
import { parseViShare } from '../../src/vi/share.js';
import { caught } from './helpers.js';

/*
 * The Vietnamese readers and writers at their edges, each expected text written out by hand: what a
 * caller reads for each wrong input (code, path, both languages) and the sign of a negative number.
 * Numbers are "boundary: …" cases unless a source is named.
 */
describe('numberToDecimalString: exponent forms written out', () => {
  it('large and small exponents, with and without a fraction, and a sign', () => {
    // boundary: String() switches to exponent notation from 1e21 and below 1e-6
    expect(numberToDecimalString(1.5e21)).toBe('1500000000000000000000');
    expect(numberToDecimalString(-1e21)).toBe('-1000000000000000000000');
    expect(numberToDecimalString(1.5e-7)).toBe('0.00000015');
    expect(numberToDecimalString(-2e-7)).toBe('-0.0000002');
  });
});

describe('formatViNumber and formatViPercent: what a caller reads', () => {
  it('a negative number keeps its sign even when whole and fraction digits are equal', () => {
    // boundary: -5.5 and -55.55 (the sign is dropped only for a value that is zero)
    expect(formatViNumber(-5.5)).toBe('-5,5');
    expect(formatViNumber('-55.55')).toBe('-55,55');
    expect(formatViNumber(-0.001, { decimals: 2 })).toBe('0,00');
  });

  it('not finite, not a number or text, not a decimal string: coded, at the default path', () => {
    expect(caught(() => formatViNumber(Number.POSITIVE_INFINITY))).toEqual({
      code: 'invalid-number-format',
      path: [],
      message: 'cannot format Infinity: not a finite number',
      messageVi: 'không định dạng được Infinity: không phải số hữu hạn',
    });
    expect(caught(() => formatViNumber(true as never))).toEqual({
      code: 'invalid-number-format',
      path: [],
      message: 'expected a number or a decimal string, got boolean',
      messageVi: 'cần một số hoặc chuỗi số thập phân, nhận được boolean',
    });
    // boundary: Vietnamese text ("1.234,5") is for the readers; formatViNumber takes "1234.5"
    expect(caught(() => formatViNumber('1.234,5'))).toEqual({
      code: 'invalid-number-format',
      path: [],
      message:
        '"1.234,5" is not a decimal string like "1234.5" or "-0.01" (use parseViDecimal for Vietnamese text like ' +
        '"1.234,5")',
      messageVi:
        '"1.234,5" không phải chuỗi số thập phân dạng "1234.5" hoặc "-0.01" (văn bản kiểu Việt Nam như "1.234,5" hãy ' +
        'đọc bằng parseViDecimal)',
    });
    expect(caught(() => formatViPercent(Number.NaN)).path).toEqual([]);
  });

  it('decimals outside 0–20: coded invalid-input, both languages', () => {
    // boundary: −1, 1.5 and 21 are refused; 0 and 20 are taken
    for (const decimals of [-1, 1.5, 21]) {
      expect(caught(() => formatViNumber(1, { decimals }))).toEqual({
        code: 'invalid-input',
        path: [],
        message: `decimals must be a whole number from 0 to 20, got ${decimals}`,
        messageVi: `số chữ số thập phân phải là số nguyên từ 0 đến 20, nhận được ${decimals}`,
      });
    }
    expect(formatViNumber(1234.5, { decimals: 0 })).toBe('1.235');
    expect(formatViNumber(1, { decimals: 20 })).toBe('1,00000000000000000000');
  });
});

describe('parseViNumber: the reason given for a rejected text', () => {
  const EXPONENT = 'exponent notation (like "1e5") is not accepted';
  it('exponent notation, in its forms', () => {
    // boundary: several digits before the exponent, a decimal comma, a two-digit exponent
    for (const t of ['12e5', '1,25e15', '1e15']) {
      expect(caught(() => parseViNumber(t)).message).toBe(`"${t}" is not a Vietnamese number: ${EXPONENT}`);
    }
  });

  it('an exponent form with something before or after it is about the stray character', () => {
    expect(caught(() => parseViNumber('x1e5')).message).toBe(
      '"x1e5" is not a Vietnamese number: it contains "x" (U+0078); ' +
        "only digits, '.' for thousands, ',' for decimals and a leading '-' are allowed",
    );
    expect(caught(() => parseViNumber('1e5x')).message).toBe(
      '"1e5x" is not a Vietnamese number: it contains "e" (U+0065); ' +
        "only digits, '.' for thousands, ',' for decimals and a leading '-' are allowed",
    );
  });

  it('a first group of exactly 3 digits is fine; the short group after it is named', () => {
    expect(caught(() => parseViNumber('123.45')).message).toBe(
      '"123.45" is not a Vietnamese number: the thousands group "45" must have exactly 3 digits (\'.\' separates ' +
        "thousands; the decimal mark is ',')",
    );
  });

  it('every reader reports at the default path [] when none is given', () => {
    for (const f of [parseViNumber, parseViDecimal, parseViCount, parseViPercent, parseViPercentDecimal]) {
      expect(caught(() => f('x')).path).toEqual([]);
    }
  });
});

describe('parseViPercent: a text too long is refused before it is read', () => {
  it('401 characters', () => {
    // boundary: at most 400 characters are read (MAX_VI_NUMBER_LENGTH)
    expect(caught(() => parseViPercent('1'.repeat(401)))).toEqual({
      code: 'invalid-percent-format',
      path: [],
      message: 'the text is 401 characters long; at most 400 are read',
      messageVi: 'chuỗi dài 401 ký tự; chỉ đọc tối đa 400 ký tự',
    });
  });
});

describe('parseViShare: what a caller reads', () => {
  it('the side that cannot be read is named in both languages', () => {
    expect(caught(() => parseViShare('x/5')).messageVi).toMatch(/^"x\/5": tử số: "x" không phải số hợp lệ/);
    expect(caught(() => parseViShare('5/x')).messageVi).toMatch(/^"5\/x": mẫu số: "x" không phải số hợp lệ/);
    expect(caught(() => parseViShare('5/x')).path).toEqual(['denominator']);
  });

  it('not text, too long, no "/", more than one "/"', () => {
    expect(caught(() => parseViShare(5 as never))).toEqual({
      code: 'invalid-share-format',
      path: [],
      message: 'expected text, got number',
      messageVi: 'cần một chuỗi văn bản, nhận được number',
    });
    // boundary: at most 200 characters are read
    expect(caught(() => parseViShare('1'.repeat(201)))).toEqual({
      code: 'invalid-share-format',
      path: [],
      message: 'the text is 201 characters long; at most 200 are read',
      messageVi: 'chuỗi dài 201 ký tự; chỉ đọc tối đa 200 ký tự',
    });
    // seed 004 line 56 writes shares as "19.739/19.747"; here one without "/" and one with two
    expect(caught(() => parseViShare('19.739'))).toEqual({
      code: 'invalid-share-format',
      path: [],
      message: '"19.739" is not a share like "19.739/19.747": there is no "/" between numerator and denominator',
      messageVi: '"19.739" không phải tỷ số dạng "19.739/19.747": không có dấu "/" giữa tử số và mẫu số',
    });
    expect(caught(() => parseViShare('1/2/3'))).toEqual({
      code: 'invalid-share-format',
      path: [],
      message: '"1/2/3" is not a share like "19.739/19.747": there is more than one "/"',
      messageVi: '"1/2/3" không phải tỷ số dạng "19.739/19.747": có nhiều hơn một dấu "/"',
    });
  });
});
