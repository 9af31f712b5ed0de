/**
 * A small RFC 4180 CSV reader and writer, with what Vietnamese spreadsheets
 * add to the RFC: a ';' or tab delimiter (Vietnamese Excel uses ';' because ','
 * is the decimal mark), an Excel `sep=;` first line, LF or CRLF line ends, and
 * a byte-order mark. Dependency-free on purpose: the command line needs no
 * more than this, and every line number it reports must be the line a person
 * sees in an editor.
 */
import { XhhtError } from '../errors.js';
import { guardFormula } from '../report/escape.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/**
 * The delimiters the reader accepts.
 *
 * @example
 * const d: CsvDelimiter = ';';
 */
export type CsvDelimiter = ',' | ';' | '\t';

/**
 * One record: its fields as written (quotes removed, `""` unescaped) and the
 * 1-based line where it starts (a quoted field may span lines).
 *
 * @example
 * const r: CsvRecord = { line: 2, fields: ['provinces-literacy-level-2', '55', '63'] };
 */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * A parsed file: the delimiter used and the records, blank lines left out.
 *
 * @example
 * parseCsv('a;b\n1;2\n'); // { delimiter: ';', records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] }
 */
export interface CsvTable {
  readonly delimiter: CsvDelimiter;
  readonly records: readonly CsvRecord[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The delimiter of a file, read from its first line (outside quotes): ';' if
 * it has one, else a tab, else ','. ';' wins because a Vietnamese header may
 * hold an unquoted ',' ("Tử số, người") but never a ';'.
 *
 * @example
 * detectDelimiter('chỉ tiêu;tử số;mẫu số\n'); // ';'
 * detectDelimiter('indicator,numerator\n');   // ','
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let quoted = false;
  let tab = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) break;
    else if (!quoted && c === 0x3b) return ';';
    else if (!quoted && c === 0x09) tab = true;
  }
  return tab ? '\t' : ',';
}

/**
 * Reads CSV text (RFC 4180, plus LF line ends, ';' or tab delimiters, an
 * Excel `sep=X` first line and a leading byte-order mark). Fields in double
 * quotes may hold delimiters, quotes written `""` and line breaks. Blank lines
 * are skipped; line numbers still count them.
 *
 * @param text - the file's text
 * @param options - `delimiter`: skip detection ({@link detectDelimiter})
 * @returns the delimiter and the records
 * @throws XhhtError `invalid-csv` with `path: [line]` for an unclosed quote or text after a closing quote
 * @example
 * parseCsv('indicator,share\nprovinces-literacy-level-2,"55/63"\n').records[1]?.fields;
 * // ['provinces-literacy-level-2', '55/63']
 * parseCsv('a;b\n"x; ""y""";2').records[1]?.fields; // ['x; "y"', '2']
 */
export function parseCsv(text: string, options: { readonly delimiter?: CsvDelimiter } = {}): CsvTable {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let delimiter = options.delimiter;
  // Excel writes "sep=;" as the first line to name the delimiter.
  const sep = /^sep=([,;\t])\r?\n/.exec(text.slice(start, start + 8));
  if (sep) {
    delimiter ??= sep[1] as CsvDelimiter;
    start += sep[0].length;
    line = 2;
  }
  delimiter ??= detectDelimiter(text.slice(start));
  const d = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = start;
  while (i < n) {
    // a blank line is no record
    const first = text.charCodeAt(i);
    if (first === LF || first === CR) {
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        let j = i + 1;
        let out = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            throw new XhhtError('invalid-csv', say(CLI, 'invalid-csv.unclosed-quote', { openLine }), {
              path: [openLine],
            });
          }
          line += countLines(text, j, q);
          out += text.slice(j, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            out += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        value = out;
        const after = text.charCodeAt(i);
        if (i < n && after !== d && after !== LF && after !== CR) {
          throw new XhhtError('invalid-csv', say(CLI, 'invalid-csv.text-after-quote', { line }), { path: [line] });
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === d || c === LF || c === CR) break;
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      // end of record
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    records.push({ line: recordLine, fields });
  }
  return { delimiter, records };
}

/** Line breaks (LF, CRLF or a lone CR) in text[from, to). */
function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) lines++;
    else if (c === CR && text.charCodeAt(k + 1) !== LF) lines++;
  }
  return lines;
}

/**
 * Writes rows as CSV (RFC 4180, CRLF line ends). A field is quoted when it
 * holds the delimiter, a quote, a line break, or leading or trailing space.
 * Text that a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`)
 * gets a leading `'`, as in the report CSV; a number ("-3", "0,5") is left alone.
 *
 * @param rows - rows of fields
 * @param delimiter - ',' (default), ';' or tab
 * @returns the CSV text, ending with a line break
 * @example
 * writeCsv([['id', 'name'], ['dak-cam', 'Phường Đăk Cấm, Kon Tum']]);
 * // 'id,name\r\ndak-cam,"Phường Đăk Cấm, Kon Tum"\r\n'
 */
export function writeCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ','): string {
  const quote = (cell: string) => {
    const f = NUMBER.test(cell) ? cell : guardFormula(cell);
    return f.includes(delimiter) || /["\r\n]/.test(f) || f !== f.trim() ? `"${f.replaceAll('"', '""')}"` : f;
  };
  // a lone empty field is written "" so it does not read back as a blank line
  return rows.map((r) => `${r.length === 1 && r[0] === '' ? '""' : r.map(quote).join(delimiter)}\r\n`).join('');
}

/** A plain number, which a spreadsheet reads as a number, not a formula: "-3", "+5", "0,5", "19.739", "87.30%". */
const NUMBER = /^[-+]?\d[\d.,]*%?$/;
