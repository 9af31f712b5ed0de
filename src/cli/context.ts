/**
 * What every command gets, and the two ways it speaks: the result (to
 * standard output or `--out`) and problems (to standard error).
 */
import { resolve } from 'node:path';
import type { ErrorCode } from '../errors.js';
import { POSITIONS_SHOWN, countText, listPositions } from '../positions.js';
import type { Lang } from '../report/labels.js';
import { isXhhtError } from '../errors.js';
import { InputError, OutputError, UsageError, formatDiagnostic, type Diagnostic } from './diagnostics.js';
import type { CliIo } from './io.js';
import { messageFields, say, type Text } from '../messages/say.js';
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
    if (typeof body !== 'string') throw new UsageError(say(CLI, 'usage.out-needed'), command);
    ctx.io.stdout(body);
    return;
  }
  try {
    await ctx.io.writeFile(out, body);
  } catch (e) {
    throw cannotWrite(e, out);
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
    throw failed !== undefined && failed.error === e ? e : cannotWrite(e, out);
  }
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** The `unwritable-file` error of a file that cannot be written; an error of xhht itself (a bug, an input problem found while writing) is passed on. */
function cannotWrite(e: unknown, out: string): unknown {
  if (e instanceof InputError || e instanceof UsageError || e instanceof OutputError || isXhhtError(e)) return e;
  return new OutputError({
    severity: 'error',
    code: 'unwritable-file',
    file: out,
    ...messageFields(say(CLI, 'unwritable-file', { why: writeFailure(e) })),
  });
}

/** Why a write failed, in both languages, from the system's error code: never the system's own text. */
function writeFailure(e: unknown): Text {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOSPC':
      return say(CLI, 'unwritable-file.disk-full');
    case 'EDQUOT':
      return say(CLI, 'unwritable-file.quota');
    case 'EFBIG':
      return say(CLI, 'unwritable-file.too-large');
    case 'EACCES':
    case 'EPERM':
      return say(CLI, 'unwritable-file.permission');
    case 'EROFS':
      return say(CLI, 'unwritable-file.read-only');
    case 'EISDIR':
      return say(CLI, 'unwritable-file.directory');
    case 'ENOENT':
      return say(CLI, 'unwritable-file.no-folder');
    case 'ENOTDIR':
      return say(CLI, 'unwritable-file.not-folder');
    case 'ENAMETOOLONG':
      return say(CLI, 'unwritable-file.name-too-long');
    case 'EIO':
      return say(CLI, 'unwritable-file.io');
    default:
      // a system error code (EBUSY, EMFILE…) can be looked up; the system's own text is never shown
      return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)
        ? say(CLI, 'unwritable-file.refused-code', { code })
        : say(CLI, 'unwritable-file.refused');
  }
}

/**
 * Refuses an `--out` that names a file the command reads: writing the report
 * there would destroy the input (the report is written before the problems
 * are printed, so nothing would be left to fix). Paths are compared resolved,
 * so `a.json`, `./a.json` and `sub/../a.json` are one file; with an `io` that
 * knows files' identities (`fileIdentity`), a symbolic link to the input, a
 * hard link to it, or another path through linked folders is the same file
 * too: the same real path, or the same device and inode.
 *
 * @param io - to ask files' identities
 * @param out - the `--out` value, if any
 * @param inputs - the files read, each with the option that named it (`undefined` for the positional file)
 * @throws OutputError `output-is-input` when `out` is one of them (exit code 2, nothing written)
 * @example
 * await checkOut(io, 'a.json', [{ path: 'a.json' }]); // throws OutputError { code: 'output-is-input' }
 * await checkOut(io, 'link-to-a.json', [{ path: 'a.json' }]); // the same, through a symbolic link
 * await checkOut(io, 'b.md', [{ path: 'a.json' }, { path: 'plan.json', option: '--plan-file' }]); // fine
 */
export async function checkOut(
  io: CliIo,
  out: string | undefined,
  inputs: readonly { readonly path: string | undefined; readonly option?: string }[],
): Promise<void> {
  if (out === undefined) return;
  const target = resolve(out);
  const identity = (path: string) => (io.fileIdentity ? io.fileIdentity(path).catch(() => undefined) : undefined);
  const outId = await identity(out);
  for (const input of inputs) {
    if (input.path === undefined) continue;
    const samePath = resolve(input.path) === target;
    let same = samePath;
    if (!same && outId !== undefined) {
      const inId = await identity(input.path);
      same = inId !== undefined && (inId.id === outId.id || inId.realPath === outId.realPath);
    }
    if (!same) continue;
    const which =
      input.option === undefined
        ? say(CLI, 'output-is-input.input-file')
        : say(CLI, 'output-is-input.read-by', { option: input.option });
    throw new OutputError({
      severity: 'error',
      code: 'output-is-input',
      file: out,
      ...messageFields(say(CLI, samePath ? 'output-is-input' : 'output-is-input.linked', { which })),
    });
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
    const places = lines ? say(CLI, 'warnings.lines', { list }) : list;
    const at = h.places.length === 0 ? '' : say(CLI, 'warnings.held-at', { places });
    const summary: Diagnostic = {
      severity: 'warning',
      code,
      ...(file !== undefined ? { file } : {}),
      ...messageFields(say(CLI, more > 1 ? 'warnings.held-many' : 'warnings.held', { n, at })),
    };
    ctx.io.stderr(`${formatDiagnostic(summary, ctx.lang)}\n`);
  }
  return errors;
}
