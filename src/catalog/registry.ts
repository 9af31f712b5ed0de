import { XhhtError } from '../errors.js';
import type { Indicator } from './indicator.js';
import { QD_1373_INDICATORS } from './qd-1373-indicators.js';
import { QD_387_INDICATORS } from './qd-387-indicators.js';
import { QD_677_INDICATORS } from './qd-677-indicators.js';
import { ND_277_INDICATORS } from './nd-277-indicators.js';
import { deepFreeze } from '../plans/freeze.js';

/** Every built-in indicator, national programmes first; deeply frozen, as they are shared by every caller. */
const BUILT_IN: readonly Indicator[] = /* @__PURE__ */ deepFreeze([
  ...QD_1373_INDICATORS,
  ...QD_387_INDICATORS,
  ...QD_677_INDICATORS,
  ...ND_277_INDICATORS,
]);
const BY_ID: ReadonlyMap<string, Indicator> = new Map(BUILT_IN.map((i) => [i.id, i]));

/**
 * All built-in indicators, in the order of their programmes' texts.
 *
 * @example
 * listIndicators().map((i) => i.id).slice(0, 2); // ['provinces-literacy-level-2', 'provinces-preschool-kindergarten-age']
 */
export function listIndicators(): readonly Indicator[] {
  return BUILT_IN;
}

/**
 * The built-in indicator with this id, or `undefined`.
 *
 * @example
 * findIndicator('universities-digital')?.kind; // 'share-of-units'
 * findIndicator('no-such-thing');              // undefined
 */
export function findIndicator(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

/**
 * The built-in indicator with this id; throws `unknown-indicator` otherwise.
 *
 * @example
 * getIndicator('provinces-literacy-level-2').source.section; // 'Điều 1, Mục II.2.a'
 * getIndicator('literacy');  // throws XhhtError { code: 'unknown-indicator' }
 */
export function getIndicator(id: string): Indicator {
  const found = BY_ID.get(id);
  if (found) return found;
  throw new XhhtError('unknown-indicator', `no indicator "${id}"; see listIndicators() for the ids`, {
    messageVi: `không có chỉ tiêu "${id}"; xem listIndicators() để biết các mã`,
  });
}
