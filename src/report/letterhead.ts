import { objectArg, oneOfArg } from '../util/guards.js';
import { describe } from '../util/describe.js';
import { isIsoDate } from '../dates/iso.js';
import { XhhtError } from '../errors.js';
import type { Lang } from './labels.js';
import { say, type Text } from '../messages/say.js';
import { REPORT } from '../messages/sections.js';

/*
 * The frame of an administrative document around the appendix table: the
 * header (issuing body, number, national name and motto, place and date), the
 * "PHỤ LỤC" heading and the signature block, as Nghị định số 30/2020/NĐ-CP
 * ngày 05/3/2020 của Chính phủ về công tác văn thư, Phụ lục I (thể thức và kỹ
 * thuật trình bày văn bản hành chính) lays them out. One model, so that the
 * HTML report and the Word appendix print the same words; each renderer only
 * places and styles them.
 */

/**
 * What the issuing office writes around its appendix. Every field is
 * optional: what is missing is printed as the blank form officials fill in by
 * hand ("Số:        /BC-UBND", "ngày      tháng      năm 2025").
 *
 * @example
 * const letterhead: Letterhead = {
 *   issuer: ['Ủy ban nhân dân', 'phường Đăk Cấm'],
 *   reportNumber: '15/BC-UBND',
 *   date: '2025-07-15',
 *   place: 'Đăk Cấm',
 *   appendix: '2',
 *   signerTitle: ['TM. Ủy ban nhân dân', 'Chủ tịch'],
 *   signerName: 'Nguyễn Văn A',
 *   recipients: ['Sở Giáo dục và Đào tạo tỉnh', 'Lưu: VT'],
 * };
 */
export interface Letterhead {
  /** The issuing body, a line each ("Ủy ban nhân dân", "phường Đăk Cấm"); printed in capitals, bold. */
  readonly issuer?: string | readonly string[];
  /**
   * The body it belongs to (cơ quan chủ quản), above it, e.g. "Ủy ban nhân dân tỉnh Nghệ An" over "Sở Giáo dục và Đào
   * tạo"; capitals, not bold.
   */
  readonly governingBody?: string;
  /**
   * The number and symbol of the report the appendix goes with: "15/BC-UBND"; "15" (symbol BC-UBND); "/BC-SGDĐT"
   * (number left blank, own symbol).
   */
  readonly reportNumber?: string;
  /** The report's date: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" to leave the day (and month) blank. */
  readonly date?: string;
  /** The place name of the date line ("Đăk Cấm, ngày …"). */
  readonly place?: string;
  /** The appendix number, Arabic or Roman: "2", "II", "2a". */
  readonly appendix?: string;
  /** The signer's title, a line each ("TM. Ủy ban nhân dân", "Chủ tịch"); printed in capitals. */
  readonly signerTitle?: string | readonly string[];
  /** The signer's full name, printed as written. */
  readonly signerName?: string;
  /** "Nơi nhận": one recipient each ("Sở Giáo dục và Đào tạo tỉnh", "Lưu: VT"). */
  readonly recipients?: readonly string[];
}

/**
 * The words of the frame, resolved for one language: what every renderer
 * prints, in this order (header left and right, the appendix heading, the
 * signature block).
 *
 * @example
 * letterheadLines({ issuer: 'UBND xã Long Phụng', date: '2025-07-05', place: 'Long Phụng' }, 'vi').placeDate;
 * // 'Long Phụng, ngày 05 tháng 7 năm 2025'
 */
export interface LetterheadLines {
  /** The governing body in capitals, or null. */
  readonly governingBody: string | null;
  /** The issuing body in capitals, a line each; "……………" when not given. */
  readonly issuer: readonly string[];
  /** "Số: 15/BC-UBND", or the blank "Số:        /BC-UBND". */
  readonly number: string;
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "SOCIALIST REPUBLIC OF VIET NAM". */
  readonly nation: string;
  /** "Độc lập - Tự do - Hạnh phúc" / "Independence - Freedom - Happiness" (underlined). */
  readonly motto: string;
  /** "Đăk Cấm, ngày 15 tháng 7 năm 2025" (italics), blanks where not given. */
  readonly placeDate: string;
  /** "PHỤ LỤC 2" / "APPENDIX 2". */
  readonly appendix: string;
  /** "(Kèm theo Báo cáo số 15/BC-UBND ngày 15 tháng 7 năm 2025)" (italics). */
  readonly attachedTo: string;
  /** The signature block: title lines in capitals and the name, or null when neither is given. */
  readonly signature: { readonly title: readonly string[]; readonly name: string | null } | null;
  /** "Nơi nhận:" and the recipients ("- Sở …;", the last ending "."), or null. */
  readonly recipients: { readonly heading: string; readonly items: readonly string[] } | null;
}

