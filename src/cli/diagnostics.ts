/**
 * Problems as the command line prints them: one line each, compiler style,
 * naming the file, the line and the field, with the stable error code, so a
 * clerk can fix a spreadsheet and a script can grep the code.
 *
 *     data.csv:7: numerator: "19,7a" is not a Vietnamese number: … (invalid-number-format)
 *     data.csv:9: warning: indicator: plan "qd-1373" has no 2030 target … (no-target-for-year)
 *     data.xlsx:Sheet1!D7: tử số: "19.739,5": a count is a whole number … (invalid-count)
 */
import { isXhhtError, type ErrorCode, type Issue } from '../errors.js';
import { escapeTerminal } from '../report/escape.js';
import type { Lang } from '../report/labels.js';
import { say, textIn, type Text } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/**
 * Exit codes of `xhht` (documented in docs/cli.md).
 *
 * @example
 * if (code === EXIT.input) console.error('some rows were rejected: see standard error');
 */
export const EXIT = {
  /** Done; warnings may have been printed. */
  ok: 0,
  /**
   * Bad input: a file could not be read or understood, or some rows were rejected (the rest was still evaluated and
   * written).
   */
  input: 1,
  /**
   * Usage: an unknown command or option, a missing or bad option value, an unknown plan id or year given as an option.
   */
  usage: 2,
} as const;

/**
 * One problem, located in a file.
 *
 * @example
 * const d: Diagnostic = {
 *   severity: 'error', code: 'invalid-number-format', file: 'data.csv', line: 7, field: 'numerator',
 *   message: '"19,7a" is not a Vietnamese number', messageVi: '"19,7a" không phải số hợp lệ',
 * };
 */
export interface Diagnostic {
  readonly severity: Issue['severity'];
  readonly code: ErrorCode;
  /** The file as the user named it. */
  readonly file?: string;
  /** 1-based line in a CSV file, or row of a sheet. */
  readonly line?: number;
  /** 1-based column (field number) on that line, when the problem is in one cell of a CSV file. */
  readonly column?: number;
  /** The cell of a workbook (`Sheet1!D7`, or `Sheet1!7:7` for a whole row); shown instead of the line and column. */
  readonly cell?: string;
  /** The column as written in the CSV header, or a JSON path like `observations[3].numerator`. */
  readonly field?: string;
  readonly message: string;
  readonly messageVi: string;
}

/**
 * The one-line form of a diagnostic, in the chosen language: the file and its
 * line (CSV) or cell (workbook), the column, the message and the code.
 *
 * @example
 * formatDiagnostic({ severity: 'error', code: 'invalid-number-format', file: 'data.csv', line: 7, field: 'numerator',
 *   message: '"19,7a" is not a number', messageVi: '"19,7a" không phải số' }, 'en');
 * // 'data.csv:7: numerator: "19,7a" is not a number (invalid-number-format)'
 * // with column: 9, the place is 'data.csv:7:9'
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const where =
    d.file === undefined
      ? 'xhht'
      : d.cell !== undefined
        ? `${d.file}:${d.cell}`
        : d.line === undefined
          ? d.file
          : d.column === undefined
            ? `${d.file}:${d.line}`
            : `${d.file}:${d.line}:${d.column}`;
  const warning = d.severity === 'warning' ? textIn(say(CLI, 'diagnostic.warning'), lang) : '';
  const field = d.field === undefined || d.field === '' ? '' : `${d.field}: `;
  // one line, whatever the file name, header or message holds: no control character reaches the terminal
  return escapeTerminal(`${where}: ${warning}${field}${lang === 'vi' ? d.messageVi : d.message} (${d.code})`);
}

/**
 * A mistake in the command line itself (exit code 2).
 *
 * @example
 * throw new UsageError(say(CLI, 'usage.format', { allowed: 'table, csv', value: '"pdf"', hint: '' }), 'evaluate');
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly messageVi: string;
  constructor(
    text: Text,
    /** The command whose help to point to. */
    readonly command?: string,
  ) {
    super(text.en);
    this.messageVi = text.vi;
  }
}

/**
 * A problem with the file a command writes (`--out`), found before anything is
 * written (it is a file the command reads: `output-is-input`) or while it is
 * written (`unwritable-file`): one coded line, exit code 2 (the path came from
 * the command line). A file that was there is unchanged.
 *
 * @example
 * throw new OutputError({
 *   severity: 'error',
 *   code: 'unwritable-file',
 *   file: 'bao-cao.csv',
 *   message: 'cannot write the file: the disk is full',
 *   messageVi: 'không ghi được tệp: ổ đĩa đã đầy',
 * });
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

/**
 * Input that stops a command (exit code 1): the file could not be read or
 * understood as a whole.
 *
 * @example
 * throw new InputError([
 *   { severity: 'error', code: 'invalid-json', file: 'a.json', message: 'bad', messageVi: 'lỗi' },
 * ]);
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics[0]?.message ?? 'bad input');
  }
}

/**
 * The diagnostic of a thrown XhhtError, or of any other error (as `invalid-input`).
 *
 * @example
 * fromError(new XhhtError('unknown-plan', 'no plan "x"'), 'data.json', 'plan').code; // 'unknown-plan'
 * fromError(new XhhtError('invalid-count', 'not whole'), 'data.xlsx', 'tử số', 7, 'Sheet1!D7').cell; // 'Sheet1!D7'
 */
export function fromError(e: unknown, file?: string, field?: string, line?: number, cell?: string): Diagnostic {
  const base = {
    severity: 'error' as const,
    ...(file !== undefined ? { file } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(cell !== undefined ? { cell } : {}),
    ...(field !== undefined ? { field } : {}),
  };
  if (isXhhtError(e)) return { ...base, code: e.code, message: e.message, messageVi: e.messageVi };
  const text = e instanceof Error ? e.message : String(e);
  return { ...base, code: 'invalid-input', message: text, messageVi: text };
}

/**
 * The diagnostic of an error met while a file was read as a whole (it cannot
 * be decoded, it is not CSV…): {@link fromError} naming the file, and the line
 * when the error has one (`invalid-csv`, a NUL character's `invalid-encoding`).
 *
 * @example
 * fileError(new XhhtError('invalid-csv', 'never closed', { path: [3] }), 'a.csv').line; // 3
 */
export function fileError(e: unknown, file: string): Diagnostic {
  const line =
    isXhhtError(e) && (e.code === 'invalid-csv' || e.code === 'invalid-encoding') && typeof e.path[0] === 'number'
      ? e.path[0]
      : undefined;
  return fromError(e, file, undefined, line);
}

/**
 * A JSON-style path for messages: `['observations', 3, 'numerator']` → `observations[3].numerator`.
 *
 * @example
 * jsonPath(['observations', 3, 'numerator']); // 'observations[3].numerator'
 */
export function jsonPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}
