import { describe, expect, it } from 'vitest';
import { COUNT_CONSTRAINTS } from '../../src/standards/fields.js';
import { communeInputIssues } from '../../src/standards/validate.js';

/*
 * Issue 3 §6: "age-group counts that contradict each other (more literate
 * 15–35 than people 15–60…)" are inconsistent-counts. A constraint is checked
 * only when all its fields are present, so each implied bound is stated on its
 * own: with 15–35's total missing, "15–35 literate ≤ 15–35 total ≤ 15–60 total"
 * cannot be chained. Age groups (domain note §1.3, §5, §6): literacy 15–25 ⊂
 * 15–35 ⊂ 15–60 (Art. 17, 20, 21), lower secondary 15–18 (Art. 14–16).
 */

const problems = (counts: object) => communeInputIssues({ counts }).map((i) => [i.code, i.path.slice(1).join('.')]);

describe('implied bounds across age groups', () => {
  it('a narrow group’s literate people are at most the wide group’s people (15–35 literate ≤ 15–60)', () => {
    expect(problems({ age15to35: { literateLevel1: 600 }, age15to60: { total: 500 } })).toEqual([
      ['inconsistent-counts', 'age15to35.literateLevel1'],
    ]);
    expect(problems({ age15to25: { literateLevel2: 600 }, age15to35: { total: 500 } })).toEqual([
      ['inconsistent-counts', 'age15to25.literateLevel2'],
    ]);
    expect(problems({ age15to35: { literateLevel1: 500 }, age15to60: { total: 500 } })).toEqual([]);
  });

  it('15–18-year-olds are people aged 15–25 (and 15–35, 15–60)', () => {
    expect(problems({ age15to18: { total: 301 }, age15to25: { total: 300 } })).toEqual([
      ['inconsistent-counts', 'age15to18.total'],
    ]);
    expect(problems({ age15to18: { total: 300 }, age15to25: { total: 300 } })).toEqual([]);
    expect(problems({ age15to18: { total: 301 }, age15to60: { total: 300 } })).toEqual([
      ['inconsistent-counts', 'age15to18.total'],
    ]);
    // a part of 15–18 whose total is missing
    expect(problems({ age15to18: { lowerSecondaryDiploma: 301 }, age15to35: { total: 300 } })).toEqual([
      ['inconsistent-counts', 'age15to18.lowerSecondaryDiploma'],
    ]);
  });

  it('5-year-olds are not bounded by the 3–5 count: its denominator is "phải huy động" (domain note §3), not every child', () => {
    expect(problems({ age5: { total: 300 }, age3to5: { total: 200 } })).toEqual([]);
    expect(COUNT_CONSTRAINTS.some((c) => [...c.left, ...c.right].some((f) => f.startsWith('age5.')))).toBe(false);
  });

  it('every constraint id is unique', () => {
    const ids = COUNT_CONSTRAINTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
