import { describe, expect, it } from 'vitest';
import type { Recognition } from '../../src/titles/recognition.js';
import { canSeekLevel2, level2EligibleFrom, recognitionValidUntil, titleStatusAt } from '../../src/titles/validity.js';

/*
 * Rules (shared/domain/learning-models-workforce.md §A1 TT 24/2023, §A2 TT 25/2023):
 * - recognition kept for "3 năm (36 tháng) tiếp theo năm được công nhận";
 * - level 2 may be sought at least 12 months after the level-1 decision.
 * Conventions (src/titles/validity.ts): valid through 31/12 of decision year + 3; the 12 months are
 * counted as Civil Code 2015 Art. 147–148 count months (eligible the day after the period ends).
 */

const unit = (decisionDate: string, level: 1 | 2 = 1): Recognition => ({
  unit: 'Trường THPT A',
  title: 'learning-unit-province',
  level,
  decisionDate,
  decidedBy: 'UBND tỉnh',
});

describe('validity: 3 years following the year of recognition', () => {
  it('a decision of 2024-02-29 (leap day) is valid from that day through 2027-12-31', () => {
    const r = unit('2024-02-29');
    expect(titleStatusAt(r, '2024-02-28').status).toBe('not-yet-decided');
    expect(titleStatusAt(r, '2024-02-29').status).toBe('valid');
    expect(titleStatusAt(r, '2025-02-28').status).toBe('valid');
    expect(titleStatusAt(r, '2027-12-31').status).toBe('valid');
    expect(titleStatusAt(r, '2028-01-01').status).toBe('expired');
    expect(recognitionValidUntil(r)).toBe('2027-12-31');
  });

  it('end of year: decided 31/12/2024 → valid through 31/12/2027; decided a day later, one more year', () => {
    expect(recognitionValidUntil(unit('2024-12-31'))).toBe('2027-12-31');
    expect(recognitionValidUntil(unit('2025-01-01'))).toBe('2028-12-31');
    expect(titleStatusAt(unit('2024-12-31'), '2024-12-30').status).toBe('not-yet-decided');
    expect(titleStatusAt(unit('2024-12-31'), '2024-12-31').status).toBe('valid');
  });

  it('names the rule, its source and that it is provisional (circular read in summaries only)', () => {
    const s = titleStatusAt(unit('2024-02-29'), '2026-06-30');
    expect(s).toMatchObject({ validFrom: '2024-02-29', validUntil: '2027-12-31', level: 1, provisional: true });
    expect(s.rule.followingYears).toBe(3);
    expect(s.rule.source).toMatchObject({ type: 'circular', number: '24/2023/TT-BGDĐT' });
    const community: Recognition = {
      unit: 'Xã A',
      title: 'learning-community-commune',
      level: 2,
      decisionDate: '2024-05-10',
      decidedBy: 'Trưởng phòng GDĐT',
    };
    expect(titleStatusAt(community, '2027-12-31').rule.source.number).toBe('25/2023/TT-BGDĐT');
  });

  it("applies a caller's validity rule instead of an assumed one", () => {
    const family: Recognition = {
      unit: 'Hộ ông A',
      title: 'learning-family',
      decisionDate: '2024-11-20',
      decidedBy: 'UBND xã',
    };
    // built in: the 3-year rule, assumed (no rule found for families)
    expect(titleStatusAt(family, '2027-12-31')).toMatchObject({ status: 'valid', provisional: true });
    expect(titleStatusAt(family, '2027-12-31').rule.source.confidence).toBe('?');
    const yearly = {
      followingYears: 0,
      source: {
        type: 'other' as const,
        number: null,
        issuer: null,
        title: { vi: 'Quy chế địa phương', en: 'Quy chế địa phương' },
        verified: true,
        confidence: 'local' as const,
      },
      note: { vi: 'Một năm', en: 'One year' },
    };
    const s = titleStatusAt(family, '2025-01-01', { validity: { 'learning-family': yearly } });
    expect(s).toMatchObject({ status: 'expired', validUntil: '2024-12-31', provisional: false });
  });

  it('rejects bad records and dates with coded errors', () => {
    expect(() => titleStatusAt({ ...unit('2024-01-01'), level: undefined }, '2025-01-01')).toThrowError(
      expect.objectContaining({ code: 'invalid-title-level', path: ['level'] }),
    );
    expect(() =>
      titleStatusAt(
        { unit: 'Hộ A', title: 'learning-family', level: 1, decisionDate: '2024-01-01', decidedBy: 'x' },
        '2025-01-01',
      ),
    ).toThrowError(expect.objectContaining({ code: 'invalid-title-level' }));
    expect(() => titleStatusAt({ ...unit('2024-01-01'), title: 'learning-city' as never }, '2025-01-01')).toThrowError(
      expect.objectContaining({ code: 'unknown-title', path: ['title'] }),
    );
    expect(() => titleStatusAt(unit('2025-02-29'), '2025-03-01')).toThrowError(
      expect.objectContaining({ code: 'invalid-date', path: ['decisionDate'] }),
    );
    expect(() => titleStatusAt(unit('2024-01-01'), '31/12/2025')).toThrowError(
      expect.objectContaining({ code: 'invalid-date', path: ['date'] }),
    );
    expect(() => titleStatusAt({ ...unit('2024-01-01'), decidedBy: '' }, '2025-01-01')).toThrowError(
      expect.objectContaining({ code: 'invalid-input', path: ['decidedBy'] }),
    );
  });
});

describe('level 2: at least 12 months after the level-1 decision', () => {
  it('leap day: level 1 on 2024-02-29 → the period ends 2025-02-28 → eligible from 2025-03-01', () => {
    const l1 = unit('2024-02-29');
    expect(level2EligibleFrom(l1)).toBe('2025-03-01');
    expect(canSeekLevel2(l1, '2025-02-28')).toBe(false);
    expect(canSeekLevel2(l1, '2025-03-01')).toBe(true);
  });

  it('the anniversary convention allows the corresponding day (end of February when there is none)', () => {
    expect(level2EligibleFrom(unit('2024-02-29'), { level2Convention: 'anniversary' })).toBe('2025-02-28');
    expect(canSeekLevel2(unit('2024-02-29'), '2025-02-28', { level2Convention: 'anniversary' })).toBe(true);
  });

  it('into a leap year: level 1 on 2023-02-28 → eligible from 2024-02-29', () => {
    expect(level2EligibleFrom(unit('2023-02-28'))).toBe('2024-02-29');
  });

  it('month ends and year ends: 2024-03-31 → 2025-04-01; 2023-12-31 → 2025-01-01', () => {
    expect(level2EligibleFrom(unit('2024-03-31'))).toBe('2025-04-01');
    expect(level2EligibleFrom(unit('2023-12-31'))).toBe('2025-01-01');
    expect(canSeekLevel2(unit('2023-12-31'), '2024-12-31')).toBe(false);
  });

  it('only from a level-1 recognition of a title with levels', () => {
    expect(() => level2EligibleFrom(unit('2024-02-29', 2))).toThrowError(
      expect.objectContaining({ code: 'invalid-title-level' }),
    );
    expect(() =>
      level2EligibleFrom({
        unit: 'Thôn 1',
        title: 'learning-community-village',
        decisionDate: '2024-01-01',
        decidedBy: 'UBND xã',
      }),
    ).toThrowError(expect.objectContaining({ code: 'invalid-title-level' }));
    expect(() => level2EligibleFrom(unit('2024-02-29'), { level2Convention: 'lunar' as never })).toThrowError(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});
