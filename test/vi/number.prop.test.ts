import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isXhhtError } from '../../src/errors.js';
import {
  formatViNumber,
  formatViPercent,
  parseViCount,
  parseViDecimal,
  parseViNumber,
  parseViPercentDecimal,
  parseViShare,
} from '../../src/vi/index.js';

// Oracles here are written independently of src/vi: JavaScript's own Number() on a
// machine decimal string, BigInt arithmetic, and string edits ("." removed, "," → ".").

const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

/** A machine decimal string: optional "-", whole part without leading zeros, 0–6 decimals (trailing zeros allowed). */
const decimalString = fc
  .record({
    negative: fc.boolean(),
    whole: fc.oneof(fc.bigInt({ min: 0n, max: 999_999n }), fc.bigInt({ min: 0n, max: 10n ** 30n })),
    fraction: fc.string({ unit: digit, maxLength: 6 }),
  })
  .map(({ negative, whole, fraction }) => `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`);

/** Canonical form of a machine decimal string, written here independently: no trailing zeros, no "-0". */
function canonicalOracle(s: string): string {
  const negative = s.startsWith('-');
  const [whole, fraction = ''] = (negative ? s.slice(1) : s).split('.') as [string, string?];
  const f = fraction.replace(/0+$/, '');
  const body = f ? `${whole}.${f}` : whole;
  return negative && !/^[0.]*$/.test(body) ? `-${body}` : body;
}

/**
 * Whether a machine decimal string is larger in magnitude than 2^53 − 1, by BigInt on its digits:
 * parseViNumber refuses those (review item 5: "9.007.199.254.740.993" must not become …992).
 */
function aboveSafe(machine: string): boolean {
  const [whole, fraction = ''] = machine.replace('-', '').split('.') as [string, string?];
  const w = BigInt(whole);
  const max = BigInt(Number.MAX_SAFE_INTEGER);
  return w > max || (w === max && /[1-9]/.test(fraction));
}

/** parseViNumber(text) is Number(machine), or invalid-number-format when the value is above 2^53 − 1. */
function expectNumberOrUnsafe(text: string, machine: string): void {
  if (!aboveSafe(machine)) {
    expect(parseViNumber(text) === Number(machine)).toBe(true);
    return;
  }
  let caught: unknown;
  try {
    parseViNumber(text);
  } catch (e) {
    caught = e;
  }
  expect(isXhhtError(caught) && caught.code === 'invalid-number-format').toBe(true);
}

/** Vietnamese text → machine text by plain string edits. */
function viToMachine(text: string): string {
  return text.replaceAll('.', '').replace(',', '.');
}

/** Exact value of a machine decimal string as units of 10^-scale. */
function units(s: string): { value: bigint; scale: number } {
  const [whole, fraction = ''] = s.replace('-', '').split('.') as [string, string?];
  const magnitude = BigInt(whole + fraction);
  return { value: s.startsWith('-') ? -magnitude : magnitude, scale: fraction.length };
}

describe('parse ∘ format round-trips', () => {
  it('safe integers: parseViNumber(formatViNumber(n)) === n, grouped in threes', () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = formatViNumber(n);
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*$/);
        expect(parseViNumber(text) === n).toBe(true);
        expect(viToMachine(text)).toBe(String(n === 0 ? 0 : n));
      }),
      { numRuns: 1000 },
    );
  });

  it('counts: parseViCount(formatViNumber(n)) === n', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseViCount(formatViNumber(n))).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it('decimal strings with up to 6 decimals: digits kept, exact value back through parseViDecimal', () => {
    fc.assert(
      fc.property(decimalString, (s) => {
        const text = formatViNumber(s);
        const zero = /^-?[0.]*$/.test(s);
        expect(viToMachine(text)).toBe(zero ? s.replace('-', '') : s);
        expect(parseViDecimal(text)).toBe(canonicalOracle(s));
        expectNumberOrUnsafe(text, s);
      }),
      { numRuns: 1000 },
    );
  });

  it('percent: parseViPercentDecimal(formatViPercent(s)) is the exact value', () => {
    fc.assert(
      fc.property(decimalString, fc.boolean(), (s, space) => {
        const text = formatViPercent(s, { space });
        expect(text.endsWith(space ? ' %' : '%')).toBe(true);
        expect(parseViPercentDecimal(text)).toBe(canonicalOracle(s));
      }),
    );
  });

  it('share: parseViShare reads back formatted counts, with or without spaces and a unit', () => {
    const counts = fc
      .tuple(fc.maxSafeNat(), fc.maxSafeNat())
      .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));
    fc.assert(
      fc.property(
        counts,
        fc.constantFrom('/', ' / ', '/ '),
        fc.constantFrom('', ' người', ' đơn vị'),
        ([n, d], slash, unit) => {
          expect(parseViShare(`${formatViNumber(n)}${slash}${formatViNumber(d)}${unit}`)).toEqual({
            numerator: n,
            denominator: d,
          });
        },
      ),
    );
  });
});

