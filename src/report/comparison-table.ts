import type { AttainmentStatus } from '../attainment/comparison.js';
import type { AttainmentReport, AttainmentResult } from '../attainment/result.js';
import { STATUS_LABELS, WORDS, type Lang } from './labels.js';
import { say } from '../messages/say.js';
import { REPORT } from '../messages/sections.js';
import { formatNumber, formatPercent } from './numbers.js';
import { buildReportTable } from './table.js';

/**
 * An indicator column of the comparison table.
 *
 * @example
 * const c: ComparisonColumn = {
 *   key: '2025:provinces-literacy-level-2', code: 'I.1', indicator: 'provinces-literacy-level-2', year: 2025,
 *   label: 'Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2', target: '70%', withData: true,
 * };
 */
interface ComparisonColumn {
  /** `year:indicator`: one column per target. */
  readonly key: string;
  /** "I.1": the group and the row number within it, as the per-unit tables number them. */
  readonly code: string;
  readonly indicator: string;
  readonly year: number;
  readonly label: string;
  /** The target as the per-unit tables write it ("70%", "100% (phấn đấu)"). */
  readonly target: string;
  /** False when no unit has data for it: the text formats leave the column out and name it under the table. */
  readonly withData: boolean;
}

/**
 * One cell: a unit's result for one indicator, as its own report shows it.
 *
 * @example
 * const c: ComparisonCell = { status: 'not-met', statusLabel: 'Không đạt', value: '11,99%', result };
 */
export interface ComparisonCell {
  /** `null` when the unit's report has no target for this column (reports of different plans). */
  readonly status: AttainmentStatus | null;
  readonly statusLabel: string;
  /**
   * The result without its counts: "87,30%" (the displayed rate of the one display rule), "12", "Có"; "—" without data;
   * "" without a target.
   */
  readonly value: string;
  readonly result: AttainmentResult | null;
}

/**
 * One unit: its cells, in the order of the columns, and the counts of its report's summary.
 *
 * @example
 * const r: ComparisonRow = { unit: 'Tỉnh A', cells: [], met: 1, notMet: 0, noData: 14 };
 */
interface ComparisonRow {
  readonly unit: string;
  readonly cells: readonly ComparisonCell[];
  readonly met: number;
  readonly notMet: number;
  readonly noData: number;
}

/**
 * Units by indicators: one row per unit, one column per target, each cell the
 * unit's result and status exactly as its own report shows them (the same
 * displayed rate, the same verdict). Built from the reports only: it computes
 * nothing, so it can never disagree with them.
 *
 * @example
 * const t = comparisonTable(computeAttainmentByUnit(input).reports, 'vi');
 * t.rows.map((r) => r.unit);          // ['Tỉnh A', 'Tỉnh B']
 * t.rows[0].cells[0];                 // { status: 'met', statusLabel: 'Đạt', value: '87,30%', result: … }
 */
export interface ComparisonTable {
  readonly lang: Lang;
  readonly title: string;
  readonly headings: {
    readonly unit: string;
    readonly result: string;
    readonly status: string;
    readonly met: string;
    readonly notMet: string;
    readonly noData: string;
    readonly indicator: string;
    readonly target: string;
  };
  readonly columns: readonly ComparisonColumn[];
  readonly rows: readonly ComparisonRow[];
}

/**
 * True when reports compare units: at least two, each of a named unit, no
 * unit twice (the reports of `computeAttainmentByUnit`). One unit against
 * several years is not a comparison of units.
 *
 * @example
 * comparesUnits(computeAttainmentByUnit(input).reports); // true with two or more units
 * comparesUnits([report2025, report2030]);              // false: one unit
 */
export function comparesUnits(reports: readonly AttainmentReport[]): boolean {
  const units = reports.map((r) => r.unit);
  return reports.length >= 2 && units.every((u) => typeof u === 'string') && new Set(units).size === units.length;
}

/**
 * Builds the comparison table of reports, one row per report.
 *
 * @param reports - one report per unit (from `computeAttainmentByUnit`)
 * @param lang - 'vi' (default) or 'en'
 * @example
 * const t = comparisonTable(reports, 'en');
 * t.columns.filter((c) => c.withData).map((c) => c.code); // ['I.1', 'II.4']
 */
export function comparisonTable(reports: readonly AttainmentReport[], lang: Lang = 'vi'): ComparisonTable {
  const tables = reports.map((r) => buildReportTable(r, lang));
  // columns: every target of every report, in first-seen order within first-seen groups
  const groups = new Map<string, { key: string; label: string; target: string; result: AttainmentResult }[]>();
  const seen = new Set<string>();
  for (const t of tables) {
    let group = '';
    for (const row of t.rows) {
      if (row.type === 'group') {
        group = row.key;
        if (!groups.has(group)) groups.set(group, []);
        continue;
      }
      const key = `${row.result.year}:${row.result.indicator}`;
      if (seen.has(key)) continue;
      seen.add(key);
      groups.get(group)!.push({ key, label: row.cells.indicator, target: row.cells.target, result: row.result });
    }
  }
  const cellOf = new Map<string, ComparisonCell>();
  reports.forEach((r, i) => {
    for (const result of r.results) cellOf.set(`${i}|${result.year}:${result.indicator}`, comparisonCell(result, lang));
  });
  const years = new Set(reports.map((r) => r.year));
  const columns: ComparisonColumn[] = [...groups].flatMap(([group, list]) =>
    list.map((c, n) => ({
      key: c.key,
      code: `${group}.${n + 1}`,
      indicator: c.result.indicator,
      year: c.result.year,
      // one column per target: the year is in the label only when the reports differ in year
      label: years.size > 1 ? `${c.label} (${c.result.year})` : c.label,
      target: c.target,
      withData: reports.some((_, i) => {
        const s = cellOf.get(`${i}|${c.key}`)?.status;
        return s === 'met' || s === 'not-met';
      }),
    })),
  );
  const none: ComparisonCell = { status: null, statusLabel: '', value: '', result: null };
  const rows = reports.map((r, i) => ({
    unit: r.unit ?? '',
    cells: columns.map((c) => cellOf.get(`${i}|${c.key}`) ?? none),
    met: r.summary.met,
    notMet: r.summary['not-met'],
    noData: r.summary['no-data'],
  }));
  const yearList = [...years].sort((a, b) => a - b).join(', ');
  return {
    lang,
    title: say(REPORT, 'title.comparison', { years: yearList })[lang],
    headings: {
      unit: WORDS.unit[lang],
      result: lang === 'vi' ? 'Kết quả' : 'Result',
      status: lang === 'vi' ? 'Đánh giá' : 'Assessment',
      met: STATUS_LABELS.met[lang],
      notMet: STATUS_LABELS['not-met'][lang],
      noData: STATUS_LABELS['no-data'][lang],
      indicator: lang === 'vi' ? 'Chỉ tiêu' : 'Indicator',
      target: lang === 'vi' ? 'Mục tiêu' : 'Target',
    },
    columns,
    rows,
  };
}

/** A result as a cell: the value as the report shows it, without the counts, and the status. */
function comparisonCell(r: AttainmentResult, lang: Lang): ComparisonCell {
  const statusLabel = STATUS_LABELS[r.status][lang];
  if (r.status === 'no-data') return { status: r.status, statusLabel, value: '—', result: r };
  const value =
    r.kind === 'percent'
      ? formatPercent(r.actualPercent!, lang)
      : r.kind === 'count'
        ? formatNumber(r.actualCount!, lang)
        : r.achieved
          ? WORDS.yes[lang]
          : WORDS.no[lang];
  return { status: r.status, statusLabel, value, result: r };
}
