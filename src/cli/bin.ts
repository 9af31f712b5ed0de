#!/usr/bin/env node
/**
 * The `xhht` executable: Node's process wired to {@link run}. Everything else
 * is in main.ts, where tests reach it without spawning a process.
 */
import { run } from './main.js';
import { nodeIo } from './node-io.js';

// `xhht … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await run(process.argv.slice(2), nodeIo());
