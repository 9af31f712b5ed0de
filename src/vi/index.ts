/**
 * Vietnamese number, share and percent text: "19.739" (dot groups thousands),
 * "99,96" (comma is the decimal mark), "19.739/19.747", "99,96%".
 *
 * @example
 * import { parseViShare, formatViPercent } from 'xhht';
 * parseViShare('19.739/19.747'); // { numerator: 19739, denominator: 19747 }
 * formatViPercent('99.96');      // "99,96%"
 * @module
 */
export { parseViNumber, parseViDecimal, parseViCount } from './number.js';
export { formatViNumber } from './format.js';
export type { FormatViNumberOptions } from './format.js';
export { parseViShare } from './share.js';
export { parseViPercent, parseViPercentDecimal, formatViPercent } from './percent.js';
export type { FormatViPercentOptions } from './percent.js';
