/**
 * What every command gets, and the two ways it speaks: the result (to
 * standard output or `--out`) and problems (to standard error).
 */
import { resolve } from 'node:path';
import type { Lang } from '../report/labels.js';
import { isXhhtError } from '../errors.js';
import { InputError, UsageError, formatDiagnostic, type Diagnostic } from './diagnostics.js';
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
 * Writes a command's result to `out`, or to standard output. Text ends with a
 * line break; bytes (a workbook, a Word document) are written as they are,
 * to a file only (checkFormatOptions asks for `--out`). Text may come in
 * pieces (an iterable of strings, made as they are written: a report of
 * 100,000 units is never one string). A file that cannot be written is a
 * usage error: its path came from the command line.
 *
 * @example
 * await emit(ctx, 'report text\n', 'report.md', 'evaluate');
 * await emit(ctx, workbookBytes, 'bao-cao.xlsx', 'evaluate');
 * await emit(ctx, gather(jsonPieces(result)), undefined, 'assess-communes');
 */
export async function emit(
  ctx: Context,
  data: string | Uint8Array | Iterable<string>,
  out: string | undefined,
  command: string,
): Promise<void> {
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) return emitPieces(ctx, data, out, command);
  const body = typeof data !== 'string' || data.endsWith('\n') ? data : `${data}\n`;
  if (out === undefined) {
    if (typeof body !== 'string')
      throw new UsageError(
        'a workbook or a Word document is written to a file: give --out',
        'bảng tính, văn bản Word phải được ghi ra tệp: hãy dùng --out',
        command,
      );
    ctx.io.stdout(body);
    return;
  }
  try {
    await ctx.io.writeFile(out, body);
  } catch (e) {
    throw cannotWrite(e, out, command);
  }
}

/** {@link emit} of text in pieces: to standard output piece by piece, or to a file through `writeFileStream`. */
async function emitPieces(
  ctx: Context,
  pieces: Iterable<string>,
  out: string | undefined,
  command: string,
): Promise<void> {
  let last = '';
  // an error while the pieces are made (not while they are written) is passed on as it is
  let failed: { readonly error: unknown } | undefined;
  function* ended(): Generator<string> {
    try {
      for (const p of pieces) {
        if (p === '') continue;
        last = p;
        yield p;
      }
    } catch (e) {
      failed = { error: e };
      throw e;
    }
    if (!last.endsWith('\n')) yield '\n';
  }
  if (out === undefined) {
    for (const p of ended()) ctx.io.stdout(p);
    return;
  }
  const { writeFileStream } = ctx.io;
  try {
    if (writeFileStream) await writeFileStream.call(ctx.io, out, toAsync(ended()));
    else await ctx.io.writeFile(out, [...ended()].join(''));
  } catch (e) {
    throw failed !== undefined && failed.error === e ? e : cannotWrite(e, out, command);
  }
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** The usage error of a file that cannot be written; an error of xhht itself (a bug, an input problem found while writing) is passed on. */
function cannotWrite(e: unknown, out: string, command: string): unknown {
  if (e instanceof InputError || e instanceof UsageError || isXhhtError(e)) return e;
  const why = e instanceof Error ? e.message : String(e);
  return new UsageError(`cannot write ${out}: ${why}`, `không ghi được ${out}: ${why}`, command);
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
      ? new UsageError(
          `--out ${out} is the input file; write the report to another file`,
          `--out ${out} là tệp dữ liệu vào; hãy ghi báo cáo ra tệp khác`,
          command,
        )
      : new UsageError(
          `--out ${out} is the file ${input.option} reads; write the report to another file`,
          `--out ${out} là tệp mà ${input.option} đang đọc; hãy ghi báo cáo ra tệp khác`,
          command,
        );
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
