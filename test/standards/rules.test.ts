import { describe, expect, it } from 'vitest';
import { REGIMES, getRegime } from '../../src/standards/regimes.js';
import { resolveRules, selectStandards } from '../../src/standards/ruleset.js';

/*
 * The rule data as data: ids, sources and verified flags as the domain notes
 * tag them (standards-xmc-pcgd.md: [V] verified, [U] unverified;
 * standards-verification.md: Decree 20/2014 Art. 11 and 15 VERIFIED, Decree
 * 142/2025 and 277/2025 STILL OPEN).
 */

describe('rule data', () => {
  for (const regime of Object.values(REGIMES)) {
    it(`${regime.id}: ids are unique and every rule names a document and an article`, () => {
      const ids = regime.rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const r of regime.rules) {
        expect(r.source.document, r.id).toMatch(
          /^(Nghị định|Thông tư) số \d+\/\d{4}\/[^ ]+ ngày \d+\/\d+\/\d{4} của (Chính phủ|Bộ trưởng Bộ Giáo dục và Đào tạo)/,
        );
        expect(r.source.article.length, r.id).toBeGreaterThan(0);
        expect(r.labelVi.length, r.id).toBeGreaterThan(0);
      }
    });
  }

  it('Decree 20/2014 and Circular 07/2016 rules are verified; Decree 142/2025 and 277/2025 rules are not', () => {
    // Art. 6's completion rule does not state its denominator (domain note §2, [U]): unverified.
    // Art. 9.b over ages 11–14 is the forms' reading (legal-2026-12.md §(d), grade C: forms, not law): unverified.
    const unverifiedRule = new Set([
      'pcgd-mn5.commune.age5-completed',
      'pcgd-mn5.commune-ed.age5-completed',
      'pcgd-th-1.commune.age11to14-completed',
      'pcgd-th-1.commune-ed.age11to14-completed',
    ]);
    for (const regime of Object.values(REGIMES)) {
      for (const r of regime.rules) {
        const unverifiedSource =
          r.source.document.startsWith('Nghị định số 142/2025') ||
          r.source.document.startsWith('Nghị định số 277/2025');
        expect(r.verified, r.id).toBe(!unverifiedSource && !unverifiedRule.has(r.id));
      }
    }
  });

  it('post-reform provinces are counted from communes, pre-reform from districts', () => {
    const of = (id: 'nd20-2014' | 'nd142-2025') =>
      new Set(REGIMES[id].rules.flatMap((r) => (r.kind === 'rollup' && r.tier === 'province' ? [r.of] : [])));
    expect(of('nd20-2014')).toEqual(new Set(['district']));
    expect(of('nd142-2025')).toEqual(new Set(['commune']));
    expect(REGIMES['nd142-2025'].rules.some((r) => r.tier === 'district')).toBe(false);
  });

  it('every standard and level has a rule at every tier above the commune', () => {
    for (const regime of Object.values(REGIMES)) {
      for (const tier of regime.tiers.slice(1)) {
        for (const s of regime.standards) {
          const levels = new Set(regime.rules.filter((r) => r.standard === s && r.tier === tier).map((r) => r.level));
          expect(levels.size, `${regime.id} ${tier} ${s}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('every threshold can be overridden by id', () => {
    for (const regime of Object.values(REGIMES)) {
      const valued = regime.rules.filter((r) => r.kind === 'share' || r.kind === 'rollup').map((r) => r.id);
      const set = resolveRules(regime.id, Object.fromEntries(valued.map((id) => [id, '50'])));
      expect(set.overridden).toEqual(valued);
      for (const r of set.rules) if (r.kind === 'share' || r.kind === 'rollup') expect(r.threshold.text).toBe('50');
    }
  });

  it('the rule data is frozen: no caller can change another caller’s thresholds', () => {
    const rule = REGIMES['nd20-2014'].rules[0]!;
    expect(() => {
      (rule as { value?: string }).value = '1';
    }).toThrow(TypeError);
    expect(Object.isFrozen(resolveRules('nd142-2025').rules)).toBe(true);
  });

  it('dependencies are added in order; unknown ids are coded errors', () => {
    expect(selectStandards(resolveRules('nd20-2014'), ['pcgd-thcs'])).toEqual(['xmc', 'pcgd-th', 'pcgd-thcs']);
    expect(selectStandards(resolveRules('nd142-2025'), ['pcgd-mn3to5'])).toEqual(['pcgd-mn3to5']);
    // @ts-expect-error: not a regime id, a compile error since issue 12 (a JavaScript caller still gets the coded error)
    expect(() => getRegime('toString')).toThrow(expect.objectContaining({ code: 'unknown-regime' }));
  });
});
