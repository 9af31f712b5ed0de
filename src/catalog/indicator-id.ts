import type { ND_277_INDICATORS } from './nd-277-indicators.js';
import type { QD_1373_INDICATORS } from './qd-1373-indicators.js';
import type { QD_387_INDICATORS } from './qd-387-indicators.js';
import type { QD_677_INDICATORS } from './qd-677-indicators.js';

/**
 * The id of a built-in indicator: a literal union read from the catalog tables
 * (Decision 1373, Decisions 387 and 677, Decree 277), so an editor completes
 * them and a misspelt id does not type-check where only a built-in can be.
 * Fields that may also name an indicator a plan defines take
 * `IndicatorId | (string & {})`: any text, the built-ins offered first.
 *
 * @example
 * const id: IndicatorId = 'provinces-literacy-level-2';
 * getIndicator(id).label.vi; // 'Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2'
 */
export type IndicatorId =
  | (typeof QD_1373_INDICATORS)[number]['id']
  | (typeof QD_387_INDICATORS)[number]['id']
  | (typeof QD_677_INDICATORS)[number]['id']
  | (typeof ND_277_INDICATORS)[number]['id'];
