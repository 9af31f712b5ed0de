/**
 * The {@link CliIo} of a Node process: standard output and error, and the
 * file system. Big files are read in pieces of a megabyte and written as
 * their text comes, waiting for the disk when it is slower than the text.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open, readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './io.js';

/** The size of the pieces a file is read in. */
const PIECE = 1 << 20;

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
    writeFile: (path, data) => (typeof data === 'string' ? writeFile(path, data, 'utf8') : writeFile(path, data)),
    writeFileStream: async (path, text) => {
      const out = createWriteStream(path);
      const failed = once(out, 'error').then(([e]) => Promise.reject(e as Error));
      failed.catch(() => {});
      try {
        for await (const piece of text) if (!out.write(piece, 'utf8')) await Promise.race([once(out, 'drain'), failed]);
        out.end();
        await Promise.race([once(out, 'finish'), failed]);
      } finally {
        out.destroy();
      }
    },
    isTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
  };
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
