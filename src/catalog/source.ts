import { assertIsoDate, isIsoDate } from '../dates/iso.js';
import { isRecord, objectArg, oneOfArg, optionsArg, textArg } from '../util/guards.js';
/**
 * Legal provenance: which document a number comes from, how a reader of a
 * report cites it, and how sure the library is of its reading.
 */

/**
 * A text in both working languages. A plan written by a person may give the
 * Vietnamese text only: `en` then repeats it and `untranslated` is `true`, so
 * an app can tell a reader the English is missing.
 *
 * @example
 * const label: Labels = { vi: 'Đạt', en: 'Met' };
 * definePlan({ ...plan, title: { vi: 'Kế hoạch xã Long Phụng' } }).title;
 * // { vi: 'Kế hoạch xã Long Phụng', en: 'Kế hoạch xã Long Phụng', untranslated: true }
 */
export interface Labels {
  readonly vi: string;
  readonly en: string;
  /** The source gave no English text: `en` repeats `vi`. */
  readonly untranslated?: true;
}

/**
 * How the library came to know a value, from the legal text itself down to a guess.
 * - `A`: read in the legal text or a verbatim quotation of it, and an independent source agrees
 * - `B`: read in one verbatim quotation of the legal text
 * - `V`: the article read in the official codification (Bộ pháp điển) or a verbatim copy of the act
 * - `C`: known from several news reports or summaries that agree, not from the legal text
 * - `N`: known from one news report or secondary summary only
 * - `U`: unverified: inferred, taken from a draft, or from third-party software
 * - `?`: uncertain: sources conflict, or the rule is the library's assumption
 * - `local`: read in the local plan or report itself
 *
 * @example
 * getIndicator('provinces-literacy-level-2').source.confidence;        // 'A'
 * getIndicator('provinces-lower-secondary-level-2').source.confidence; // 'B'
 */
export type Confidence = 'A' | 'B' | 'V' | 'C' | 'N' | 'U' | '?' | 'local';

/**
 * Grades that count as verified: the value was read in the document itself or a verbatim quotation of it.
 *
 * @example
 * VERIFIED_CONFIDENCE.includes('A'); // true
 * VERIFIED_CONFIDENCE.includes('C'); // false: a news summary is not the legal text
 */
export const VERIFIED_CONFIDENCE: readonly Confidence[] = ['A', 'B', 'V', 'local'];

/**
 * The kind of document a source is, as its citation names it ("Quyết định số …").
 * `law` and `other` are named by their title instead ("Bộ luật Dân sự số …",
 * "Điều tra lao động - việc làm").
 *
 * @example
 * const t: DocumentType = 'decision';
 * DOCUMENT_TYPES[t]; // { vi: 'Quyết định', en: 'Decision' }
 */
export type DocumentType =
  | 'law'
  | 'resolution'
  | 'decree'
  | 'decision'
  | 'directive'
  | 'circular'
  | 'plan'
  | 'report'
  | 'official-letter'
  | 'other';

/**
 * The citation word of each document type.
 *
 * @example
 * DOCUMENT_TYPES.circular.vi; // 'Thông tư'
 * DOCUMENT_TYPES.decree.en;   // 'Decree'
 */
