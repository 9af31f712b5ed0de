import { describe, expect, it } from 'vitest';
import { XhhtError } from '../../src/errors.js';
import { assessCommune } from '../../src/standards/commune.js';
import { nationalObservations } from '../../src/standards/national.js';
import type { LowerUnit } from '../../src/standards/result.js';
import { assessDistrict, assessProvince, rollUp } from '../../src/standards/rollup.js';
import { fullCommune, unit, units } from './fixtures.js';

/*
 * Issue 3 §6: bad input gets a clear XhhtError with a code and a path. The
 * lower units of assessDistrict / assessProvince / nationalObservations are
 * often read back from JSON, so they are checked like any input: a level
 * outside 0..top (XMC has 2 levels, Decree 20/2014 Art. 20–21; THCS 3, Art.
 * 14–16), an interval upside down, a unit counted twice or results of two
 * regimes mixed would otherwise count wrongly without a word.
 */

const district = (lower: readonly unknown[]) =>
  assessDistrict(lower as LowerUnit[], { regime: 'nd20-2014', id: 'd', province: 'p' });
const province = (lower: readonly unknown[]) => assessProvince(lower as LowerUnit[], { regime: 'nd142-2025', id: 'p' });
const national = (lower: readonly unknown[], options?: unknown) =>
  nationalObservations(lower as LowerUnit[], options as never);
const xmc = (minLevel: unknown, maxLevel: unknown, extra = {}) => ({
  id: 'u',
  standards: { xmc: { minLevel, maxLevel, provisional: false, provisionalRules: [], ...extra } },
});

function error(f: () => unknown): XhhtError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(XhhtError);
    return e as XhhtError;
  }
  throw new Error('expected an XhhtError');
}

