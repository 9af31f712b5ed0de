#!/usr/bin/env node
/**
 * The `xhht` executable: Node's process wired to {@link run}. Everything else
 * is in main.ts, where tests reach it without spawning a process.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { run } from './main.js';

// `xhht … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path),
  writeFile: (path, data) => (typeof data === 'string' ? writeFile(path, data, 'utf8') : writeFile(path, data)),
  isTTY: process.stderr.isTTY === true,
  ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
});
