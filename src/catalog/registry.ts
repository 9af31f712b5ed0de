import { XhhtError } from '../errors.js';
import type { Indicator } from './indicator.js';
import { qd1373Indicators } from './qd-1373-indicators.js';
import { qd387Indicators } from './qd-387-indicators.js';
import { qd677Indicators } from './qd-677-indicators.js';
import { nd277Indicators } from './nd-277-indicators.js';
import { deepFreeze } from '../plans/freeze.js';

/** Every built-in indicator, national programmes first, and an index by id; deeply frozen, as they are shared by every caller. Made on first use. */
let catalog: { readonly list: readonly Indicator[]; readonly byId: ReadonlyMap<string, Indicator> } | undefined;
function builtIn() {
  if (!catalog) {
    const list = deepFreeze([...qd1373Indicators(), ...qd387Indicators(), ...qd677Indicators(), ...nd277Indicators()]);
    catalog = { list, byId: new Map(list.map((i) => [i.id, i])) };
  }
  return catalog;
}

/**
 * All built-in indicators, in the order of their programmes' texts.
 *
 * @example
 * listIndicators().map((i) => i.id).slice(0, 2); // ['provinces-literacy-level-2', 'provinces-preschool-kindergarten-age']
 */
export function listIndicators(): readonly Indicator[] {
  return builtIn().list;
}

/**
 * The built-in indicator with this id, or `undefined`.
 *
 * @example
 * findIndicator('universities-digital')?.kind; // 'share-of-units'
 * findIndicator('no-such-thing');              // undefined
 */
export function findIndicator(id: string): Indicator | undefined {
  return builtIn().byId.get(id);
}

/**
 * The built-in indicator with this id; throws `unknown-indicator` otherwise.
 *
 * @example
 * getIndicator('provinces-literacy-level-2').source.section; // 'Điều 1, Mục II.2.a'
 * getIndicator('literacy');  // throws XhhtError { code: 'unknown-indicator' }
 */
export function getIndicator(id: string): Indicator {
  const found = builtIn().byId.get(id);
  if (found) return found;
  throw new XhhtError('unknown-indicator', `no indicator "${id}"; see listIndicators() for the ids`, {
    messageVi: `không có chỉ tiêu "${id}"; xem listIndicators() để biết các mã`,
  });
}
