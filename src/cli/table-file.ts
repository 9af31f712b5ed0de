/**
 * The one door for a table the user names on the command line: a CSV file or
 * one sheet of an Excel workbook (.xlsx), read into the {@link Table} shape the
 * readers take. A reader written against `Table` (observations, communes) or
 * against its records (plans) reads both formats, with the same columns,
 * aliases and checks; its messages name a CSV line (`data.csv:7`) or a cell
 * (`data.xlsx:Sheet1!D7`).
 *
 *     const { table } = await readTableOrJson(io, 'so-lieu.xlsx', { sheet: 'Số liệu' });
 *     for (const row of table?.rows ?? []) {
 *       const text = cellText(row.fields[2] ?? '', 'number'); // "19.739", "99,96%": Vietnamese parsers read it
 *       // a problem: fromError(e, table.file, table.header.fields[2], row.line, table.cellRef(row.line, 2))
 *     }
 *
 * The xlsx library is loaded only when a workbook is read (see xlsx/read.ts).
 */
import { csvRecords } from './csv-file.js';
import type { CsvDelimiter } from './csv.js';
import { InputError, UsageError, fileError } from './diagnostics.js';
import { allBytes, decodePieces, openInput, peekBytes, type InputStream } from './input-stream.js';
import { decodeInputText, type CliIo } from './io.js';
import { tableOf, type Table, type TableRecords } from './table.js';
import { csvTableStream, type TableStream } from './table-stream.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/**
 * Options of {@link readTableOrJson} and {@link tableRecords}.
 *
 * @example
 * const o: TableFileOptions = { sheet: 'Số liệu' };
 */
export interface TableFileOptions {
  /** A CSV file's delimiter, instead of detecting it. */
  readonly delimiter?: CsvDelimiter;
  /** A CSV file's header row, by which its delimiter is found when the first line misleads (see `csvRecords`). */
  readonly recognise?: (fields: readonly string[]) => boolean;
  /** A workbook's sheet, by name (default: the first visible sheet). */
  readonly sheet?: string;
  /** Without `sheet`: the names of the sheet to read when a workbook has one, before the first visible sheet. */
  readonly prefer?: readonly string[];
  /** The command, for the help hint of a usage error. */
  readonly command?: string;
}

const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xltx', 'xltm', 'xls', 'ods']);
const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'json']);

/**
 * True when a file is to be read as a workbook: an Excel extension (`.xlsx`,
 * also `.xls` and `.ods`, which are then refused with a hint), or, under
 * another name, bytes that start like a ZIP archive or an Excel 97–2003 file.
 *
 * @param path - the file name
 * @param bytes - its first bytes (at least four)
 * @example
 * isWorkbook('so-lieu.xlsx', bytes); // true
 * isWorkbook('so-lieu.csv', bytes);  // false: the name decides
 */
export function isWorkbook(path: string, bytes: Uint8Array): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext !== undefined && WORKBOOK_EXTENSIONS.has(ext)) return true;
  if (ext !== undefined && TEXT_EXTENSIONS.has(ext)) return false;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

/**
 * Refuses `--sheet` for a file that is not a workbook: the option would be
 * silently ignored.
 *
 * @throws UsageError when `sheet` is given
 * @example
 * checkSheetOption('Số liệu', 'data.csv', 'evaluate'); // throws UsageError
 */
function checkSheetOption(sheet: string | undefined, path: string, command?: string): void {
  if (sheet === undefined) return;
  throw new UsageError(say(CLI, 'usage.sheet-not-workbook', { path }), command);
}

/**
 * Every record of a file already read: a sheet of a workbook (see
 * {@link isWorkbook}) or a CSV file.
 *
 * @param bytes - the file's bytes
 * @param path - the file as the user named it
 * @param options - `delimiter`, `recognise` (CSV), `sheet`, `prefer` (workbook), `command` (for usage errors)
 * @throws InputError for a file that cannot be read (`invalid-encoding`, `invalid-csv`, `invalid-xlsx`,
 * `unknown-sheet`); UsageError for `--sheet` with a CSV file
 * @example
 * const { sheet, records } = await tableRecords(bytes, 'ke-hoach.xlsx', { prefer: ['Kế hoạch', 'Plan'] });
 */
