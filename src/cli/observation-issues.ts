/**
 * The issues of `xhht evaluate` as the user sees them, on standard error and
 * in the report itself: each problem said once (a row that could not be read
 * is reported by the reader, not again by the library), at its line and column
 * for a CSV file (its cell for a sheet of a workbook), with file lines where the
 * library counts observations from 0, and a "did you mean" for an unknown indicator.
 */
import type { AttainmentReport } from '../attainment/result.js';
import { listIndicators } from '../catalog/registry.js';
import type { Issue } from '../errors.js';
import type { Plan } from '../plans/plan.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';
import { jsonPath, type Diagnostic } from './diagnostics.js';
import type { ObservationFile } from './observations.js';
import { didYouMean } from './suggest.js';

/**
 * An issue as shown in a JSON report of a CSV file or a sheet: where the
 * library put it, and the line (row) of the file, the cell of a sheet and the column.
 *
 * @example
 * const i: LocatedIssue = {
 *   code: 'invalid-count',
 *   severity: 'error',
 *   path: ['observations', 1, 'numerator'],
 *   line: 3,
 *   field: 'tử số',
 *   message: '…',
 *   messageVi: '…',
 * };
 * const j: LocatedIssue = { ...i, cell: 'Sheet1!C3' };
 */
interface LocatedIssue extends Issue {
  readonly line?: number;
  readonly cell?: string;
  readonly field?: string;
}

/**
 * What `evaluate` needs to show the issues of one file.
 *
 * @example
 * const notes = fileIssues(input, 'data.csv', true, plan);
 * notes.diagnostic(report.issues[0]); // { file: 'data.csv', line: 3, field: 'numerator', … }
 */
export interface FileIssues {
  /** The header line of a CSV file: its problems are about columns, not rows. */
  readonly headerLine: number | undefined;
  /** True for an issue of the library that repeats a problem reported while reading. */
  repeated(issue: Issue): boolean;
  /** An issue of the library on standard error: at its line (CSV) or cell (sheet) and column, or path (JSON). */
  diagnostic(issue: Issue): Diagnostic;
  /**
   * The issues of every report and of the batch as the reports show them: the
   * read problems of each row where the library put that row, the library's
   * own (repeats dropped), in the report language's two texts. For a table
   * (CSV or sheet) an issue is located by its line or cell: in JSON with `line`,
   * `cell` and `field` beside the library's path, in the other formats in the
   * text itself (`data.csv:3: …`, `data.xlsx:Sheet1!C3: …`).
   */
  place(
    reports: readonly AttainmentReport[],
    batch: readonly Issue[],
    json: boolean,
  ): { readonly reports: readonly Issue[][]; readonly batch: readonly Issue[] };
  /**
   * {@link FileIssues.place} one report at a time, for reports written as they
   * are computed: `report` gives the issues of each report in turn; `batch`,
   * after the last report, the issues that belong to none (the file's general
   * problems, the batch's, and read problems of rows no report took).
   */
  placer(json: boolean): { report(issues: readonly Issue[]): Issue[]; batch(issues: readonly Issue[]): Issue[] };
  /** One key per row of the file (`line 3`, `#3` for JSON), to count the rows not used. */
  rowKey(index: number): string;
}

/**
 * Builds the {@link FileIssues} of a file read by the observation readers.
 *
 * @param input - the file as read
 * @param file - its name as the user gave it
 * @param csv - whether it was read as a table, CSV or a sheet (lines, cells), or as JSON (paths)
 * @param plan - the plan evaluated, for the indicator ids to suggest
 * @example
 * fileIssues(readObservationsTable(tableOf(csvRecords(text, 'data.csv'))), 'data.csv', true, getPlan('qd-1373'))
 *   .headerLine;
 * // 1
 */
