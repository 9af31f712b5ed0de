import { readFile } from 'node:fs/promises';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

/** The result of one in-memory run of `xhht`. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Text files written with --out. */
  readonly written: ReadonlyMap<string, string>;
  /** Binary files written with --out (workbooks, Word documents). */
  readonly bytes: ReadonlyMap<string, Uint8Array>;
  /** How many times standard output was written to. */
  readonly stdoutWrites: number;
}

/**
 * Runs the command line in memory. `files` are served first (strings as
 * UTF-8, or raw bytes); other paths are read from the repository (examples/).
 * With `pieces`, files are also served as streams in pieces of that many
 * bytes, and files are written from their pieces, as bin.ts does.
 */
export async function xhht(
  argv: readonly string[],
  files: Readonly<Record<string, string | Uint8Array>> = {},
  options: { isTTY?: boolean; columns?: number; pieces?: number } = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const bytes = new Map<string, Uint8Array>();
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    isTTY: options.isTTY ?? false,
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
    readFile: async (path) => {
      const f = files[path];
      if (f === undefined) return readFile(path);
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    writeFile: async (path, data) => void (typeof data === 'string' ? written.set(path, data) : bytes.set(path, data)),
  };
  if (options.pieces !== undefined) {
    // a file read as a stream, in pieces of that many bytes; text written as it comes
    const size = options.pieces;
    io.readStream = async (path) => {
      const all = await io.readFile(path);
      async function* chunks() {
        for (let at = 0; at < all.length; at += size) yield all.slice(at, at + size);
      }
      return { size: all.length, chunks: chunks() };
    };
    io.writeFileStream = async (path, pieces) => {
      let text = '';
      for await (const p of pieces) text += p;
      written.set(path, text);
    };
  }
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join(''), written, bytes, stdoutWrites: out.length };
}

/** The stderr lines, without empty ones. */
export const lines = (text: string) => text.split('\n').filter((l) => l !== '');
