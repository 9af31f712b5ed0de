/**
 * Moves the decimal point of a machine decimal string ("11.99", "-0.5", "70")
 * by `places` (positive: right, times 10^places; negative: left), exactly, on
 * the digits: no float ever holds the intermediate value. The result is in
 * the same canonical form: no exponent, no leading zeros before the point
 * ("0.1199"), no trailing zeros after it, no point for a whole number, and
 * "0" for zero.
 *
 * The command line uses it where a spreadsheet stores a percentage as a
 * fraction: the displayed "11.99" % is the cell value 0.1199 (never the float of
 * the exact ratio 4.340/36.167, which Excel would show as 12,00%), and a
 * percent-formatted cell 0.9996 reads as "99.96".
 *
 * @param decimal - digits with an optional leading "-" and one optional "."
 * @param places - how far to move the point, a whole number
 * @returns the shifted decimal string
 * @example
 * shiftDecimal('11.99', -2);  // '0.1199'
 * shiftDecimal('0.9996', 2);  // '99.96'
 * shiftDecimal('70', -2);     // '0.7'
 * shiftDecimal('-2.70', -2);  // '-0.027'
 */
export function shiftDecimal(decimal: string, places: number): string {
  const negative = decimal.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  const digits = whole + fraction;
  // position of the point within `digits`, after the shift; pad with zeros on either side to reach it
  let point = whole.length + places;
  let padded = digits;
  if (point < 0) {
    padded = '0'.repeat(-point) + padded;
    point = 0;
  }
  if (point > padded.length) padded += '0'.repeat(point - padded.length);
  const int = padded.slice(0, point).replace(/^0+/, '') || '0';
  const frac = padded.slice(point).replace(/0+$/, '');
  const out = frac ? `${int}.${frac}` : int;
  return negative && out !== '0' ? `-${out}` : out;
}
