import type { IndicatorLevel } from './level.js';
import type { Labels, LegalSource } from './source.js';

/**
 * What an indicator counts.
 * - `share-of-persons`: people meeting a condition over a population ("người")
 * - `share-of-units`: units (provinces, schools…) meeting a condition over all such units
 * - `count`: an absolute number (units recognised, people trained)
 * - `yes-no`: a condition that holds or not ("thành phố học tập": yes)
 *
 * @example
 * getIndicator('working-age-life-skills').kind; // 'share-of-persons'
 * getIndicator('universities-digital').kind;    // 'share-of-units'
 * getPlan('hue-2026').indicators?.find((i) => i.id === 'units-learning-unit-province')?.kind; // 'count'
 */
export type IndicatorKind = 'share-of-persons' | 'share-of-units' | 'count' | 'yes-no';

/**
 * The four groups of Decision 1373 section II.2, in the order reports use
 * (I. XMC–PCGD, II. competences, III. institutions, IV. learning models).
 * Indicators of other programmes may use their own group key.
 *
 * @example
 * getIndicator('universities-digital').group; // 'III'
 * INDICATOR_GROUPS.III.en;                    // 'Performance of education and vocational institutions'
 */
export type IndicatorGroup = 'I' | 'II' | 'III' | 'IV' | (string & {});

/**
 * A note where the legal text is ambiguous, with the reading the library uses.
 *
 * @example
 * const note: IndicatorNote = { topic: 'denominator', text: { vi: '…', en: 'The text says "dân số"…' } };
 */
export interface IndicatorNote {
  readonly topic: 'denominator' | 'numerator' | 'stretch' | 'definition' | 'reform' | 'subset';
  readonly text: Labels;
}

/**
 * An indicator: what is counted, over what, and where the definition comes from.
 * Following DHIS2, a share indicator is a numerator over a denominator (factor 100).
 *
 * @example
 * const ind = getIndicator('provinces-literacy-level-2');
 * ind.kind;          // 'share-of-units'
 * ind.level;         // 'national': a share of the country's provinces
 * ind.label.vi;      // 'Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2'
 */
export interface Indicator {
  /** Stable kebab-case id. Never renamed once published. */
  readonly id: string;
  readonly group: IndicatorGroup;
  readonly kind: IndicatorKind;
  /** The smallest jurisdiction whose plan can set a target on it (see `IndicatorLevel`). */
  readonly level: IndicatorLevel;
  readonly label: Labels;
  /** What the numerator counts (for counts: what is counted). */
  readonly numerator: Labels;
  /** What the denominator counts; `null` for counts and yes/no indicators, and for a share a plan defines without saying. */
  readonly denominator: Labels | null;
  readonly source: LegalSource;
  readonly notes: readonly IndicatorNote[];
}

/**
 * Group headings as Decision 1373 section II.2 words them.
 *
 * @example
 * INDICATOR_GROUPS.I.vi; // 'Xóa mù chữ và phổ cập giáo dục'
 */
export const INDICATOR_GROUPS: Readonly<Record<'I' | 'II' | 'III' | 'IV', Labels>> = {
  I: { vi: 'Xóa mù chữ và phổ cập giáo dục', en: 'Literacy and universal education' },
  II: { vi: 'Năng lực cơ bản và trình độ của người dân', en: 'Basic competences and qualifications of the population' },
  III: {
    vi: 'Hiệu quả hoạt động của các cơ sở giáo dục, cơ sở giáo dục nghề nghiệp',
    en: 'Performance of education and vocational institutions',
  },
  IV: { vi: 'Xây dựng các mô hình học tập trong xã hội', en: 'Learning models in society' },
};

/**
 * A built-in indicator table as written, typed so that its ids stay literal:
 * `IndicatorId` is read from the tables, so a new row is a new id and the two
 * cannot drift. The rows are returned as they are.
 *
 * @param rows - the indicators of one programme, in its order
 * @returns `rows`
 * @example
 * const ROWS = indicatorTable([getIndicator('universities-digital')]);
 * // typeof ROWS: readonly (Indicator & { readonly id: 'universities-digital' })[]
 */
export function indicatorTable<const Id extends string>(
  rows: readonly (Indicator & { readonly id: Id })[],
): readonly (Indicator & { readonly id: Id })[] {
  return rows;
}
