import { describe, expect, it } from 'vitest';
import { assessCommune } from '../../src/standards/commune.js';
import type { CommuneAssessment, ShareCheck } from '../../src/standards/index.js';

/*
 * A commune check whose products 100·n and 90·d pass 2^53, where doubles round: decided in BigInt.
 * Decree 20/2014 Art. 20: XMC level 1 needs at least 90% of people aged 15–35 literate at level 1.
 * The counts are the largest a count can be (2^53 − 1 = 9,007,199,254,740,991), made up to sit on
 * the 90% boundary; the disabled group is empty (nothing to mobilise) and the conditions are yes, so
 * the share decides level 1.
 */
const CHECK = 'xmc-1.commune.age15to35-literate1';

function xmc(total: number, literate: number): { r: CommuneAssessment; check: ShareCheck } {
  const r = assessCommune(
    {
      counts: { age15to35: { total, literateLevel1: literate }, disabled: { ableToLearn: 0, inEducation: 0 } },
      conditions: { xmc: { enoughTeachers: true, monitorAssigned: true, facilities: true } },
    },
    { regime: 'nd20-2014', standards: ['xmc'] },
  );
  const check = r.standards.xmc!.levels[0]!.checks.find((c) => c.rule === CHECK) as ShareCheck;
  return { r, check };
}

describe('a share past 2^53 is decided exactly', () => {
  it('8,106,479,329,266,892 of 9,007,199,254,740,991 reaches 90%: 100·n exceeds 90·d by 10', () => {
    // 0.9 · 9,007,199,254,740,991 = 8,106,479,329,266,891.9, so 8,106,479,329,266,892 is the smallest
    // count that reaches it:
    // 100·n = 810,647,932,926,689,200 ≥ 90·d = 810,647,932,926,689,190
    const { r, check } = xmc(9_007_199_254_740_991, 8_106_479_329_266_892);
    expect(check).toMatchObject({ status: 'pass', rate: '90.00', required: '90' });
    expect(r.standards.xmc).toMatchObject({ minLevel: 1 });
  });

  it('one person fewer is below 90%, though both products round to the same double', () => {
    // 100·n = 810,647,932,926,689,100 < 810,647,932,926,689,190; as doubles (spacing 128 there) both are
    // 810,647,932,926,689,152. The rate 89.99999999999999989…% is shown as 89.99, never 90.00.
    const { r, check } = xmc(9_007_199_254_740_991, 8_106_479_329_266_891);
    expect(check).toMatchObject({ status: 'fail', rate: '89.99' });
    expect(r.standards.xmc).toMatchObject({ level: 0, minLevel: 0, maxLevel: 0 });
  });

  it('exactly 90% past 2^53 passes: 8,106,479,329,266,891 of 9,007,199,254,740,990', () => {
    // 100·n = 810,647,932,926,689,100 = 90·d
    const { check } = xmc(9_007_199_254_740_990, 8_106_479_329_266_891);
    expect(check).toMatchObject({ status: 'pass', rate: '90.00' });
  });
});
