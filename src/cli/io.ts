/**
 * The command line's only door to the outside world. `run()` receives it, so
 * tests drive the whole command line in memory and bin.ts wires it to Node.
 */
import { XhhtError } from '../errors.js';
import { InputError, fromError } from './diagnostics.js';
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
  /** Writes a whole file: text as UTF-8, bytes as they are (an .xlsx workbook, a .docx). */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** True when standard error is a terminal: only then is progress shown. */
  readonly isTTY: boolean;
  /** The width of standard output in columns when it is a terminal; absent otherwise (a pipe, a file). */
  readonly columns?: number;
}

/**
 * Reads a file as text: UTF-8 with or without a byte-order mark, or UTF-16
 * with one (Excel's "Unicode text"). Anything else is `invalid-encoding`,
 * never decoded by guess: a wrong guess would turn Vietnamese letters into
 * other letters without a word.
 *
 * @param io - where to read from
 * @param path - the file name as the user typed it
 * @returns the text, without the byte-order mark
 * @throws XhhtError `unreadable-file` or `invalid-encoding`
 * @example
 * const text = await readText(io, 'examples/communes-sample.csv');
 */
export async function readText(io: CliIo, path: string): Promise<string> {
  return decodeText(await readBytes(io, path));
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
export async function readBytes(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const why =
      code === 'ENOENT'
        ? say(CLI, 'file.not-found')
        : code === 'EISDIR'
          ? say(CLI, 'file.directory')
          : code === 'EACCES' || code === 'EPERM'
            ? say(CLI, 'file.permission')
            : { en: String((e as Error).message ?? e), vi: String((e as Error).message ?? e) };
    throw new XhhtError('unreadable-file', say(CLI, 'unreadable-file', { reason: why }), { cause: e });
  }
}

/**
 * Decodes the bytes of a text file: UTF-8 with or without a byte-order mark,
 * or UTF-16 with one. Anything else is `invalid-encoding` (see {@link readText}).
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
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    throw new XhhtError('invalid-encoding', say(CLI, 'invalid-encoding'));
  }
}

/**
 * {@link readText} for a file the user named on the command line: a problem
 * becomes the one-line `InputError` the commands print (file, code).
 *
 * @example
 * const text = await readInputText(io, 'data.csv'); // throws InputError for a missing file
 */
export async function readInputText(io: CliIo, path: string): Promise<string> {
  try {
    return await readText(io, path);
  } catch (e) {
    throw new InputError([fromError(e, path)]);
  }
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
    throw new InputError([fromError(e, path)]);
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
    throw new InputError([fromError(e, path)]);
  }
}
