import { renderOptions, reportArg } from './check.js';
import type { AttainmentReport, AttainmentResult } from '../attainment/result.js';
import { INDICATOR_GROUPS } from '../catalog/indicator.js';
import { formatSection, formatSource, type LegalSource } from '../catalog/source.js';
import { COLUMN_LABELS, NO_DATA_LABELS, STATUS_LABELS, WORDS, type Lang } from './labels.js';
import { say } from '../messages/say.js';
import { REPORT } from '../messages/sections.js';
import { formatNumber, formatPercent } from './numbers.js';
import { progressLabel } from './progress.js';

/**
 * A row of the report table: a group heading or an indicator.
 *
 * @example
 * const rows = reportTable(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [
 *   { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 },
 * ] }), 'en').rows;
 * rows[0]; // { type: 'group', key: 'I', label: 'Literacy and universal education' }
 * rows[1];
 * // { type: 'indicator', index: 1, result: { … }, cells: { target: '70%', result: '87.30% (55/63)', status: 'Met',
 * //   source: '[1] Article 1, Section II.2.a', … } }
 */
export type ReportRow =
  | { readonly type: 'group'; readonly key: string; readonly label: string }
  | {
      readonly type: 'indicator';
      /** 1, 2, … within the group, as in the appendices of the 5-year reviews. */
      readonly index: number;
      readonly cells: { readonly [K in keyof typeof COLUMN_LABELS]: string };
      readonly result: AttainmentResult;
    };

/**
 * A document the report's targets cite, given once under the table; rows
 * refer to it by number ("Căn cứ: [1] Điều 1, Mục II.2.a").
 *
 * @example
 * reportTable(nationalReport, 'vi').sources[0];
 * // { number: 1, citation: 'Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ về phê duyệt Đề án …',
 * //   notes: [] }
 */
export interface SourceNote {
  /** 1, 2, … in the order the documents are first cited. */
  readonly number: number;
  /** The document as a reader cites it, with its title, in the report language. */
  readonly citation: string;
  /** The sources' notes on this document (what was read, what is uncertain), each once, in the report language. */
  readonly notes: readonly string[];
}

/**
 * The report as one neutral table (headings, rows), which every renderer
 * (text, markdown, CSV, HTML) writes out. The layout follows the appendix of
 * the 5-year reviews (Phụ lục 2 of a commune's review: STT, Nội dung chỉ tiêu, Mục tiêu,
 * Kết quả, Ghi chú), grouped I–IV as in Decision 1373, plus the legal source.
 *
 * @example
 * const t = reportTable(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] }), 'vi');
 * t.headings.status; // 'Đánh giá'
 * t.rows[0];         // { type: 'group', key: 'I', label: 'Xóa mù chữ và phổ cập giáo dục' }
 */
export interface ReportTable {
  /** The language of every text in the table. */
  readonly lang: Lang;
  readonly title: string;
  readonly headings: { readonly [K in keyof typeof COLUMN_LABELS]: string };
  readonly rows: readonly ReportRow[];
  /** The documents the rows cite, each once, numbered; a row's `source` cell refers to its number. */
  readonly sources: readonly SourceNote[];
  /** One line: how many met, not met, no data. */
  readonly summary: string;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * Builds the neutral table of a report in one language.
 *
 * @param report - from `computeAttainment`
 * @param lang - 'vi' (default) or 'en'
 * @example
 * reportTable(report, 'en').rows[1].cells.result; // '87.30% (55/63)'
 */
export function reportTable(report: AttainmentReport, lang: Lang = 'vi'): ReportTable {
  // read once and checked (a report read back from JSON, or built by hand)
  return buildReportTable(reportArg(report), (renderOptions({ lang }).lang ?? 'vi') as Lang);
}

/**
 * {@link reportTable} of a report already checked: for the renderers, which check it once.
 *
 * @example
 * buildReportTable(reportArg(report), 'vi').rows.length;
 */
export function buildReportTable(report: AttainmentReport, lang: Lang = 'vi'): ReportTable {
  const headings = Object.fromEntries(
    Object.entries(COLUMN_LABELS).map(([k, v]) => [k, v[lang]]),
  ) as ReportTable['headings'];
  const target = `${headings.target} ${report.year}`;
  const rows: ReportRow[] = [];
  // Each group once, in the order groups first appear: a plan that lists a
  // group-II target after group IV still gets one heading II.
  const byGroup = new Map<string, AttainmentResult[]>();
  for (const r of report.results) {
    const list = byGroup.get(r.group);
    if (list) list.push(r);
    else byGroup.set(r.group, [r]);
  }
  const sources = new SourceList(lang);
  let groupCount = 0;
  for (const [group, results] of byGroup) {
    // an own key only: a result's group "constructor" is no known group
    const known = Object.hasOwn(INDICATOR_GROUPS, group)
      ? INDICATOR_GROUPS[group as keyof typeof INDICATOR_GROUPS]
      : undefined;
    rows.push({ type: 'group', key: known ? group : (ROMAN[groupCount] ?? group), label: known ? known[lang] : group });
    groupCount++;
    results.forEach((r, i) => {
      rows.push({ type: 'indicator', index: i + 1, result: r, cells: cells(r, i + 1, lang, sources.cite(r.source)) });
    });
  }
  const s = report.summary;
  const counts = { total: s.total, met: s.met, notMet: s['not-met'], noData: s['no-data'] };
  const summary = (
    s.provisional
      ? say(REPORT, 'summary.counts-provisional', { ...counts, provisional: s.provisional })
      : say(REPORT, 'summary.counts', counts)
  )[lang];
  const unit = report.unit ? ` — ${report.unit}` : '';
  const title = say(REPORT, 'title.plan-years', { plan: report.plan.title, unit, years: report.year })[lang];
  return { lang, title, headings: { ...headings, target }, rows, sources: sources.list(), summary };
}

/** The documents cited, numbered in the order of first citation; the same document (whatever the section) once. */
class SourceList {
  private readonly byCitation = new Map<string, { number: number; notes: string[] }>();
  constructor(private readonly lang: Lang) {}

