import { describe, expect, it } from 'vitest';
import { INDICATOR_LEVELS, isMeasurableAt, levelOfJurisdiction } from '../../src/catalog/level.js';
import { listIndicators } from '../../src/catalog/registry.js';
import { getPlan } from '../../src/plans/registry.js';

/*
 * Issue 10, point 2: every indicator says the level it is measured at, i.e. the
 * smallest jurisdiction whose own plan can set a target on it. Each expectation
 * below gives the reason from the indicator's wording (the unit counted).
 */
const EXPECTED: Readonly<Record<string, string>> = {
  // Decision 1373/QĐ-TTg, Điều 1, Mục II.2.a: "Tỷ lệ tỉnh …": a share of the country's provinces
  'provinces-literacy-level-2': 'national',
  'provinces-preschool-kindergarten-age': 'national',
  'provinces-primary-level-3': 'national',
  'provinces-lower-secondary-level-2': 'national',
  'provinces-lower-secondary-level-3': 'national',
  // Mục II.2.b: shares of people; a commune counts its own working-age people and population 15+
  'working-age-information-competence': 'commune',
  'working-age-life-skills': 'commune',
  'population-15plus-technical-qualification': 'commune',
  'population-15plus-university-or-higher': 'commune',
  // Mục II.2.c: universities are few and belong to provinces at the smallest
  'universities-digital': 'province',
  // Mục II.2.c: the schools of a commune (preschool, primary, lower secondary) are several
  'institutions-digital-environment': 'commune',
  // Mục II.2.c: one community learning centre per commune, so a share of centres needs a district or province
  'community-learning-centres-it': 'district',
  // Mục II.2.d: citizens holding the title, counted in a commune
  'citizens-learning-citizen-title': 'commune',
  // Mục II.2.d: "Tỷ lệ huyện …" is a share of a province's districts; "Tỷ lệ tỉnh …" of the country's provinces
  'districts-learning-district': 'province',
  'provinces-learning-province': 'national',
  // Decision 387/QĐ-TTg, Điều 1: members of the learning-promotion association: within one organisation
  'khuyen-hoc-members-trained-policies': 'institution',
  // households, clans, villages and the organisations of a commune: a commune has several
  'families-learning-family': 'commune',
  'clans-learning-clan': 'commune',
  'villages-learning-community': 'commune',
  'commune-organisations-learning-unit': 'commune',
  'learning-model-workers-learning-citizen': 'commune',
  // staff of learning units, staff of the association: within organisations
  'commune-learning-unit-staff-learning-citizen': 'institution',
  // "Tỷ lệ xã …": a share of communes, which a district (before 1 July 2025) or a province has
  'communes-khuyen-hoc-leader-manages-clc': 'district',
  'commune-khuyen-hoc-staff-clc-it-trained': 'institution',
  // Decision 677/QĐ-TTg, Điều 1, Mục I.2: association members and learning-unit staff within organisations,
  // people of learning families and title holders counted in a commune
  'khuyen-hoc-members-trained-learning-citizen-criteria': 'institution',
  'adults-learning-models-learning-citizen': 'commune',
  'staff-learning-units-learning-citizen': 'institution',
  'learning-citizens-digital-skills': 'commune',
  'learning-citizens-digital-proficient': 'commune',
  // Resolution 218/2025/QH15 / Decree 277/2025/NĐ-CP: "100% tỉnh, thành phố": a share of provinces
  'provinces-preschool-3to5': 'national',
};

describe('indicator levels', () => {
  it('every built-in indicator has the level its wording implies', () => {
    const levels = Object.fromEntries(listIndicators().map((i) => [i.id, i.level]));
    expect(levels).toEqual(EXPECTED);
  });

  it('the local plans’ own indicators are province level (shares of a province’s districts, communes, colleges; the province itself)', () => {
    // Bắc Giang Mục II.2.1 a: "các huyện, thành phố" and "tỉnh đạt …"; Huế Mục II.3–II.4: colleges, units, communes of the city
    for (const id of ['bac-giang-2021-2030', 'hue-2026'] as const) {
      const plan = getPlan(id);
      expect(plan.indicators?.map((i) => [i.id, i.level])).toEqual(plan.indicators?.map((i) => [i.id, 'province']));
    }
  });

  it('has both names of every level', () => {
    expect(Object.keys(INDICATOR_LEVELS)).toEqual(['national', 'province', 'district', 'commune', 'institution']);
    expect(INDICATOR_LEVELS.commune).toEqual({ vi: 'xã', en: 'commune' });
  });

  it.each([
    // a jurisdiction measures what is measured at its own level or below it
    ['national', 'national', true],
    ['commune', 'national', true],
    ['national', 'province', false],
    ['province', 'province', true],
    ['district', 'province', true],
    ['district', 'commune', false],
    ['commune', 'commune', true],
    ['institution', 'commune', true],
    ['commune', 'agency', false],
    ['institution', 'agency', true],
    ['commune', 'district', true],
  ] as const)('%s-level indicator in a %s plan: %s', (level, jurisdiction, expected) => {
    expect(isMeasurableAt(level, jurisdiction)).toBe(expected);
  });

  it('maps a jurisdiction to the level of the indicators its plan defines', () => {
    expect(levelOfJurisdiction('commune')).toBe('commune');
    expect(levelOfJurisdiction('agency')).toBe('institution');
    expect(levelOfJurisdiction('national')).toBe('national');
  });
});
