/**
 * Lists of positions (observation indexes, file lines) in messages, kept
 * short: a message that repeats for each of N rows and names every one of them
 * grows as N², so a long list names its first few and counts the rest.
 */

import { say, type Text } from '../messages/say.js';
import { COMMON } from '../messages/sections.js';

/**
 * How many positions a message names before it counts the rest.
 *
 * @example
 * listPositions(lines, POSITIONS_SHOWN);
 */
export const POSITIONS_SHOWN = 5;

function grouped(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * A count for a message, thousands grouped: `12,345` in English, `12.345` in Vietnamese.
 *
 * @example
 * countText(12345); // { en: '12,345', vi: '12.345' }
 */
export function countText(n: number): { readonly en: string; readonly vi: string } {
  return { en: grouped(n, ','), vi: grouped(n, '.') };
}

/**
 * What the positions of a list are, for the Vietnamese "và 9.995 số liệu khác":
 * observations (the default), units, file lines, places in a file, copies.
 *
 * @example
 * const noun: PositionNoun = 'lines';
 */
export type PositionNoun = 'observations' | 'units' | 'lines' | 'places' | 'copies';

/**
 * A list of positions for a message in both languages: all of them when there
 * are at most one more than {@link POSITIONS_SHOWN}, else the first few and
 * how many more, so the text has a bounded length whatever the list's.
 *
 * @param positions - the positions, in the order to name them (the first few are enough when `total` is given)
 * @param options - `total`: how many there are (default: the list's length); `shown`: how many to name;
 *   `noun`: what they are, for the Vietnamese "và 9.995 số liệu khác"
 * @example
 * listPositions([3, 7]); // { en: '3, 7', vi: '3, 7' }
 * listPositions(Array.from({ length: 10000 }, (_, i) => i));
 * // { en: '0, 1, 2, 3, 4 and 9,995 more', vi: '0, 1, 2, 3, 4 và 9.995 số liệu khác' }
 * listPositions([7, 8, 9, 10, 11], { total: 300, noun: 'lines' }).vi; // '7, 8, 9, 10, 11 và 295 dòng khác'
 */
export function listPositions(
  positions: readonly (number | string)[],
  options: { readonly total?: number; readonly shown?: number; readonly noun?: PositionNoun } = {},
): Text {
  const { total = positions.length, shown = POSITIONS_SHOWN, noun = 'observations' } = options;
  const named = Math.min(positions.length, total <= shown + 1 ? total : shown);
  const head = positions.slice(0, named).join(', ');
  const rest = total - named;
  if (rest <= 0) return { en: head, vi: head };
  return say(COMMON, `positions.more.${noun}`, { head, rest: countText(rest) });
}
