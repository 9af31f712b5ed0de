/**
 * `xhht evaluate <file>`: reported figures (JSON, CSV or a sheet of an .xlsx
 * workbook) against a plan year, as a table, Markdown, CSV, HTML, JSON, an
 * Excel workbook or a Word appendix. Reading and rendering only: every
 * decision is computeAttainment's.
 */
import {
  attainmentReportsByUnit,
  computeAttainment,
  computeAttainmentByUnit,
  type AttainmentByUnit,
} from '../../attainment/compute.js';
import type { AttainmentReport } from '../../attainment/result.js';
import { isIsoDate } from '../../dates/iso.js';
import type { Issue } from '../../errors.js';
import { comparisonMarkdown, comparisonRows, comparisonText } from '../../report/comparison-render.js';
import { comparesUnits, comparisonTable } from '../../report/comparison-table.js';
import { renderComparisonHtml } from '../../report/html.js';
import { renderReport } from '../../report/render.js';
import { renderText } from '../../report/text.js';
import {
  COMMON_OPTIONS,
  TABLE_OPTIONS,
  formatOption,
  langOption,
  parseCommand,
  tableWidth,
  yearOption,
} from '../args.js';
import { checkOut, emit, printDiagnostics, type Context } from '../context.js';
import { writeCsv } from '../csv.js';
import { CSV_OUTPUT_OPTIONS, csvOutput, withBom } from '../csv-output.js';
import { EXIT, InputError, UsageError, fromError } from '../diagnostics.js';
import { DOCX_COMPARISON_COLUMNS, comparisonFitsDocx, renderDocx } from '../docx.js';
import { HELP } from '../help.js';
import { checkFormatOptions } from '../format-options.js';
import { LETTERHEAD_OPTIONS, letterheadOption } from '../letterhead-options.js';
import { fileIssues, type FileIssues } from '../observation-issues.js';
import {
  readObservationsJson,
  readObservationsStream,
  readObservationsTable,
  type ObservationFile,
} from '../observations.js';
import { readTableInput } from '../table-file.js';
import { unitReports } from '../unit-reports.js';
import { choosePlan, chooseYear } from '../plan-option.js';
import { createProgress } from '../progress.js';
import { say, messageFields } from '../../messages/say.js';
import { CLI } from '../../messages/sections.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...CSV_OUTPUT_OPTIONS,
  ...TABLE_OPTIONS,
  plan: { type: 'string', short: 'p' },
  'plan-file': { type: 'string' },
  year: { type: 'string', short: 'y' },
  'as-of': { type: 'string' },
  title: { type: 'string' },
  sheet: { type: 'string' },
  compare: { type: 'boolean' },
  ...LETTERHEAD_OPTIONS,
} as const;

const FORMATS = ['table', 'markdown', 'csv', 'html', 'json', 'xlsx', 'docx'] as const;

/**
 * Runs `xhht evaluate`. Exit code 0, or 1 when rows were rejected (the report
 * of the other rows is still written), or throws a usage or input error.
 *
 * @param argv - arguments after `evaluate`
 * @param base - io and the language sniffed from argv
 * @returns the exit code
 * @example
 * await evaluateCommand(['examples/national-2024.json', '--year', '2025'], { io, lang: 'vi' }); // 0
 */
