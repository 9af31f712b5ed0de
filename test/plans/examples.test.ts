import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import { findIndicator } from '../../src/catalog/registry.js';
import { formatSource } from '../../src/catalog/source.js';
import { definePlan } from '../../src/plans/define.js';
import { getPlan, listPlans, planYears, type PlanId } from '../../src/plans/registry.js';
import type { Target } from '../../src/plans/target.js';
import { HUE_UNITS_PLAN } from '../fixtures/plans.js';
import { INDICATOR_WORDS, OTHER_FIGURES, SEED_FILES, TARGET_LINES, type SeedLine } from '../fixtures/seed-evidence.js';

const LOCAL = ['bac-giang-2021-2030', 'hue-2026'] as const;
const SEEDS_PRESENT = existsSync(SEED_FILES['002']) && existsSync(SEED_FILES['003']) && existsSync(SEED_FILES['004']);

/** Lines `from–to` (1-based) of a seed file, joined. */
function seedLines(e: SeedLine): string {
  return readFileSync(SEED_FILES[e.seed], 'utf8')
    .split('\n')
    .slice(e.from - 1, e.to)
    .join(' ');
}

/** The evidence of a target (fails the test when the fixture has none). */
function evidence(plan: string, t: Target): SeedLine {
  const e = TARGET_LINES[`${plan} ${t.indicator} ${t.year}`];
  expect(e, `${plan} ${t.indicator} ${t.year} has no entry in test/fixtures/seed-evidence.ts`).toBeDefined();
  return e!;
}

function find(planId: PlanId, indicator: string, year: number): Target | undefined {
  return getPlan(planId).targets.find((t) => t.indicator === indicator && t.year === year);
}

