/**
 * The {@link CliIo} of a Node process: standard output and error, and the
 * file system. Big files are read in pieces and written as their text comes,
 * waiting for the disk when it is slower than the text; a file is written
 * beside its place and put there only when whole (see `replaceFile`).
 */
import { open, readFile, realpath, stat } from 'node:fs/promises';
import type { CliIo } from './io.js';
import { replaceFile } from './replace-file.js';

/**
 * The size of the pieces a file is read in: 32 KB, whose text (at most 64 KB
 * in memory) stays below the size V8 keeps apart as a large object; large
 * objects that outlive a minor collection are freed only by a full one, and a
 * big file read in larger pieces would pile them up.
 */
const PIECE = 1 << 15;

/**
 * The command line's view of this process and its file system.
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2), nodeIo());
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path),
    readStream: async (path) => {
      const file = await open(path, 'r');
      try {
        const stat = await file.stat();
        if (stat.isDirectory())
          throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
        return { size: stat.size, chunks: pieces(file) };
      } catch (e) {
        await file.close();
        throw e;
      }
    },
    // written beside the file and renamed over it when whole: a failed write leaves the old file
    writeFile: (path, data) =>
      replaceFile(path, (file) => (typeof data === 'string' ? file.writeFile(data, 'utf8') : file.writeFile(data))),
    writeFileStream: (path, text) => replaceFile(path, (file) => writePieces(file, text)),
    fileIdentity: async (path) => {
      try {
        const st = await stat(path, { bigint: true });
        return { realPath: await realpath(path), id: `${st.dev}:${st.ino}` };
      } catch {
        return undefined;
      }
    },
    isTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
  };
}

/** The size of the blocks a file is written in. */
const BLOCK = 1 << 20;

/**
 * Writes text that comes in pieces to an open file as UTF-8, in blocks of a
 * megabyte outside V8's heap: one block is filled while the other is written.
 */
async function writePieces(file: import('node:fs/promises').FileHandle, text: AsyncIterable<string>): Promise<void> {
  let block = Buffer.allocUnsafe(BLOCK);
  let spare = Buffer.allocUnsafe(BLOCK);
  let used = 0;
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await writing;
    writing = writeAll(file, block.subarray(0, used));
    // its failure is met at the next flush (or the end), not as an unhandled rejection before it
    writing.catch(() => {});
    [block, spare] = [spare, block];
    used = 0;
  };
  try {
    for await (const piece of text) {
      // a UTF-8 character takes at most 3 bytes per UTF-16 unit
      if (used + piece.length * 3 > BLOCK) await flush();
      if (piece.length * 3 > BLOCK) {
        await writing;
        await writeAll(file, Buffer.from(piece, 'utf8'));
        continue;
      }
      used += block.write(piece, used, 'utf8');
    }
    await flush();
    await writing;
  } catch (e) {
    // no write left running on a file about to be closed
    await writing.catch(() => {});
    throw e;
  }
}

/** Writes all of `bytes` (a write may take fewer). */
async function writeAll(file: import('node:fs/promises').FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length; ) {
    const { bytesWritten } = await file.write(bytes, at, bytes.length - at);
    at += bytesWritten;
  }
}

/** The bytes of an open file, a piece at a time; the file is closed at the end (or when the reader stops). */
async function* pieces(file: import('node:fs/promises').FileHandle): AsyncGenerator<Uint8Array> {
  try {
    for (;;) {
      const buffer = new Uint8Array(PIECE);
      const { bytesRead } = await file.read(buffer, 0, PIECE, null);
      if (bytesRead === 0) return;
      yield bytesRead === PIECE ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}
