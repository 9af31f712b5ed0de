/**
 * Reading the cells of a spreadsheet: counts as spreadsheets write them,
 * yes/no answers and dates. The number grammar is src/vi's (parseViDecimal,
 * parseViShare).
 */
import { assertIsoDate } from '../dates/iso.js';
import { XhhtError } from '../errors.js';
import { parseViCount, parseViDecimal } from '../vi/number.js';
import { squashHeader } from './headers.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/**
 * Reads a count cell: a Vietnamese whole number ("19.739"), also as a
 * spreadsheet formats a number cell with decimals ("19.739,00" is 19739). A
 * fraction that is not zero ("19.739,50") is `invalid-count`: a count of
 * people is whole, and rounding it would be a guess.
 *
 * @param text - the cell, not empty
 * @returns a non-negative safe integer
 * @throws XhhtError `invalid-number-format` for text that is no Vietnamese number, `invalid-count` for a negative or
 * fractional one
 * @example
 * parseCountCell('19.739');    // 19739
 * parseCountCell('19.739,00'); // 19739
 * parseCountCell('19.739,50'); // throws XhhtError { code: 'invalid-count' }
 */
export function parseCountCell(text: string): number {
  // most cells of a big file: a whole number, plain or grouped the Vietnamese way, of at most 15 digits (below 2^53)
  if (PLAIN_COUNT.test(text)) return Number(text.includes('.') ? text.replaceAll('.', '') : text);
  const decimal = parseViDecimal(text);
  // a minus sign: parseViCount says so, quoting the cell
  if (decimal.startsWith('-')) return parseViCount(text);
  if (decimal.includes('.')) {
    const fraction = text.trim().slice(text.trim().indexOf(','));
    throw new XhhtError(
      'invalid-count',
      say(CLI, 'invalid-count.fraction-cell', { text: JSON.stringify(text), fraction }),
    );
  }
  return parseViCount(text.trim().replace(/,0+$/, ''));
}

/** "0", "738", "19739", "19.739", "1.234.567": what parseViCount reads as these digits. */
const PLAIN_COUNT = /^(?:0|[1-9]\d{0,14}|[1-9]\d{0,2}(?:\.\d{3}){1,4})$/;

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'co', 'dat']);
const NO = new Set(['no', 'n', 'false', '0', 'khong', 'khongdat', 'chuadat']);

/**
 * Reads a yes/no cell: yes/no, true/false, 1/0, "x" (a ticked box), có/không,
 * đạt/không đạt/chưa đạt, in any case, with or without Vietnamese marks.
 *
 * @param text - the cell, not empty
 * @returns the answer
 * @throws XhhtError `invalid-boolean-format`
 * @example
 * parseYesNo('Có');        // true
 * parseYesNo('không đạt'); // false
 * parseYesNo('maybe');     // throws XhhtError { code: 'invalid-boolean-format' }
 */
export function parseYesNo(text: string): boolean {
  const key = squashHeader(text);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  throw new XhhtError('invalid-boolean-format', say(CLI, 'invalid-boolean-format', { text: JSON.stringify(text) }));
}

/**
 * Reads a date cell: ISO `2024-12-31`, or day/month/year as Vietnamese
 * spreadsheets write it (`31/12/2024`, `1/7/2025`).
 *
 * @param text - the cell, not empty
 * @returns the ISO date
 * @throws XhhtError `invalid-date` for text that is not an existing date
 * @example
 * parseDateCell('31/12/2024'); // '2024-12-31'
 * parseDateCell('2024-12-31'); // '2024-12-31'
 * parseDateCell('31/02/2024'); // throws XhhtError { code: 'invalid-date' }
 */
export function parseDateCell(text: string): string {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : t;
  try {
    return assertIsoDate(iso);
  } catch {
    throw new XhhtError('invalid-date', say(CLI, 'invalid-date.cell', { text: JSON.stringify(text) }));
  }
}
