import { describe, expect, it } from 'vitest';
import { countTitleHolders, titleShare } from '../../src/titles/counts.js';
import type { Recognition } from '../../src/titles/recognition.js';

const province = (unit: string, level: 1 | 2, decisionDate: string): Recognition => ({
  unit,
  title: 'learning-unit-province',
  level,
  decisionDate,
  decidedBy: 'UBND tỉnh Sơn La',
});

describe('countTitleHolders', () => {
  it('Sơn La 2024 (domain note §A1): 67 province-level learning units, 61 at level 1 and 6 at level 2', () => {
    const records = Array.from({ length: 67 }, (_, i) => province(`Đơn vị ${i + 1}`, i < 6 ? 2 : 1, '2024-12-20'));
    const c = countTitleHolders(records, { title: 'learning-unit-province', asOf: '2024-12-31' });
    expect(c.count).toBe(67);
    expect(c.byLevel).toEqual({ 1: 61, 2: 6 });
    expect(c.excluded).toEqual([]);
    expect(c.provisional).toBe(true);
  });

  it('counts a unit once, at its highest valid level, and accounts for every record', () => {
    const records: Recognition[] = [
      province('Sở Y tế', 1, '2022-02-10'), // 0: valid through 2025-12-31, superseded by 1
      province('Sở Y tế', 2, '2023-03-01'), // 1: valid through 2026-12-31
      province('Sở Nội vụ', 1, '2021-02-10'), // 2: expired after 2024-12-31
      province('Sở Tài chính', 1, '2026-02-01'), // 3: after asOf
      {
        unit: 'Xã A',
        title: 'learning-community-commune',
        level: 1,
        decisionDate: '2024-05-01',
        decidedBy: 'Trưởng phòng GDĐT',
      }, // 4: other title
      province('Sở Xây dựng', 3 as never, '2024-01-10'), // 5: invalid level
    ];
    const c = countTitleHolders(records, { title: 'learning-unit-province', asOf: '2025-06-30' });
    expect(c.count).toBe(1);
    expect(c.holders).toEqual([{ unit: 'Sở Y tế', level: 2, record: 1, validUntil: '2026-12-31' }]);
    expect(c.excluded).toEqual([
      { index: 0, unit: 'Sở Y tế', reason: 'superseded' },
      { index: 2, unit: 'Sở Nội vụ', reason: 'expired' },
      { index: 3, unit: 'Sở Tài chính', reason: 'not-yet-decided' },
      { index: 4, unit: 'Xã A', reason: 'other-title' },
    ]);
    expect(c.issues.map((i) => [i.code, i.path])).toEqual([['invalid-title-level', ['records', 5, 'level']]]);
  });

  it('warns when level 2 was decided less than 12 months after level 1 (leap day: not before 2025-03-01)', () => {
    const early = countTitleHolders([province('Sở A', 1, '2024-02-29'), province('Sở A', 2, '2025-02-28')], {
      title: 'learning-unit-province',
      asOf: '2025-12-31',
    });
    expect(early.issues).toEqual([
      expect.objectContaining({ code: 'level-2-too-early', severity: 'warning', path: ['records', 1, 'decisionDate'] }),
    ]);
    expect(early.byLevel).toEqual({ 1: 0, 2: 1 }); // still counted as decided
    const onTime = countTitleHolders([province('Sở A', 1, '2024-02-29'), province('Sở A', 2, '2025-03-01')], {
      title: 'learning-unit-province',
      asOf: '2025-12-31',
    });
    expect(onTime.issues).toEqual([]);
  });

  it('counts only eligible units when a list is given', () => {
    const c = countTitleHolders([province('Sở A', 1, '2024-01-10'), province('Sở B', 1, '2024-01-10')], {
      title: 'learning-unit-province',
      asOf: '2024-12-31',
      units: ['Sở A'],
    });
    expect(c.count).toBe(1);
    expect(c.excluded).toEqual([{ index: 1, unit: 'Sở B', reason: 'not-eligible' }]);
  });

  it('throws only for a bad call', () => {
    expect(() => countTitleHolders('x' as never, { title: 'learning-family', asOf: '2025-12-31' })).toThrowError(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => countTitleHolders([], { title: 'learning-city' as never, asOf: '2025-12-31' })).toThrowError(
      expect.objectContaining({ code: 'unknown-title' }),
    );
    expect(() => countTitleHolders([], { title: 'learning-family', asOf: '2025-13-01' })).toThrowError(
      expect.objectContaining({ code: 'invalid-date', path: ['asOf'] }),
    );
  });
});

describe('titleShare', () => {
  it('Duy Xuyên 2020 (domain note §A3): 66 villages, reported as 84.61%, i.e. of 78', () => {
    const villages = Array.from(
      { length: 66 },
      (_, i): Recognition => ({
        unit: `Thôn ${i + 1}`,
        title: 'learning-community-village',
        decisionDate: '2020-12-15',
        decidedBy: 'UBND xã',
      }),
    );
    const s = titleShare(villages, { title: 'learning-community-village', asOf: '2020-12-31', eligible: 78 });
    // 66/78 = 84.6153…%: the report truncates to 84.61, half-up display gives 84.62
    expect(s).toMatchObject({ status: 'value', numerator: 66, denominator: 78, percent: '84.62' });
  });

  it('with minLevel counts level-2 holders only; an eligible list is the denominator', () => {
    const records = [
      province('Sở A', 2, '2024-03-01'),
      province('Sở B', 1, '2024-03-01'),
      province('Sở C', 1, '2024-03-01'),
    ];
    const s = titleShare(records, {
      title: 'learning-unit-province',
      asOf: '2024-12-31',
      eligible: ['Sở A', 'Sở B', 'Sở D', 'Sở A'],
      minLevel: 2,
    });
    // eligible: A, B, D (A listed twice); level 2: A only → 1/3
    expect(s).toMatchObject({ numerator: 1, denominator: 3, percent: '33.33' });
    expect(s.count.excluded).toEqual([{ index: 2, unit: 'Sở C', reason: 'not-eligible' }]);
  });

  it('more holders than eligible units is an error issue and no value; zero eligible is no data', () => {
    const records = [province('Sở A', 1, '2024-03-01'), province('Sở B', 1, '2024-03-01')];
    const s = titleShare(records, { title: 'learning-unit-province', asOf: '2024-12-31', eligible: 1 });
    expect(s).toMatchObject({ status: 'no-data', reason: 'more-holders-than-eligible', percent: null });
    expect(s.issues).toEqual([expect.objectContaining({ code: 'numerator-exceeds-denominator', path: ['eligible'] })]);
    expect(titleShare([], { title: 'learning-unit-province', asOf: '2024-12-31', eligible: 0 })).toMatchObject({
      status: 'no-data',
      reason: 'zero-eligible',
    });
  });

  it('rejects a bad eligible count and a minLevel the title does not have', () => {
    expect(() => titleShare([], { title: 'learning-family', asOf: '2024-12-31', eligible: -1 })).toThrowError(
      expect.objectContaining({ code: 'invalid-count', path: ['eligible'] }),
    );
    expect(() =>
      titleShare([], { title: 'learning-family', asOf: '2024-12-31', eligible: 5, minLevel: 2 }),
    ).toThrowError(expect.objectContaining({ code: 'invalid-title-level' }));
  });
});
