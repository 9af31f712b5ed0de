import { describe, expect, it } from 'vitest';
import {
  parseViCount,
  parseViDecimal,
  parseViNumber,
  parseViPercent,
  parseViPercentDecimal,
  parseViShare,
} from '../../src/vi/index.js';
import { expectXhhtError } from './helpers.js';

/*
 * Review items 4 and 5 (/tmp/rv/p11.mts, /tmp/rv/p14.mts).
 *
 * 4. The unit and "%" suffixes were matched with lazy regular expressions that
 *    backtrack quadratically: '1/2' + ' a'.repeat(50000) + '1' took ~12 s in
 *    parseViShare. A Vietnamese number is never long (the longest in the seeds is
 *    "19.739/19.747 người", seed 004 line 56), so text over the cap is rejected
 *    with the parser's own code before any pattern runs, and the suffixes are
 *    found by linear scans.
 * 5. parseViNumber('9.007.199.254.740.993') returned 9007199254740992: a value
 *    above Number.MAX_SAFE_INTEGER (2^53 − 1, ECMA-262 §21.1.2.6) cannot be held
 *    exactly by a double, so it is an error, as parseViCount already does for counts.
 */
describe('long text is rejected quickly with the coded error (review item 4)', () => {
  const long = 100_000;

  it('parseViShare: 100k characters of "a" unit words → invalid-share-format', () => {
    const text = '1/2' + ' a'.repeat(long / 2) + '1';
    expect(text.length).toBeGreaterThan(long);
    expectXhhtError(() => parseViShare(text), 'invalid-share-format');
  });

  it('parseViShare: 100k characters of spaces before a unit → invalid-share-format', () => {
    expectXhhtError(() => parseViShare('1/2' + ' '.repeat(long) + 'người'), 'invalid-share-format');
  });

  it('parseViPercent / parseViPercentDecimal: 100k spaces before "x%" → invalid-percent-format', () => {
    const text = '1' + ' '.repeat(long) + 'x%';
    expectXhhtError(() => parseViPercent(text), 'invalid-percent-format');
    expectXhhtError(() => parseViPercentDecimal(text), 'invalid-percent-format');
  });

  it('parseViNumber / parseViDecimal / parseViCount: 100k characters → invalid-number-format', () => {
    const text = '1' + '.000'.repeat(long / 4) + ',';
    expectXhhtError(() => parseViNumber(text), 'invalid-number-format');
    expectXhhtError(() => parseViDecimal(text), 'invalid-number-format');
    expectXhhtError(() => parseViCount(text), 'invalid-number-format');
  });

  it('the cap names the length in both languages', () => {
    // 400 is the cap (MAX_VI_NUMBER_LENGTH): formatViNumber(5e-324) is 326 characters and must read back
    const error = expectXhhtError(() => parseViNumber('1'.repeat(401)), 'invalid-number-format');
    expect(error.message).toMatch(/401 characters/);
    expect(error.messageVi).toMatch(/401 ký tự/);
    expectXhhtError(() => parseViPercent('1'.repeat(400) + '%'), 'invalid-percent-format');
    expectXhhtError(() => parseViShare('1/2' + ' '.repeat(197) + 'x'), 'invalid-share-format'); // 201 > 200
  });

  it('text up to the cap is still read, including surrounding whitespace', () => {
    // 100 characters: 1 digit padded with spaces
    expect(parseViNumber(' '.repeat(399) + '7')).toBe(7); // 400 characters
    expect(parseViPercent('99,96' + ' '.repeat(394) + '%')).toBe(99.96); // 400 characters
    expect(parseViShare('19.739/19.747' + ' '.repeat(182) + 'người')).toEqual({ numerator: 19739, denominator: 19747 }); // 200 characters, seed 004
  });

  it('unit words after the denominator are still stripped (linear scan), several words and NFD marks too', () => {
    expect(parseViShare('55/63 đơn vị hành chính')).toEqual({ numerator: 55, denominator: 63 });
    expect(parseViShare('55/63\tđơn\u00a0vị')).toEqual({ numerator: 55, denominator: 63 });
    expect(parseViShare('19.739/19.747 ' + 'người'.normalize('NFD'))).toEqual({ numerator: 19739, denominator: 19747 });
    // a digit or punctuation in the last word is not a unit: the denominator keeps it and fails
    expect(expectXhhtError(() => parseViShare('55/63 đơn vị2'), 'invalid-share-format').path).toEqual(['denominator']);
    expect(expectXhhtError(() => parseViShare('55/63 6 người'), 'invalid-share-format').path).toEqual(['denominator']);
  });
});

describe('no silent rounding above 2^53 − 1 (review item 5)', () => {
  it("parseViNumber('9.007.199.254.740.993') is an error, not 9007199254740992", () => {
    const error = expectXhhtError(() => parseViNumber('9.007.199.254.740.993'), 'invalid-number-format');
    expect(error.message).toMatch(/parseViDecimal/);
  });

  it('2^53 itself and larger negatives are errors too; 2^53 − 1 is read', () => {
    expectXhhtError(() => parseViNumber('9.007.199.254.740.992'), 'invalid-number-format');
    expectXhhtError(() => parseViNumber('-9.007.199.254.740.992'), 'invalid-number-format');
    // 9007199254740991.5 would round to 2^53 (ties to even)
    expectXhhtError(() => parseViNumber('9.007.199.254.740.991,5'), 'invalid-number-format');
    expect(parseViNumber('9.007.199.254.740.991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseViNumber('-9.007.199.254.740.991,0')).toBe(-Number.MAX_SAFE_INTEGER);
  });

  it('parseViDecimal keeps every digit of the same text', () => {
    expect(parseViDecimal('9.007.199.254.740.993')).toBe('9007199254740993');
  });

  it('parseViPercent follows parseViNumber', () => {
    expectXhhtError(() => parseViPercent('9.007.199.254.740.993%'), 'invalid-percent-format');
    expect(parseViPercentDecimal('9.007.199.254.740.993%')).toBe('9007199254740993');
  });

  it("'1,000' is 1: the comma is the Vietnamese decimal mark (kept as is)", () => {
    expect(parseViNumber('1,000')).toBe(1);
    expect(parseViPercent('12,500%')).toBe(12.5);
  });
});
