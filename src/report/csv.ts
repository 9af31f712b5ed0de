import { renderOptions, reportArg, reportsArg } from './check.js';
import { describe } from '../util/describe.js';
import type { AttainmentReport, AttainmentResult } from '../attainment/result.js';
import { formatSource } from '../catalog/source.js';
import { reportList } from './document.js';
import type { Labels } from '../catalog/source.js';
import { XhhtError } from '../errors.js';
import { STATUS_LABELS, WORDS, type Lang } from './labels.js';
import { progressLabel, progressStatus } from './progress.js';
import { groupLabel, noteCell, resultCell, targetCell } from './table.js';
import { say } from '../messages/say.js';
import { REPORT } from '../messages/sections.js';

/**
 * Options of {@link renderCsv}.
 *
 * @example
 * const forPrograms: RenderCsvOptions = { lang: 'vi' };
 * const forVietnameseExcel: RenderCsvOptions = { lang: 'vi', spreadsheet: true, delimiter: ';', bom: true };
 */
export interface RenderCsvOptions {
  /** Language of the label and display columns: 'vi' (default) or 'en'. Column names change only with `spreadsheet`. */
  readonly lang?: Lang;
  /**
   * Field delimiter: `,` (default), `;` (what Excel expects where `,` is the decimal mark, as in Vietnamese settings)
   * or a tab.
   */
  readonly delimiter?: ',' | ';' | '\t';
  /**
   * Write the file for people who open it in a spreadsheet set to the report
   * language, not for programs: the header row holds the column labels in that
   * language (`CSV_COLUMN_LABELS`: "Nội dung chỉ tiêu", "Kết quả (số)"), and the
   * machine columns write numbers with its decimal mark ("87,30" and "-2,70" in
   * Vietnamese, which a Vietnamese Excel reads as numbers; "87.30" would read as
   * 8730) and yes/no as Có/Không (Yes/No). Column order and the display columns
   * do not change. Default `false`: the stable column ids and machine values of
   * {@link CSV_COLUMNS}.
   */
  readonly spreadsheet?: boolean;
  /**
   * Start with a UTF-8 byte order mark (U+FEFF). Default `false`: the string is
   * data for programs, and most parsers would read the mark into the first
   * column name. Set it when writing a `.csv` file that people open in Excel:
   * without it Excel reads UTF-8 as a legacy code page and garbles Vietnamese
   * letters ("Äáº¡t" for "Đạt").
   */
  readonly bom?: boolean;
}

/**
 * The columns of the CSV report, in order. Names are stable (snake_case,
 * English, the same in both languages): add columns at the end, never rename.
 * `*_label`, `*_display` and `note` are in the report language; the other
 * columns are machine values: numbers unformatted with "." as the decimal
 * point ("87.30", 19747), booleans `true`/`false`, ids as in the library,
 * empty when not applicable.
 *
 * @example
 * CSV_COLUMNS[0]; // 'unit'
 * CSV_COLUMNS.includes('actual_display'); // true
 */
