/**
 * `xhht assess-communes <file>`: XMC/PCGD standards of every commune in a
 * file, rolled up to districts and provinces by rollUp.
 */
import type { Issue } from '../../errors.js';
import { listPositions } from '../../util/positions.js';
import type { CommuneRecord, StandardId } from '../../standards/model.js';
import { REGIMES } from '../../standards/regimes.js';
import { releaseDetails } from '../../standards/evaluate.js';
import { rollUp } from '../../standards/rollup.js';
import { resolveRules } from '../../standards/ruleset.js';
import { COMMON_OPTIONS, TABLE_OPTIONS, formatOption, langOption, parseCommand, tableWidth } from '../args.js';
import { paragraph, writeTable } from '../columns.js';
import { readCommunesJson, readCommunesStream, readCommunesTable, type CommuneFile } from '../communes.js';
import { checkOut, emit, printDiagnostics, type Context } from '../context.js';
import { CSV_OUTPUT_OPTIONS, csvOutput, withBom } from '../csv-output.js';
import { EXIT, UsageError, jsonPath, type Diagnostic } from '../diagnostics.js';
import { checkFormatOptions } from '../format-options.js';
import { HELP } from '../help.js';
import { gather, jsonArray, jsonPieces } from '../json-output.js';
import { readTableInput } from '../table-file.js';
import { createProgress } from '../progress.js';
import { readingOption, readingsUsed } from '../reading-option.js';
import { assessedStandards, legend, nationalLines, recognitionLines, standardsTable } from '../standards-table.js';
import { didYouMean } from '../suggest.js';
import { say, textIn } from '../../messages/say.js';
import { CLI } from '../../messages/sections.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...CSV_OUTPUT_OPTIONS,
  ...TABLE_OPTIONS,
  regime: { type: 'string', short: 'r' },
  province: { type: 'string' },
  standards: { type: 'string', short: 's' },
  sheet: { type: 'string' },
  'ignore-unknown-columns': { type: 'boolean' },
  reading: { type: 'string', multiple: true },
} as const;
const FORMATS = ['table', 'markdown', 'csv', 'json', 'xlsx'] as const;

/**
 * The regime used when none is given: the one in force since 1 July 2025.
 *
 * @example
 * getRegime(DEFAULT_REGIME).tiers; // ['commune', 'province']
 */
const DEFAULT_REGIME = 'nd142-2025';

/**
 * Runs `xhht assess-communes`.
 *
 * @param argv - arguments after `assess-communes`
 * @param base - io and the language sniffed from argv
 * @returns the exit code: 0, or 1 when communes were rejected (the others are still assessed)
 * @example
 * await assessCommunesCommand(['examples/communes-sample.csv'], { io, lang: 'vi' }); // 0
 */
