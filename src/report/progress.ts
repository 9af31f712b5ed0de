import { oneOfArg } from '../util/guards.js';
import { resultArg } from './check.js';
import type { AttainmentResult } from '../attainment/result.js';
import type { ProgressStatus } from '../progress/method.js';
import type { Lang } from './labels.js';

/**
 * The progress status of a result (`result.progress.status`), or `null` when
 * `computeAttainment` had no baseline or could not assess it.
 *
 * @example
 * progressStatus(result); // 'on-track', or null without a baseline
 */
export function progressStatus(result: AttainmentResult): ProgressStatus | null {
  return resultArg(result, ['progress']).progress?.status ?? null;
}

/**
 * The progress status of a result in the report language ("Đúng tiến độ"),
 * or `null` when the result has none. The words are those of
 * `PROGRESS_STATUS_LABELS`, so reports and the progress API never disagree.
 *
 * @example
 * progressLabel(result, 'en'); // 'On track', or null without a baseline
 */
export function progressLabel(result: AttainmentResult, lang: Lang): string | null {
  const r = resultArg(result, ['progress']);
  const l = oneOfArg(lang, ['vi', 'en'] as const, 'lang');
  return r.progress ? r.progress.label[l] : null;
}