export const CSV_COLUMNS = [
  /** The report's unit (province, commune…), empty when none is named. */
  'unit',
  'plan',
  'year',
  /** I–IV, as in Decision 1373 Mục II.2. */
  'group',
  'group_label',
  /** STT: the row's number within its group. */
  'no',
  'indicator',
  'indicator_label',
  /** percent | count | yes-no */
  'kind',
  /** at-least | at-most */
  'comparator',
  /** The target as written in the plan: "70", 15, true. */
  'target',
  'target_display',
  'stretch',
  'provisional',
  'numerator',
  'denominator',
  /** The result: a percentage ("87.30", by the one display rule of `displayPercent`), a count, or true/false. */
  'actual',
  'actual_display',
  /** met | not-met | no-data */
  'status',
  'status_label',
  /** no-observation | rejected-observation | zero-denominator | conflicting-observations | missing-component */
  'no_data_reason',
  /** actual − target: percentage points ("-2.70") or a count. */
  'gap',
  /** How many more (fewer, for at-most) units are needed; 0 when met. */
  'shortfall',
  'progress_status',
  'progress_label',
  /**
   * Legal source of the target, in full on every row (a data table has no notes
   * under it), in the report language: "Quyết định số 1373/QĐ-TTg ngày
   * 30/7/2021 của Thủ tướng Chính phủ, Điều 1, Mục II.2.a", "(chưa xác minh)"
   * when the source is not verified.
   */
  'source',
  'source_verified',
  /** Where the figure came from, as the observation says. */
  'data_source',
  /** Date of the figure, ISO. */
  'data_as_of',
  'note',
  /**
   * The "of which" parts of a count target, `;`-separated, each `id=actual/target`
   * ("level-2=4/5"; an at-most part writes its target `<=5`; a part the
   * observation does not give has no actual: "level-2=/5"). Empty without parts.
   */
  'components',
  /**
   * The ids of the parts that miss their own target, `;`-separated: why a count whose total meets its target is not
   * met.
   */
  'failed_components',
  /**
   * What the result rests on: counts | reported-rate | yes-no; empty when no figure was used. A reported rate has no
   * numerator, denominator or shortfall.
   */
  'basis',
] as const;

/**
 * The header of each column in a file written for a spreadsheet
 * (`spreadsheet: true`), in each report language.
 *
 * @example
 * CSV_COLUMN_LABELS.actual_display.vi; // 'Kết quả'
 * CSV_COLUMN_LABELS.actual.vi;         // 'Kết quả (số)'
 */
export const CSV_COLUMN_LABELS: Readonly<Record<(typeof CSV_COLUMNS)[number], Labels>> = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  year: { vi: 'Năm', en: 'Year' },
  group: { vi: 'Nhóm', en: 'Group' },
  group_label: { vi: 'Tên nhóm', en: 'Group name' },
  no: { vi: 'STT', en: 'No.' },
  indicator: { vi: 'Mã chỉ tiêu', en: 'Indicator id' },
  indicator_label: { vi: 'Nội dung chỉ tiêu', en: 'Indicator' },
  kind: { vi: 'Loại chỉ tiêu', en: 'Kind' },
  comparator: { vi: 'Loại mục tiêu', en: 'Comparator' },
  target: { vi: 'Mục tiêu (số)', en: 'Target (value)' },
  target_display: { vi: 'Mục tiêu', en: 'Target' },
  stretch: { vi: 'Phấn đấu', en: 'Stretch' },
  provisional: { vi: 'Tạm thời', en: 'Provisional' },
  numerator: { vi: 'Tử số', en: 'Numerator' },
  denominator: { vi: 'Mẫu số', en: 'Denominator' },
  actual: { vi: 'Kết quả (số)', en: 'Result (value)' },
  actual_display: { vi: 'Kết quả', en: 'Result' },
  status: { vi: 'Mã đánh giá', en: 'Status' },
  status_label: { vi: 'Đánh giá', en: 'Assessment' },
  no_data_reason: { vi: 'Mã lý do chưa có số liệu', en: 'No-data reason' },
  gap: { vi: 'Chênh lệch so với mục tiêu', en: 'Gap' },
  shortfall: { vi: 'Còn thiếu', en: 'Shortfall' },
  progress_status: { vi: 'Mã tiến độ', en: 'Progress status' },
  progress_label: { vi: 'Tiến độ', en: 'Progress' },
  source: { vi: 'Căn cứ', en: 'Source' },
  source_verified: { vi: 'Căn cứ đã xác minh', en: 'Source verified' },
  data_source: { vi: 'Nguồn số liệu', en: 'Figures from' },
  data_as_of: { vi: 'Số liệu tính đến', en: 'Figures as of' },
  note: { vi: 'Ghi chú', en: 'Note' },
  components: { vi: 'Các phần "trong đó"', en: '"Of which" parts' },
  failed_components: { vi: 'Các phần không đạt', en: 'Parts not met' },
  basis: { vi: 'Mã cơ sở đánh giá', en: 'Basis' },
};