  /** The number of the source's document, adding it (and its note) when new. */
  cite(source: LegalSource): number {
    const citation = formatSource(source, this.lang, { title: true, section: false });
    let entry = this.byCitation.get(citation);
    if (!entry) {
      entry = { number: this.byCitation.size + 1, notes: [] };
      this.byCitation.set(citation, entry);
    }
    const note = source.note?.[this.lang];
    if (note && !entry.notes.includes(note)) entry.notes.push(note);
    return entry.number;
  }

  list(): SourceNote[] {
    return [...this.byCitation].map(([citation, e]) => ({ number: e.number, citation, notes: e.notes }));
  }
}

/**
 * "[1] Điều 1, Mục II.2.a": the number of the cited document and the section,
 * marked when the source is not verified.
 *
 * @example
 * sourceRef(1, getIndicator('provinces-literacy-level-2').source, 'en'); // '[1] Article 1, Section II.2.a'
 */
function sourceRef(number: number, source: LegalSource, lang: Lang): string {
  const section = source.section ? ` ${formatSection(source.section, lang)}` : '';
  return `[${number}]${section}${source.verified ? '' : ` (${WORDS.notVerified[lang]})`}`;
}

function cells(
  r: AttainmentResult,
  index: number,
  lang: Lang,
  sourceNumber: number,
): Extract<ReportRow, { type: 'indicator' }>['cells'] {
  return {
    index: String(index),
    indicator: r.label[lang],
    target: targetCell(r, lang),
    result: resultCell(r, lang),
    status: STATUS_LABELS[r.status][lang],
    note: noteCell(r, lang),
    source: sourceRef(sourceNumber, r.source, lang),
  };
}

/**
 * The heading of a group of results, as {@link reportTable} writes it: the
 * group's name in the report language for a group of Decision 1373 (I–IV),
 * else the group as the plan names it.
 *
 * @example
 * groupLabel('I', 'en'); // 'Literacy and universal education'
 */
export function groupLabel(group: string, lang: Lang): string {
  const known = INDICATOR_GROUPS[group as keyof typeof INDICATOR_GROUPS];
  return known ? known[lang] : group;
}

/**
 * The marks written after a target: "phấn đấu" (a stretch target), "tạm thời"
 * (its own source is not verified). A provisional definition or figure is a
 * note, not a mark of the target.
 *
 * @example
 * targetMarks(result, 'vi'); // ['phấn đấu'] for "100% (phấn đấu)"
 */
export function targetMarks(r: AttainmentResult, lang: Lang): string[] {
  return [
    ...(r.stretch ? [WORDS.stretch[lang]] : []),
    ...(r.provisionalParts.target ? [WORDS.provisionalMark[lang]] : []),
  ];
}

/**
 * The target cell of a result's row: "70%", "≤ 5%", "100% (phấn đấu)", a
 * count with its "of which" parts, or yes.
 *
 * @example
 * targetCell(result, 'vi'); // '70%'
 */
export function targetCell(r: AttainmentResult, lang: Lang): string {
  const prefix = r.comparator === 'at-most' ? `${WORDS.atMost[lang]} ` : '';
  const marks = targetMarks(r, lang);
  const stretch = marks.length ? ` (${marks.join('; ')})` : '';
  if (r.kind === 'percent') return `${prefix}${formatPercent(r.targetPercent!, lang)}${stretch}`;
  if (r.kind === 'count') {
    const parts = r.components.map((c) => `${c.label[lang]}: ${formatNumber(c.target, lang)}`);
    const ofWhich = parts.length ? ` (${WORDS.ofWhich[lang]} ${parts.join(', ')})` : '';
    return `${prefix}${formatNumber(r.targetCount!, lang)}${ofWhich}${stretch}`;
  }
  return `${WORDS.yes[lang]}${stretch}`;
}

/**
 * The result cell of a result's row: the rate with its counts ("87,30%
 * (55/63)"), a count with its parts, yes/no, or "—" without data.
 *
 * @example
 * resultCell(result, 'vi'); // '87,30% (55/63)'
 */
export function resultCell(r: AttainmentResult, lang: Lang): string {
  if (r.status === 'no-data') return '—';
  if (r.kind === 'percent') {
    // the counts behind the rate, or the words saying there are none
    const basis =
      r.share === null
        ? WORDS.reportedRate[lang]
        : `${formatNumber(r.share.numerator, lang)}/${formatNumber(r.share.denominator, lang)}`;
    return `${formatPercent(r.actualPercent!, lang)} (${basis})`;
  }
  if (r.kind === 'count') {
    const parts = r.components.map(
      (c) => `${c.label[lang]}: ${c.actual === null ? '—' : formatNumber(c.actual, lang)}`,
    );
    const ofWhich = parts.length ? ` (${WORDS.ofWhich[lang]} ${parts.join(', ')})` : '';
    return `${formatNumber(r.actualCount!, lang)}${ofWhich}`;
  }
  return r.achieved ? WORDS.yes[lang] : WORDS.no[lang];
}

/**
 * The note cell of a result's row: why there is no data, the gap in words,
 * the shortfall, progress, what is provisional, the notes of the figure and
 * of the target, joined with "; ".
 *
 * @example
 * noteCell(result, 'vi'); // 'cao hơn mục tiêu 17,30 điểm %'
 */
export function noteCell(r: AttainmentResult, lang: Lang): string {
  const notes: string[] = [];
  if (r.status === 'no-data' && r.reason) notes.push(NO_DATA_LABELS[r.reason][lang]);
  // The gap in words, not with a sign: a cell starting with "+" or "-" is a formula to a spreadsheet.
  if (r.kind === 'percent' && r.gapPoints !== null) notes.push(gapNote(r.gapPoints, `${WORDS.points[lang]}`, lang));
  // a count that falls short says so through the shortfall below, which also covers its parts
  if (r.kind === 'count' && r.gapCount !== null && r.status === 'met')
    notes.push(gapNote(String(r.gapCount), '', lang));
  if (r.status === 'not-met' && r.shortfall) {
    notes.push(
      `${r.comparator === 'at-most' ? WORDS.excess[lang] : WORDS.short[lang]} ${formatNumber(r.shortfall, lang)}`,
    );
  }
  const progress = progressLabel(r, lang);
  if (progress !== null) notes.push(`${WORDS.progress[lang]}: ${progress}`);
  // the target's own source is marked in the target and source cells; here what else is provisional
  if (r.provisionalParts.definition) notes.push(WORDS.indicatorUnverified[lang]);
  const observed = r.observation?.note?.[lang];
  if (observed) notes.push(observed);
  else if (r.provisionalParts.observation) notes.push(WORDS.figureProvisional[lang]);
  if (r.targetNote) notes.push(r.targetNote[lang]);
  // notes are joined with "; ": a note's own closing full stop would read ".;"
  return notes.map((n) => n.replace(/\.$/, '')).join('; ');
}

/** "cao hơn mục tiêu 17,30 điểm %" / "below the target by 2.70 points" / "bằng mục tiêu". */
function gapNote(gap: string, unit: string, lang: Lang): string {
  if (/^-?0*(\.0*)?$/.test(gap)) return WORDS.equal[lang];
  const negative = gap.startsWith('-');
  const size = formatNumber(negative ? gap.slice(1) : gap, lang);
  return `${negative ? WORDS.below[lang] : WORDS.above[lang]} ${size}${unit ? ` ${unit}` : ''}`;
}
