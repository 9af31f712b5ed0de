import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDecimal } from '../../src/exact/shift.js';

describe('shiftDecimal: the decimal point moved on the digits', () => {
  it('a displayed percentage as the fraction a spreadsheet cell holds, and back', () => {
    // 4.340 of 36.167 is displayed "11.99" (issue 9.2; the one display rule): the cell holds 0.1199
    expect(shiftDecimal('11.99', -2)).toBe('0.1199');
    // seed 004 line 56: "tỷ lệ 99,96%" is 0.9996 in a percent-formatted cell
    expect(shiftDecimal('0.9996', 2)).toBe('99.96');
    expect(shiftDecimal('70', -2)).toBe('0.7');
    expect(shiftDecimal('100', -2)).toBe('1');
    expect(shiftDecimal('0.05', 2)).toBe('5');
    expect(shiftDecimal('-2.70', -2)).toBe('-0.027');
    expect(shiftDecimal('0', 3)).toBe('0');
    expect(shiftDecimal('-0.00', 2)).toBe('0');
    expect(shiftDecimal('12', 3)).toBe('12000');
  });

  it('never goes through a float: 0.1 + 0.2 style digits stay as written', () => {
    // in floating point 0.1199 * 100 is 11.990000000000002
    expect(shiftDecimal('0.1199', 2)).toBe('11.99');
    expect(Number(shiftDecimal('11.99', -2))).toBe(0.1199);
  });

  it('moving the point and back gives the canonical form of the input (property)', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^(0|[1-9]\d{0,12})$/), fc.stringMatching(/^\d{0,8}$/))
      .map(([neg, whole, frac]) => `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`);
    const canonical = (d: string) => {
      const neg = d.startsWith('-');
      const [w, f = ''] = (neg ? d.slice(1) : d).split('.');
      const frac = f.replace(/0+$/, '');
      const out = frac ? `${w}.${frac}` : w!;
      return neg && out !== '0' ? `-${out}` : out;
    };
    fc.assert(
      fc.property(decimal, fc.integer({ min: -12, max: 12 }), (d, k) => {
        expect(shiftDecimal(shiftDecimal(d, k), -k)).toBe(canonical(d));
      }),
    );
  });
});