const DOCUMENT_TYPES: Readonly<Record<DocumentType, Labels>> = {
  law: { vi: 'Luật', en: 'Law' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  decree: { vi: 'Nghị định', en: 'Decree' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  circular: { vi: 'Thông tư', en: 'Circular' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  report: { vi: 'Báo cáo', en: 'Report' },
  'official-letter': { vi: 'Công văn', en: 'Official letter' },
  other: { vi: 'Tài liệu', en: 'Document' },
};

/**
 * A document as a reader cites it, without the part cited: its type, number,
 * date, issuing body and what it is about.
 *
 * @example
 * const qd1373: LegalDocument = {
 *   type: 'decision',
 *   number: '1373/QĐ-TTg',
 *   date: '2021-07-30',
 *   issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
 *   title: {
 *     vi: 'phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030"',
 *     en: 'approving the scheme "Building a learning society, 2021–2030"',
 *   },
 * };
 */
export interface LegalDocument {
  readonly type: DocumentType;
  /**
   * Number and symbol as printed ("1373/QĐ-TTg", "20/2014/NĐ-CP"); `null`
   * when the copy read has none (citations then say "số hiệu chưa rõ").
   */
  readonly number: string | null;
  /**
   * Issuing body ("Thủ tướng Chính phủ" · "Prime Minister", "UBND tỉnh Bắc
   * Giang" · "People's Committee of Bắc Giang province"); `null` only for a
   * source written as free text (see `legalSourceSchema`).
   */
  readonly issuer: Labels | null;
  /**
   * What the document is about (trích yếu), as it reads after "về" / "on":
   * "phê duyệt Đề án …" · "approving the scheme …". For `law` and `other`
   * the title names the document instead: "Bộ luật Dân sự" · "Civil Code".
   */
  readonly title?: Labels;
  /** Signing date, ISO `YYYY-MM-DD`, when known. */
  readonly date?: string;
}

/**
 * Where a target, threshold, indicator or definition comes from: the document
 * (see `LegalDocument`), the part of it, and whether the value was read there.
 *
 * @example
 * const src: LegalSource = {
 *   type: 'decision', number: '1373/QĐ-TTg', date: '2021-07-30',
 *   issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
 *   section: 'Điều 1, Mục II.2.a',
 *   verified: true,
 *   confidence: 'A',
 * };
 * formatSource(src, 'vi'); // 'Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ, Điều 1, Mục II.2.a'
 */
export interface LegalSource extends LegalDocument {
  /**
   * The part cited, in the document's own terms: "Điều 1, Mục II.2.a",
   * "Mục II.2.1". English citations translate the unit words (Điều → Article,
   * Khoản → Clause, Điểm → Point, Mục → Section, Tiết → Item, Phụ lục → Appendix).
   */
  readonly section?: string;
  /** True when the value was read in the document itself or a verbatim quotation of it. */
  readonly verified: boolean;
  /** How the value came to be known (see `Confidence`). */
  readonly confidence?: Confidence;
  /** What the reading rests on, or what is uncertain, in both languages. */
  readonly note?: Labels;
}

/**
 * Options of {@link formatSource}.
 *
 * @example
 * const o: FormatSourceOptions = { title: true, section: false }; // the document alone, with what it is about
 */
export interface FormatSourceOptions {
  /**
   * Add what the document is about ("về …" / "on …"). Default: only when the
   * number is not known, since then the title is what identifies the document.
   */
  readonly title?: boolean;
  /** Add the section (default `true`). */
  readonly section?: boolean;
}

const SECTION_WORDS: readonly (readonly [string, string])[] = [
  ['Tiểu mục', 'Subsection'],
  ['Phụ lục', 'Appendix'],
  ['Chương', 'Chapter'],
  ['Phần', 'Part'],
  ['Điều', 'Article'],
  ['Khoản', 'Clause'],
  ['khoản', 'clause'],
  ['Điểm', 'Point'],
  ['điểm', 'point'],
  ['Mục', 'Section'],
  ['mục', 'section'],
  ['Tiết', 'Item'],
];
// a unit word, then its number: "Điều 1", "Mục II.2", "Tiết b" (never the "mục" of "mục tiêu"); made on first use
let sectionWords: { readonly pattern: RegExp; readonly english: ReadonlyMap<string, string> } | undefined;
function sectionWordsEn() {
  sectionWords ??= {
    pattern: new RegExp(
      `(?<!\\p{L})(${SECTION_WORDS.map(([vi]) => vi).join('|')})(?= (?:[\\dIVXLC]|[a-zđ](?!\\p{L})))`,
      'gu',
    ),
    english: new Map(SECTION_WORDS),
  };
  return sectionWords;
}

const MONTHS = [
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

const LANGS = ['vi', 'en'] as const;

/** Both labels of a Labels value, or `invalid-input` at `path`. */
function labelsAt(value: unknown, path: (string | number)[]): void {
  const o = isRecord(value) ? value : null;
  textArg(o?.vi, 'vi', 'invalid-input', [...path, 'vi']);
  textArg(o?.en, 'en', 'invalid-input', [...path, 'en']);
}

/**
 * A source argument, read once (a snapshot) and checked for what a citation
 * reads: a known type, a number (text or null), a date, an issuer and a title
 * with both languages, a section. Each problem is `invalid-input` at its field.
 *
 * @example
 * checkSource({ type: 'decision', number: '1373/QĐ-TTg', issuer: null, verified: true }); // the source, copied
 * checkSource({ type: 'poem' }); // throws XhhtError { code: 'invalid-input', path: ['type'] }
 */
export function checkSource(value: unknown): LegalDocument & Partial<Pick<LegalSource, 'section'>> {
  const s = objectArg(value, 'source');
  oneOfArg(s.type, Object.keys(DOCUMENT_TYPES) as DocumentType[], 'type', 'invalid-input', ['type']);
  if (s.number !== null) textArg(s.number, 'number', 'invalid-input', ['number']);
  if (s.date !== undefined && !isIsoDate(s.date)) assertIsoDate(s.date, ['date']);
  if (s.issuer !== null) labelsAt(s.issuer, ['issuer']);
  if (s.title !== undefined) labelsAt(s.title, ['title']);
  if (s.section !== undefined) textArg(s.section, 'section', 'invalid-input', ['section']);
  return s as unknown as LegalDocument & Partial<Pick<LegalSource, 'section'>>;
}

function dateText(iso: string, lang: 'vi' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'vi' ? `ngày ${d}/${m}/${y}` : `of ${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * A section in the report language: as written in Vietnamese; in English with
 * the unit words translated (Điều → Article, Mục → Section, …) and the numbers kept.
 *
 * @param section - the part cited, in the document's own terms
 * @param lang - 'vi' (default) or 'en'
 * @example
 * formatSection('Điều 1, Mục II.2.a', 'en'); // 'Article 1, Section II.2.a'
 * formatSection('Mục II.2.1, điểm b', 'en'); // 'Section II.2.1, point b'
 */
export function formatSection(section: string, lang: 'vi' | 'en' = 'vi'): string {
  textArg(section, 'section');
  oneOfArg(lang, LANGS, 'lang');
  if (lang === 'vi') return section;
  const { pattern, english } = sectionWordsEn();
  return section.replace(pattern, (w) => english.get(w) ?? w).replace(/ và /g, ' and ');
}

/**
 * A source as a reader of a report cites it: document type, number (or "số
 * hiệu chưa rõ" / "number not known"), date, issuing body, then the section.
 * English keeps the Vietnamese number and section numbering and translates
 * the rest.
 *
 * @param given - a legal source (or a document without a section)
 * @param lang - 'vi' (default) or 'en'
 * @param givenOptions - add the title, leave out the section
 * @returns the citation as one line
 * @example
 * const src = getIndicator('provinces-literacy-level-2').source;
 * formatSource(src, 'vi'); // 'Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ, Điều 1, Mục II.2.a'
 * formatSource(src, 'en');
 * // 'Decision No. 1373/QĐ-TTg of 30 July 2021 by the Prime Minister, Article 1, Section II.2.a'
 * formatSource(getPlan('bac-giang-2021-2030').source, 'vi');
 * // 'Kế hoạch (số hiệu chưa rõ) của UBND tỉnh Bắc Giang về xây dựng xã hội học tập giai đoạn 2021–2030 trên địa bàn
 * //   tỉnh Bắc Giang, Mục II.2'
 */
export function formatSource(
  given: LegalDocument & Partial<Pick<LegalSource, 'section'>>,
  lang: 'vi' | 'en' = 'vi',
  givenOptions: FormatSourceOptions = {},
): string {
  oneOfArg(lang, LANGS, 'lang');
  const source = checkSource(given);
  const options = optionsArg(givenOptions) as FormatSourceOptions;
  const vi = lang === 'vi';
  const named = source.type === 'law' || source.type === 'other';
  let out = named && source.title ? source.title[lang] : DOCUMENT_TYPES[source.type][lang];
  if (source.number !== null) out += vi ? ` số ${source.number}` : ` No. ${source.number}`;
  else if (!named) out += vi ? ' (số hiệu chưa rõ)' : ' (number not known)';
  if (source.date !== undefined) out += ` ${dateText(source.date, lang)}`;
  if (source.issuer !== null) out += vi ? ` của ${source.issuer.vi}` : ` by the ${source.issuer.en}`;
  const title = options.title ?? source.number === null;
  if (title && !named && source.title) out += vi ? ` về ${source.title.vi}` : ` on ${source.title.en}`;
  if (options.section !== false && source.section) out += `, ${formatSection(source.section, lang)}`;
  return out;
}
