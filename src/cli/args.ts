/**
 * Command-line options: node:util parseArgs, with its errors turned into
 * one-line usage errors (exit code 2) in the user's language, and checkers for
 * the values every command shares.
 */
import { parseArgs } from 'node:util';
import type { Lang } from '../report/labels.js';
import type { CsvDelimiter } from './csv.js';
import { UsageError } from './diagnostics.js';
import { didYouMean } from './suggest.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

type OptionSpec = { readonly type: 'string' | 'boolean'; readonly short?: string; readonly multiple?: boolean };

/**
 * Options every command takes.
 *
 * @example
 * parseCommand('plans', ['--lang', 'en'], COMMON_OPTIONS).values.lang; // 'en'
 */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
} as const satisfies Record<string, OptionSpec>;

/**
 * Options of the commands that print text tables.
 *
 * @example
 * parseCommand('plans', ['--wide'], { ...COMMON_OPTIONS, ...TABLE_OPTIONS }).values.wide; // true
 */
export const TABLE_OPTIONS = {
  wide: { type: 'boolean' },
} as const satisfies Record<string, OptionSpec>;

/** Columns of a text table when standard output is not a terminal (a pipe, a file). */
const DEFAULT_COLUMNS = 100;

/**
 * The width text tables are fitted to: the terminal's (standard output), 100
 * columns when it is not a terminal, none with `--wide` (one line per row).
 *
 * @example
 * tableWidth({ columns: 80 }, false);        // 80
 * tableWidth({}, false);                     // 100
 * tableWidth({ columns: 80 }, true);         // undefined: one line per row
 */
export function tableWidth(io: { readonly columns?: number }, wide: boolean | undefined): number | undefined {
  if (wide) return undefined;
  return io.columns !== undefined && Number.isSafeInteger(io.columns) && io.columns > 0 ? io.columns : DEFAULT_COLUMNS;
}

/**
 * The values parseArgs gives for an option table: a list for an option that
 * may be repeated (`multiple: true`).
 *
 * @example
 * const v: OptionValues<{ year: { type: 'string' }; reading: { type: 'string'; multiple: true } }> = { year: '2025', reading: ['a=b'] };
 */
export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K] extends { readonly multiple: true }
    ? string[]
    : O[K]['type'] extends 'boolean'
      ? boolean
      : string;
};

/**
 * Parses a command's arguments strictly: an unknown option, a missing value
 * or a value given to a flag is a {@link UsageError}.
 *
 * @param command - the command, for the help hint
 * @param argv - the arguments after the command name
 * @param options - the command's option table
 * @returns option values and positional arguments
 * @example
 * parseCommand('evaluate', ['data.csv', '--year', '2025'], { year: { type: 'string' } });
 * // { values: { year: '2025' }, positionals: ['data.csv'] }
 */
export function parseCommand<O extends Record<string, OptionSpec>>(
  command: string,
  argv: readonly string[],
  options: O,
): { values: OptionValues<O>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values: values as OptionValues<O>, positionals };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const message = e instanceof Error ? e.message : String(e);
    const option = /--[\w-]+/.exec(message)?.[0] ?? /'(-[^' ,]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const known = Object.keys(options).map((name) => `--${name}`);
      const hint = didYouMean(option, known);
      throw new UsageError(say(CLI, 'usage.unknown-option', { option, hint }), command);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // "argument missing", or "ambiguous" when the next word is another option
      const needs = /argument (missing|is ambiguous)/.test(message);
      throw new UsageError(
        say(CLI, needs ? 'usage.option-needs-value' : 'usage.option-takes-no-value', { option }),
        command,
      );
    }
    throw new UsageError({ en: message, vi: message }, command);
  }
}

/**
 * The report language of `--lang`, `fallback` (default `vi`) when absent.
 *
 * @example
 * langOption('en');                   // 'en'
 * langOption(undefined, 'plans', 'en'); // 'en'
 * langOption('fr');                   // throws UsageError
 */
export function langOption(value: string | undefined, command?: string, fallback: Lang = 'vi'): Lang {
  if (value === undefined) return fallback;
  if (value === 'vi' || value === 'en') return value;
  throw new UsageError(say(CLI, 'usage.lang', { value: JSON.stringify(value) }), command);
}

/**
 * The language asked for anywhere in argv (`--lang en`, `--lang=en`), so even
 * an error found before the options are parsed speaks it.
 *
 * @example
 * sniffLang(['evaluate', '--bogus', '--lang', 'en']); // 'en'
 */
export function sniffLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'en' || v === 'vi') return v;
  }
  return 'vi';
}

/**
 * The format of `--format`, checked against the command's formats. Without
 * `--format`, the extension of `--out` decides (`.md`, `.csv`, `.html`,
 * `.json`, `.docx`, `.xlsx`), else `table`.
 *
 * @example
 * formatOption(undefined, 'report.html', ['table', 'html'], 'evaluate'); // 'html'
 * formatOption('pdf', undefined, ['table', 'html'], 'evaluate');         // throws UsageError
 */
export function formatOption<F extends string>(
  value: string | undefined,
  out: string | undefined,
  allowed: readonly F[],
  command: string,
): F {
  if (value === undefined) {
    const ext = out === undefined ? undefined : /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase();
    const byExt: Record<string, string> = {
      md: 'markdown',
      markdown: 'markdown',
      csv: 'csv',
      html: 'html',
      htm: 'html',
      json: 'json',
      docx: 'docx',
      xlsx: 'xlsx',
    };
    const guess = ext === undefined ? undefined : byExt[ext];
    return (guess !== undefined && (allowed as readonly string[]).includes(guess) ? guess : 'table') as F;
  }
  if ((allowed as readonly string[]).includes(value)) return value as F;
  const hint = didYouMean(value, allowed);
  throw new UsageError(
    say(CLI, 'usage.format', { allowed: allowed.join(', '), value: JSON.stringify(value), hint: hint }),
    command,
  );
}

/**
 * A year option: four digits.
 *
 * @example
 * yearOption('2025', 'evaluate'); // 2025
 * yearOption('25', 'evaluate');   // throws UsageError
 */
export function yearOption(value: string | undefined, command: string): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}$/.test(value)) return Number(value);
  throw new UsageError(say(CLI, 'usage.year', { value: JSON.stringify(value) }), command);
}

/**
 * A delimiter option: `,`, `;`, `tab` or a tab character.
 *
 * @example
 * delimiterOption('tab', 'evaluate'); // '\t'
 */
export function delimiterOption(value: string | undefined, command: string): CsvDelimiter | undefined {
  if (value === undefined) return undefined;
  if (value === ',' || value === ';') return value;
  if (value === 'tab' || value === '\t' || value === '\\t') return '\t';
  throw new UsageError(say(CLI, 'usage.delimiter', { value: JSON.stringify(value) }), command);
}
