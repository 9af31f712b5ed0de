import type { AttainmentReport, AttainmentResult } from '../attainment/result.js';
import { formatSource } from '../catalog/source.js';
import { STATUS_LABELS, WORDS, type Lang } from './labels.js';
import { progressLabel, progressStatus } from './progress.js';
import { groupLabel, noteCell, resultCell, targetCell } from './table.js';

/*
 * The rows of the CSV: each result's columns made into RFC 4180 fields (free text that a
 * spreadsheet would run as a formula defused, machine numbers with the language's decimal mark in
 * spreadsheet style), with what many rows repeat (a target's columns, its source) made once per
 * writer.
 */

/**
 * The writer of the rows of reports: the value of each column (see
 * {@link CSV_COLUMNS}) made into its field. What many rows repeat is made once
 * per writer: the columns of a target at its place (year to stretch), its
 * source in full.
 *
 * @example
 * const write = rowWriter('vi', true, ';');
 * const lines: string[] = [];
 * write(report, lines); // one line per result
 */
export function rowWriter(lang: Lang, sheet: boolean, d: string): (report: AttainmentReport, lines: string[]) => void {
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

/**
 * One RFC 4180 field; free text that a spreadsheet would run as a formula gets a leading `'`.
 *
 * @example
 * field('=SUM(A1)', true, ','); // "'=SUM(A1)"
 * field('a,b', true, ','); // '"a,b"'
 */
export function field(value: Value, text: boolean, delimiter: string): string {
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