/**
 * A column of {@link CSV_COLUMNS}.
 *
 * @example
 * const col: CsvColumn = 'actual_display';
 */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Renders reports as CSV (RFC 4180): a header row of {@link CSV_COLUMNS}, then
 * one row per result (every report of an array, in order), fields separated by
 * commas (or `delimiter`) and quoted when they hold the delimiter, a quote or a
 * line break, lines ended by CRLF. UTF-8; with `bom: true` it starts with a byte
 * order mark for Excel. Group rows, the summary and the issues are not rows:
 * the CSV is a data table (use the Markdown or HTML format for the document, or
 * the report object for issues).
 *
 * A free-text field that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'` so that a spreadsheet shows it instead of running
 * it as a formula. Machine columns (numbers such as a negative gap) are never changed.
 *
 * For a file that people open in Excel, pass `spreadsheet: true` (headers and
 * numbers in the report language) and `bom: true`; with Vietnamese regional
 * settings (decimal comma) Excel also expects `delimiter: ';'` when a file is
 * opened by double-click.
 *
 * @param given - one report or many
 * @param givenOptions - language, delimiter, spreadsheet style, byte order mark
 * @returns CSV text
 * @throws XhhtError `invalid-input` for a delimiter other than `,`, `;` or a tab
 * @example
 * renderCsv(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [
 *   { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 },
 * ] })).split('\r\n')[1];
 * // ',qd-1373,2025,I,Xóa mù chữ và phổ cập giáo
 * //   dục,1,provinces-literacy-level-2,…,70,70%,false,false,55,63,87.30,"87,30% (55/63)",met,Đạt,,17.30,0,…'
 */
export function renderCsv(
  given: AttainmentReport | readonly AttainmentReport[],
  givenOptions: RenderCsvOptions = {},
): string {
  // read once and checked here; the writer then trusts them
  const report = reportsArg(given);
  const writer = writerOf(renderOptions(givenOptions) as RenderCsvOptions);
  let out = writer.header;
  for (const r of reportList(report)) out += writer.rows(r);
  return out;
}

/**
 * The CSV of {@link renderCsv} written a report at a time: the header line,
 * then the rows of each report, as renderCsv writes them for the array of
 * those reports. A writer keeps what rows repeat (the columns of a target at
 * its place in the plan, its source in full) for every report it writes, so
 * 100,000 units' reports are written without holding them all and without
 * formatting each target 100,000 times.
 *
 * @param givenOptions - as {@link renderCsv}
 * @returns the header line (with the byte order mark when `bom`) and the writer of each report's rows (`''` for a
 * report without results)
 * @throws XhhtError `invalid-input` for a delimiter other than `,`, `;` or a tab
 * @example
 * const w = csvWriter({ lang: 'vi', spreadsheet: true, delimiter: ';' });
 * let text = w.header;
 * for (const report of reports) text += w.rows(report); // renderCsv(reports, the same options)
 */
export function csvWriter(givenOptions: RenderCsvOptions = {}): {
  readonly header: string;
  rows(report: AttainmentReport): string;
} {
  const writer = writerOf(renderOptions(givenOptions) as RenderCsvOptions);
  // a caller's report is read once and checked, as renderCsv does
  return { header: writer.header, rows: (report) => writer.rows(reportArg(report)) };
}

