/**
 * A file read in pieces: a 1,000,000-row CSV file is never one string. The
 * bytes arrive from {@link CliIo.readStream} (or, for an `io` without it, from
 * `readFile` as one piece), are decoded as they come, with the same rules and
 * the same coded errors as `decodeText`, and counted, so that a progress line
 * can say how much is read.
 */
import { XhhtError } from '../errors.js';
import { cannotRead, lineBreaks, notUtf8, nulCharacter, type CliIo } from './io.js';

/**
 * An input file opened for reading in pieces.
 *
 * @example
 * const input = await openInput(io, 'so-lieu.csv');
 * for await (const text of decodePieces(input)) console.log(text.length);
 * input.read / input.size; // 1 when everything is read
 */
export interface InputStream {
  /** The file's size in bytes. */
  readonly size: number;
  /** Bytes read so far. */
  readonly read: number;
  /** The bytes, in order; each piece once. */
  readonly pieces: AsyncIterable<Uint8Array>;
}

/**
 * Opens a file the user named for reading in pieces.
 *
 * @param io - where to read from: `readStream` when it has one, else `readFile`
 * @param path - the file name as the user typed it
 * @throws XhhtError `unreadable-file` (missing, a directory, no permission), also for an error while
 * the pieces are read
 * @example
 * const input = await openInput(io, 'so-lieu.csv');
 */
export async function openInput(io: CliIo, path: string): Promise<InputStream> {
  let size: number;
  let source: AsyncIterable<Uint8Array>;
  try {
    if (io.readStream) ({ size, chunks: source } = await io.readStream(path));
    else {
      const bytes = await io.readFile(path);
      size = bytes.length;
      source = (async function* () {
        yield bytes;
      })();
    }
  } catch (e) {
    throw cannotRead(e);
  }
  const state = { size, read: 0 };
  async function* pieces(): AsyncGenerator<Uint8Array> {
    const it = source[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await it.next();
      } catch (e) {
        throw cannotRead(e);
      }
      if (next.done) return;
      state.read += next.value.length;
      yield next.value;
    }
  }
  return {
    get size() {
      return state.size;
    },
    get read() {
      return state.read;
    },
    pieces: pieces(),
  };
}

/**
 * The first `n` bytes of a stream (fewer when it is shorter), and a stream of
 * all its bytes again, the first ones included: a file's kind is decided by
 * its first bytes (a ZIP archive is a workbook) before it is read.
 *
 * @example
 * const { head, pieces } = await peekBytes(input.pieces, 4);
 * head[0] === 0x50; // 'P' of a ZIP archive
 */
export async function peekBytes(
  source: AsyncIterable<Uint8Array>,
  n: number,
): Promise<{ readonly head: Uint8Array; readonly pieces: AsyncIterable<Uint8Array> }> {
  const it = source[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  while (length < n) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    taken.push(next.value);
    length += next.value.length;
  }
  const head = concatBytes(taken).subarray(0, n);
  async function* pieces(): AsyncGenerator<Uint8Array> {
    yield* taken;
    if (ended) return;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, pieces: pieces() };
}

/**
 * Every byte of a stream, in one array (for a workbook or a JSON file, which
 * are read whole).
 *
 * @example
 * const bytes = await allBytes(input.pieces);
 */
export async function allBytes(source: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const p of source) parts.push(p);
  return concatBytes(parts);
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Decodes the bytes of a text file as they arrive: UTF-8 with or without a
 * byte-order mark, or UTF-16 with one, as `decodeText` (the mark is dropped; a
 * multi-byte letter cut between two pieces is decoded whole; a NUL character
 * is an error at its line).
 *
 * @param source - the bytes, in pieces
 * @returns the text, in pieces (none of them empty)
 * @throws XhhtError `invalid-encoding` where the bytes stop being text (with `path: [line]` for a NUL character)
 * @example
 * for await (const text of decodePieces(input.pieces)) parser.push(text);
 */
export async function* decodePieces(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const { head, pieces } = await peekBytes(source, 3);
  const [a, b, c] = head;
  let encoding = 'utf-8';
  let skip = 0;
  if (a === 0xef && b === 0xbb && c === 0xbf) skip = 3;
  else if (a === 0xff && b === 0xfe) [encoding, skip] = ['utf-16le', 2];
  else if (a === 0xfe && b === 0xff) [encoding, skip] = ['utf-16be', 2];
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch (e) {
      if (e instanceof XhhtError) throw e;
      throw notUtf8();
    }
  };
  // the lines before this piece, for the line of a NUL character (a CR at a piece's end may be half a CR LF)
  let lines = 0;
  let endsWithCr = false;
  const checked = (text: string): string => {
    const nul = text.indexOf('\u0000');
    const to = nul < 0 ? text.length : nul;
    if (endsWithCr && text.charCodeAt(0) === 0x0a) lines--;
    lines += lineBreaks(text, 0, to);
    if (nul >= 0) throw nulCharacter(lines + 1);
    // a CR at the end is counted as a line break; a LF starting the next piece makes it a CR LF, counted there
    endsWithCr = text.charCodeAt(text.length - 1) === 0x0d;
    return text;
  };
  for await (const piece of pieces) {
    const bytes = skip > 0 ? piece.subarray(Math.min(skip, piece.length)) : piece;
    skip = Math.max(0, skip - piece.length);
    const text = decode(bytes);
    if (text !== '') yield checked(text);
  }
  const rest = decode();
  if (rest !== '') yield checked(rest);
}
