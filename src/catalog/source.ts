/**
 * Legal provenance: where a number comes from and how sure we are of it.
 */

/**
 * Confidence tag copied from the domain notes (`shared/domain/*.md`).
 * - `A`: verbatim legal text, confirmed by an independent summary
 * - `B`: one source that quotes the legal text verbatim
 * - `V`: article text read in a source that quotes the decree
 * - `C`: news summaries or translations only
 * - `N`: news or secondary summary only
 * - `U`: unverified (third-party code, inference, a draft)
 * - `?`: uncertain or conflicting
 * - `local`: read from a local plan or report (a seed document)
 *
 * @example
 * getIndicator('provinces-literacy-level-2').source.confidence;        // 'A'
 * getIndicator('provinces-lower-secondary-level-2').source.confidence; // 'B'
 */
export type Confidence = 'A' | 'B' | 'V' | 'C' | 'N' | 'U' | '?' | 'local';

/**
 * Tags that count as verified law: the number was read in the legal text or a verbatim quote of it.
 *
 * @example
 * VERIFIED_CONFIDENCE.includes('A'); // true
 * VERIFIED_CONFIDENCE.includes('C'); // false: a news summary is not the legal text
 */
export const VERIFIED_CONFIDENCE: readonly Confidence[] = ['A', 'B', 'V', 'local'];

/**
 * Where a target, threshold or indicator comes from.
 *
 * @example
 * const src: LegalSource = {
 *   document: '1373/QĐ-TTg',
 *   date: '2021-07-30',
 *   section: 'Điều 1, Mục II.2.a',
 *   verified: true,
 *   confidence: 'A',
 * };
 */
export interface LegalSource {
  /** Document number as written in Vietnamese, e.g. "1373/QĐ-TTg", "Kế hoạch số 336/KH-UBND". */
  readonly document: string;
  /** Signing date, ISO `YYYY-MM-DD`, when known. */
  readonly date?: string;
  /** Article, section or line, e.g. "Điều 1, Mục II.2.a". */
  readonly section?: string;
  /** True when the value was read in the legal text or a verbatim quote of it. */
  readonly verified: boolean;
  /** The domain note's confidence tag. */
  readonly confidence?: Confidence;
  /** Short English note on the reading (conflicts, drafts, ambiguity). */
  readonly note?: string;
}

/**
 * A text in both working languages.
 *
 * @example
 * const label: Labels = { vi: 'Đạt', en: 'Met' };
 */
export interface Labels {
  readonly vi: string;
  readonly en: string;
}

/**
 * "1373/QĐ-TTg, Điều 1, Mục II.2.a" — a source as one line for tables and messages.
 *
 * @example
 * formatSource({ document: '1373/QĐ-TTg', section: 'Điều 1, Mục II.2.a', verified: true }); // "1373/QĐ-TTg, Điều 1, Mục II.2.a"
 */
export function formatSource(source: LegalSource): string {
  return source.section ? `${source.document}, ${source.section}` : source.document;
}
