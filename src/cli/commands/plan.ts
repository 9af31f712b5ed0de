/**
 * `xhht plan init` writes the template of a plan written as a table (CSV or
 * .xlsx) for an official to fill in; `xhht plan check` reads a plan file
 * (JSON, CSV or .xlsx) and says whether it is sound, or prints it as JSON.
 * The table layout and reading are the library's (planTemplate,
 * planFromTable); this file only reads and writes files.
 */
import type { JurisdictionLevel, Plan } from '../../plans/plan.js';
import { listPlans, planYears } from '../../plans/registry.js';
import { planTemplate, type PlanSheet } from '../../plans/table.js';
import { readWord } from '../../plans/table-words.js';
import { spreadsheetNumber } from '../../report/csv-rows.js';
import type { Lang } from '../../report/labels.js';
import { COMMON_OPTIONS, delimiterOption, langOption, parseCommand } from '../args.js';
import { checkOut, emit, type Context } from '../context.js';
import { CSV_OUTPUT_OPTIONS, csvOutput, withBom } from '../csv-output.js';
import { writeCsv, type CsvDelimiter } from '../csv.js';
import { EXIT, UsageError, formatDiagnostic } from '../diagnostics.js';
import { checkFormatOptions } from '../format-options.js';
import { HELP } from '../help.js';
import { readPlanFile } from '../plan-file.js';
import { didYouMean } from '../suggest.js';
import { say } from '../../messages/say.js';
import { CLI } from '../../messages/sections.js';

const INIT_OPTIONS = {
  ...COMMON_OPTIONS,
  ...CSV_OUTPUT_OPTIONS,
  extends: { type: 'string' },
  level: { type: 'string' },
  inherit: { type: 'string' },
} as const;
// the delimiter of the plan file read, when finding it by the targets' heading row is not wanted
const CHECK_OPTIONS = { ...COMMON_OPTIONS, delimiter: { type: 'string', short: 'd' } } as const;
const SUBCOMMANDS = ['init', 'check'] as const;

/** The sheet as CSV text: numbers as a spreadsheet in the table's language reads them ("99,5" in Vietnamese). */
function sheetCsv(sheet: PlanSheet, delimiter: CsvDelimiter): string {
  const cell = (c: string | number | null) =>
    c === null ? '' : typeof c === 'number' ? spreadsheetNumber(c, sheet.lang) : c;
  return writeCsv(
    sheet.rows.map((r) => (r.length === 0 ? [] : r.map(cell))),
    delimiter,
  );
}

/** `--level`: an English key or the Vietnamese word ("xã", "tỉnh"). */
function levelOption(value: string | undefined): JurisdictionLevel | undefined {
  if (value === undefined) return undefined;
  const level = readWord('jurisdiction', value) as JurisdictionLevel | undefined;
  if (level !== undefined) return level;
  const known = ['national', 'province', 'district', 'commune', 'agency'];
  const hint = didYouMean(value, known);
  throw new UsageError(
    say(CLI, 'usage.level', { known: known.join(', '), value: JSON.stringify(value), hint: hint }),
    'plan',
  );
}

