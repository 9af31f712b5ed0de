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
 * parseCsv('a;b\n1;2\n');
 * // { delimiter: ';', records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] }
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
  const head = csvHead(text, options.delimiter);
  const records: CsvRecord[] = [];
  scanRecords(text, head.start, head.line, head.delimiter.charCodeAt(0), true, records);
  return { delimiter: head.delimiter, records };
}

/** Where the records of a file start: after a byte-order mark and an Excel `sep=X` line, with the delimiter. */
function csvHead(
  text: string,
  given: CsvDelimiter | undefined,
): { readonly start: number; readonly line: number; readonly delimiter: CsvDelimiter } {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let delimiter = given;
  // Excel writes "sep=;" as the first line to name the delimiter.
  const sep = /^sep=([,;\t])\r?\n/.exec(text.slice(start, start + 8));
  if (sep) {
    delimiter ??= sep[1] as CsvDelimiter;
    start += sep[0].length;
    line = 2;
  }
  return { start, line, delimiter: delimiter ?? detectDelimiter(text.slice(start)) };
}

/**
 * Reads the records of `text` from offset `from` (at line `fromLine`) into
 * `out`. With `final` false the text is a prefix of the file: a record that
 * may go on past its end (no line break after it yet, an open quote, a quote
 * or a CR as the last character) is left for later, and the offset and line
 * where it starts are returned, so that the same records come out whatever
 * the pieces the file arrives in.
 */
function scanRecords(
  text: string,
  from: number,
  fromLine: number,
  d: number,
  final: boolean,
  out: CsvRecord[],
): { readonly next: number; readonly line: number } {
  const n = text.length;
  let i = from;
  let line = fromLine;
  while (i < n) {
    // a blank line is no record
    const first = text.charCodeAt(i);
    if (first === LF || first === CR) {
      if (first === CR && i + 1 === n && !final) break; // a CR LF cut in two
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const start = i;
    const recordLine = line;
    const fields: string[] = [];
    let whole = true;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        let j = i + 1;
        let quoted = '';
        for (;;) {
          const q = text.indexOf('"', j);
          // not closed yet (a closing quote at the very end leaves the record open below: it may be a "" cut in two)
          if (q < 0 && !final) {
            whole = false;
            break;
          }
          if (q < 0) {
            throw new XhhtError('invalid-csv', say(CLI, 'invalid-csv.unclosed-quote', { openLine }), {
              path: [openLine],
            });
          }
          line += countLines(text, j, q);
          quoted += text.slice(j, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            quoted += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        if (!whole) break;
        value = quoted;
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
      if (i >= n) {
        // the end of the file ends the record; the end of a piece may not
        whole = final;
        break;
      }
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      if (c === CR && i + 1 === n && !final) {
        whole = false;
        break;
      }
      // end of record
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    if (!whole) return { next: start, line: recordLine };
    out.push({ line: recordLine, fields });
  }
  return { next: i, line };
}

/**
 * Reads CSV text that arrives in pieces (a big file read as a stream): each
 * {@link CsvParser.push} returns the records the text so far holds whole, and
 * {@link CsvParser.end} the last ones. The records, their lines, the delimiter
 * and the errors are those of {@link parseCsv} on the whole text, however it
 * is cut; only the text of the record being read is kept between pieces.
 *
 * @example
 * const p = new CsvParser();
 * p.push('indicator;count\nx;'); // [{ line: 1, fields: ['indicator', 'count'] }]
 * p.push('3\ny;4');               // [{ line: 2, fields: ['x', '3'] }]
 * p.end();                        // [{ line: 3, fields: ['y', '4'] }]
 * p.delimiter;                    // ';'
 */
export class CsvParser {
  private text = '';
  private at = 0;
  private line = 1;
  private code = -1;
  /** The delimiter, once the first line is read (given, named by a `sep=` line or detected). */
  delimiter: CsvDelimiter | undefined;

  constructor(private readonly options: { readonly delimiter?: CsvDelimiter } = {}) {}

  /**
   * Adds the next piece of text.
   *
   * @returns the records completed by it
   * @throws XhhtError `invalid-csv` as {@link parseCsv}
   */
  push(piece: string): CsvRecord[] {
    this.text = this.at === 0 ? this.text + piece : this.text.slice(this.at) + piece;
    this.at = 0;
    return this.read(false);
  }

  /**
   * Ends the text.
   *
   * @returns the last records
   * @throws XhhtError `invalid-csv` as {@link parseCsv}
   */
  end(): CsvRecord[] {
    const records = this.read(true);
    this.text = '';
    this.at = 0;
    return records;
  }

  private read(final: boolean): CsvRecord[] {
    if (this.delimiter === undefined) {
      // the delimiter is found on the first line (and a `sep=` line is one): wait until it is whole
      if (!final && !firstLineRead(this.text)) return [];
      const head = csvHead(this.text, this.options.delimiter);
      this.delimiter = head.delimiter;
      this.code = head.delimiter.charCodeAt(0);
      this.at = head.start;
      this.line = head.line;
    }
    const records: CsvRecord[] = [];
    const { next, line } = scanRecords(this.text, this.at, this.line, this.code, final, records);
    this.at = next;
    this.line = line;
    return records;
  }
}

/** True when the text holds its first line whole: a line break outside quotes that is not a CR the text ends with. */
function firstLineRead(text: string): boolean {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || (c === CR && i + 1 < text.length))) return true;
  }
  return false;
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
