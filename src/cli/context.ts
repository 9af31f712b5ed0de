/**
 * What every command gets, and the two ways it speaks: the result (to
 * standard output or `--out`) and problems (to standard error).
 */
import { resolve } from 'node:path';
import type { ErrorCode } from '../errors.js';
import { POSITIONS_SHOWN, countText, listPositions } from '../positions.js';
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
 * How many warnings of one code standard error shows in full; the rest are
 * counted in one line (a file of 10,000 communes written for another reading
 * would otherwise print the same warning 10,000 times).
 *
 * @example
 * printDiagnostics(ctx, diagnostics); // at most WARNINGS_SHOWN lines per warning code, then one summary line
 */
export const WARNINGS_SHOWN = 5;

/**
 * Prints diagnostics on standard error, one line each, and returns how many
 * are errors. Every error is printed (each is a row not used, to be fixed);
 * warnings of one code after the first {@link WARNINGS_SHOWN} are summed up in
 * one line with their count and the first few lines they are at (the report in
 * `--format json` lists each one).
 *
 * @example
 * const errors = printDiagnostics(ctx, diagnostics);
 */
export function printDiagnostics(ctx: Context, diagnostics: readonly Diagnostic[]): number {
  let errors = 0;
  const held = new Map<ErrorCode, { count: number; files: Set<string | undefined>; places: (number | string)[] }>();
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else {
      let h = held.get(d.code);
      if (h === undefined) held.set(d.code, (h = { count: 0, files: new Set(), places: [] }));
      if (++h.count > WARNINGS_SHOWN) {
        h.files.add(d.file);
        const place = d.cell ?? d.line ?? d.field;
        if (place !== undefined && h.places.length <= POSITIONS_SHOWN + 1) h.places.push(place);
        continue;
      }
    }
    ctx.io.stderr(`${formatDiagnostic(d, ctx.lang)}\n`);
  }
  for (const [code, h] of held) {
    const more = h.count - WARNINGS_SHOWN;
    if (more <= 0) continue;
    const n = countText(more);
    const file = h.files.size === 1 ? [...h.files][0] : undefined;
    const lines = typeof h.places[0] === 'number';
    const list = listPositions(h.places, { total: more, noun: lines ? 'lines' : 'places' });
    const at = h.places.length === 0 ? null : lines ? { en: `lines ${list.en}`, vi: `dòng ${list.vi}` } : list;
    const summary: Diagnostic = {
      severity: 'warning',
      code,
      ...(file !== undefined ? { file } : {}),
      message: `${n.en} more warning${more > 1 ? 's' : ''} with this code, not printed${at ? ` (at ${at.en})` : ''}; --format json lists every one`,
      messageVi: `còn ${n.vi} cảnh báo cùng mã này không in ra${at ? ` (ở ${at.vi})` : ''}; --format json liệt kê đầy đủ`,
    };
    ctx.io.stderr(`${formatDiagnostic(summary, ctx.lang)}\n`);
  }
  return errors;
}
