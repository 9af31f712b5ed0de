/**
 * The Word appendix (`xhht evaluate … --format docx`): the report table in the
 * layout a provincial office publishes, framed as an administrative document.
 *
 * The layout follows Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về
 * công tác văn thư, Phụ lục I (thể thức và kỹ thuật trình bày văn bản hành
 * chính): A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm
 * (the smallest of each here, for the widest table); Times New Roman; the
 * national name and motto (underlined) at the top right over the place and
 * date in italics; the issuing body (a short rule under it) and the number at
 * the top left; "PHỤ LỤC" with its
 * number and "(Kèm theo …)"; page numbers centred in the top margin from page
 * 2 on; the signature block at the bottom right, "Nơi nhận" at the left.
 *
 * Why here and not in src/report: the `docx` package (20 MB) is loaded only by
 * this code path, by a dynamic import, so neither the library entry nor the
 * other commands pay for it. Every word comes from the report model the other
 * renderers use (reportTable, noteParts, sourceLines, letterheadLines): this
 * file only places and styles them.
 */
import type * as Docx from 'docx';
import type { AttainmentReport } from '../attainment/result.js';
import { XhhtError } from '../errors.js';
import { comparisonLegend } from '../report/comparison-render.js';
import { comparesUnits, comparisonTable, type ComparisonTable } from '../report/comparison-table.js';
import {
  documentTitle,
  issueText,
  metaParts,
  noteParts,
  reportList,
  sourceLines,
  unitOfMeasure,
} from '../report/document.js';
import { WORDS, type Lang } from '../report/labels.js';
import { letterheadLines, type Letterhead, type LetterheadLines } from '../report/letterhead.js';
import { reportTable, type ReportTable } from '../report/table.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/**
 * Options of {@link renderDocx}.
 *
 * @example
 * const options: RenderDocxOptions = { lang: 'vi', letterhead: { issuer: 'UBND xã Long Phụng', appendix: '2' } };
 */
export interface RenderDocxOptions {
  readonly lang?: Lang;
  /** The appendix title; default: the report's own. */
  readonly title?: string;
  /** The header and signature; what is not given is printed as a blank form. */
  readonly letterhead?: Letterhead;
  /**
   * Reports of several units: the table comparing them alone, without the
   * per-unit sections (`--compare`). It must fit the page
   * ({@link comparisonFitsDocx}). Default false.
   */
  readonly compareOnly?: boolean;
}

// Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, margins in mm, Times New Roman 13 pt (tables 12 pt)
const MM = 56.6929; // twips per millimetre
const PAGE = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right; // 165 mm
const FONT = 'Times New Roman';
const BODY = 26; // half-points: 13 pt
const SMALL = 24; // 12 pt: tables, notes, the national name
const TINY = 22; // 11 pt: the recipients, as the decree sets them
const HEADING = 28; // 14 pt: "PHỤ LỤC"
// STT, indicator, target, result, assessment, note: 165 mm
const COLUMNS_MM = [11, 48, 19, 23, 23, 41] as const;
// cell padding: 1 mm left and right, 0,5 mm above and below
const CELL_MARGINS = { left: 57, right: 57, top: 28, bottom: 28 } as const;
const twips = (mm: number) => Math.round(mm * MM);

// The comparison of units on the page: the unit's name, the indicators, the three counts
const COMPARISON_UNIT_MM = 30;
// "Không đạt", "Chưa có số liệu" over their counts: the headings wrap between words, never inside "Không" (bold)
const COMPARISON_COUNT_MM = 16;
// an indicator's cell holds "99,96%" over "Không đạt" (bold) at 12 pt: 21,5 mm with the cell's padding
const COMPARISON_CELL_MM = 21.5;

/**
 * The most indicator columns (with data) the table comparing units takes
 * across the text of an A4 portrait page: 165 mm less the unit's column (30
 * mm) and three counts (16 mm each), at 21,5 mm an indicator.
 *
 * @example
 * DOCX_COMPARISON_COLUMNS; // 4
 */
export const DOCX_COMPARISON_COLUMNS = Math.floor(
  (TEXT_WIDTH - COMPARISON_UNIT_MM - 3 * COMPARISON_COUNT_MM) / COMPARISON_CELL_MM,
);

/**
 * Whether the table comparing units fits the Word appendix's page: at most
 * {@link DOCX_COMPARISON_COLUMNS} indicators with data. A wider table is not
 * squeezed (its cells would break inside words) nor turned sideways (the
 * appendix is portrait, as the decree lays it out); it is left out of the
 * Word file, whose per-unit sections carry the same figures, and the
 * workbook's summary sheet and the HTML report have it whole.
 *
 * @example
 * comparisonFitsDocx(comparisonTable(byUnit.reports, 'vi')); // true with 4 indicators with data or fewer
 */