/** The writer of {@link csvWriter} for options already checked, rows of reports already checked. */
function writerOf(options: RenderCsvOptions): {
  readonly header: string;
  rows(report: AttainmentReport): string;
} {
  const lang = options.lang ?? 'vi';
  const d = options.delimiter ?? ',';
  if (d !== ',' && d !== ';' && d !== '\t') {
    throw new XhhtError('invalid-input', say(REPORT, 'invalid-input.delimiter', { value: describe(d) }), {
      path: ['delimiter'],
    });
  }
  const sheet = options.spreadsheet === true;
  const header = sheet ? CSV_COLUMNS.map((c) => field(CSV_COLUMN_LABELS[c][lang], true, d)) : CSV_COLUMNS;
  const write = rowWriter(lang, sheet, d);
  return {
    header: `${options.bom ? '\uFEFF' : ''}${header.join(d)}\r\n`,
    rows: (report) => {
      const lines: string[] = [];
      write(report, lines);
      return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
    },
  };
}

/**
 * The writer of the rows of reports: the value of each column (see
 * {@link CSV_COLUMNS}) made into its field. What many rows repeat is made once
 * per writer: the columns of a target at its place (year to stretch), its
 * source in full.
 */
function rowWriter(lang: Lang, sheet: boolean, d: string): (report: AttainmentReport, lines: string[]) => void {
  const sources = new Map<AttainmentResult['source'], string>();
  const source = (r: AttainmentResult): string => {
    let text = sources.get(r.source);
    if (text === undefined) {
      text = field(
        `${formatSource(r.source, lang)}${r.source.verified ? '' : ` (${WORDS.notVerified[lang]})`}`,
        true,
        d,
      );
      sources.set(r.source, text);
    }
    return text;
  };
  const yes = sheet ? field(WORDS.yes[lang], false, d) : 'true';
  const no = sheet ? field(WORDS.no[lang], false, d) : 'false';
  /**
   * A machine value (not free text): a boolean as the language writes it in a spreadsheet, a number with its decimal
   * mark there.
   */
  const value = (v: Value, number: boolean): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'boolean') return v ? yes : no;
    return field(sheet && number ? spreadsheetNumber(v, lang) : v, false, d);
  };
  const text = (v: string | null | undefined): string => field(v, true, d);
  // columns year … stretch of a target at its place in its group: the same in every unit's report;
  // found by the label object the plan's results share, then by every value the columns are made of
  const targets = new Map<AttainmentResult['label'], TargetColumns[]>();
  const targetColumns = (r: AttainmentResult, groupColumns: string, no: number): string => {
    const label = r.label[lang];
    const known = targets.get(r.label);
    // a count's "of which" parts are written in its target cell: such a target is written each time
    if (known !== undefined && r.components.length === 0) {
      for (const k of known) {
        if (
          k.indicator === r.indicator &&
          k.year === r.year &&
          k.groupColumns === groupColumns &&
          k.no === no &&
          k.kind === r.kind &&
          k.comparator === r.comparator &&
          k.targetPercent === r.targetPercent &&
          k.targetCount === r.targetCount &&
          k.stretch === r.stretch &&
          k.provisionalTarget === r.provisionalParts.target &&
          k.label === label
        )
          return k.columns;
      }
    }
    const target = r.kind === 'percent' ? r.targetPercent : r.kind === 'count' ? r.targetCount : true;
    const columns = [
      value(r.year, true),
      groupColumns,
      value(no, true),
      value(r.indicator, false),
      text(label),
      value(r.kind, false),
      value(r.comparator, false),
      value(target, true),
      text(targetCell(r, lang)),
      value(r.stretch, false),
    ].join(d);
    if (r.components.length === 0) {
      const entry: TargetColumns = {
        indicator: r.indicator,
        year: r.year,
        groupColumns,
        no,
        kind: r.kind,
        comparator: r.comparator,
        targetPercent: r.targetPercent,
        targetCount: r.targetCount,
        stretch: r.stretch,
        provisionalTarget: r.provisionalParts.target,
        label,
        columns,
      };
      if (known) known.push(entry);
      else targets.set(r.label, [entry]);
    }
    return columns;
  };
  return (report, lines) => {
    // the results grouped as the report table groups them: each group once, in the order groups first appear
    const byGroup = new Map<string, AttainmentResult[]>();
    for (const r of report.results) {
      const list = byGroup.get(r.group);
      if (list) list.push(r);
      else byGroup.set(r.group, [r]);
    }
    const unit = text(report.unit);
    const plan = value(report.plan.id, false);
    for (const [group, results] of byGroup) {
      const groupColumns = `${value(group, false)}${d}${text(groupLabel(group, lang))}`;
      results.forEach((r, i) => {
        const hasData = r.status !== 'no-data';
        const actual = !hasData
          ? null
          : r.kind === 'percent'
            ? r.actualPercent
            : r.kind === 'count'
              ? r.actualCount
              : r.achieved;
        const components =
          r.components.length === 0
            ? ''
            : r.components
                .map((p) => `${p.id}=${p.actual ?? ''}/${p.comparator === 'at-most' ? '<=' : ''}${p.target}`)
                .join(';');
        const failed =
          r.components.length === 0
            ? ''
            : r.components
                .filter((p) => p.status === 'not-met')
                .map((p) => p.id)
                .join(';');
        // in the order of CSV_COLUMNS
        lines.push(
          [
            unit,
            plan,
            targetColumns(r, groupColumns, i + 1),
            value(r.provisional, false),
            value(r.share?.numerator, true),
            value(r.share?.denominator, true),
            value(actual, true),
            text(hasData ? resultCell(r, lang) : ''),
            value(r.status, false),
            text(STATUS_LABELS[r.status][lang]),
            value(r.reason, false),
            value(r.kind === 'percent' ? r.gapPoints : r.gapCount, true),
            value(r.shortfall, true),
            value(progressStatus(r), false),
            text(progressLabel(r, lang)),
            source(r),
            value(r.source.verified, false),
            text(r.observation?.source),
            value(r.observation?.asOf, false),
            text(noteCell(r, lang)),
            text(components),
            text(failed),
            value(r.basis, false),
          ].join(d),
        );
      });
    }
  };
}

