import { snapshot } from '../util/snapshot.js';
import { describe } from '../util/describe.js';
import { XhhtError } from '../errors.js';
import { isRecord } from '../util/guards.js';
import { deepFreeze } from '../util/freeze.js';
import type { CountGroup } from './fields.js';
import type { StandardId } from './model.js';
import { say } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';

/*
 * Ages in universal-education statistics are counted by birth year, not by
 * birthday: school ages are "tính theo năm" (Luật Giáo dục số 43/2019/QH14,
 * Điều 28: grade 1 at 6, grade 6 at 11, grade 10 at 15), and a commune's
 * figures are those at 30 September (Nghị định 20/2014/NĐ-CP, Điều 31). So in
 * the 2025 survey a child born on 31 December 2019 is 6, like one born on
 * 1 January 2019.
 */

/**
 * An age group of the commune counts: its ages (inclusive) and the standards
 * whose rules read it.
 *
 * @example
 * AGE_GROUPS.find((g) => g.group === 'age15to35'); // { group: 'age15to35', from: 15, to: 35, standards: ['xmc'], … }
 */
export interface AgeGroupInfo {
  /** The key of the group in `CommuneCounts`. */
  readonly group: Exclude<CountGroup, 'disabled'>;
  readonly from: number;
  readonly to: number;
  readonly standards: readonly StandardId[];
  readonly label: string;
  readonly labelVi: string;
}

const g = (group: AgeGroupInfo['group'], from: number, to: number, standards: readonly StandardId[]): AgeGroupInfo => ({
  group,
  from,
  to,
  standards,
  label: from === to ? `aged ${from}` : `aged ${from}–${to}`,
  labelVi: from === to ? `${from} tuổi` : `${from}–${to} tuổi`,
});

/**
 * Every age group of the commune counts, youngest first (by first age, then
 * last): the preschool groups (3–5 of Decree 277/2025, 5 of Decree 20/2014
 * Art. 6), primary (6, 11, 11–14, 14: Art. 9–11; 11–14 and 14 are the two
 * readings of Art. 9's "trẻ em đến 14 tuổi"), lower secondary (15–18: Art.
 * 14–16) and literacy (15–25, 15–35, 15–60: Art. 20–21).
 *
 * @example
 * AGE_GROUPS.map((x) => x.group);
 * // ['age3to5', 'age5', 'age6', 'age11', 'age11to14', 'age14', 'age15to18', 'age15to25', 'age15to35', 'age15to60']
 */
export const AGE_GROUPS: readonly AgeGroupInfo[] = /*#__PURE__*/ /* @__PURE__ */ (() =>
  deepFreeze([
    g('age3to5', 3, 5, ['pcgd-mn3to5']),
    g('age5', 5, 5, ['pcgd-mn5']),
    g('age6', 6, 6, ['pcgd-th']),
    g('age11', 11, 11, ['pcgd-th']),
    g('age11to14', 11, 14, ['pcgd-th']),
    g('age14', 14, 14, ['pcgd-th']),
    g('age15to18', 15, 18, ['pcgd-thcs']),
    g('age15to25', 15, 25, ['xmc']),
    g('age15to35', 15, 35, ['xmc']),
    g('age15to60', 15, 60, ['xmc']),
  ]))();

/**
 * One person's age in a survey year, as universal-education statistics count
 * it, and the age groups of the commune counts that include them.
 *
 * @example
 * const a: SurveyAge = { birthYear: 2019, surveyYear: 2025, age: 6, referenceDate: '2025-09-30', groups: ['age6'] };
 */
export interface SurveyAge {
  readonly birthYear: number;
  readonly surveyYear: number;
  /** surveyYear − birthYear. */
  readonly age: number;
  /** The date the figures describe: 30 September of the survey year. */
  readonly referenceDate: string;
  /** The groups of {@link AGE_GROUPS} that include this age, in that order (none below 3 or above 60). */
  readonly groups: readonly AgeGroupInfo['group'][];
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function checkYear(value: unknown, key: 'birthYear' | 'surveyYear'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    throw new XhhtError(
      'invalid-year',
      say(STANDARDS_MSG, 'invalid-year.range', {
        key: say(STANDARDS_MSG, key === 'birthYear' ? 'year-field.birth' : 'year-field.survey'),
        minYear: MIN_YEAR,
        maxYear: MAX_YEAR,
        got: describe(value),
      }),
      { path: [key] },
    );
  }
  return value;
}

/**
 * A person's age for universal-education and literacy statistics: age = survey
 * year − birth year, whatever the birthday, at the reference date 30 September
 * of the survey year; and the age groups of the commune counts it falls in.
 * School ages are counted by year (Luật Giáo dục số 43/2019/QH14 ngày
 * 14/6/2019 của Quốc hội, Điều 28) and commune figures are those at 30
 * September (Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ, Điều 31).
 *
 * Throws `invalid-year` (path `['birthYear']` or `['surveyYear']`) for a year
 * that is not a whole number from 1900 to 2100, or a birth year after the
 * survey year; `invalid-input` when the argument is not an object.
 *
 * @param given - the birth year and the survey year
 * @example
 * surveyAge({ birthYear: 2019, surveyYear: 2025 }); // { age: 6, referenceDate: '2025-09-30', groups: ['age6'], … }
 * surveyAge({ birthYear: 2008, surveyYear: 2025 }).groups;
 * // ['age15to18', 'age15to25', 'age15to35', 'age15to60'] (age 17)
 * surveyAge({ birthYear: 2021, surveyYear: 2025 }).groups; // ['age3to5'] (age 4)
 * surveyAge({ birthYear: 2011, surveyYear: 2025 }).groups; // ['age11to14', 'age14'] (age 14)
 * surveyAge({ birthYear: 2026, surveyYear: 2025 }); // throws XhhtError { code: 'invalid-year', path: ['birthYear'] }
 */
export function surveyAge(given: { readonly birthYear: number; readonly surveyYear: number }): SurveyAge {
  // read once: the years checked are the years used
  const input = snapshot(given);
  if (!isRecord(input)) {
    throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.survey-age'), { path: [] });
  }
  const birthYear = checkYear(input.birthYear, 'birthYear');
  const surveyYear = checkYear(input.surveyYear, 'surveyYear');
  if (birthYear > surveyYear) {
    throw new XhhtError(
      'invalid-year',
      say(STANDARDS_MSG, 'invalid-year.birth-after-survey', { birthYear, surveyYear }),
      { path: ['birthYear'] },
    );
  }
  const age = surveyYear - birthYear;
  return {
    birthYear,
    surveyYear,
    age,
    referenceDate: `${surveyYear}-09-30`,
    groups: AGE_GROUPS.filter((x) => age >= x.from && age <= x.to).map((x) => x.group),
  };
}