export async function tableRecords(
  bytes: Uint8Array,
  path: string,
  options: TableFileOptions = {},
): Promise<TableRecords> {
  if (isWorkbook(path, bytes)) {
    const { readSheetRecords } = await import('./xlsx/read.js');
    return readSheetRecords(bytes, path, {
      ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
      ...(options.prefer ? { prefer: options.prefer } : {}),
    });
  }
  checkSheetOption(options.sheet, path, options.command);
  return csvRecords(decodeInputText(bytes, path), path, {
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.recognise ? { recognise: options.recognise } : {}),
  });
}

/**
 * True when a file should be read as JSON: a `.json` name, or (for other
 * names) text that starts with `{` or `[`.
 *
 * @example
 * looksLikeJson('data.csv', '[]'); // false: the name decides
 * looksLikeJson('data', ' {"observations": []}'); // true
 */
function looksLikeJson(file: string, text: string): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'json') return true;
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return false;
  return /^\s*[[{]/.test(text);
}

/**
 * A file of a command that takes JSON or a table: a sheet of a workbook (read
 * whole), the text of a JSON file (read whole), or a CSV file, whose rows are
 * read as they come.
 *
 * @example
 * const input: TableInput = { json: '{"observations": []}' };
 */
export type TableInput =
  | { readonly table: Table; readonly json?: undefined; readonly stream?: undefined }
  | { readonly json: string; readonly table?: undefined; readonly stream?: undefined }
  | { readonly stream: TableStream; readonly table?: undefined; readonly json?: undefined };

/**
 * Opens the file of a command that takes JSON or a table (`evaluate`,
 * `assess-communes`): a workbook's sheet (by its name or its first bytes),
 * else JSON when {@link looksLikeJson}, else a CSV file, whose rows are read
 * as the file is (see `csvTableStream`). `read` says how many of the file's
 * bytes are read, for a progress line.
 *
 * @param io - where to read from
 * @param path - the file as the user named it
 * @param options - `sheet` (`--sheet`), `delimiter`, `command` (for usage errors)
 * @throws InputError for a file that cannot be read (`unreadable-file`, `invalid-encoding`, `invalid-csv`,
 * `invalid-xlsx`, `unknown-sheet`); UsageError for `--sheet` with a file that is not a workbook
 * @example
 * const { input } = await readTableInput(io, 'examples/national-2024.json', { command: 'evaluate' });
 * input.json !== undefined; // true
 */
export async function readTableInput(
  io: CliIo,
  path: string,
  options: TableFileOptions = {},
): Promise<{ readonly input: TableInput; readonly file: InputStream }> {
  const located = <T>(work: () => Promise<T>): Promise<T> =>
    work().catch((e: unknown) => {
      throw e instanceof InputError ? e : new InputError([fileError(e, path)]);
    });
  const file = await located(() => openInput(io, path));
  const { head, pieces } = await located(() => peekBytes(file.pieces, 4));
  if (isWorkbook(path, head)) {
    const bytes = await located(() => allBytes(pieces));
    return { input: { table: tableOf(await tableRecords(bytes, path, options)) }, file };
  }
  checkSheetOption(options.sheet, path, options.command);
  const texts = decodePieces(pieces);
  const { start, rest } = await located(() => peekText(texts));
  if (looksLikeJson(path, start)) {
    const parts: string[] = [];
    await located(async () => {
      for await (const t of rest) parts.push(t);
    });
    return { input: { json: parts.join('') }, file };
  }
  const stream = await csvTableStream(rest, path, options.delimiter);
  return { input: { stream }, file };
}

/** The text up to its first character that is not white space (or all of it), and a stream of all the text again. */
async function peekText(
  texts: AsyncIterable<string>,
): Promise<{ readonly start: string; readonly rest: AsyncIterable<string> }> {
  const it = texts[Symbol.asyncIterator]();
  let start = '';
  let ended = false;
  while (!/\S/.test(start)) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    start += next.value;
  }
  async function* rest(): AsyncGenerator<string> {
    if (start !== '') yield start;
    if (ended) return;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { start, rest: rest() };
}