export async function evaluateCommand(argv: readonly string[], base: Context): Promise<number> {
  const { values, positionals } = parseCommand('evaluate', argv, OPTIONS);
  const lang = langOption(values.lang, 'evaluate', base.lang);
  const ctx: Context = { ...base, lang };
  if (values.help) {
    ctx.io.stdout(HELP.evaluate[lang]);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw positionals.length === 0
      ? new UsageError(say(CLI, 'usage.evaluate-no-file'), 'evaluate')
      : new UsageError(
          say(CLI, 'usage.evaluate-files', { count: positionals.length, files: positionals.join(' ') }),
          'evaluate',
        );
  }
  const file = positionals[0]!;
  const format = formatOption(values.format, values.out, FORMATS, 'evaluate');
  const yearArg = yearOption(values.year, 'evaluate');
  checkFormatOptions(values, format, values.out, 'evaluate');
  const csv = csvOutput(lang, values, values.out, 'evaluate');
  const letterhead = letterheadOption(values, 'evaluate');
  const asOfArg = values['as-of'];
  if (asOfArg !== undefined && !isIsoDate(asOfArg)) {
    throw new UsageError(say(CLI, 'usage.as-of', { value: JSON.stringify(asOfArg) }), 'evaluate');
  }

  await checkOut(ctx.io, values.out, [
    { path: file },
    { path: values['plan-file'], option: '--plan-file' },
    { path: values.plan, option: '--plan' },
  ]);
  const { input: read, file: opened } = await readTableInput(ctx.io, file, {
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
    command: 'evaluate',
  });
  const progress = createProgress(ctx.io, lang);
  // a table (CSV or a sheet): its problems are placed by line or cell; JSON: by path
  const table = read.json === undefined;
  const year_ = yearArg !== undefined ? { year: yearArg } : {};
  const input =
    read.stream !== undefined
      ? await readObservationsStream(read.stream, {
          ...year_,
          progress: (rows) => progress.reading(rows, opened.read, opened.size),
        })
      : read.table !== undefined
        ? readObservationsTable(read.table, { ...year_, progress: progress.rows })
        : readObservationsJson(read.json, file, { progress: progress.rows });
  if (input.appendix && (values.plan !== undefined || values['plan-file'] !== undefined)) {
    progress.done();
    throw new UsageError(say(CLI, 'usage.appendix-with-plan', { file }), 'evaluate');
  }
  const chosen = await choosePlan(
    ctx.io,
    { id: values.plan, file: values['plan-file'], fromInput: { value: input.plan, file }, lang },
    'evaluate',
  );
  const year = chooseYear(chosen.plan, { option: yearArg, fromInput: { value: input.year, file } }, 'evaluate');
  if (asOfArg === undefined && input.asOf !== undefined && !isIsoDate(input.asOf)) {
    throw new InputError([
      {
        severity: 'error',
        code: 'invalid-date',
        file,
        field: 'asOf',
        ...messageFields(say(CLI, 'invalid-date.as-of', { asOf: JSON.stringify(input.asOf) })),
      },
    ]);
  }
  const asOf = asOfArg ?? (input.asOf as string | undefined);

  progress.step(say(CLI, 'progress.evaluating'));
  const call = { plan: chosen.arg, year, observations: input.observations, ...(asOf !== undefined ? { asOf } : {}) };
  // One unit (or none named) → one report; several → one per unit.
  const units = new Set<string | undefined>();
  for (const o of input.observations)
    units.add(typeof o === 'object' && o !== null && typeof o.unit === 'string' ? o.unit : undefined);
  if (units.size > 1 && (format === 'csv' || format === 'json') && !values.compare) {
    // many units as data: each unit's report is computed, written and let go in turn
    let reports: ReturnType<typeof attainmentReportsByUnit>;
    try {
      reports = attainmentReportsByUnit(call);
    } catch (e) {
      progress.done();
      throw new InputError([fromError(e, file)]);
    }
    const notes = fileIssues(input, file, table, chosen.plan);
    const written = unitReports(reports, notes, format === 'json' ? { format } : { format, lang, csv });
    await emit(ctx, written.pieces, values.out, 'evaluate');
    progress.done();
    return finish(ctx, file, input, notes, [...reports.issues, ...written.issues]);
  }
  let single: AttainmentReport | null = null;
  let byUnit: AttainmentByUnit | null = null;
  try {
    if (units.size <= 1) single = computeAttainment(call);
    else byUnit = computeAttainmentByUnit(call);
  } catch (e) {
    progress.done();
    throw new InputError([fromError(e, file)]);
  }
  progress.done();
  const notes = fileIssues(input, file, table, chosen.plan);
  // the reports as written: the library's, with each problem said once and, for a CSV file, at its line
  const json = format === 'json';
  const placed = notes.place(single ? [single] : byUnit!.reports, single ? [] : byUnit!.issues, json);
  const reports = (single ? [single] : byUnit!.reports).map((r, n) => ({
    ...r,
    // the text formats render reports only: the batch's problems go with the first
    issues: [...(n === 0 && !json ? placed.batch : []), ...placed.reports[n]!],
  }));

  // several units: one table compares them, besides (or, with --compare, instead of) the reports
  const compared = comparesUnits(reports) ? comparisonTable(reports, lang) : null;
  if (values.compare && compared === null) {
    throw new UsageError(say(CLI, 'usage.compare-one-unit'), 'evaluate');
  }
  const only = values.compare ? compared : null;
  if (only !== null && format === 'docx' && !comparisonFitsDocx(only)) {
    const n = only.columns.filter((c) => c.withData).length;
    throw new UsageError(say(CLI, 'usage.compare-docx-too-wide', { n, max: DOCX_COMPARISON_COLUMNS }), 'evaluate');
  }
  const title = values.title !== undefined ? { title: values.title } : {};
  const framed = { lang, ...title, ...(letterhead !== undefined ? { letterhead } : {}) };
  let output: string | Uint8Array;
  if (format === 'xlsx') {
    const { reportWorkbook } = await import('../xlsx/report-workbook.js');
    output = await reportWorkbook(reports, { lang, ...title, ...(only ? { compareOnly: true } : {}) });
  } else if (format === 'docx') {
    output = await renderDocx(single ? reports[0]! : reports, { ...framed, ...(only ? { compareOnly: true } : {}) });
  } else if (json)
    output = JSON.stringify(only ?? (single ? reports[0] : { ...byUnit!, reports, issues: placed.batch }), null, 2);
  else if (format === 'table') {
    const width = tableWidth(ctx.io, values.wide);
    const fit = width !== undefined ? { width } : {};
    output = only
      ? comparisonText(only, fit)
      : [
          ...(compared ? [comparisonText(compared, fit)] : []),
          ...reports.map((r) => renderText(r, { lang, ...fit })),
        ].join('\n\n');
  } else if (format === 'csv') {
    const body = only
      ? writeCsv(comparisonRows(only), csv.delimiter)
      : renderReport(single ? reports[0]! : reports, { format, lang, spreadsheet: true, delimiter: csv.delimiter });
    output = withBom(body, csv);
  } else if (only) {
    output =
      format === 'html'
        ? renderComparisonHtml(only, letterhead !== undefined ? { letterhead } : {})
        : comparisonMarkdown(only, 1);
  } else {
    output = renderReport(single ? reports[0]! : reports, { format, ...framed });
  }
  await emit(ctx, output, values.out, 'evaluate');
  return finish(
    ctx,
    file,
    input,
    notes,
    single ? [...single.issues] : [...byUnit!.issues, ...byUnit!.reports.flatMap((r) => r.issues)],
  );
}

/**
 * Prints the problems of an evaluation (read, and the library's) and returns
 * the exit code: 1, with how many rows were not used, when some were.
 */
function finish(
  ctx: Context,
  file: string,
  input: ObservationFile,
  notes: FileIssues,
  libraryIssues: readonly Issue[],
): number {
  const { lang } = ctx;
  const kept = libraryIssues.filter((i) => !notes.repeated(i));
  const diagnostics = [...input.diagnostics, ...kept.map((i) => notes.diagnostic(i))];
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const errors = printDiagnostics(ctx, diagnostics);
  if (errors === 0) return EXIT.ok;
  // rows rejected while reading, plus observations the library did not use (an error issue means "not used")
  const rows = new Set<string>();
  for (const d of input.diagnostics)
    if (d.severity === 'error' && d.line !== undefined && d.line !== notes.headerLine) rows.add(`line ${d.line}`);
  for (const i of kept)
    if (i.severity === 'error' && i.path[0] === 'observations' && typeof i.path[1] === 'number')
      rows.add(notes.rowKey(i.path[1]));
  const n = rows.size;
  ctx.io.stderr(`${say(CLI, 'summary.rows-not-used', { file, n, rows: input.rows })[lang]}\n`);
  return EXIT.input;
}
