/**
 * The reports of many units written as data (CSV, JSON) one after another:
 * each unit's report is computed when the output reaches it, written, and let
 * go, so `xhht evaluate` on 100,000 units holds one report at a time, not
 * 100,000. The text is the one the reports written all at once would give.
 */
import type { attainmentReportsByUnit } from '../attainment/compute.js';
import type { AttainmentReport } from '../attainment/result.js';
import type { Issue } from '../errors.js';
import { renderReport } from '../report/render.js';
import type { Lang } from '../report/labels.js';
import { withBom, type CsvOutput } from './csv-output.js';
import { gather, jsonArray, jsonLater, jsonPieces } from './json-output.js';
import type { FileIssues } from './observation-issues.js';

/** Reports rendered to CSV in one call: enough to share the work of a call, few enough to hold. */
const CSV_BATCH = 256;

/**
 * Writes the reports of `attainmentReportsByUnit` as they are computed:
 * JSON (`{ plan, year, asOf, reports, issues }`, each report with its issues
 * placed by line, as `evaluate --format json` writes them) or the CSV data
 * table (header once, then the rows of each report).
 *
 * @param byUnit - the reports, still to be computed
 * @param notes - where each issue of the file is
 * @param options - the format, and for CSV the language and the `--delimiter`, `--bom` choice
 * @returns the text in pieces, to be written once; and the issues of the reports, filled in as the pieces are written
 * @example
 * const { pieces, issues } = unitReports(attainmentReportsByUnit(call), notes, { format: 'json' });
 * await emit(ctx, pieces, 'bao-cao.json', 'evaluate'); // then `issues` holds every report's issues
 */
export function unitReports(
  byUnit: ReturnType<typeof attainmentReportsByUnit>,
  notes: FileIssues,
  options: { readonly format: 'json' } | { readonly format: 'csv'; readonly lang: Lang; readonly csv: CsvOutput },
): { readonly pieces: Iterable<string>; readonly issues: Issue[] } {
  const issues: Issue[] = [];
  const seen = (r: AttainmentReport) => {
    for (const i of r.issues) issues.push(i);
    return r;
  };
  if (options.format === 'json') {
    const placer = notes.placer(true);
    function* reports(): Generator<AttainmentReport> {
      for (const r of byUnit.reports) yield { ...seen(r), issues: placer.report(r.issues) };
    }
    const { plan, year, asOf } = byUnit;
    return {
      pieces: gather(
        jsonPieces({
          plan,
          year,
          asOf,
          reports: jsonArray(reports()),
          issues: jsonLater(() => placer.batch(byUnit.issues)),
        }),
      ),
      issues,
    };
  }
  const { lang, csv } = options;
  const render = (reports: readonly AttainmentReport[]) =>
    renderReport(reports, { format: 'csv', lang, spreadsheet: true, delimiter: csv.delimiter });
  // the header row, as the CSV of no report has it
  const header = render([]);
  function* pieces(): Generator<string> {
    yield withBom(header, csv);
    let batch: AttainmentReport[] = [];
    for (const r of byUnit.reports) {
      batch.push(seen(r));
      if (batch.length === CSV_BATCH) {
        yield render(batch).slice(header.length);
        batch = [];
      }
    }
    if (batch.length > 0) yield render(batch).slice(header.length);
  }
  return { pieces: gather(pieces()), issues };
}
