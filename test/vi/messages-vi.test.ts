import { describe, expect, it } from 'vitest';
import { aboveSafeInteger, parseViCount, parseViDecimal, parseViNumber } from '../../src/vi/number.js';
import { parseViPercent } from '../../src/vi/percent.js';
import { expectXhhtError } from './helpers.js';

/*
 * Vietnamese number text that is refused, and what the user is told in each language. The users
 * of xhht read the Vietnamese message: each reason is pinned here, word for word, beside the
 * English one, for every form the reader tells apart.
 */
describe('parseViNumber says why, in Vietnamese and in English', () => {
  const cases: [text: string, en: string, vi: string][] = [
    ['', 'the text is empty', 'chuỗi rỗng'],
    [
      '1 000',
      'it contains a space; Vietnamese numbers group thousands with \'.\', not spaces (write "1.000")',
      'có khoảng trắng; số kiểu Việt Nam phân cách hàng nghìn bằng dấu chấm, không dùng khoảng trắng (viết "1.000")',
    ],
    ['1e5', 'exponent notation (like "1e5") is not accepted', 'không chấp nhận dạng lũy thừa (như "1e5")'],
    ['-1,5e-3', 'exponent notation (like "1e5") is not accepted', 'không chấp nhận dạng lũy thừa (như "1e5")'],
    [
      '12a',
      `it contains "a" (U+0061); only digits, '.' for thousands, ',' for decimals and a leading '-' are allowed`,
      `có ký tự "a" (U+0061); chỉ được dùng chữ số, dấu chấm phân cách hàng nghìn, dấu phẩy thập phân và dấu '-' ở đầu`,
    ],
    ['--5', "a minus sign '-' may only come first, once", "dấu trừ '-' chỉ được đứng đầu, một lần"],
    ['-', 'it has no digits', 'không có chữ số nào'],
    ['.,', 'it has no digits', 'không có chữ số nào'],
    [
      '1,2,3',
      "it has more than one decimal comma ','; ',' is the decimal mark and may appear once",
      'có nhiều hơn một dấu phẩy; dấu phẩy là dấu thập phân và chỉ xuất hiện một lần',
    ],
    ['1,', "no digits after the decimal comma ','", 'không có chữ số sau dấu phẩy thập phân'],
    ['1,2.3', "a '.' comes after the decimal comma ','", 'có dấu chấm sau dấu phẩy thập phân'],
    [
      ',5',
      'no digits before the decimal mark; write a leading 0 ("0,5")',
      'không có chữ số trước dấu thập phân; hãy viết số 0 ở đầu ("0,5")',
    ],
    [
      '.5',
      "it starts with '.'; '.' separates thousands and the decimal mark is ',' (write \"0,5\")",
      'bắt đầu bằng dấu chấm; dấu chấm phân cách hàng nghìn, dấu thập phân là dấu phẩy (viết "0,5")',
    ],
    [
      '1.',
      "a '.' with no digits on one side; '.' only separates groups of thousands",
      'có dấu chấm thiếu chữ số ở một bên; dấu chấm chỉ dùng để phân cách hàng nghìn',
    ],
    [
      '1234.567',
      'the first thousands group "1234" has more than 3 digits',
      'nhóm hàng nghìn đầu tiên "1234" có hơn 3 chữ số',
    ],
    [
      '1.23',
      `the thousands group "23" must have exactly 3 digits ('.' separates thousands; the decimal mark is ',')`,
      'nhóm hàng nghìn "23" phải có đúng 3 chữ số (dấu chấm phân cách hàng nghìn; dấu thập phân là dấu phẩy)',
    ],
    [
      '0.500',
      'a number grouped with "." cannot start with 0 (in English "0.500" is one half: write "0,5" for that)',
      'số có dấu chấm phân cách hàng nghìn không được bắt đầu bằng 0 (muốn viết một phần hai thì dùng "0,5")',
    ],
    ['007', 'the whole part has a leading zero', 'phần nguyên có số 0 thừa ở đầu'],
    ['-07', 'the whole part has a leading zero', 'phần nguyên có số 0 thừa ở đầu'],
  ];

  it.each(cases)('%j', (text, en, vi) => {
    const e = expectXhhtError(() => parseViNumber(text, ['rows', 1]), 'invalid-number-format');
    expect(e.path).toEqual(['rows', 1]);
    expect(e.message).toBe(`${JSON.stringify(text)} is not a Vietnamese number: ${en}`);
    expect(e.messageVi).toBe(`${JSON.stringify(text)} không phải số hợp lệ: ${vi}`);
  });

  it('a character outside the Basic Multilingual Plane is named by its whole code point', () => {
    // U+1D7CF MATHEMATICAL BOLD DIGIT ONE: one code point, two UTF-16 units
    const e = expectXhhtError(() => parseViNumber('1\u{1D7CF}'), 'invalid-number-format');
    expect(e.message).toContain('"\u{1D7CF}" (U+1D7CF)');
  });

  it('text that is not text', () => {
    const e = expectXhhtError(() => parseViNumber(5 as never, ['x']), 'invalid-number-format');
    expect(e.path).toEqual(['x']);
    expect(e.message).toBe('expected text, got number');
    expect(e.messageVi).toBe('cần một chuỗi văn bản, nhận được number');
  });

  it('a number past 2^53 − 1 points to parseViDecimal', () => {
    const e = expectXhhtError(() => parseViNumber('9.007.199.254.740.992', ['v']), 'invalid-number-format');
    expect(e.path).toEqual(['v']);
    expect(e.message).toBe(
      '"9.007.199.254.740.992" is larger than 2^53 − 1 and cannot be held exactly as a number; use parseViDecimal ' +
        'for the exact digits',
    );
    expect(e.messageVi).toBe(
      '"9.007.199.254.740.992" lớn hơn 2^53 − 1, không biểu diễn chính xác được thành số; hãy dùng parseViDecimal để ' +
        'giữ đúng các chữ số',
    );
    // 2^53 − 1 itself is read, and so is its negative
    expect(parseViNumber('9.007.199.254.740.991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseViNumber('-9.007.199.254.740.991')).toBe(-Number.MAX_SAFE_INTEGER);
  });
});

describe('aboveSafeInteger: digits compared exactly with 2^53 − 1', () => {
  it.each([
    ['9007199254740991', false],
    ['9007199254740990.999', false],
    ['9007199254740991.5', true], // above 2^53 − 1 by one half
    ['9007199254740992', true],
    ['-9007199254740991', false],
    ['-9007199254740991.0001', true],
    ['0.5', false],
  ] as const)('%s → %s', (decimal, above) => {
    expect(aboveSafeInteger(decimal)).toBe(above);
  });
});

describe('parseViCount: a count is a whole number, said in both languages', () => {
  it.each([
    ['-3', '"-3": a count cannot be negative', '"-3": số lượng không thể âm'],
    [
      '12,0',
      '"12,0": a count is a whole number, written without a decimal comma',
      '"12,0": số lượng là số nguyên, không có dấu phẩy thập phân',
    ],
    [
      '9.007.199.254.740.992',
      '"9.007.199.254.740.992" is too large to count exactly (above 2^53 − 1)',
      '"9.007.199.254.740.992" quá lớn để đếm chính xác (vượt 2^53 − 1)',
    ],
  ])('%j', (text, en, vi) => {
    const e = expectXhhtError(() => parseViCount(text, ['n']), 'invalid-count');
    expect(e.path).toEqual(['n']);
    expect(e.message).toBe(en);
    expect(e.messageVi).toBe(vi);
  });

  it('2^53 − 1 is the largest count', () => {
    expect(parseViCount('9.007.199.254.740.991')).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('parseViDecimal keeps the sign and the digits', () => {
  it('"-0" is 0, "-0,5" is -0.5, "-12,50" is -12.5', () => {
    expect(parseViDecimal('-0')).toBe('0');
    expect(parseViDecimal('-0,5')).toBe('-0.5');
    expect(parseViDecimal('-12,50')).toBe('-12.5');
    expect(parseViDecimal('0,000')).toBe('0');
  });
});

describe('parseViPercent: the number part and "%"', () => {
  it('"%" only once, at the end', () => {
    const e = expectXhhtError(() => parseViPercent('99%,5%', ['p']), 'invalid-percent-format');
    expect(e.path).toEqual(['p']);
    expect(e.message).toBe('"99%,5%" is not a percentage like "99,96%": \'%\' may only come once, at the end');
    expect(e.messageVi).toBe(
      '"99%,5%" không phải tỷ lệ phần trăm dạng "99,96%": dấu \'%\' chỉ được xuất hiện một lần, ở cuối',
    );
  });

  it("a bad number part carries the number reader's reason in both languages", () => {
    const e = expectXhhtError(() => parseViPercent('1.23%'), 'invalid-percent-format');
    expect(e.message).toBe(
      '"1.23%" is not a percentage like "99,96%": "1.23" is not a Vietnamese number: ' +
        `the thousands group "23" must have exactly 3 digits ('.' separates thousands; the decimal mark is ',')`,
    );
    expect(e.messageVi).toBe(
      '"1.23%" không phải tỷ lệ phần trăm dạng "99,96%": "1.23" không phải số hợp lệ: nhóm hàng nghìn "23" phải có ' +
        'đúng 3 chữ số (dấu chấm phân cách hàng nghìn; dấu thập phân là dấu phẩy)',
    );
  });

  it('past 2^53 − 1 points to parseViPercentDecimal; text that is not text', () => {
    const e = expectXhhtError(() => parseViPercent('9.007.199.254.740.992%'), 'invalid-percent-format');
    expect(e.message).toBe(
      '"9.007.199.254.740.992%" is larger than 2^53 − 1 and cannot be held exactly as a number; use ' +
        'parseViPercentDecimal for the exact digits',
    );
    expect(e.messageVi).toBe(
      '"9.007.199.254.740.992%" lớn hơn 2^53 − 1, không biểu diễn chính xác được thành số; hãy dùng ' +
        'parseViPercentDecimal để giữ đúng các chữ số',
    );
    const t = expectXhhtError(() => parseViPercent(99 as never), 'invalid-percent-format');
    expect(t.message).toBe('expected text, got number');
    expect(t.messageVi).toBe('cần một chuỗi văn bản, nhận được number');
  });
});