export async function assessCommunesCommand(argv: readonly string[], base: Context): Promise<number> {
  const { values, positionals } = parseCommand('assess-communes', argv, OPTIONS);
  const lang = langOption(values.lang, 'assess-communes', base.lang);
  const ctx: Context = { ...base, lang };
  if (values.help) {
    ctx.io.stdout(HELP['assess-communes'][lang]);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw positionals.length === 0
      ? new UsageError(say(CLI, 'usage.communes-no-file'), 'assess-communes')
      : new UsageError(say(CLI, 'usage.communes-files', { count: positionals.length }), 'assess-communes');
  }
  const file = positionals[0]!;
  const format = formatOption(values.format, values.out, FORMATS, 'assess-communes');
  const regime = values.regime ?? DEFAULT_REGIME;
  if (!Object.hasOwn(REGIMES, regime)) {
    const known = Object.keys(REGIMES).join(', ');
    const hint = didYouMean(regime, Object.keys(REGIMES));
    throw new UsageError(say(CLI, 'usage.unknown-regime', { regime, hint: hint, known }), 'assess-communes');
  }
  checkFormatOptions(values, format, values.out, 'assess-communes');
  const csvOut = csvOutput(lang, values, values.out, 'assess-communes');
  const standards = values.standards
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const offered: readonly string[] = REGIMES[regime as keyof typeof REGIMES].standards;
  const unknown = standards?.find((s) => !offered.includes(s));
  if (unknown !== undefined) {
    const hint = didYouMean(unknown, offered);
    throw new UsageError(
      say(CLI, 'usage.unknown-standard', { regime, unknown, hint: hint, offered: offered.join(', ') }),
      'assess-communes',
    );
  }
  const readings = readingOption(values.reading, regime as keyof typeof REGIMES);

  await checkOut(ctx.io, values.out, [{ path: file }]);
  const { input: read, file: opened } = await readTableInput(ctx.io, file, {
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
    command: 'assess-communes',
  });
  const progress = createProgress(ctx.io, lang);
  // a table (CSV or a sheet): its communes have lines; JSON: paths
  const csv = read.json === undefined;
  const readOptions = {
    ...(values.province !== undefined ? { province: values.province } : {}),
    ...(values['ignore-unknown-columns'] ? { ignoreUnknownColumns: true } : {}),
  };
  const input: CommuneFile =
    read.stream !== undefined
      ? await readCommunesStream(read.stream, {
          ...readOptions,
          progress: (rows) => progress.reading(rows, opened.read, opened.size),
        })
      : read.table !== undefined
        ? readCommunesTable(read.table, { ...readOptions, progress: progress.rows })
        : readCommunesJson(read.json, file);
  progress.step(say(CLI, 'progress.assessing'));
  // rollUp takes any list: a row that could not be read at all (null) is a rejected commune of unknown place
  const result = rollUp(input.communes as readonly CommuneRecord[], {
    regime,
    readings,
    ...(standards && standards.length > 0 ? { standards: standards as StandardId[] } : {}),
  });
  progress.done();
  // the readings that bear on the standards assessed, with the option used (defaults included)
  const used = readingsUsed(resolveRules(regime, undefined, readings), assessedStandards(result));

  // every problem once, at its line: what the reader found, then what rollUp found that the reader did not
  const places = placesOf(input);
  const diagnostics = [
    ...input.diagnostics,
    ...result.issues
      .filter((i) => !(typeof i.path[0] === 'number' && input.reportedWhileReading(i.path[0], i.path.slice(1))))
      .map((i) => located(i, input, places, file)),
  ];
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const lineOf = (index: number) => input.locate(index).line;
  // the problems of each commune, for the report itself (the file may be read without standard error)
  const byCommune = new Map<number, string[]>();
  for (const d of diagnostics) {
    const index = csv ? (d.line === undefined ? undefined : places.indexOfLine(d.line)) : jsonIndex(d.field);
    if (index === undefined) continue;
    const text = `${d.field ? `${d.field}: ` : ''}${lang === 'vi' ? d.messageVi : d.message} (${d.code})`;
    const list = byCommune.get(index);
    if (list) list.push(text);
    else byCommune.set(index, [text]);
  }

  if (format === 'json') {
    // a table's communes say where they are: the line (the row of a sheet, and its reference);
    // each is made as it is written, then its details are let go (built on first read, they are the
    // bulk of a result: 100,000 communes' take gigabytes), and the JSON is written in pieces (as one
    // string it may pass the longest string Node holds)
    const communes = jsonArray(
      (function* () {
        for (let i = 0; i < result.communes.length; i++) {
          const c = result.communes[i]!;
          if (!csv) yield c;
          else {
            const at = input.locate(i);
            yield { line: at.line, ...(at.cell !== undefined ? { cell: at.cell } : {}), ...c };
          }
          releaseDetails(c);
        }
      })(),
    );
    const chosen = Object.fromEntries(used.map((u) => [u.reading.id, u.option.id]));
    await emit(
      ctx,
      gather(jsonPieces({ ...result, readings: chosen, communes, diagnostics })),
      values.out,
      'assess-communes',
    );
  } else {
    const notes = { ...(csv ? { line: lineOf } : {}), problems: (i: number) => byCommune.get(i) ?? [] };
    const table = standardsTable(result, lang, notes, { compact: format === 'table' });
    const vi = lang === 'vi';
    const r = REGIMES[result.regime];
    const title = `${vi ? r.labelVi : r.label} (${r.id})`;
    const national = nationalLines(result, lang);
    const heading = textIn(say(CLI, 'summary.national-heading', { provinces: result.national.provinces }), lang);
    // the readings used and the authorities' sources: beside the table in every format but CSV (a data table)
    const readingLines = used.map(({ reading, option }) => {
      const mark = option.id === reading.default ? textIn(say(CLI, 'summary.reading-default'), lang) : '';
      return `${reading.id} = ${option.id}${mark}: ${vi ? option.labelVi : option.label}`;
    });
    const readingsHeading = textIn(say(CLI, 'summary.readings-heading'), lang);
    // who recognises each level: beside the table in every format but CSV (a data table)
    const recognised = format === 'csv' ? [] : recognitionLines(result, lang);
    const recognisedHeading = textIn(say(CLI, 'summary.recognised-heading'), lang);
    if (format === 'xlsx') {
      const { communesWorkbook } = await import('../xlsx/communes-workbook.js');
      const workbookText = {
        title,
        legend: legend(lang),
        heading,
        national,
        ...(readingLines.length > 0 ? { readings: [readingsHeading, ...readingLines] } : {}),
        ...(recognised.length > 0 ? { recognised: [recognisedHeading, ...recognised] } : {}),
      };
      await emit(ctx, await communesWorkbook(table, lang, workbookText), values.out, 'assess-communes');
    } else if (format === 'csv')
      await emit(
        ctx,
        withBom(writeTable(table, format, { delimiter: csvOut.delimiter }), csvOut),
        values.out,
        'assess-communes',
      );
    else {
      const width = tableWidth(ctx.io, values.wide);
      const body = writeTable(table, format, { width });
      const bullet = format === 'markdown' ? '- ' : '  ';
      // in a terminal every line fits its width too; list items wrap under their text
      const wrapItem = (l: string) => (format === 'markdown' ? l : paragraph(l, width, bullet.length + 2));
      const text = [
        format === 'markdown' ? `# ${title}` : paragraph(title, width),
        '',
        ...(readingLines.length > 0
          ? [wrapItem(readingsHeading), ...readingLines.map((l) => wrapItem(`${bullet}${l}`)), '']
          : []),
        body.trimEnd(),
        '',
        format === 'markdown' ? legend(lang) : paragraph(legend(lang), width),
        '',
        heading,
        ...national.map((l) => wrapItem(`${bullet}${l}`)),
        ...(recognised.length > 0
          ? ['', wrapItem(recognisedHeading), ...recognised.map((l) => wrapItem(`${bullet}${l}`))]
          : []),
      ].join('\n');
      await emit(ctx, text, values.out, 'assess-communes');
    }
  }

  const errors = printDiagnostics(ctx, diagnostics);
  return errors > 0 ? EXIT.input : EXIT.ok;
}

