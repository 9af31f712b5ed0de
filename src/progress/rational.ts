/*
 * Exact non-negative-denominator rationals in BigInt, for the parts of progress
 * that need no roots: values, times, the linear trajectory and every
 * comparison with a target. Private to src/progress.
 */

/**
 * `n / d` with `d > 0`, reduced.
 *
 * @example
 * const half: Q = { n: 1n, d: 2n };
 */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * The reduced rational `n / d` (d ≠ 0).
 *
 * @example
 * q(3400, 63 * 100); // { n: 34n, d: 63n }
 */
export function q(n: bigint | number, d: bigint | number = 1n): Q {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd < 0n) {
    nn = -nn;
    dd = -dd;
  }
  const g = gcd(nn, dd) || 1n;
  return { n: nn / g, d: dd / g };
}

/**
 * Exact arithmetic on {@link Q}.
 *
 * @example
 * text(add(q(1, 3), q(1, 6))); // '1/2'
 */
export const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
/** a − b. @example text(sub(q(1), q(1, 4))); // '3/4' */
export const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
/** a · b. @example text(mul(q(2, 3), q(3))); // '2' */
export const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
/** a / b; b must not be 0. @example text(div(q(1), q(3))); // '1/3' */
export const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);

/**
 * -1, 0 or 1 as a is below, equal to or above b, by cross-multiplication.
 *
 * @example
 * cmp(q(5500, 63), q(90)); // -1 (87.30… < 90)
 */
export function cmp(a: Q, b: Q): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * "34/63", or "3" for a whole number: the exact value, for a user to check by hand.
 *
 * @example
 * text(q(12470, 189)); // '12470/189'
 */
export function text(a: Q): string {
  return a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`;
}
