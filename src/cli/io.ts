/**
 * The command line's only door to the outside world. `run()` receives it, so
 * tests drive the whole command line in memory and bin.ts wires it to Node.
 */
import { XhhtError } from '../errors.js';
import { InputError, fileError } from './diagnostics.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/**
 * What the command line may do outside itself.
 *
 * @example
 * const out: string[] = [];
 * const io: CliIo = {
 *   stdout: (t) => out.push(t), stderr: () => {}, isTTY: false,
 *   readFile: async () => new TextEncoder().encode('[]'), writeFile: async () => {},
 * };
 */
export interface CliIo {
  /** Writes text to standard output (the text carries its own line breaks). */
  stdout(text: string): void;
  /** Writes text to standard error: problems, warnings, progress. */
  stderr(text: string): void;
  /** Reads a whole file as bytes; rejects with a Node-style error (`code: 'ENOENT'`…). */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Opens a file to read it in pieces: its size, and its bytes in order
   * (a big CSV file is read as it arrives, never whole). Rejects, or throws
   * while the pieces are read, with a Node-style error. Optional: without it
   * a file is read whole with `readFile`.
   */
  readStream?(path: string): Promise<{ readonly size: number; readonly chunks: AsyncIterable<Uint8Array> }>;
  /** Writes a whole file: text as UTF-8, bytes as they are (an .xlsx workbook, a .docx). */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /**
   * Writes a file from text that comes in pieces, as UTF-8 (a report too big
   * to be one string). Optional: without it the pieces are joined and given to
   * `writeFile`.
   */
  writeFileStream?(path: string, pieces: AsyncIterable<string>): Promise<void>;
  /**
   * The identity of an existing file: its real path (links followed) and an
   * id of its device and inode (`"2049:1234"`), or `undefined` when there is
   * no such file. Optional: without it files are compared by their paths.
   */
  fileIdentity?(path: string): Promise<{ readonly realPath: string; readonly id: string } | undefined>;
  /** True when standard error is a terminal: only then is progress shown. */
  readonly isTTY: boolean;
  /** The width of standard output in columns when it is a terminal; absent otherwise (a pipe, a file). */
  readonly columns?: number;
}

/**
 * Reads a whole file as bytes.
 *
 * @param io - where to read from
 * @param path - the file name as the user typed it
 * @throws XhhtError `unreadable-file` (missing, a directory, no permission)
 * @example
 * const bytes = await readBytes(io, 'examples/dak-cam-2025.xlsx');
 */
async function readBytes(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (e) {
    throw cannotRead(e);
  }
}

/**
 * The `unreadable-file` error of a Node-style error met while reading a file:
 * why, in both languages (a missing file, a directory, no permission).
 *
 * @param e - the error `readFile` or a read stream gave
 * @example
 * cannotRead(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })).message; // 'cannot read the file: no such file'
 */
export function cannotRead(e: unknown): XhhtError {
  if (e instanceof XhhtError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  const why =
    code === 'ENOENT'
      ? say(CLI, 'file.not-found')
      : code === 'EISDIR'
        ? say(CLI, 'file.directory')
        : code === 'EACCES' || code === 'EPERM'
          ? say(CLI, 'file.permission')
          : { en: String((e as Error | null)?.message ?? e), vi: String((e as Error | null)?.message ?? e) };
  return new XhhtError('unreadable-file', say(CLI, 'unreadable-file', { reason: why }), { cause: e });
}

/**
 * The `invalid-encoding` error of a text file that holds a NUL character (byte
 * 0), at its line: no spreadsheet or editor writes one in text, so the file is
 * not text (a binary file, a workbook saved under a .csv name) or is UTF-16
 * without its byte-order mark, whose every other byte is 0.
 *
 * @param line - the line of the first NUL (1-based)
 * @example
 * nulCharacter(3).path; // [3]
 */
export function nulCharacter(line: number): XhhtError {
  return new XhhtError('invalid-encoding', say(CLI, 'invalid-encoding.nul'), { path: [line] });
}

/**
 * The line breaks in `text` from `from` to `to` (not included), counted as
 * the CSV reader counts them: LF, CR LF, or a CR alone.
 *
 * @example
 * lineBreaks('a\r\nb\rc\nd', 0, 7); // 3
 */
export function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) n++;
  }
  return n;
}

/**
 * The `invalid-encoding` error of bytes that are not UTF-8 (or UTF-16 with a
 * byte-order mark) text, with the hint of how to save a CSV file from Excel.
 *
 * @example
 * notUtf8().code; // 'invalid-encoding'
 */
export function notUtf8(): XhhtError {
  return new XhhtError('invalid-encoding', say(CLI, 'invalid-encoding'));
}

/**
 * Decodes the bytes of a text file: UTF-8 with or without a byte-order mark,
 * or UTF-16 with one (Excel's "Unicode text"). Anything else is
 * `invalid-encoding`, never decoded by guess: a wrong guess would turn
 * Vietnamese letters into other letters without a word.
 *
 * @param bytes - the file's bytes
 * @returns the text, without the byte-order mark
 * @throws XhhtError `invalid-encoding`
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])); // 'a'
 */
export function decodeText(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  let encoding = 'utf-8';
  let skip = 0;
  if (a === 0xef && b === 0xbb && c === 0xbf) skip = 3;
  else if (a === 0xff && b === 0xfe) [encoding, skip] = ['utf-16le', 2];
  else if (a === 0xfe && b === 0xff) [encoding, skip] = ['utf-16be', 2];
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    throw notUtf8();
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw nulCharacter(lineBreaks(text, 0, nul) + 1);
  return text;
}

/**
 * {@link readBytes} for a file the user named on the command line: a problem
 * becomes the one-line `InputError` the commands print (file, code).
 *
 * @example
 * const bytes = await readInputBytes(io, 'data.xlsx'); // throws InputError for a missing file
 */
export async function readInputBytes(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await readBytes(io, path);
  } catch (e) {
    throw new InputError([fileError(e, path)]);
  }
}

/**
 * {@link decodeText} for a file the user named: a problem becomes the one-line
 * `InputError` the commands print.
 *
 * @example
 * decodeInputText(bytes, 'data.csv'); // throws InputError { code: 'invalid-encoding' } for Windows-1258 text
 */
export function decodeInputText(bytes: Uint8Array, path: string): string {
  try {
    return decodeText(bytes);
  } catch (e) {
    throw new InputError([fileError(e, path)]);
  }
}