export function comparisonFitsDocx(table: ComparisonTable): boolean {
  return table.columns.filter((c) => c.withData).length <= DOCX_COMPARISON_COLUMNS;
}

/**
 * Renders reports as a Word document (.docx): the header of an administrative
 * document (issuing body, number, national name and motto, place and date),
 * "PHỤ LỤC n" and "(Kèm theo Báo cáo số … ngày …)", the title, "Đơn vị tính",
 * the appendix table (STT, Nội dung chỉ tiêu, Mục tiêu, Kết quả, Đánh giá, Ghi
 * chú; group rows I–IV across the table; the header row repeated on each
 * page), the numbered documents the targets cite, the summary, the problems
 * with the input, and the signature block. Many reports: one section each,
 * each after the first on a new page, under one header and one signature;
 * reports of several units are followed, on a new page, by the table
 * comparing them when it fits the page ({@link comparisonFitsDocx}), or give
 * that table alone with `compareOnly`.
 *
 * @param report - one report or many (one section each)
 * @param options - language, title, letterhead, compareOnly
 * @returns the .docx file's bytes
 * @throws XhhtError `invalid-input` for a malformed letterhead, or `compareOnly` without a comparison that fits
 * @example
 * const bytes = await renderDocx(report, { letterhead: { issuer: 'Ủy ban nhân dân / phường Đăk Cấm', appendix: '2' } });
 * await writeFile('phu-luc.docx', bytes);
 */
