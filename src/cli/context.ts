/**
 * What every command gets, and the two ways it speaks: the result (to
 * standard output or `--out`) and problems (to standard error).
 */
import { resolve } from 'node:path';
import type { Lang } from '../report/labels.js';
import { UsageError, formatDiagnostic, type Diagnostic } from './diagnostics.js';
import type { CliIo } from './io.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/**
 * A command's view of the world.
 *
 * @example
 * const ctx: Context = { io, lang: 'vi' };
 */
export interface Context {
  readonly io: CliIo;
  /** Language of messages (each command re-reads `--lang`). */
  readonly lang: Lang;
}

/**
 * Writes a command's result to `out`, or to standard output. Text ends with a
 * line break; bytes (a workbook, a Word document) are written as they are,
 * to a file only (checkFormatOptions asks for `--out`). A file that cannot
 * be written is a usage error: its path came from the command line.
 *
 * @example
 * await emit(ctx, 'report text\n', 'report.md', 'evaluate');
 * await emit(ctx, workbookBytes, 'bao-cao.xlsx', 'evaluate');
 */
export async function emit(
  ctx: Context,
  data: string | Uint8Array,
  out: string | undefined,
  command: string,
): Promise<void> {
  const body = typeof data !== 'string' || data.endsWith('\n') ? data : `${data}\n`;
  if (out === undefined) {
    if (typeof body !== 'string') throw new UsageError(say(CLI, 'usage.out-needed'), command);
    ctx.io.stdout(body);
    return;
  }
  try {
    await ctx.io.writeFile(out, body);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new UsageError(say(CLI, 'usage.cannot-write', { out, why }), command);
  }
}

/**
 * Refuses an `--out` that names a file the command reads: writing the report
 * there would destroy the input (the report is written before the problems
 * are printed, so nothing would be left to fix). Paths are compared resolved,
 * so `a.json`, `./a.json` and `sub/../a.json` are one file.
 *
 * @param out - the `--out` value, if any
 * @param inputs - the files read, each with the option that named it (`undefined` for the positional file)
 * @param command - for the help hint
 * @throws UsageError when `out` is one of them
 * @example
 * checkOut('a.json', [{ path: 'a.json' }], 'evaluate'); // throws UsageError
 * checkOut('b.md', [{ path: 'a.json' }, { path: 'plan.json', option: '--plan-file' }], 'evaluate'); // fine
 */
export function checkOut(
  out: string | undefined,
  inputs: readonly { readonly path: string | undefined; readonly option?: string }[],
  command: string,
): void {
  if (out === undefined) return;
  const target = resolve(out);
  for (const input of inputs) {
    if (input.path === undefined || resolve(input.path) !== target) continue;
    throw input.option === undefined
      ? new UsageError(say(CLI, 'usage.out-is-input', { out }), command)
      : new UsageError(say(CLI, 'usage.out-is-read', { out, option: input.option }), command);
  }
}

/**
 * Prints diagnostics on standard error, one line each, and returns how many
 * are errors.
 *
 * @example
 * const errors = printDiagnostics(ctx, diagnostics);
 */
export function printDiagnostics(ctx: Context, diagnostics: readonly Diagnostic[]): number {
  let errors = 0;
  for (const d of diagnostics) {
    ctx.io.stderr(`${formatDiagnostic(d, ctx.lang)}\n`);
    if (d.severity === 'error') errors++;
  }
  return errors;
}
