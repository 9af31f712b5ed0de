import { XhhtError, type IssuePath } from '../errors.js';
import { describeBadCount } from './count.js';

/**
 * A share of a whole: `numerator` of `denominator` people or units, kept as two
 * counts all the way to the output. Aggregates add numerators and denominators;
 * rates are never averaged.
 *
 * @example
 * const literate: Share = { numerator: 19739, denominator: 19747 }; // Đăk Cấm ward report 2025, Mục II.2
 */
export interface Share {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * Why `{ numerator, denominator }` is not a valid share, or `null` when it is.
 * A zero denominator is valid here: it is a share with no value ("no data"),
 * which computations report with a reason instead of a rate.
 *
 * @example
 * shareProblem(55, 63);                            // null
 * shareProblem(0, 0);                              // null: no value, but not an error
 * shareProblem(64, 63)?.code;                      // 'numerator-exceeds-denominator'
 * shareProblem(-1, 63, ['observations', 2])?.path; // ['observations', 2, 'numerator']
 */
export function shareProblem(numerator: unknown, denominator: unknown, path: IssuePath = []): XhhtError | null {
  const badN = describeBadCount(numerator);
  if (badN)
    return new XhhtError('invalid-count', `numerator: ${badN.en}`, {
      path: [...path, 'numerator'],
      messageVi: `tử số: ${badN.vi}`,
    });
  const badD = describeBadCount(denominator);
  if (badD)
    return new XhhtError('invalid-count', `denominator: ${badD.en}`, {
      path: [...path, 'denominator'],
      messageVi: `mẫu số: ${badD.vi}`,
    });
  if ((numerator as number) > (denominator as number)) {
    return new XhhtError(
      'numerator-exceeds-denominator',
      `numerator ${numerator} is greater than denominator ${denominator}`,
      { path: [...path, 'numerator'], messageVi: `tử số ${numerator} lớn hơn mẫu số ${denominator}` },
    );
  }
  return null;
}

/**
 * Makes a validated {@link Share}. Throws `invalid-count` for a negative,
 * fractional, NaN, infinite or unsafe count and `numerator-exceeds-denominator`
 * when the part is larger than the whole.
 *
 * @example
 * share(55, 63);  // { numerator: 55, denominator: 63 }: provinces at XMC level 2, 2024
 * share(64, 63);  // throws XhhtError { code: 'numerator-exceeds-denominator' }
 */
export function share(numerator: number, denominator: number): Share {
  const problem = shareProblem(numerator, denominator);
  if (problem) throw problem;
  return { numerator, denominator };
}

/**
 * Adds shares the only correct way: sum of numerators over sum of denominators.
 * (Averaging child rates gives a small commune the weight of a large one.)
 * Every share is checked as `share()` checks one (path: its index, then
 * the field); something that is not iterable, or an item that is not an
 * object, is `invalid-input`; a sum beyond 2^53 − 1 is `invalid-count`.
 * A rate given without its counts (`{ percent }`) cannot be added: it is
 * `rate-not-aggregable` (path: its index), never averaged.
 *
 * @example
 * addShares([{ numerator: 4811, denominator: 4811 }, { numerator: 19739, denominator: 19747 }]);
 * // { numerator: 24550, denominator: 24558 }
 * addShares([{ numerator: 5, denominator: 3 }]); // throws XhhtError { code: 'numerator-exceeds-denominator', path: [0, 'numerator'] }
 * addShares([{ numerator: 4811, denominator: 4811 }, { percent: '99,96' } as never]); // throws XhhtError { code: 'rate-not-aggregable', path: [1] }
 */
export function addShares(shares: Iterable<Share>): Share {
  if (typeof (shares as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    throw new XhhtError('invalid-input', 'addShares needs an array (or other iterable) of shares', {
      messageVi: 'addShares cần một mảng các tỷ lệ',
    });
  }
  let numerator = 0;
  let denominator = 0;
  let i = 0;
  for (const s of shares) {
    if (typeof s !== 'object' || s === null) {
      throw new XhhtError('invalid-input', `share ${i} is not an object { numerator, denominator }`, {
        path: [i],
        messageVi: `tỷ lệ ${i} không phải đối tượng { numerator, denominator }`,
      });
    }
    if ('percent' in s && !('numerator' in s) && !('denominator' in s)) {
      throw new XhhtError(
        'rate-not-aggregable',
        `share ${i} is a rate without its counts: rates cannot be added or averaged; give its numerator and denominator`,
        {
          path: [i],
          messageVi: `tỷ lệ ${i} không kèm số đếm: không thể cộng hay lấy trung bình các tỷ lệ; hãy ghi tử số và mẫu số`,
        },
      );
    }
    const problem = shareProblem(s.numerator, s.denominator, [i]);
    if (problem) throw problem;
    numerator += s.numerator;
    denominator += s.denominator;
    i++;
  }
  if (!Number.isSafeInteger(denominator)) {
    throw new XhhtError('invalid-count', 'the sum of denominators is too large to count exactly', {
      messageVi: 'tổng mẫu số quá lớn để đếm chính xác',
    });
  }
  return { numerator, denominator };
}