/** Room left for a number, a day or a month written by hand (no-break spaces: every renderer keeps them). */
const BLANK_NUMBER = /* @__PURE__ */ (() => '\u00a0'.repeat(8))();
const BLANK_DAY = /* @__PURE__ */ (() => '\u00a0'.repeat(6))();
/** A place or body not given: dots, as on a printed form. */
const DOTS = '……………';
const DEFAULT_SYMBOL = 'BC-UBND';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Resolves a letterhead into the words every renderer prints. Bodies and
 * titles are put in capitals (Vietnamese rules: "Ủy" → "ỦY"); a day below 10
 * and the months 1 and 2 get a leading zero ("ngày 05 tháng 02 năm 2025"), as
 * the decree on administrative documents asks; what is not given is left blank
 * to be filled in by hand.
 *
 * @param given - what the office gives; see {@link Letterhead}
 * @param lang - 'vi' (default) or 'en'
 * @returns the words, see {@link LetterheadLines}
 * @throws XhhtError `invalid-input` (path `['letterhead', field]`) for a malformed number, date or
 *   appendix, an empty text, or a control character
 * @example
 * const l = letterheadLines({ issuer: ['Ủy ban nhân dân', 'phường Đăk Cấm'], date: '2025', place: 'Đăk Cấm' }, 'vi');
 * l.issuer;    // ['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐĂK CẤM']
 * l.number;    // 'Số:        /BC-UBND' (no-break spaces)
 * l.placeDate; // 'Đăk Cấm, ngày       tháng       năm 2025'
 */
export function letterheadLines(given: Letterhead, lang: Lang = 'vi'): LetterheadLines {
  oneOfArg(lang, ['vi', 'en'] as const, 'lang');
  // read once: the letterhead checked is the letterhead written
  const letterhead = objectArg(given, 'letterhead', []) as unknown as Letterhead;
  const vi = lang === 'vi';
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  const issuer = lines(letterhead.issuer, 'issuer').map(upper);
  const governing =
    letterhead.governingBody === undefined ? null : upper(text(letterhead.governingBody, 'governingBody'));
  const number = reportNumber(letterhead.reportNumber);
  const date = reportDate(letterhead.date);
  const place = letterhead.place === undefined ? DOTS : text(letterhead.place, 'place');
  const appendix = appendixNumber(letterhead.appendix);
  const title = lines(letterhead.signerTitle, 'signerTitle').map(upper);
  const name = letterhead.signerName === undefined ? null : text(letterhead.signerName, 'signerName');
  const recipients = (letterhead.recipients ?? []).map((r, i) => text(r, 'recipients', i));
  const numberText = `${number.number ?? BLANK_NUMBER}/${number.symbol}`;
  return {
    governingBody: governing,
    issuer: issuer.length > 0 ? issuer : [DOTS],
    number: vi ? `Số: ${numberText}` : `No.: ${numberText}`,
    nation: vi ? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' : 'SOCIALIST REPUBLIC OF VIET NAM',
    motto: vi ? 'Độc lập - Tự do - Hạnh phúc' : 'Independence - Freedom - Happiness',
    placeDate: `${place}, ${dateText(date, lang)}`,
    appendix: `${vi ? 'PHỤ LỤC' : 'APPENDIX'}${appendix === null ? '' : ` ${appendix}`}`,
    attachedTo: vi
      ? `(Kèm theo Báo cáo số ${numberText} ${dateText(date, lang)})`
      : `(Attached to Report No. ${numberText} of ${dateText(date, lang)})`,
    signature: title.length > 0 || name !== null ? { title, name } : null,
    recipients:
      recipients.length > 0
        ? {
            heading: vi ? 'Nơi nhận:' : 'Recipients:',
            // each "- …;", the last "- ….", as the decree writes the list
            items: recipients.map(
              (r, i) => `- ${r.replace(/^-\s*/, '').replace(/[;.]$/, '')}${i === recipients.length - 1 ? '.' : ';'}`,
            ),
          }
        : null,
  };
}