export async function renderDocx(
  report: AttainmentReport | readonly AttainmentReport[],
  options: RenderDocxOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const frame = letterheadLines(options.letterhead ?? {}, lang);
  const d = await import('docx');
  const reports = reportList(report);
  const many = Array.isArray(report);
  const own = options.title !== undefined && options.title.trim() !== '' ? options.title : undefined;
  // several units: the table comparing them follows their sections, when it fits the page
  const compared = many && comparesUnits(reports) ? comparisonTable(reports, lang) : null;
  const comparison = compared !== null && comparisonFitsDocx(compared) ? compared : null;
  if (options.compareOnly && comparison === null) {
    throw new XhhtError('invalid-input', say(CLI, 'invalid-input.compare-only'), { path: ['compareOnly'] });
  }
  const sections = options.compareOnly ? [] : reports;
  const title = options.compareOnly
    ? (own ?? comparison!.title)
    : many || reports.length === 0
      ? documentTitle(reports, lang, own)
      : (own ?? reportTable(reports[0]!, lang).title);
  const w = writer(d);

  const children: (Docx.Paragraph | Docx.Table)[] = [
    ...w.header(frame),
    w.line(frame.appendix, { bold: true, size: HEADING, before: 240 }),
    w.line(frame.attachedTo, { italics: true }),
  ];
  children.push(w.line(title.toLocaleUpperCase(lang), { bold: true, before: 240, after: 120 }));
  const unit = unitOfMeasure(reports, lang);
  if (reports.length === 0) children.push(w.line(WORDS.noReports[lang]));
  sections.forEach((r, i) => {
    const table = reportTable(r, lang);
    if (many) children.push(w.line(table.title, { bold: true, before: 240, after: 60, pageBreakBefore: i > 0 }));
    children.push(w.line(metaParts(r, lang).join(' · '), { italics: true, size: SMALL, after: 60 }));
    if (unit !== null) children.push(w.line(unit, { italics: true, size: SMALL, align: 'right', after: 60 }));
    children.push(w.table(table, lang));
    if (table.sources.length) {
      children.push(w.line(`${WORDS.sources[lang]}:`, { bold: true, size: SMALL, align: 'left', before: 120 }));
      for (const s of sourceLines(table)) children.push(w.line(s, { size: SMALL, align: 'justify' }));
    }
    children.push(
      w.runs([{ text: `${WORDS.summary[lang]}: `, bold: true }, { text: table.summary }], {
        size: SMALL,
        align: 'left',
        before: 120,
      }),
    );
    if (r.issues.length) {
      children.push(w.line(`${WORDS.issues[lang]}:`, { bold: true, size: SMALL, align: 'left', before: 120 }));
      for (const issue of r.issues)
        children.push(w.line(`- ${issueText(issue, lang)}`, { size: SMALL, align: 'justify' }));
    }
  });
  if (comparison !== null) {
    // after the sections, on a page of its own, under its title; alone, under the document's title
    if (sections.length > 0)
      children.push(w.line(comparison.title, { bold: true, before: 240, after: 120, pageBreakBefore: true }));
    children.push(w.comparison(comparison));
    comparisonLegend(comparison).forEach((l, i) =>
      children.push(w.line(l, { size: SMALL, align: 'justify', before: i === 0 ? 120 : 0 })),
    );
  }
  children.push(...w.signature(frame));

  const doc = new d.Document({
    creator: 'xhht',
    title: clean(title),
    description: clean(frame.appendix),
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY, language: { value: lang === 'vi' ? 'vi-VN' : 'en-GB' } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(PAGE.width), height: twips(PAGE.height) },
            margin: {
              top: twips(PAGE.top),
              bottom: twips(PAGE.bottom),
              left: twips(PAGE.left),
              right: twips(PAGE.right),
              header: twips(10),
              footer: twips(10),
            },
          },
        },
        // the page number in the top margin, centred, not on the first page
        headers: {
          default: new d.Header({
            children: [
              new d.Paragraph({
                alignment: d.AlignmentType.CENTER,
                children: [new d.TextRun({ children: [d.PageNumber.CURRENT], size: BODY })],
              }),
            ],
          }),
          first: new d.Header({ children: [new d.Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}

/**
 * Text from the data made safe for a Word file: XML 1.0 has no place for
 * control characters, lone surrogates or U+FFFE/U+FFFF (Word refuses such a
 * file). Controls become visible escapes, as in the terminal (`\x1B`); the
 * rest becomes U+FFFD.
 */
function clean(text: string): string {
  return text
    .replace(/\r\n|[\t\n\r]/g, ' ')
    .replace(
      /[\u0000-\u001f\u007f-\u009f]/g,
      (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '\ufffd');
}

interface LineStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly align?: 'center' | 'left' | 'right' | 'justify';
  readonly before?: number;
  readonly after?: number;
  readonly pageBreakBefore?: boolean;
  readonly keepNext?: boolean;
}

type Run = { readonly text: string; readonly bold?: boolean; readonly italics?: boolean; readonly underline?: boolean };

/** The building blocks, over the loaded `docx` module. */
function writer(d: typeof Docx) {
  const ALIGN = {
    center: d.AlignmentType.CENTER,
    left: d.AlignmentType.LEFT,
    right: d.AlignmentType.RIGHT,
    justify: d.AlignmentType.JUSTIFIED,
  } as const;
  const runs = (parts: readonly Run[], style: LineStyle = {}) =>
    new d.Paragraph({
      alignment: ALIGN[style.align ?? 'center'],
      spacing: { before: style.before ?? 0, after: style.after ?? 0 },
      ...(style.pageBreakBefore ? { pageBreakBefore: true } : {}),
      ...(style.keepNext ? { keepNext: true } : {}),
      children: parts.map(
        (p) =>
          new d.TextRun({
            text: clean(p.text),
            size: style.size ?? BODY,
            bold: p.bold ?? style.bold ?? false,
            italics: p.italics ?? style.italics ?? false,
            ...((p.underline ?? style.underline) ? { underline: { type: d.UnderlineType.SINGLE } } : {}),
          }),
      ),
    });
  const line = (text: string, style: LineStyle = {}) => runs([{ text }], style);
  const cell = (paragraphs: readonly Docx.Paragraph[], mm: number, extra: Partial<Docx.ITableCellOptions> = {}) =>
    new d.TableCell({
      children: [...paragraphs],
      width: { size: twips(mm), type: d.WidthType.DXA },
      verticalAlign: d.VerticalAlign.CENTER,
      ...extra,
    });
  const frameless = (left: readonly Docx.Paragraph[], right: readonly Docx.Paragraph[], leftMm: number) =>
    new d.Table({
      borders: d.TableBorders.NONE,
      width: { size: twips(TEXT_WIDTH), type: d.WidthType.DXA },
      columnWidths: [twips(leftMm), twips(TEXT_WIDTH - leftMm)],
      layout: d.TableLayoutType.FIXED,
      rows: [
        new d.TableRow({
          cantSplit: true,
          children: [
            cell(left, leftMm, { verticalAlign: d.VerticalAlign.TOP }),
            cell(right, TEXT_WIDTH - leftMm, { verticalAlign: d.VerticalAlign.TOP }),
          ],
        }),
      ],
    });

  // a table at 12 pt
  const text = (t: string, style: LineStyle = {}) => line(t, { size: SMALL, ...style });
  /** A bordered table across the text width: its header row (bold, repeated on each page), then its rows. */
  const grid = (headings: readonly string[], widthsMm: readonly number[], rows: readonly Docx.TableRow[]) =>
    new d.Table({
      width: { size: twips(TEXT_WIDTH), type: d.WidthType.DXA },
      columnWidths: widthsMm.map(twips),
      layout: d.TableLayoutType.FIXED,
      margins: CELL_MARGINS,
      rows: [
        new d.TableRow({
          tableHeader: true,
          cantSplit: true,
          children: headings.map((h, c) => cell([text(h, { bold: true })], widthsMm[c]!)),
        }),
        ...rows,
      ],
    });

  return {
    line,
    runs,

    /** Issuing body and number left; national name, motto (underlined), place and date right. */
    header(l: LetterheadLines): (Docx.Paragraph | Docx.Table)[] {
      const left = [
        ...(l.governingBody === null ? [] : [line(l.governingBody, { size: SMALL })]),
        ...l.issuer.map((t) => line(t, { bold: true, size: SMALL })),
        // the short rule under the issuing body: a third of the column, centred
        new d.Paragraph({
          indent: { left: twips(22), right: twips(22) },
          border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
          children: [],
        }),
        line(l.number, { before: 120 }),
      ];
      const right = [
        line(l.nation, { bold: true, size: SMALL }),
        line(l.motto, { bold: true, underline: true }),
        line(l.placeDate, { italics: true, before: 120 }),
      ];
      return [frameless(left, right, 65)];
    },

    /** The appendix table: header row (repeated on each page), group rows across, indicator rows. */
    table(t: ReportTable, lang: Lang): Docx.Table {
      const k = t.headings;
      const rows = t.rows.map((row) => {
        if (row.type === 'group') {
          return new d.TableRow({
            cantSplit: true,
            children: [
              cell([text(row.key, { bold: true })], COLUMNS_MM[0]),
              cell([text(row.label, { bold: true, align: 'left' })], TEXT_WIDTH - COLUMNS_MM[0], { columnSpan: 5 }),
            ],
          });
        }
        const c = row.cells;
        const notes = noteParts(c.note, c.source, row.result, lang).map((p) => text(p, { align: 'left' }));
        return new d.TableRow({
          cantSplit: true,
          children: [
            cell([text(c.index)], COLUMNS_MM[0]),
            cell([text(c.indicator, { align: 'left' })], COLUMNS_MM[1]),
            cell([text(c.target)], COLUMNS_MM[2]),
            cell([text(c.result)], COLUMNS_MM[3]),
            cell([text(c.status, { bold: row.result.status === 'not-met' })], COLUMNS_MM[4]),
            cell(notes.length ? notes : [text('')], COLUMNS_MM[5]),
          ],
        });
      });
      return grid([k.index, k.indicator, k.target, k.result, k.status, k.note], COLUMNS_MM, rows);
    },

    /**
     * The units compared: the unit's name, per indicator (by its code, "I.1") the
     * result over the verdict, then the counts of verdicts; the header row
     * repeated on each page. The indicators' codes are explained under it.
     */
    comparison(t: ComparisonTable): Docx.Table {
      const k = t.headings;
      const shown = t.columns.map((c, i) => [c, i] as const).filter(([c]) => c.withData);
      const cellMm = (TEXT_WIDTH - COMPARISON_UNIT_MM - 3 * COMPARISON_COUNT_MM) / Math.max(1, shown.length);
      const widths = [
        COMPARISON_UNIT_MM,
        ...shown.map(() => cellMm),
        COMPARISON_COUNT_MM,
        COMPARISON_COUNT_MM,
        COMPARISON_COUNT_MM,
      ];
      const rows = t.rows.map(
        (r) =>
          new d.TableRow({
            cantSplit: true,
            children: [
              cell([text(r.unit, { align: 'left' })], COMPARISON_UNIT_MM),
              ...shown.map(([, i], n) => {
                const c = r.cells[i]!;
                // "—" (no data) and "" (no target) say nothing the verdict does not
                const value = c.value === '—' || c.value === '' ? [] : [text(c.value)];
                return cell([...value, text(c.statusLabel, { bold: c.status === 'not-met' })], widths[n + 1]!);
              }),
              ...[r.met, r.notMet, r.noData].map((count) => cell([text(String(count))], COMPARISON_COUNT_MM)),
            ],
          }),
      );
      return grid([k.unit, ...shown.map(([c]) => c.code), k.met, k.notMet, k.noData], widths, rows);
    },

    /** "Nơi nhận" left, the signer's title, room to sign, and the name right; nothing when neither is given. */
    signature(l: LetterheadLines): (Docx.Paragraph | Docx.Table)[] {
      if (l.signature === null && l.recipients === null) return [];
      const left =
        l.recipients === null
          ? [line('')]
          : [
              line(l.recipients.heading, { bold: true, italics: true, size: SMALL, align: 'left' }),
              ...l.recipients.items.map((i) => line(i, { size: TINY, align: 'left' })),
            ];
      const right =
        l.signature === null
          ? [line('')]
          : [
              ...l.signature.title.map((t) => line(t, { bold: true })),
              // room for the signature and the seal
              ...(l.signature.name === null
                ? []
                : [line(''), line(''), line(''), line(''), line(l.signature.name, { bold: true })]),
            ];
      return [line('', { before: 240 }), frameless(left, right, 80)];
    },
  };
}
