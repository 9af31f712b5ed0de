import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Share } from '../../src/exact/share.js';
import { parseViShare } from '../../src/vi/index.js';
import { expectXhhtError } from './helpers.js';

// Seed 004 (/work/shared/seeds/004_8f3245fc4fd686dd.txt) line 56: "Số lượng 19.739/19.747, tỷ lệ 99,96%";
// line 42: "Số lượng: 4.811/4.811, tỷ lệ 100%".
describe('parseViShare', () => {
  it('reads "19.739/19.747" (seed 004)', () => {
    expect(parseViShare('19.739/19.747')).toEqual({ numerator: 19739, denominator: 19747 });
  });

  it('reads a full share "4.811/4.811" (seed 004)', () => {
    expect(parseViShare('4.811/4.811')).toEqual({ numerator: 4811, denominator: 4811 });
  });

  it('allows spaces around "/" and a unit after the denominator', () => {
    expect(parseViShare('19.739 / 19.747')).toEqual({ numerator: 19739, denominator: 19747 });
    expect(parseViShare(' 19.739/19.747 người ')).toEqual({ numerator: 19739, denominator: 19747 });
    expect(parseViShare('19.739 / 19.747 người')).toEqual({ numerator: 19739, denominator: 19747 });
    expect(parseViShare('19.739/19.747\u00a0người')).toEqual({ numerator: 19739, denominator: 19747 });
    // "người" with decomposed diacritics (NFD), as some PDF extractors give it
    expect(parseViShare(`19.739/19.747 ${'người'.normalize('NFD')}`)).toEqual({ numerator: 19739, denominator: 19747 });
    expect(parseViShare('55/63 đơn vị')).toEqual({ numerator: 55, denominator: 63 });
  });

  it('returns exactly a Share: the unit is not kept', () => {
    expect(Object.keys(parseViShare('19.739/19.747 người')).sort()).toEqual(['denominator', 'numerator']);
    expectTypeOf(parseViShare).returns.toEqualTypeOf<Share>();
  });

  it('accepts a zero denominator ("0/0": no data), like share()', () => {
    expect(parseViShare('0/0')).toEqual({ numerator: 0, denominator: 0 });
  });

  it('rejects a numerator above the denominator', () => {
    const error = expectXhhtError(() => parseViShare('19.747/19.739'), 'numerator-exceeds-denominator');
    expect(error.path).toEqual(['numerator']);
    expect(error.message).toContain('"19.747/19.739"');
  });

  describe('bad format is invalid-share-format', () => {
    it.each([
      ['19.739', []],
      ['1/2/3', []],
      ['', []],
      ['/19.747', ['numerator']],
      ['19.739/', ['denominator']],
      ['19.7391/19.747', ['numerator']],
      ['19.739/19.747x', ['denominator']],
      ['19 739/19.747', ['numerator']],
      ['19.739/19.747 người,', ['denominator']],
      ['19.739/19.747người', ['denominator']],
      ['19.739/19.747 5', ['denominator']],
      ['19.739/19.747%', ['denominator']],
    ] as [string, string[]][])('%j', (text, path) => {
      expect(expectXhhtError(() => parseViShare(text), 'invalid-share-format').path).toEqual(path);
    });
  });

  it('names the side in the message', () => {
    const error = expectXhhtError(() => parseViShare('19.739/19.74'), 'invalid-share-format');
    expect(error.message).toMatch(/denominator/);
    expect(error.messageVi).toMatch(/mẫu số/);
  });

  it('a side that is a number but not a count is invalid-count', () => {
    expect(expectXhhtError(() => parseViShare('12,5/20'), 'invalid-count').path).toEqual(['numerator']);
    expect(expectXhhtError(() => parseViShare('-3/5'), 'invalid-count').path).toEqual(['numerator']);
    expect(expectXhhtError(() => parseViShare('3/5,0'), 'invalid-count').path).toEqual(['denominator']);
  });

  it('prefixes the caller path', () => {
    expect(expectXhhtError(() => parseViShare('1/x', ['rows', 2]), 'invalid-share-format').path).toEqual([
      'rows',
      2,
      'denominator',
    ]);
  });
});