export function fileIssues(input: ObservationFile, file: string, csv: boolean, plan: Plan): FileIssues {
  const lineOf = (index: number) => input.locate(index).line;
  const indexOfLine = input.indexOfLine ?? linesOf(input);
  const indicators = [...listIndicators().map((i) => i.id), ...(plan.indicators ?? []).map((i) => i.id)];

  const indexOf = (issue: Issue): number | undefined =>
    issue.path[0] === 'observations' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
  const repeated = (issue: Issue) => {
    const i = indexOf(issue);
    return i !== undefined && input.reportedWhileReading(i, issue.path.slice(2));
  };

  /** The library's message with file lines for observation indexes, and a suggestion for an unknown indicator. */
  const explain = (issue: Issue): { message: string; messageVi: string } => {
    let { message, messageVi } = issue;
    const i = indexOf(issue);
    if (issue.code === 'unknown-indicator' && i !== undefined) {
      const id = (input.observations[i] as { indicator?: unknown } | undefined)?.indicator;
      if (typeof id === 'string') {
        const hint = didYouMean(id, indicators);
        message += hint.en;
        messageVi += hint.vi;
      }
    }
    if (csv && issue.code === 'duplicate-observation' && i !== undefined) {
      const lines = (list: string) => list.split(', ').map((n) => String(lineOf(Number(n)) ?? `#${n}`));
      message = message.replace(/\bobservations? (\d+(?:, \d+)*)/g, (_, list: string) => {
        const l = lines(list);
        return say(CLI, l.length > 1 ? 'observations.at-lines' : 'observations.at-line', { list: l.join(', ') }).en;
      });
      messageVi = messageVi.replace(
        /số liệu (\d+(?:, \d+)*)/g,
        (_, list: string) => say(CLI, 'observations.at-lines', { list: lines(list).join(', ') }).vi,
      );
    }
    return { message, messageVi };
  };

  const where = (issue: Issue) => {
    const i = indexOf(issue);
    return i !== undefined ? input.locate(i, issue.path.slice(2)) : { field: jsonPath(issue.path) };
  };
  const diagnostic = (issue: Issue): Diagnostic => ({
    severity: issue.severity,
    code: issue.code,
    file,
    ...where(issue),
    ...explain(issue),
  });

  /** `line`, `cell` and `field` of a place, for a JSON report. */
  const located = (at: { readonly line?: number; readonly cell?: string; readonly field?: string }) => ({
    ...(at.line !== undefined ? { line: at.line } : {}),
    ...(at.cell !== undefined ? { cell: at.cell } : {}),
    ...(at.field !== undefined ? { field: at.field } : {}),
  });
  /** "data.csv:3: tử số: " / "data.xlsx:Sheet1!C3: tử số: ", the start of a message in a text report. */
  const prefixOf = (at: { readonly line?: number; readonly cell?: string; readonly field?: string }) => {
    const where = at.cell !== undefined ? `:${at.cell}` : at.line !== undefined ? `:${at.line}` : '';
    return `${file}${where}: ${at.field ? `${at.field}: ` : ''}`;
  };
  /** An issue for a report: located by line or cell for a table (in JSON beside the path, elsewhere in the text). */
  const shown = (issue: Issue, json: boolean): Issue => {
    const text = explain(issue);
    if (!csv) return { ...issue, ...text };
    const at = where(issue);
    if (json) return { ...issue, ...text, ...located(at) } as LocatedIssue;
    const prefix = prefixOf(at);
    return { ...issue, path: [], message: `${prefix}${text.message}`, messageVi: `${prefix}${text.messageVi}` };
  };
  /** A problem found while reading, as an issue of the row it is about. */
  const fromRead = (d: Diagnostic, index: number | undefined, json: boolean): Issue => {
    const base = { code: d.code, severity: d.severity, path: index === undefined ? [] : ['observations', index] };
    if (json) return { ...base, message: d.message, messageVi: d.messageVi, ...located(d) } as LocatedIssue;
    const prefix = prefixOf(d);
    return { ...base, path: [], message: `${prefix}${d.message}`, messageVi: `${prefix}${d.messageVi}` };
  };

  const placer = (json: boolean) => {
    // read problems by row; problems of the file as a whole (columns) go first
    const byRow = new Map<number, Diagnostic[]>();
    const general: Diagnostic[] = [];
    for (const d of input.diagnostics) {
      const i = d.line === undefined ? undefined : indexOfLine(d.line);
      if (i === undefined) general.push(d);
      else byRow.set(i, [...(byRow.get(i) ?? []), d]);
    }
    const placed = new Set<number>();
    const convert = (issues: readonly Issue[]) =>
      issues.flatMap((issue) => {
        if (!repeated(issue)) return [shown(issue, json)];
        const i = indexOf(issue)!;
        if (placed.has(i)) return [];
        placed.add(i);
        return (byRow.get(i) ?? []).map((d) => fromRead(d, i, json));
      });
    return {
      report: convert,
      batch: (issues: readonly Issue[]) => {
        const rest = convert(issues);
        // rows the library did not put in a report (no unit where units are needed) stay with the batch
        for (const [i, list] of byRow) if (!placed.has(i)) for (const d of list) rest.push(fromRead(d, i, json));
        return [...general.map((d) => fromRead(d, undefined, json)), ...rest];
      },
    };
  };

  const place = (reports: readonly AttainmentReport[], batch: readonly Issue[], json: boolean) => {
    const p = placer(json);
    const out = reports.map((r) => p.report(r.issues));
    const rest = p.batch(batch);
    // one report: everything is its own; several: what is about no single report belongs to the batch
    if (reports.length === 1 && batch.length === 0) return { reports: [[...rest, ...out[0]!]], batch: [] };
    return { reports: out, batch: rest };
  };

  return {
    headerLine: input.headerLine,
    repeated,
    diagnostic,
    place,
    placer,
    rowKey: (index) => {
      const line = lineOf(index);
      return line === undefined ? `#${index}` : `line ${line}`;
    },
  };
}

/** The index of the observation at each line, for a file whose reader does not say it. */
function linesOf(input: ObservationFile): (line: number) => number | undefined {
  const byLine = new Map<number, number>();
  input.observations.forEach((_, i) => {
    const line = input.locate(i).line;
    if (line !== undefined) byLine.set(line, i);
  });
  return (line) => byLine.get(line);
}