describe('format never produces text that parse rejects', () => {
  it('any finite double up to 2^53 − 1 in magnitude reads back as itself (−0 as 0)', () => {
    const max = Number.MAX_SAFE_INTEGER;
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: true, min: -max, max }), fc.double({ noNaN: true, min: -1e6, max: 1e6 })),
        (x) => {
          expect(parseViNumber(formatViNumber(x)) === x).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a double above 2^53 − 1 is formatted, but parseViNumber refuses it (invalid-number-format, review item 5)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => Math.abs(x) > Number.MAX_SAFE_INTEGER),
        (x) => {
          const text = formatViNumber(x);
          expectNumberOrUnsafe(text, viToMachine(text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('with decimals: accepted by parse, exactly that many decimals, within half a unit, ties away from zero', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 0, max: 6 }), (s, k) => {
        const text = formatViNumber(s, { decimals: k });
        expect(() => parseViDecimal(text)).not.toThrow();
        const machine = viToMachine(text);
        expect(machine.split('.')[1]?.length ?? 0).toBe(k);
        const exact = units(s);
        const shown = units(machine);
        // |shown/10^k − exact/10^f| ≤ 1/(2·10^k)  ⇔  2·|shown·10^f − exact·10^k| ≤ 10^f
        const diff = shown.value * 10n ** BigInt(exact.scale) - exact.value * 10n ** BigInt(k);
        const twice = 2n * (diff < 0n ? -diff : diff);
        const unit = 10n ** BigInt(exact.scale);
        expect(twice <= unit).toBe(true);
        if (twice === unit) {
          // a tie: the shown value is the one farther from zero
          const absShown = shown.value < 0n ? -shown.value : shown.value;
          const absExact = exact.value < 0n ? -exact.value : exact.value;
          expect(absShown * unit > absExact * 10n ** BigInt(k)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('finite doubles with decimals are accepted by parse', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
        fc.integer({ min: 0, max: 6 }),
        (x, k) => {
          expect(Number.isFinite(parseViNumber(formatViNumber(x, { decimals: k })))).toBe(true);
        },
      ),
    );
  });
});

describe('parseViNumber never returns NaN', () => {
  const tricky = fc.constantFrom(
    '0',
    '1',
    '5',
    '9',
    '.',
    ',',
    '-',
    '+',
    ' ',
    '\u00a0',
    'e',
    'E',
    '%',
    '/',
    'x',
    '\u2212',
  );

  function finiteOrXhhtError(text: string): void {
    let value: number | undefined;
    try {
      value = parseViNumber(text);
    } catch (e) {
      expect(isXhhtError(e)).toBe(true);
      expect((e as { code: string }).code).toBe('invalid-number-format');
      expect((e as Error).message.length).toBeGreaterThan(0);
      expect((e as { messageVi: string }).messageVi.length).toBeGreaterThan(0);
      return;
    }
    expect(Number.isFinite(value)).toBe(true);
  }

  it('for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), finiteOrXhhtError), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), finiteOrXhhtError), { numRuns: 1000 });
  });

  it('for strings made of digits, separators and look-alikes', () => {
    fc.assert(fc.property(fc.string({ unit: tricky, maxLength: 16 }), finiteOrXhhtError), { numRuns: 5000 });
  });

  it('accepts every well-formed grouped number, with the value its digits say', () => {
    const nonzero = fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8', '9');
    const wellFormed = fc
      .record({
        sign: fc.constantFrom('', '-'),
        first: fc.tuple(nonzero, fc.string({ unit: digit, maxLength: 2 })).map(([a, b]) => a + b),
        groups: fc.array(fc.string({ unit: digit, minLength: 3, maxLength: 3 }), { maxLength: 5 }),
        fraction: fc.option(fc.string({ unit: digit, minLength: 1, maxLength: 8 }), { nil: undefined }),
      })
      .map(
        ({ sign, first, groups, fraction }) =>
          `${sign}${[first, ...groups].join('.')}${fraction === undefined ? '' : `,${fraction}`}`,
      );
    fc.assert(
      fc.property(wellFormed, (text) => {
        expectNumberOrUnsafe(text, viToMachine(text));
      }),
      { numRuns: 2000 },
    );
  });

  /** Near misses: groups of 1–4 digits, zero to two commas, stray signs. */
  const nearMiss = fc
    .record({
      sign: fc.constantFrom('', '-', '--', '+'),
      groups: fc.array(fc.string({ unit: digit, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      fractions: fc.array(fc.string({ unit: digit, maxLength: 3 }), { maxLength: 2 }),
    })
    .map(({ sign, groups, fractions }) => [`${sign}${groups.join('.')}`, ...fractions].join(','));

  it('accepted text has the value its digits say, and only 3-digit groups after the first', () => {
    const text = fc.oneof(nearMiss, fc.string({ unit: fc.constantFrom('0', '1', '7', '.', ',', '-'), maxLength: 14 }));
    fc.assert(
      fc.property(text, (text) => {
        let value: number;
        try {
          value = parseViNumber(text);
        } catch {
          return;
        }
        expect(value === Number(viToMachine(text))).toBe(true);
        const whole = text.replace(/^-/, '').split(',')[0]!;
        const groups = whole.split('.');
        expect(groups[0]!.length).toBeGreaterThan(0);
        if (groups.length > 1) expect(groups[0]!.length).toBeLessThanOrEqual(3);
        for (const g of groups.slice(1)) expect(g).toMatch(/^\d{3}$/);
      }),
      { numRuns: 5000 },
    );
  });
});
