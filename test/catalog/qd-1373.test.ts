import { describe, expect, it } from 'vitest';
import { findIndicator, getIndicator, listIndicators } from '../../src/catalog/registry.js';
import { getPlan, listPlans, planYears } from '../../src/plans/registry.js';

// The ids issue #2 fixes for other tools to rely on.
const IDS = [
  'provinces-literacy-level-2',
  'provinces-preschool-kindergarten-age',
  'provinces-primary-level-3',
  'provinces-lower-secondary-level-2',
  'provinces-lower-secondary-level-3',
  'working-age-information-competence',
  'working-age-life-skills',
  'population-15plus-technical-qualification',
  'population-15plus-university-or-higher',
  'universities-digital',
  'institutions-digital-environment',
  'community-learning-centres-it',
  'citizens-learning-citizen-title',
  'districts-learning-district',
  'provinces-learning-province',
] as const;

// shared/domain/targets-1373.md §1a–1d (and the YAML of §1f): [2025, 2030] minimum percentages.
const EXPECTED: Record<string, [string, string | null]> = {
  'provinces-literacy-level-2': ['70', '90'],
  'provinces-preschool-kindergarten-age': ['70', '100'],
  'provinces-primary-level-3': ['50', '70'],
  'provinces-lower-secondary-level-2': ['100', null],
  'provinces-lower-secondary-level-3': ['20', '40'],
  'working-age-information-competence': ['50', '70'],
  'working-age-life-skills': ['50', '70'],
  'population-15plus-technical-qualification': ['50', '60'],
  'population-15plus-university-or-higher': ['12', '15'],
  'universities-digital': ['70', '90'],
  'institutions-digital-environment': ['60', '80'],
  'community-learning-centres-it': ['70', '90'],
  'citizens-learning-citizen-title': ['40', '60'],
  'districts-learning-district': ['25', '50'],
  'provinces-learning-province': ['15', '35'],
};

describe('Decision 1373 catalog', () => {
  it('has exactly the 15 indicators, in the decision order', () => {
    expect(
      listIndicators()
        .slice(0, 15)
        .map((i) => i.id),
    ).toEqual(IDS);
  });

  it('gives every indicator labels in both languages, a kind, a denominator and a source', () => {
    for (const id of IDS) {
      const ind = getIndicator(id);
      expect(ind.label.vi.length).toBeGreaterThan(5);
      expect(ind.label.en.length).toBeGreaterThan(5);
      expect(['share-of-persons', 'share-of-units']).toContain(ind.kind);
      expect(ind.denominator).not.toBeNull();
      expect(ind.source).toMatchObject({
        type: 'decision',
        number: '1373/QĐ-TTg',
        date: '2021-07-30',
        issuer: { vi: 'Thủ tướng Chính phủ' },
      });
      expect(ind.source.section).toMatch(/^Điều 1, Mục II\.2\.[abcd]$/);
    }
  });

  it('flags the ambiguous texts named in the domain note', () => {
    // §1b note: the denominator of the university share ("dân số") is ambiguous
    expect(getIndicator('population-15plus-university-or-higher').notes.map((n) => n.topic)).toContain('denominator');
    // §1d note: what population the learning-citizen share is of
    expect(getIndicator('citizens-learning-citizen-title').notes.map((n) => n.topic)).toContain('denominator');
    // "phấn đấu" stretch targets
    expect(getIndicator('provinces-lower-secondary-level-2').notes.map((n) => n.topic)).toContain('stretch');
    // people of working age are not defined by the decision
    expect(getIndicator('working-age-life-skills').notes.map((n) => n.topic)).toContain('denominator');
  });

  it('throws unknown-indicator for an unknown id and finds none', () => {
    // @ts-expect-error: not an indicator id, a compile error since issue 12 (a JavaScript caller still gets the coded error)
    expect(() => getIndicator('literacy')).toThrowError(expect.objectContaining({ code: 'unknown-indicator' }));
    expect(findIndicator('literacy')).toBeUndefined();
  });
});

describe('plan qd-1373', () => {
  const plan = getPlan('qd-1373');

  it('is listed, with its legal reference', () => {
    expect(listPlans().map((p) => p.id)).toContain('qd-1373');
    expect(plan.reference).toBe('1373/QĐ-TTg');
    expect(plan.date).toBe('2021-07-30');
    expect(planYears(plan)).toEqual([2025, 2030]);
  });

  it('holds the 2025 and 2030 minimums of the domain note, each with its source', () => {
    for (const [id, [v2025, v2030]] of Object.entries(EXPECTED)) {
      const t2025 = plan.targets.find((t) => t.indicator === id && t.year === 2025);
      const t2030 = plan.targets.find((t) => t.indicator === id && t.year === 2030);
      expect(t2025, `${id} 2025`).toMatchObject({ kind: 'percent', comparator: 'at-least', value: v2025 });
      if (v2030 === null) expect(t2030, `${id} 2030`).toBeUndefined();
      else expect(t2030, `${id} 2030`).toMatchObject({ kind: 'percent', comparator: 'at-least', value: v2030 });
      for (const t of [t2025, t2030]) {
        if (!t) continue;
        expect(t.source).toMatchObject({ type: 'decision', number: '1373/QĐ-TTg' });
        expect(t.source.section).toMatch(/^Điều 1, Mục II\.2\.[abcd]$/);
        expect(t.source.verified).toBe(true);
      }
    }
    expect(plan.targets).toHaveLength(29);
  });

  it('marks the "phấn đấu" targets as stretch goals', () => {
    const stretch = plan.targets.filter((t) => t.stretch).map((t) => `${t.indicator}@${t.year}`);
    expect(stretch.sort()).toEqual([
      'provinces-lower-secondary-level-2@2025',
      'provinces-preschool-kindergarten-age@2030',
    ]);
  });

  it('keeps the confidence tag of figures that have only one verbatim source [B]', () => {
    const tag = (id: string, year: number) =>
      plan.targets.find((t) => t.indicator === id && t.year === year)!.source.confidence;
    expect(tag('districts-learning-district', 2025)).toBe('B');
    expect(tag('districts-learning-district', 2030)).toBe('A');
    expect(tag('community-learning-centres-it', 2030)).toBe('B');
  });

  it('throws unknown-plan for an unknown id', () => {
    // @ts-expect-error: not a plan id, a compile error since issue 12 (a JavaScript caller still gets the coded error)
    expect(() => getPlan('qd-9999')).toThrowError(expect.objectContaining({ code: 'unknown-plan' }));
  });
});
