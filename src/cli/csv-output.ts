/**
 * How the command line writes CSV, for every command: the delimiter and the
 * byte-order mark, chosen so that a file opens right in Excel on a Vietnamese
 * Windows, where `,` is the decimal mark and `;` separates the fields.
 *
 * - Delimiter: `--delimiter`; else `;` in Vietnamese (`--lang vi`, the
 *   default: the list separator of Vietnamese regional settings, and a decimal
 *   comma inside a field never needs quotes), `,` in English.
 * - Byte-order mark: a file written with `--out` starts with one (without it
 *   Excel reads UTF-8 in the legacy code page and garbles "Đạt"); standard
 *   output has none (it is read by programs and pipes), unless `--bom`.
 *   `--no-bom` leaves it out of a file.
 */
import type { Lang } from '../report/labels.js';
import { delimiterOption } from './args.js';
import type { CsvDelimiter } from './csv.js';
import { UsageError } from './diagnostics.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/**
 * The options of the commands that write CSV.
 *
 * @example
 * const OPTIONS = { ...COMMON_OPTIONS, ...CSV_OUTPUT_OPTIONS } as const;
 */
export const CSV_OUTPUT_OPTIONS = {
  delimiter: { type: 'string', short: 'd' },
  bom: { type: 'boolean' },
  'no-bom': { type: 'boolean' },
} as const;

/**
 * How to write a CSV: its delimiter and whether it starts with a byte-order mark.
 *
 * @example
 * const o: CsvOutput = { delimiter: ';', bom: true };
 */
export interface CsvOutput {
  readonly delimiter: CsvDelimiter;
  readonly bom: boolean;
}

/**
 * The CSV output of a command from its options (see the module comment).
 * That these options come with `--format csv` only is checked with every
 * other format-bound option, by `checkFormatOptions`.
 *
 * @param lang - the report language
 * @param values - `delimiter`, `bom`, `no-bom` as parsed
 * @param out - the `--out` file, if any
 * @param command - for usage errors
 * @throws UsageError for a bad delimiter, or `--bom` with `--no-bom`
 * @example
 * csvOutput('vi', {}, 'ket-qua.csv', 'evaluate'); // { delimiter: ';', bom: true }
 * csvOutput('vi', {}, undefined, 'evaluate');     // { delimiter: ';', bom: false }
 * csvOutput('en', { delimiter: ';' }, undefined, 'evaluate'); // { delimiter: ';', bom: false }
 */
export function csvOutput(
  lang: Lang,
  values: {
    readonly delimiter?: string | undefined;
    readonly bom?: boolean | undefined;
    readonly 'no-bom'?: boolean | undefined;
  },
  out: string | undefined,
  command: string,
): CsvOutput {
  if (values.bom && values['no-bom']) {
    throw new UsageError(say(CLI, 'usage.bom-and-no-bom'), command);
  }
  const delimiter = delimiterOption(values.delimiter, command) ?? (lang === 'vi' ? ';' : ',');
  const bom = values.bom === true || (out !== undefined && values['no-bom'] !== true);
  return { delimiter, bom };
}

/**
 * CSV text as it is written: with the byte-order mark when asked.
 *
 * @example
 * withBom('a;b\r\n', { delimiter: ';', bom: true }); // '\uFEFFa;b\r\n'
 */
export function withBom(text: string, output: CsvOutput): string {
  return output.bom ? `\uFEFF${text}` : text;
}