/**
 * A machine number ("87.30", 99.5) as a CSV field that a spreadsheet set to
 * the language reads as that number: with the decimal comma in Vietnamese
 * ("87,30": a Vietnamese Excel reads "87.30" as 8730), as it is in English.
 * No thousands grouping: "19739" is read as 19739 in every setting.
 *
 * @param value - the number, or its machine decimal text
 * @param lang - the spreadsheet's language
 * @example
 * spreadsheetNumber('87.30', 'vi'); // '87,30'
 * spreadsheetNumber(99.5, 'en');    // '99.5'
 */
export function spreadsheetNumber(value: number | string, lang: Lang): string {
  const text = String(value);
  return lang === 'vi' && text.includes('.') ? text.replace('.', ',') : text;
}

type Value = string | number | boolean | null | undefined;

/** The columns year … stretch of a target as written, with every value they are made of. */
interface TargetColumns {
  readonly indicator: string;
  readonly year: number;
  readonly groupColumns: string;
  readonly no: number;
  readonly kind: AttainmentResult['kind'];
  readonly comparator: AttainmentResult['comparator'];
  readonly targetPercent: string | null;
  readonly targetCount: number | null;
  readonly stretch: boolean;
  readonly provisionalTarget: boolean;
  readonly label: string;
  readonly columns: string;
}

/** One RFC 4180 field; free text that a spreadsheet would run as a formula gets a leading `'`. */
function field(value: Value, text: boolean, delimiter: string): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (s === '') return s;
  if (text && FORMULA_START.has(s.charCodeAt(0))) s = `'${s}`;
  return needsQuotes(s, delimiter.charCodeAt(0)) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `=`, `+`, `-`, `@`, a tab, a carriage return. */
const FORMULA_START: ReadonlySet<number> = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/** True when a field holds the delimiter, a quote or a line break. */
function needsQuotes(s: string, delimiter: number): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === delimiter || c === 0x22 || c === 0x0d || c === 0x0a) return true;
  }
  return false;
}
