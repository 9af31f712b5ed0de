/**
 * Cell values and number formats of the workbooks xhht writes. A number is a
 * number cell; its number format makes Excel show it in the reader's own
 * regional settings: "0.00%" shows 0.9996 as 99,96% in Vietnamese and 99.96%
 * in English, "#,##0" shows 19739 as 19.739 and 19,739.
 *
 * A percentage cell holds the DISPLAYED value of the one display rule, as a
 * fraction with exactly the displayed places: 4.340 of 36.167 is 11.99988…%,
 * displayed "11.99" against a 12% minimum, so the cell holds 0.1199 with
 * "0.00%" (Excel shows 11,99%). The float of the exact ratio (0.119998…) would
 * show as 12,00% beside "Không đạt": a contradiction. Pure: no exceljs here.
 */
import { shiftDecimal } from '../../exact/shift.js';

/**
 * A value and its number format.
 *
 * @example
 * const c: NumberCell = { value: 0.1199, numFmt: '0.00%' };
 */
export interface NumberCell {
  readonly value: number;
  readonly numFmt: string;
}

/**
 * Text shown before and after a number by its format ("tối đa 1,5%", "100% (phấn đấu)").
 *
 * @example
 * const a: Affixes = { prefix: 'tối đa ', suffix: ' (tạm thời)' };
 */
export interface Affixes {
  readonly prefix?: string;
  readonly suffix?: string;
}

/**
 * The number format for counts: thousands grouped in the reader's settings (19.739 / 19,739).
 *
 * @example
 * cell.numFmt = COUNT_FORMAT; // Excel shows 19739 as 19.739 in Vietnamese settings
 */
export const COUNT_FORMAT = '#,##0';

/**
 * A percentage written as a machine decimal of percent ("11.99", "70", "99.1")
 * as a cell: the fraction (0.1199, shifted on the digits, never divided in
 * floating point) and a percent format with as many places as the text has,
 * so the cell shows exactly the text.
 *
 * @param percent - the percentage as a machine decimal, as `displayPercent` and plan targets write it
 * @param affixes - literal text before and after
 * @example
 * percentCell('11.99');                                 // { value: 0.1199, numFmt: '0.00%' }
 * percentCell('70');                                    // { value: 0.7, numFmt: '0%' }
 * percentCell('1.5', { prefix: 'tối đa ' });            // { value: 0.015, numFmt: '"tối đa "0.0%' }
 * percentCell('100', { suffix: ' (phấn đấu)' });        // { value: 1, numFmt: '0%" (phấn đấu)"' }
 */
export function percentCell(percent: string, affixes: Affixes = {}): NumberCell {
  const places = percent.includes('.') ? percent.length - percent.indexOf('.') - 1 : 0;
  const base = places === 0 ? '0%' : `0.${'0'.repeat(places)}%`;
  return { value: Number(shiftDecimal(percent, -2)), numFmt: withAffixes(base, affixes) };
}

/**
 * A count as a cell, thousands grouped by the reader's settings.
 *
 * @example
 * countCell(19739); // { value: 19739, numFmt: '#,##0' }
 * countCell(15, { suffix: ' (phấn đấu)' }).numFmt; // '#,##0" (phấn đấu)"'
 */
export function countCell(count: number, affixes: Affixes = {}): NumberCell {
  return { value: count, numFmt: withAffixes(COUNT_FORMAT, affixes) };
}

/** A number format with literal text around it (quotes in the text dropped: a format cannot hold them). */
function withAffixes(format: string, affixes: Affixes): string {
  const literal = (text: string | undefined) => (text ? `"${text.replaceAll('"', '')}"` : '');
  return `${literal(affixes.prefix)}${format}${literal(affixes.suffix)}`;
}
