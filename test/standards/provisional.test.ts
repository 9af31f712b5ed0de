import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import { assessCommune } from '../../src/standards/commune.js';
import type { CommuneRecord } from '../../src/standards/model.js';
import { nationalObservations } from '../../src/standards/national.js';
import type { RequiresCheck, ShareCheck } from '../../src/standards/result.js';
import { rollUp } from '../../src/standards/rollup.js';
import { fullCommune } from './fixtures.js';

/*
 * Issue 3 acceptance: a result "never hides that a provisional rule was used".
 * Provisional rules are overridden values (the library cannot vouch for them)
 * and rules the domain note tags [U].
 */

const XMC1 = 'xmc-1.commune.age15to35-literate1';
const requiresXmc = (r: ReturnType<typeof assessCommune>) =>
  r.standards['pcgd-thcs']!.levels[0]!.checks.find(
    (c) => c.rule === 'pcgd-thcs-1.commune.requires.xmc-1',
  ) as RequiresCheck;

describe('provisional carries across `requires` (Decree 20/2014 Art. 14.a: THCS level 1 needs XMC level 1)', () => {
  // Primary level 1 read over the 14-year-olds, whose rules were read in the decree: by default (11–14, as the
  // forms compute it) primary is provisional itself, which would hide what these tests look at.
  const ONLY_14 = { 'pcgd-th-1.completion': '14' } as const;
  const options = {
    regime: 'nd20-2014',
    standards: ['pcgd-thcs'],
    overrides: { [XMC1]: '90' },
    readings: ONLY_14,
  } as const;

  it('an overridden XMC level 1 rule makes lower secondary provisional too, and names the rule', () => {
    const r = assessCommune(fullCommune(), options);
    expect(r.standards.xmc).toMatchObject({ level: 2, provisional: true, provisionalRules: [XMC1] });
    expect(r.standards['pcgd-thcs']).toMatchObject({ level: 3, provisional: true, provisionalRules: [XMC1] });
    expect(requiresXmc(r)).toMatchObject({
      status: 'pass',
      verified: true,
      provisional: true,
      provisionalRules: [XMC1],
    });
    // primary has no provisional rule: its requires check stays plain
    const th = r.standards['pcgd-thcs']!.levels[0]!.checks.find(
      (c) => c.rule === 'pcgd-thcs-1.commune.requires.pcgd-th-1',
    ) as RequiresCheck;
    expect(th).toMatchObject({ provisional: false });
    expect(th.provisionalRules).toBeUndefined();
  });

  it('especially difficult communes carry their own XMC rule (Art. 20: ages 15–25)', () => {
    const ed = 'xmc-1.commune-ed.age15to25-literate1';
    const r = assessCommune(fullCommune({}, true), {
      regime: 'nd20-2014',
      standards: ['pcgd-thcs'],
      overrides: { [ed]: '90' },
      readings: ONLY_14,
    });
    expect(r.standards['pcgd-thcs']).toMatchObject({ provisional: true, provisionalRules: [ed] });
  });

  it('an XMC level 2 rule cannot change THCS (it needs XMC level 1 only): not provisional', () => {
    const r = assessCommune(fullCommune(), {
      regime: 'nd20-2014',
      standards: ['pcgd-thcs'],
      overrides: { 'xmc-2.commune.age15to60-literate2': '90' },
      readings: ONLY_14,
    });
    expect(r.standards.xmc?.provisional).toBe(true);
    expect(r.standards['pcgd-thcs']).toMatchObject({ provisional: false, provisionalRules: [] });
  });

  it('flows to districts, provinces and the national observations', () => {
    const communes: CommuneRecord[] = ['a', 'b'].map((id) => ({
      ...fullCommune(),
      id,
      province: 'p1',
      district: 'd1',
    }));
    const r = rollUp(communes, options);
    expect(r.districts[0]?.standards['pcgd-thcs']).toMatchObject({ level: 3, provisional: true });
    expect(r.districts[0]?.standards['pcgd-thcs']?.provisionalRules).toContain(XMC1);
    expect(r.provinces[0]?.standards['pcgd-thcs']?.provisionalRules).toContain(XMC1);
    expect(r.national.standards['pcgd-thcs']?.[1]?.provisional).toBe(true);
    const { observations, figures } = nationalObservations(r.provinces);
    expect(figures.find((f) => f.indicator === 'provinces-lower-secondary-level-2')?.provisional).toBe(true);
    expect(observations.find((o) => o.indicator === 'provinces-lower-secondary-level-2')).toMatchObject({
      provisional: true,
    });
  });
});

describe('nationalObservations marks provisional observations', () => {
  const communes: CommuneRecord[] = ['a', 'b'].map((id) => ({ ...fullCommune(), id, province: id, district: 'd' }));

  it('post-reform province shares rest on Decree 142/2025 values that are unverified (domain note §7.2)', () => {
    const { observations } = nationalObservations(rollUp(communes, { regime: 'nd142-2025' }).provinces, {
      asOf: '2025-12-31',
    });
    const xmc = observations.find((o) => o.indicator === 'provinces-literacy-level-2')!;
    expect(xmc).toMatchObject({ numerator: 2, denominator: 2, provisional: true });
    // computeAttainment accepts the flag
    expect(computeAttainment({ plan: 'qd-1373', year: 2025, observations }).issues).toEqual([]);
  });

  it('pre-reform XMC (Art. 20–21, all verified) is not marked', () => {
    const { observations } = nationalObservations(rollUp(communes, { regime: 'nd20-2014' }).provinces);
    const xmc = observations.find((o) => o.indicator === 'provinces-literacy-level-2')!;
    expect(xmc).toMatchObject({ numerator: 2, denominator: 2 });
    expect(xmc.provisional).toBeUndefined();
  });
});

describe('the denominator of the 5-year-old completion rule is unverified', () => {
  // Domain note §2: "The text does not state the denominator; it is probably all
  // 5-year-olds or those in class. [U]" (Decree 20/2014 Art. 6).
  it('ships verified: false, so every result using it is provisional', () => {
    const r = assessCommune(fullCommune(), { regime: 'nd20-2014', standards: ['pcgd-mn5'] });
    expect(r.standards['pcgd-mn5']).toMatchObject({
      level: 1,
      provisional: true,
      provisionalRules: ['pcgd-mn5.commune.age5-completed'],
    });
    const check = r.standards['pcgd-mn5']!.levels[0]!.checks.find(
      (c) => c.rule === 'pcgd-mn5.commune.age5-completed',
    ) as ShareCheck;
    expect(check).toMatchObject({ verified: false, provisional: true });
    expect(check.source.note).toMatch(/denominator/);
    const ed = assessCommune(fullCommune({}, true), { regime: 'nd20-2014', standards: ['pcgd-mn5'] });
    expect(ed.standards['pcgd-mn5']?.provisionalRules).toEqual(['pcgd-mn5.commune-ed.age5-completed']);
  });

  it('the attendance rule (95%, denominator stated) stays verified', () => {
    const r = assessCommune(fullCommune(), { regime: 'nd20-2014', standards: ['pcgd-mn5'] });
    const check = r.standards['pcgd-mn5']!.levels[0]!.checks.find(
      (c) => c.rule === 'pcgd-mn5.commune.age5-attending',
    ) as ShareCheck;
    expect(check).toMatchObject({ verified: true, provisional: false });
  });
});
