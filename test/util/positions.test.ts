import { describe, expect, it } from 'vitest';
import { countText, listPositions } from '../../src/util/positions.js';

// Lists of positions in messages (issue 13 §2): bounded whatever the list's length. Numbers are arbitrary.
describe('listPositions', () => {
  it('names up to six in full', () => {
    expect(listPositions([])).toEqual({ en: '', vi: '' });
    expect(listPositions([3])).toEqual({ en: '3', vi: '3' });
    expect(listPositions([1, 2, 3, 4, 5, 6])).toEqual({ en: '1, 2, 3, 4, 5, 6', vi: '1, 2, 3, 4, 5, 6' });
  });

  it('seven and more: five and how many more, grouped by language', () => {
    expect(listPositions([1, 2, 3, 4, 5, 6, 7])).toEqual({
      en: '1, 2, 3, 4, 5 and 2 more',
      vi: '1, 2, 3, 4, 5 và 2 số liệu khác',
    });
    const many = Array.from({ length: 1_234_567 }, (_, i) => i);
    // 1,234,567 − 5 = 1,234,562
    expect(listPositions(many, { noun: 'lines' })).toEqual({
      en: '0, 1, 2, 3, 4 and 1,234,562 more',
      vi: '0, 1, 2, 3, 4 và 1.234.562 dòng khác',
    });
  });

  it('a total beyond the list given: the first few of a longer list', () => {
    expect(listPositions([7, 8, 9, 10, 11, 12], { total: 300 }).en).toBe('7, 8, 9, 10, 11 and 295 more');
    expect(listPositions([7, 8], { total: 3 }).en).toBe('7, 8 and 1 more');
  });

  it('countText groups thousands', () => {
    expect(countText(999)).toEqual({ en: '999', vi: '999' });
    expect(countText(12345)).toEqual({ en: '12,345', vi: '12.345' });
  });
});
