import { describe, expect, it } from 'vitest';
import { assessCommune } from '../../src/standards/commune.js';
import { literateLevel } from '../../src/standards/literacy.js';
import { mergeUnits } from '../../src/standards/merge.js';
import type { ShareCheck } from '../../src/standards/result.js';
import { ALL_CONDITIONS_YES, DAK_CAM, frozen, fullCommune } from './fixtures.js';

describe('mergeUnits: the 2025 reorganisation', () => {
  it('sums every numerator and denominator (Đăk Cấm, seed 004, plus an invented neighbour)', () => {
    const neighbour = {
      counts: {
        age15to60: { total: 253, literateLevel1: 250, literateLevel2: 200 },
        disabled: { ableToLearn: 4, inEducation: 3 },
      },
    };
    const merged = mergeUnits([DAK_CAM, neighbour]);
    // 19,747 + 253 = 20,000; 19,739 + 200 = 19,939; 19,747 + 250 = 19,997
    expect(merged.counts.age15to60).toEqual({ total: 20000, literateLevel1: 19997, literateLevel2: 19939 });
    expect(merged.counts.disabled).toEqual({ ableToLearn: 4, inEducation: 3 });
    // only Đăk Cấm reported 15–35: a partial sum would be a wrong number, so it is left out
    expect(merged.counts.age15to35).toBeUndefined();
  });

  it('the merged rate is the sum over the sum, never the average of rates', () => {
    // A: 950 of 1,000 aged 15–60 at level 2 (95%); B: 10 of 100 (10%). Average 52.5%; merged 960 of 1,100 = 87.27%.
    // (no 15–18 counts: B's 100 people aged 15–60 could not hold the fixture's 250 aged 15–18)
    const a = fullCommune({
      age15to25: undefined,
      age15to35: undefined,
      age15to18: undefined,
      age15to60: { total: 1000, literateLevel1: 1000, literateLevel2: 950 },
    });
    const b = fullCommune({
      age15to25: undefined,
      age15to35: undefined,
      age15to18: undefined,
      age15to60: { total: 100, literateLevel1: 100, literateLevel2: 10 },
    });
    const merged = mergeUnits([a, b]);
    const r = assessCommune(merged, { regime: 'nd142-2025', standards: ['xmc'] });
    const check = r.standards.xmc!.levels[1]!.checks.find(
      (c) => c.rule === 'xmc-2.commune.age15to60-literate2',
    ) as ShareCheck;
    expect(check).toMatchObject({ share: { numerator: 960, denominator: 1100 }, rate: '87.27', status: 'fail' });
  });

  it('especially difficult only when the caller says so', () => {
    const a = fullCommune({}, true);
    const b = fullCommune({}, true);
    expect(mergeUnits([a, b]).especiallyDifficult).toBe(false);
    expect(mergeUnits([a, b], { especiallyDifficult: true, id: 'new', name: 'Xã mới' })).toMatchObject({
      especiallyDifficult: true,
      id: 'new',
      name: 'Xã mới',
    });
  });

  it('a condition holds for the new unit only when every old unit met it, unless the caller answers', () => {
    const no = {
      ...fullCommune(),
      conditions: { ...ALL_CONDITIONS_YES, xmc: { enoughTeachers: false, monitorAssigned: true, facilities: true } },
    };
    const merged = mergeUnits([fullCommune(), no]);
    expect(merged.conditions?.xmc).toEqual({ monitorAssigned: true, facilities: true });
    const answered = mergeUnits([fullCommune(), no], { conditions: { xmc: { enoughTeachers: true } } });
    expect(answered.conditions?.xmc).toEqual({ enoughTeachers: true, monitorAssigned: true, facilities: true });
  });

  it('the merged unit is assessed like any commune', () => {
    const merged = mergeUnits([fullCommune(), fullCommune(), fullCommune()]);
    expect(merged.counts.age6).toEqual({ total: 3000, enteringGrade1: 3000 });
    expect(assessCommune(merged, { regime: 'nd142-2025' }).standards['pcgd-thcs']?.level).toBe(3);
  });

  it('validates every unit (with its index) and never mutates them', () => {
    const good = frozen(fullCommune());
    expect(() => mergeUnits([good, { counts: { age6: { total: 10, enteringGrade1: 11 } } }])).toThrow(
      expect.objectContaining({ code: 'numerator-exceeds-denominator', path: [1, 'counts', 'age6', 'enteringGrade1'] }),
    );
    expect(() => mergeUnits([])).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(mergeUnits([good]).counts).toEqual(good.counts);
  });
});

describe('literateLevel (Decree 20/2014 Art. 19)', () => {
  it('level 1: stage 1 of the XMC programme, or grade 3', () => {
    expect(literateLevel({ xmcStageCompleted: 1 })).toBe(1);
    expect(literateLevel({ highestGradeCompleted: 3 })).toBe(1);
    expect(literateLevel({ highestGradeCompleted: 4 })).toBe(1);
  });

  it('level 2: stage 2, or primary completed (grade 5)', () => {
    expect(literateLevel({ xmcStageCompleted: 2 })).toBe(2);
    expect(literateLevel({ primaryCompleted: true })).toBe(2);
    expect(literateLevel({ highestGradeCompleted: 5 })).toBe(2);
    expect(literateLevel({ xmcStageCompleted: 1, highestGradeCompleted: 5 })).toBe(2);
  });

  it('not literate: grade 2 and no XMC stage', () => {
    expect(literateLevel({ highestGradeCompleted: 2 })).toBe(0);
    expect(literateLevel({})).toBe(0);
  });

  it('rejects a stage outside 0–2 and a fractional grade', () => {
    expect(() => literateLevel({ xmcStageCompleted: 3 as never })).toThrow(
      expect.objectContaining({ code: 'invalid-input', path: ['xmcStageCompleted'] }),
    );
    expect(() => literateLevel({ highestGradeCompleted: 2.5 })).toThrow(
      expect.objectContaining({ code: 'invalid-input', path: ['highestGradeCompleted'] }),
    );
  });
});