/**
 * Where the communes are: line → index (CSV), and where the copies of each id are (lines, or JSON paths; found when
 * first asked).
 */
function placesOf(input: CommuneFile): {
  readonly indexOfLine: (line: number) => number | undefined;
  copies(id: unknown): readonly (number | string)[];
} {
  let byLine: Map<number, number> | undefined;
  let copies: Map<unknown, (number | string)[]> | undefined;
  const all = () => {
    byLine = new Map();
    copies = new Map();
    for (let i = 0; i < input.communes.length; i++) {
      const at = input.locate(i);
      if (at.line !== undefined) byLine.set(at.line, i);
      const id = input.communes[i]?.id;
      if (id === undefined) continue;
      const list = copies.get(id);
      const where = at.line ?? at.field ?? `#${i}`;
      if (list) list.push(where);
      else copies.set(id, [where]);
    }
    return { byLine, copies };
  };
  return {
    indexOfLine: input.indexOfLine ?? ((line) => (byLine ?? all().byLine).get(line)),
    copies: (id) => (copies ?? all().copies).get(id) ?? [],
  };
}

/** The index of the commune a JSON path (`[3].counts…`, `communes[3]…`) is about. */
function jsonIndex(field: string | undefined): number | undefined {
  const m = /^(?:communes)?\[(\d+)\]/.exec(field ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * An issue of rollUp, placed at its row and column in the file. A repeated id
 * names the lines of all its copies.
 */
function located(issue: Issue, input: CommuneFile, places: ReturnType<typeof placesOf>, file: string): Diagnostic {
  const [index, ...rest] = issue.path;
  const where = typeof index === 'number' ? input.locate(index, rest) : { field: jsonPath(issue.path) };
  let { message, messageVi } = issue;
  // the library says how to choose a reading in code; here it is an option of the command
  if (issue.code === 'reading-counts-missing') {
    const option = (text: string) => text.replace(/readings: \{ '([^']+)': '([^']+)' \}/g, '--reading $1=$2');
    message = option(message);
    messageVi = option(messageVi);
  }
  if (issue.code === 'duplicate-unit' && typeof index === 'number') {
    // a few of the copies and how many: each copy's line names them, so a full list would grow as N²
    const copies = places.copies(input.communes[index]?.id);
    const lines = typeof copies[0] === 'number';
    const list = listPositions(copies, { noun: lines ? 'lines' : 'copies' });
    const copiesAt = lines ? say(CLI, 'duplicate-unit.lines', { list }) : { en: ` (${list.en})`, vi: ` (${list.vi})` };
    message += copiesAt.en;
    messageVi += copiesAt.vi;
  }
  return { severity: issue.severity, code: issue.code, file, ...where, message, messageVi };
}
