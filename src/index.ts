/**
 * xhht: exact, traceable indicators for Vietnam's learning-society programme
 * (Decision 1373/QĐ-TTg) and the rules around it.
 *
 * This file is the public API: explicit re-exports, nothing else.
 * @packageDocumentation
 */
export { XhhtError, isXhhtError, ERROR_CODES } from './errors.js';
export type { ErrorCode, Issue, IssuePath } from './errors.js';

export { isCount, assertCount } from './exact/count.js';
export { share, addShares } from './exact/share.js';
export type { Share } from './exact/share.js';
export { parseThreshold } from './exact/threshold.js';
export type { Threshold } from './exact/threshold.js';
export { compareShareToThreshold, compareCountToThreshold, minimumNumerator, maximumNumerator } from './exact/compare.js';
export type { Ordering } from './exact/compare.js';
export { formatRatio, formatRatioHonest } from './exact/round.js';
export type { RoundingMode, DisplaySide } from './exact/round.js';