describe('shipped local plans', () => {
  it('are registered', () => {
    expect(listPlans().map((p) => p.id)).toEqual(
      expect.arrayContaining(['qd-1373', 'bac-giang-2021-2030', 'hue-2026']),
    );
    expect(getPlan('bac-giang-2021-2030').issuer).toBe('UBND tỉnh Bắc Giang');
    expect(getPlan('hue-2026').issuer).toBe('UBND thành phố Huế');
    // seed 002 §2.1 (2025) and §2.2 (2030); seed 003 is the plan for 2026
    expect(planYears(getPlan('bac-giang-2021-2030'))).toEqual([2025, 2030]);
    expect(planYears(getPlan('hue-2026'))).toEqual([2026]);
  });

  it.each(LOCAL)('%s is what definePlan makes of it (valid, canonical)', (id) => {
    const plan = getPlan(id);
    expect(definePlan(plan)).toEqual(plan);
  });

  it.each(LOCAL)(
    '%s: every target cites its plan and the section its evidence lies in, as local, verified text',
    (id) => {
      const plan = getPlan(id);
      for (const t of plan.targets) {
        expect(t.source, t.indicator).toMatchObject({
          type: 'plan',
          number: null,
          issuer: plan.source.issuer,
          title: plan.source.title,
          verified: true,
          confidence: 'local',
        });
        expect(t.source.section, `${t.indicator} ${t.year}`).toBe(evidence(id, t).section);
      }
      // every fixture entry belongs to a target: no stale evidence
      const keys = new Set(plan.targets.map((t) => `${id} ${t.indicator} ${t.year}`));
      expect(Object.keys(TARGET_LINES).filter((k) => k.startsWith(`${id} `) && !keys.has(k))).toEqual([]);
    },
  );

  it.runIf(SEEDS_PRESENT)('every percentage and count is written on the seed lines its evidence names', () => {
    for (const id of LOCAL) {
      for (const t of getPlan(id).targets) {
        const text = seedLines(evidence(id, t)).replace(/\s+/g, ' ');
        expect(INDICATOR_WORDS[t.indicator], t.indicator).toBeDefined();
        expect(text, `${id} ${t.indicator} ${t.year}`).toMatch(INDICATOR_WORDS[t.indicator]!);
        if (t.kind === 'percent') expect(text, `${id} ${t.indicator} ${t.year}`).toContain(`${t.value}%`);
        if (t.kind === 'count')
          expect(text).toMatch(new RegExp(`ít nhất ${t.value} .*ít nhất 0?${t.components![0]!.value} `));
        if (t.kind === 'yes-no') expect(text).toMatch(/tỉnh (đạt|được công nhận)/);
      }
    }
  });

  it.runIf(SEEDS_PRESENT)('every other figure read from a seed is written on the lines its evidence names', () => {
    for (const f of OTHER_FIGURES) {
      const text = seedLines(f);
      for (const piece of f.text) expect(text, f.what).toContain(piece);
    }
  });

  it('the plans cite their issuing People\'s Committee, title and "số hiệu chưa rõ"', () => {
    // seed 002 and 003: no number or date in the copies; signed for the provincial / city People's Committee
    expect(formatSource(getPlan('bac-giang-2021-2030').source, 'vi')).toBe(
      'Kế hoạch (số hiệu chưa rõ) của UBND tỉnh Bắc Giang về xây dựng xã hội học tập giai đoạn 2021–2030 trên địa bàn tỉnh Bắc Giang, Mục II.2',
    );
    expect(formatSource(getPlan('hue-2026').source, 'en')).toBe(
      "Plan (number not known) by the People's Committee of Huế city on implementing the scheme “Building a learning society” in Huế city in 2026, Section II",
    );
  });

  it('Bắc Giang: 16 targets for 2025 and 14 for 2030, raising two national ones', () => {
    const plan = getPlan('bac-giang-2021-2030');
    expect(plan.targets.filter((t) => t.year === 2025)).toHaveLength(16);
    expect(plan.targets.filter((t) => t.year === 2030)).toHaveLength(14);
    // seed 002, dòng 179: 85% of institutions in the digital environment by 2030 (1373: 80%)
    expect(find('bac-giang-2021-2030', 'institutions-digital-environment', 2030)).toMatchObject({
      value: '85',
      source: { section: 'Mục II.2.2, điểm c' },
    });
    expect(find('qd-1373', 'institutions-digital-environment', 2030)).toMatchObject({ value: '80' });
    // seed 002, dòng 193: 70% learning districts by 2030 (1373: 50%)
    expect(find('bac-giang-2021-2030', 'districts-learning-district', 2030)).toMatchObject({ value: '70' });
    // seed 002, dòng 197: "Phấn đấu tỉnh được công nhận tỉnh học tập vào năm 2030": a yes/no stretch goal
    expect(find('bac-giang-2021-2030', 'province-learning-province', 2030)).toMatchObject({
      kind: 'yes-no',
      stretch: true,
    });
    // seed 002, dòng 108: a share of the province's districts, not of the country's provinces
    expect(find('bac-giang-2021-2030', 'districts-literacy-level-2', 2025)).toMatchObject({ value: '100' });
    expect(find('bac-giang-2021-2030', 'provinces-literacy-level-2', 2025)).toBeUndefined();
  });

  it('Huế 2026: 87% information competence where the national 2025 target is 50%', () => {
    // seed 003, dòng 51; 1373 Điều 1 Mục II.2.b
    const info = find('hue-2026', 'working-age-information-competence', 2026)!;
    expect(info).toMatchObject({ value: '87', source: { section: 'Mục II.2' } });
    expect(info.note?.vi).toContain('năng lực công nghệ thông tin');
    expect(find('qd-1373', 'working-age-information-competence', 2025)).toMatchObject({ value: '50' });
    expect(getPlan('hue-2026').targets).toHaveLength(10);
  });

  it('Huế 2026: the learning-unit count target is the fixture of seed 003 lines 72–74', () => {
    const t = find('hue-2026', 'units-learning-unit-province', 2026)!;
    const fixture = HUE_UNITS_PLAN.targets[0]!;
    expect(t).toMatchObject({
      kind: fixture.kind,
      value: fixture.value,
      comparator: fixture.comparator,
      components: (fixture as { components: unknown }).components,
    });
    // 16 units recognised, only 4 at level 2: the nested minimum of 5 is not met
    const r = computeAttainment({
      plan: 'hue-2026',
      year: 2026,
      observations: [{ indicator: 'units-learning-unit-province', count: 16, components: { 'level-2': 4 } }],
    });
    expect(r.results.find((x) => x.indicator === 'units-learning-unit-province')).toMatchObject({
      status: 'not-met',
      shortfall: 1,
    });
  });

  it('local indicators are defined by the plan, catalog ones are not redefined', () => {
    for (const id of LOCAL) {
      const plan = getPlan(id);
      const own = new Set((plan.indicators ?? []).map((i) => i.id));
      for (const i of own) expect(findIndicator(i), `${i} shadows a catalog indicator`).toBeUndefined();
      for (const t of plan.targets) expect(own.has(t.indicator) || findIndicator(t.indicator) !== undefined).toBe(true);
    }
    // seed 003, dòng 59: "các trường đại học, cao đẳng": a wider denominator than 1373's universities
    expect(
      getPlan('hue-2026').indicators?.find((i) => i.id === 'universities-colleges-digital')?.denominator?.vi,
    ).toContain('cao đẳng');
  });

  it('a shipped plan computes like any other', () => {
    // seed 002, dòng 126: 50% information competence by 2025; 480 of 1000 is 48%
    const r = computeAttainment({
      plan: 'bac-giang-2021-2030',
      year: 2025,
      observations: [{ indicator: 'working-age-information-competence', numerator: 480, denominator: 1000 }],
    });
    expect(r.summary.total).toBe(16);
    expect(r.results.find((x) => x.indicator === 'working-age-information-competence')).toMatchObject({
      status: 'not-met',
      shortfall: 20,
      source: { section: 'Mục II.2.1, điểm b' },
    });
  });
});
