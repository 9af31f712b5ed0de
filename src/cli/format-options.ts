/**
 * What an output format accepts, checked the same way by every command: an
 * option that shapes the content of one kind of output only (the CSV's
 * delimiter and byte-order mark, the letterhead of an official appendix)
 * given with another format would be silently ignored, so it is a usage
 * error; and a format that is a file (a workbook, a Word document) needs
 * `--out`. `--wide` is not among them: it says how the terminal shows
 * tables, a preference that may stay set whatever the format (it changes
 * nothing else).
 */
import { CSV_OUTPUT_OPTIONS } from './csv-output.js';
import { UsageError } from './diagnostics.js';
import { LETTERHEAD_OPTIONS } from './letterhead-options.js';
import { say, type Text, joinText } from '../messages/say.js';
import { COMMON, CLI } from '../messages/sections.js';

/** Each group of options and the formats it shapes; a hint for the reader who meant something else. */
const SHAPES: readonly {
  readonly options: readonly string[];
  readonly formats: readonly string[];
  readonly hint?: 'usage.csv-delimiter-detected';
}[] = [
  {
    options: Object.keys(CSV_OUTPUT_OPTIONS),
    formats: ['csv'],
    hint: 'usage.csv-delimiter-detected',
  },
  { options: Object.keys(LETTERHEAD_OPTIONS), formats: ['html', 'docx'] },
];

/** Formats written as bytes, to a file only, with an example file name. */
const FILE_FORMATS: Readonly<
  Record<string, { readonly example: string; readonly kind: 'file-format.xlsx' | 'file-format.docx' }>
> = {
  xlsx: { example: 'bang-tinh.xlsx', kind: 'file-format.xlsx' },
  docx: { example: 'phu-luc.docx', kind: 'file-format.docx' },
};

/**
 * Checks the options given against the format chosen: every option of the
 * CSV written (`--delimiter`, `--bom`, `--no-bom`) needs `csv`, the
 * letterhead options (`--issuer`, …) need `html` or `docx`; `xlsx` and
 * `docx` need `--out`. A command passes all its values;
 * options it does not have are never given.
 *
 * @param values - the parsed options
 * @param format - the format chosen
 * @param out - the `--out` file, if any
 * @param command - for the help hint
 * @throws UsageError naming every option given for another format, or the missing `--out`
 * @example
 * checkFormatOptions({ delimiter: ';' }, 'csv', undefined, 'plans');   // fine
 * checkFormatOptions({ delimiter: ';' }, 'json', undefined, 'plans');  // throws: --delimiter: only for --format csv …
 * checkFormatOptions({ issuer: 'UBND xã A' }, 'markdown', undefined, 'evaluate');
 * // throws: --issuer: only for --format html or docx …
 * checkFormatOptions({}, 'docx', undefined, 'evaluate');               // throws: --format docx needs --out …
 */
export function checkFormatOptions(
  values: { readonly [option: string]: unknown },
  format: string,
  out: string | undefined,
  command: string,
): void {
  const problems: Text[] = [];
  for (const group of SHAPES) {
    if (group.formats.includes(format)) continue;
    const given = group.options.filter((o) => values[o] !== undefined).map((o) => `--${o}`);
    if (given.length === 0) continue;
    const formats = joinText(group.formats, say(COMMON, 'word.or'));
    const problem = say(CLI, 'usage.option-for-format', { options: given.join(', '), formats, format });
    problems.push(group.hint ? say(CLI, 'usage.with-hint', { problem, hint: say(CLI, group.hint) }) : problem);
  }
  if (problems.length > 0) {
    throw new UsageError(
      { en: problems.map((p) => p.en).join('; '), vi: problems.map((p) => p.vi).join('; ') },
      command,
    );
  }
  const file = FILE_FORMATS[format];
  if (file !== undefined && out === undefined) {
    throw new UsageError(
      say(CLI, 'usage.format-needs-out', { format, file: say(CLI, file.kind), example: file.example }),
      command,
    );
  }
}
