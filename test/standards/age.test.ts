import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, surveyAge } from '../../src/standards/age.js';
import { COUNT_GROUPS } from '../../src/standards/fields.js';
import { REGIMES } from '../../src/standards/regimes.js';

/*
 * Ages in PCGD statistics (shared/domain/legal-2026-12.md §(e)):
 * - Education Law 43/2019 Art. 28.1 (grade A): school ages "tính theo năm" (6 for
 *   grade 1, 11 for grade 6, 15 for grade 10);
 * - Decree 20/2014 Art. 31 (grade A): commune statistics as at "Ngày 30 tháng 9";
 * - §(e).3 (forms, grade C): age columns are headed by birth year N − age; "in
 *   2025, 6-year-olds are those born in 2019 and 11-year-olds those born in 2014".
 * Age groups: Decree 20/2014 Art. 6 (5), 9–11 (6, 11, 14), 14–16 (15–18),
 * 20–21 (15–25, 15–35, 15–60); Decree 277/2025 (3–5); 11–14 for Art. 9.b as the
 * forms count it (TH-M1 columns L–O and "Tổng 11–14", summary row 43;
 * legal-2026-12.md §(d)).
 */

describe('surveyAge: age = survey year − birth year, at 30 September', () => {
  it('in 2025 the 6-year-olds are born in 2019 and the 11-year-olds in 2014 (§(e).3)', () => {
    expect(surveyAge({ birthYear: 2019, surveyYear: 2025 })).toEqual({
      birthYear: 2019,
      surveyYear: 2025,
      age: 6,
      referenceDate: '2025-09-30',
      groups: ['age6'],
    });
    expect(surveyAge({ birthYear: 2014, surveyYear: 2025 })).toMatchObject({ age: 11, groups: ['age11', 'age11to14'] });
  });

  it('gives every group that includes the age', () => {
    // 3–5: born 2020–2022 in 2025; 5 is in both preschool groups (Art. 6 and Decree 277/2025)
    expect(surveyAge({ birthYear: 2022, surveyYear: 2025 }).groups).toEqual(['age3to5']);
    expect(surveyAge({ birthYear: 2020, surveyYear: 2025 }).groups).toEqual(['age3to5', 'age5']);
    // 14: the 14-year-olds and the 11–14 cohort (born 2011–2014 in 2025: TH-M1 row 4, birth years N − age)
    expect(surveyAge({ birthYear: 2011, surveyYear: 2025 }).groups).toEqual(['age11to14', 'age14']);
    // 12 and 13: only the 11–14 cohort
    expect(surveyAge({ birthYear: 2013, surveyYear: 2025 }).groups).toEqual(['age11to14']);
    expect(surveyAge({ birthYear: 2012, surveyYear: 2025 }).groups).toEqual(['age11to14']);
    // 15: 15–18, 15–25, 15–35, 15–60 (Art. 14–16, 20–21)
    expect(surveyAge({ birthYear: 2010, surveyYear: 2025 }).groups).toEqual([
      'age15to18',
      'age15to25',
      'age15to35',
      'age15to60',
    ]);
    // the example of docs/standards-guide.md and of the JSDoc: 17 in 2025
    expect(surveyAge({ birthYear: 2008, surveyYear: 2025 })).toMatchObject({
      age: 17,
      groups: ['age15to18', 'age15to25', 'age15to35', 'age15to60'],
    });
    expect(surveyAge({ birthYear: 2021, surveyYear: 2025 })).toMatchObject({ age: 4, groups: ['age3to5'] });
    expect(surveyAge({ birthYear: 2006, surveyYear: 2025 })).toMatchObject({
      age: 19,
      groups: ['age15to25', 'age15to35', 'age15to60'],
    });
    expect(surveyAge({ birthYear: 1990, surveyYear: 2025 })).toMatchObject({
      age: 35,
      groups: ['age15to35', 'age15to60'],
    });
    // 60 is the last literacy age (Art. 17: "từ 15 đến 60"); 61 is in no group
    expect(surveyAge({ birthYear: 1965, surveyYear: 2025 }).groups).toEqual(['age15to60']);
    expect(surveyAge({ birthYear: 1964, surveyYear: 2025 }).groups).toEqual([]);
    // ages without a group: 2, 7–10
    expect(surveyAge({ birthYear: 2023, surveyYear: 2025 }).groups).toEqual([]);
    expect(surveyAge({ birthYear: 2017, surveyYear: 2025 }).groups).toEqual([]);
    // born in the survey year: age 0
    expect(surveyAge({ birthYear: 2025, surveyYear: 2025 })).toMatchObject({ age: 0, groups: [] });
  });

  it('bad years are coded errors with a path', () => {
    const error = (input: unknown) => {
      try {
        surveyAge(input as never);
      } catch (e) {
        return e;
      }
      throw new Error('accepted');
    };
    expect(error({ birthYear: 2026, surveyYear: 2025 })).toMatchObject({ code: 'invalid-year', path: ['birthYear'] });
    expect(error({ birthYear: 2019.5, surveyYear: 2025 })).toMatchObject({ code: 'invalid-year', path: ['birthYear'] });
    expect(error({ birthYear: '2019', surveyYear: 2025 })).toMatchObject({ code: 'invalid-year', path: ['birthYear'] });
    expect(error({ birthYear: 2019 })).toMatchObject({ code: 'invalid-year', path: ['surveyYear'] });
    expect(error({ birthYear: 1899, surveyYear: 2025 })).toMatchObject({ code: 'invalid-year', path: ['birthYear'] });
    expect(error({ birthYear: 2019, surveyYear: 2101 })).toMatchObject({ code: 'invalid-year', path: ['surveyYear'] });
    expect(error({ birthYear: 2019, surveyYear: Number.NaN })).toMatchObject({
      code: 'invalid-year',
      path: ['surveyYear'],
    });
    expect(error(null)).toMatchObject({ code: 'invalid-input' });
    expect((error({ birthYear: 2026, surveyYear: 2025 }) as { messageVi: string }).messageVi).toMatch(
      /năm sinh 2026 sau năm điều tra 2025/,
    );
  });
});

describe('AGE_GROUPS', () => {
  it('covers every age group of the counts, with the ages of the decree articles', () => {
    expect(AGE_GROUPS.map((g) => [g.group, g.from, g.to])).toEqual([
      ['age3to5', 3, 5],
      ['age5', 5, 5],
      ['age6', 6, 6],
      ['age11', 11, 11],
      ['age11to14', 11, 14],
      ['age14', 14, 14],
      ['age15to18', 15, 18],
      ['age15to25', 15, 25],
      ['age15to35', 15, 35],
      ['age15to60', 15, 60],
    ]);
    const counted = COUNT_GROUPS.map((g) => g.group).filter((g) => g !== 'disabled');
    expect(new Set(AGE_GROUPS.map((g) => g.group))).toEqual(new Set(counted));
  });

  it('names exactly the standards whose rules read the group', () => {
    const readers = new Map<string, Set<string>>();
    for (const regime of Object.values(REGIMES)) {
      const all = [...regime.rules, ...(regime.readings ?? []).flatMap((g) => g.options.flatMap((o) => o.rules))];
      for (const r of all) {
        if (r.kind !== 'share') continue;
        for (const f of [...r.numerator, r.denominator]) {
          const group = f.split('.')[0]!;
          if (!readers.has(group)) readers.set(group, new Set());
          readers.get(group)!.add(r.standard);
        }
      }
    }
    for (const g of AGE_GROUPS) expect(new Set(g.standards), g.group).toEqual(readers.get(g.group));
  });
});
