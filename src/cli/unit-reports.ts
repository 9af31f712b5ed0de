/**
 * The reports of many units written as data (CSV, JSON) one after another:
 * each unit's report is computed when the output reaches it, written, and let
 * go, so `xhht evaluate` on 100,000 units holds one report at a time, not
 * 100,000. The text is the one the reports written all at once would give.
 */
import type { attainmentReportsByUnit } from '../attainment/compute.js';
import type { AttainmentReport } from '../attainment/result.js';
import type { Issue } from '../errors.js';
import { csvWriter } from '../report/csv.js';
import type { Lang } from '../report/labels.js';
import { withBom, type CsvOutput } from './csv-output.js';
import { gather, jsonArray, jsonLater, jsonPieces } from './json-output.js';
import type { FileIssues } from './observation-issues.js';

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
  // one writer for every report: what the rows of every unit repeat is written once
  const writer = csvWriter({ lang, spreadsheet: true, delimiter: csv.delimiter });
  function* pieces(): Generator<string> {
    yield withBom(writer.header, csv);
    for (const r of byUnit.reports) yield writer.rows(seen(r));
  }
  return { pieces: gather(pieces()), issues };
}