describe('lower units are validated (assessDistrict, assessProvince, nationalObservations)', () => {
  const cases: readonly [string, unknown, string, readonly (string | number)[]][] = [
    ['null', null, 'invalid-input', [0]],
    ['no standards', {}, 'invalid-input', [0, 'standards']],
    ['a standard that is not an object', { standards: { xmc: 2 } }, 'invalid-input', [0, 'standards', 'xmc']],
    ['minLevel above maxLevel', xmc(2, 1), 'invalid-input', [0, 'standards', 'xmc']],
    ['NaN', xmc(Number.NaN, 2), 'invalid-input', [0, 'standards', 'xmc', 'minLevel']],
    ['text', xmc(1, '2'), 'invalid-input', [0, 'standards', 'xmc', 'maxLevel']],
    ['above the top level (XMC has 2)', xmc(2, 7), 'invalid-input', [0, 'standards', 'xmc', 'maxLevel']],
    ['negative', xmc(-1, 1), 'invalid-input', [0, 'standards', 'xmc', 'minLevel']],
    ['fractional', xmc(0.5, 1), 'invalid-input', [0, 'standards', 'xmc', 'minLevel']],
    [
      'provisional not a boolean',
      xmc(1, 1, { provisional: 'no' }),
      'invalid-input',
      [0, 'standards', 'xmc', 'provisional'],
    ],
    [
      'provisionalRules not a list of ids',
      xmc(1, 1, { provisionalRules: 'x' }),
      'invalid-input',
      [0, 'standards', 'xmc', 'provisionalRules'],
    ],
    [
      'provisional without a rule named',
      xmc(1, 1, { provisional: true }),
      'invalid-input',
      [0, 'standards', 'xmc', 'provisionalRules'],
    ],
    [
      'an unknown standard',
      { standards: { xyz: { minLevel: 0, maxLevel: 0, provisional: false, provisionalRules: [] } } },
      'unknown-standard',
      [0, 'standards', 'xyz'],
    ],
    [
      'especiallyDifficult not a boolean',
      { ...xmc(1, 1), especiallyDifficult: 'yes' },
      'invalid-input',
      [0, 'especiallyDifficult'],
    ],
    ['id not a string', { ...xmc(1, 1), id: 5 }, 'invalid-input', [0, 'id']],
  ];
  for (const [what, bad, code, path] of cases) {
    it(`rejects ${what}`, () => {
      // under nd20-2014 a district counts communes, a province under nd142-2025 counts communes too
      expect(error(() => district([unit('a', { xmc: 2 }), bad].reverse()))).toMatchObject({ code, path });
      expect(error(() => province([bad]))).toMatchObject({ code, path });
      expect(
        error(() => national([bad].map((b) => (typeof b === 'object' && b !== null ? { ...b, tier: 'province' } : b)))),
      ).toMatchObject({ code, path });
    });
  }

  it('reports every problem in error.issues', () => {
    const e = error(() => district([xmc(2, 1), null, { standards: {} }]));
    expect(e.issues.map((i) => i.path)).toEqual([[0, 'standards', 'xmc'], [1]]);
  });

  it('a unit counted twice is a duplicate-unit, not two units', () => {
    expect(error(() => district([...units('a', 9, { xmc: 2 }), unit('a000', { xmc: 2 })]))).toMatchObject({
      code: 'duplicate-unit',
      path: [9, 'id'],
    });
    expect(error(() => national([unit('p', { xmc: 2 }), unit('p', { xmc: 2 })]))).toMatchObject({
      code: 'duplicate-unit',
      path: [1, 'id'],
    });
  });

  it('the lists themselves must be arrays', () => {
    expect(error(() => district(null as never))).toMatchObject({ code: 'invalid-input', path: [] });
    expect(error(() => national('p1' as never))).toMatchObject({ code: 'invalid-input', path: [] });
  });

  it('results of another regime are rejected with mixed-regimes', () => {
    const after = assessCommune(fullCommune(), { regime: 'nd142-2025' });
    expect(error(() => district([after]))).toMatchObject({ code: 'mixed-regimes', path: [0, 'regime'] });
    const p142 = rollUp([{ ...fullCommune(), id: 'a', province: 'p1' }], { regime: 'nd142-2025' }).provinces;
    const p20 = rollUp([{ ...fullCommune(), id: 'b', province: 'p2', district: 'd' }], {
      regime: 'nd20-2014',
    }).provinces;
    expect(error(() => nationalObservations([...p142, ...p20]))).toMatchObject({
      code: 'mixed-regimes',
      path: [1, 'regime'],
    });
  });

  it('results made by the library pass unchanged', () => {
    const r = rollUp(
      ['a', 'b'].map((id) => ({ ...fullCommune(), id, province: 'p1' })),
      { regime: 'nd142-2025' },
    );
    expect(province(r.communes).standards.xmc?.level).toBe(2);
    expect(national(r.provinces).observations.length).toBeGreaterThan(0);
    // and read back from JSON
    expect(province(JSON.parse(JSON.stringify(r.communes))).standards.xmc?.level).toBe(2);
  });
});

describe('nationalObservations options', () => {
  const provinces = [unit('p1', { xmc: 2 }), unit('p2', { xmc: [1, 2] })];

  it("count is 'certain' or 'possible'; anything else is rejected, never read as optimistic", () => {
    for (const count of ['optimistic', 'Certain', 1, null]) {
      expect(error(() => national(provinces, { count }))).toMatchObject({
        code: 'invalid-input',
        path: ['options', 'count'],
      });
    }
    expect(national(provinces, { count: 'possible' }).observations[0]).toMatchObject({ numerator: 2, denominator: 2 });
    expect(national(provinces, { count: 'certain' }).observations[0]).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('options must be an object; unit and asOf must be text', () => {
    expect(error(() => national(provinces, null))).toMatchObject({ code: 'invalid-input', path: ['options'] });
    expect(error(() => national(provinces, { unit: 5 }))).toMatchObject({
      code: 'invalid-input',
      path: ['options', 'unit'],
    });
    expect(error(() => national(provinces, { asOf: 20251231 }))).toMatchObject({
      code: 'invalid-input',
      path: ['options', 'asOf'],
    });
  });
});