function invalid(field: string, reason: Text, index?: number): XhhtError {
  return new XhhtError('invalid-input', say(REPORT, 'invalid-input.letterhead', { field, reason }), {
    path: ['letterhead', field, ...(index === undefined ? [] : [index])],
  });
}

/** Text the office gives: not empty, no control characters (they would corrupt a Word file). */
// C0/C1 controls, lone surrogates and U+FFFE/U+FFFF cannot be written into a Word document.
// biome-ignore lint/suspicious/noControlCharactersInRegex: Word cannot hold control characters
const UNWRITABLE = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function text(value: unknown, field: string, index?: number): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(field, say(REPORT, 'letterhead.empty'), index);
  if (UNWRITABLE.test(value) || LONE_SURROGATE.test(value)) {
    throw invalid(field, say(REPORT, 'letterhead.control-character', { value: describe(value) }), index);
  }
  return value.trim().replace(/\s+/g, ' ');
}

/** A text of several lines: an array, or one string with lines split at "/" or a line break. */
function lines(value: string | readonly string[] | undefined, field: string): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') {
    if (value.trim() === '') throw invalid(field, say(REPORT, 'letterhead.empty'));
    return value.split(/\s*(?:\/|\r?\n)\s*/).map((l, i) => text(l, field, i));
  }
  if (!Array.isArray(value) || value.length === 0) throw invalid(field, say(REPORT, 'letterhead.not-lines'));
  return value.map((l, i) => text(l, field, i));
}

/** "15/BC-UBND" → { number: '15', symbol: 'BC-UBND' }; "15" → symbol BC-UBND; "/BC-SGDĐT" → no number. */
function reportNumber(value: string | undefined): { number: string | null; symbol: string } {
  if (value === undefined) return { number: null, symbol: DEFAULT_SYMBOL };
  const m = /^\s*(\d{1,6})?\s*(?:\/\s*([\p{L}\d][\p{L}\d.&-]*))?\s*$/u.exec(typeof value === 'string' ? value : '');
  if (!m || (m[1] === undefined && m[2] === undefined)) {
    throw invalid('reportNumber', say(REPORT, 'letterhead.report-number', { value: describe(value) }));
  }
  return { number: m[1] ?? null, symbol: (m[2] ?? DEFAULT_SYMBOL).toLocaleUpperCase('vi') };
}

/** "2025-07-15" / "2025-07" / "2025": the parts given; nothing: all blank. */
function reportDate(value: string | undefined): { year: number | null; month: number | null; day: number | null } {
  if (value === undefined) return { year: null, month: null, day: null };
  const m = typeof value === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  const valid =
    m !== null &&
    (m[3] !== undefined ? isIsoDate(value) : m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12));
  if (!valid) {
    throw invalid('date', say(REPORT, 'letterhead.date', { value: describe(value) }));
  }
  return {
    year: Number(m[1]),
    month: m[2] === undefined ? null : Number(m[2]),
    day: m[3] === undefined ? null : Number(m[3]),
  };
}

/**
 * "ngày 05 tháng 02 năm 2025" (a day below 10 and the months 1 and 2 with a leading zero);
 * "15 July 2025" in English; blanks for the parts not given.
 */
function dateText(d: { year: number | null; month: number | null; day: number | null }, lang: Lang): string {
  if (lang === 'en') {
    return [
      d.day === null ? BLANK_DAY : String(d.day),
      d.month === null ? BLANK_NUMBER : MONTHS_EN[d.month - 1]!,
      d.year === null ? BLANK_DAY : String(d.year),
    ].join(' ');
  }
  const day = d.day === null ? BLANK_DAY : String(d.day).padStart(2, '0');
  const month = d.month === null ? BLANK_DAY : d.month <= 2 ? String(d.month).padStart(2, '0') : String(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year === null ? BLANK_DAY : d.year}`;
}

function appendixNumber(value: string | undefined): string | null {
  if (value === undefined) return null;
  const v = typeof value === 'string' ? value.trim() : '';
  if (/^\d{1,3}[a-z]?$/.test(v)) return v;
  if (/^[IVXLC]{1,8}$/i.test(v)) return v.toUpperCase();
  throw invalid('appendix', say(REPORT, 'letterhead.appendix', { value: describe(value) }));
}