async function init(argv: readonly string[], base: Context): Promise<number> {
  const { values, positionals } = parseCommand('plan', argv, INIT_OPTIONS);
  const lang = langOption(values.lang, 'plan', base.lang);
  const ctx: Context = { ...base, lang };
  if (positionals.length > 0)
    throw new UsageError(say(CLI, 'usage.extra-argument', { argument: String(positionals[0]) }), 'plan');
  if (values.extends === undefined) {
    throw new UsageError(say(CLI, 'usage.extends-needed'), 'plan');
  }
  const level = levelOption(values.level);
  const inherit = values.inherit;
  if (inherit !== undefined && inherit !== 'level' && inherit !== 'all') {
    throw new UsageError(say(CLI, 'usage.inherit', { inherit: JSON.stringify(inherit) }), 'plan');
  }
  const format = values.format ?? (values.out !== undefined && /\.xlsx$/i.test(values.out) ? 'xlsx' : 'csv');
  if (format !== 'csv' && format !== 'xlsx') {
    throw new UsageError(say(CLI, 'usage.plan-init-format', { format: JSON.stringify(format) }), 'plan');
  }
  checkFormatOptions(values, format, values.out, 'plan');
  // the CSV every command writes: ";" in Vietnamese, a byte-order mark in a file
  const csv = csvOutput(lang, values, values.out, 'plan');
  let sheet: PlanSheet;
  try {
    sheet = planTemplate({
      extends: values.extends,
      lang,
      ...(level !== undefined ? { level } : {}),
      ...(inherit !== undefined ? { inherit } : {}),
    });
  } catch (e) {
    const hint = didYouMean(
      values.extends,
      listPlans().map((p) => p.id),
    );
    const reason = {
      en: e instanceof Error ? e.message : String(e),
      vi: (e as { messageVi?: string }).messageVi ?? String(e),
    };
    throw new UsageError(say(CLI, 'usage.extends-unknown', { reason, hint }), 'plan');
  }
  if (format === 'xlsx') {
    const { planWorkbook } = await import('../xlsx/plan-workbook.js');
    await emit(ctx, await planWorkbook(sheet), values.out, 'plan');
  } else await emit(ctx, withBom(sheetCsv(sheet, csv.delimiter), csv), values.out, 'plan');
  return EXIT.ok;
}

async function check(argv: readonly string[], base: Context): Promise<number> {
  const { values, positionals } = parseCommand('plan', argv, CHECK_OPTIONS);
  const lang = langOption(values.lang, 'plan', base.lang);
  const ctx: Context = { ...base, lang };
  if (positionals.length !== 1) {
    throw new UsageError(say(CLI, 'usage.plan-check-no-file'), 'plan');
  }
  const file = positionals[0]!;
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') {
    throw new UsageError(say(CLI, 'usage.plan-check-format', { format: JSON.stringify(format) }), 'plan');
  }
  await checkOut(ctx.io, values.out, [{ path: file }]);
  const delimiter = delimiterOption(values.delimiter, 'plan');
  const { plan, warnings } = await readPlanFile(ctx.io, file, delimiter ? { delimiter } : {});
  for (const w of warnings) ctx.io.stderr(`${formatDiagnostic(w, lang)}\n`);
  await emit(ctx, format === 'json' ? JSON.stringify(plan, null, 2) : summary(plan, lang), values.out, 'plan');
  return EXIT.ok;
}

/** One line per year: how many targets the plan sets. */
function summary(plan: Plan, lang: Lang): string {
  const years = planYears(plan).map((y) => {
    const n = plan.targets.filter((t) => t.year === y).length;
    return say(CLI, n === 1 ? 'summary.year-target' : 'summary.year-targets', { year: y, n })[lang];
  });
  return say(CLI, 'summary.plan-sound', { id: plan.id, title: plan.title, years: years.join('\n') })[lang];
}

/**
 * Runs `xhht plan <init|check>`.
 *
 * @param argv - arguments after `plan`
 * @param base - io and the language sniffed from argv
 * @returns the exit code
 * @example
 * await planCommand(['init', '--extends', 'qd-1373', '--level', 'commune', '--out', 'ke-hoach.xlsx'], {
 *   io,
 *   lang: 'vi',
 * });
 * // 0
 * await planCommand(['check', 'ke-hoach.xlsx'], { io, lang: 'vi' }); // 0, or 1 with every problem at its cell
 */
export async function planCommand(argv: readonly string[], base: Context): Promise<number> {
  const [sub, ...rest] = argv;
  const lang = base.lang;
  if (sub === undefined) {
    base.io.stderr(HELP.plan[lang]);
    return EXIT.usage;
  }
  if (sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
    base.io.stdout(HELP.plan[lang]);
    return EXIT.ok;
  }
  if (sub === 'init') return init(rest, base);
  if (sub === 'check') return check(rest, base);
  const hint = didYouMean(sub, SUBCOMMANDS);
  throw new UsageError(
    say(CLI, 'usage.unknown-plan-command', { sub, hint: hint, subcommands: SUBCOMMANDS.join(', ') }),
    'plan',
  );
}
