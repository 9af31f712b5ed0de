import type { nd277Indicators } from './nd-277-indicators.js';
import type { qd1373Indicators } from './qd-1373-indicators.js';
import type { qd387Indicators } from './qd-387-indicators.js';
import type { qd677Indicators } from './qd-677-indicators.js';

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
  | ReturnType<typeof qd1373Indicators>[number]['id']
  | ReturnType<typeof qd387Indicators>[number]['id']
  | ReturnType<typeof qd677Indicators>[number]['id']
  | ReturnType<typeof nd277Indicators>[number]['id'];
