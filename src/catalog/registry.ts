import { textArg } from '../util/guards.js';
import { XhhtError } from '../errors.js';
import type { Indicator } from './indicator.js';
import type { IndicatorId } from './indicator-id.js';
import { qd1373Indicators } from './qd-1373-indicators.js';
import { qd387Indicators } from './qd-387-indicators.js';
import { qd677Indicators } from './qd-677-indicators.js';
import { nd277Indicators } from './nd-277-indicators.js';
import { once } from '../util/once.js';
import { deepFreeze } from '../util/freeze.js';
import { say } from '../messages/say.js';
import { CATALOG } from '../messages/sections.js';

/** A built-in indicator: its id is one of {@link IndicatorId}. */
type BuiltIn = Indicator & { readonly id: IndicatorId };

/**
 * Every built-in indicator, national programmes first, and an index by id; deeply frozen, as they are shared by every
 * caller. Made on first use.
 */
const builtIn = /* @__PURE__ */ once(() => {
  const list: readonly BuiltIn[] = deepFreeze([
    ...qd1373Indicators(),
    ...qd387Indicators(),
    ...qd677Indicators(),
    ...nd277Indicators(),
  ]);
  return { list, byId: new Map(list.map((i) => [i.id, i])) as ReadonlyMap<string, BuiltIn> };
});

/**
 * All built-in indicators, in the order of their programmes' texts.
 *
 * @example
 * listIndicators().map((i) => i.id).slice(0, 2);
 * // ['provinces-literacy-level-2', 'provinces-preschool-kindergarten-age']
 */
export function listIndicators(): readonly (Indicator & { readonly id: IndicatorId })[] {
  return builtIn().list;
}

/**
 * The built-in indicator with this id, or `undefined`. Takes any text (an id
 * read from a file, one a plan defines): the way to ask whether an id is a
 * built-in one.
 *
 * @example
 * findIndicator('universities-digital')?.kind; // 'share-of-units'
 * findIndicator('no-such-thing');              // undefined
 */
export function findIndicator(id: IndicatorId | (string & {})): Indicator | undefined {
  return builtIn().byId.get(textArg(id, 'id'));
}

/**
 * The built-in indicator with this id; throws `unknown-indicator` otherwise.
 * Takes only a built-in id ({@link IndicatorId}): only those can be found, so
 * a misspelt id is a compile error. For an id known only at run time, use
 * `findIndicator`.
 *
 * @example
 * getIndicator('provinces-literacy-level-2').source.section; // 'Điều 1, Mục II.2.a'
 * getIndicator('literacy');  // throws XhhtError { code: 'unknown-indicator' }
 */
export function getIndicator(id: IndicatorId): Indicator {
  const found = builtIn().byId.get(textArg(id, 'id', 'unknown-indicator'));
  if (found) return found;
  throw new XhhtError('unknown-indicator', say(CATALOG, 'unknown-indicator.catalog', { id }));
}
