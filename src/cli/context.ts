/**
 * What every command gets, and the two ways it speaks: the result (to
 * standard output or `--out`) and problems (to standard error).
 */
import type { Lang } from '../report/labels.js';
import { UsageError, formatDiagnostic, type Diagnostic } from './diagnostics.js';
import type { CliIo } from './io.js';

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
 * Writes a command's result to `out`, or to standard output. A file that
 * cannot be written is a usage error: its path came from the command line.
 *
 * @example
 * await emit(ctx, 'report text\n', 'report.md');
 */
export async function emit(ctx: Context, text: string, out: string | undefined, command: string): Promise<void> {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (out === undefined) {
    ctx.io.stdout(body);
    return;
  }
  try {
    await ctx.io.writeFile(out, body);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new UsageError(`cannot write ${out}: ${why}`, `không ghi được ${out}: ${why}`, command);
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
