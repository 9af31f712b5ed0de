import { describe } from '../util/describe.js';
import { snapshot } from '../util/snapshot.js';
import { isIsoDate } from '../dates/iso.js';
import { XhhtError } from '../errors.js';
import { findTitle, type LearningTitle, type LearningTitleId, type TitleLevel } from './titles.js';
import { isRecord } from '../util/guards.js';
import { say } from '../messages/say.js';
import { TITLES_MSG } from '../messages/sections.js';

/**
 * A recognition decision: which unit (or person) got which title at which
 * level, when, and who decided.
 *
 * @example
 * const r: Recognition = {
 *   unit: 'Sở Tư pháp',
 *   title: 'learning-unit-province',
 *   level: 1,
 *   decisionDate: '2024-02-29',
 *   decidedBy: 'UBND tỉnh',
 *   decision: '123/QĐ-UBND',
 * };
 */
export interface Recognition {
  /** The recognised unit, household or person: a name or code, the key for counting. */
  readonly unit: string;
  readonly title: LearningTitleId;
  /** 1 or 2 for titles with levels; absent for titles without. */
  readonly level?: TitleLevel;
  /** Date of the recognition decision, ISO `YYYY-MM-DD`. */
  readonly decisionDate: string;
  /** Who signed the decision ("UBND huyện Bảo Thắng", "Trưởng phòng GDĐT"). */
  readonly decidedBy: string;
  /** The decision's number, e.g. "304/QĐ-UBND". */
  readonly decision?: string;
  /** Where the record comes from. */
  readonly source?: string;
}

/**
 * Why `record` is not a valid recognition, or `null` when it is. Batch
 * functions turn the error into an issue.
 *
 * @param record - anything read from input
 * @returns the problem as an `XhhtError`, or `null`
 * @example
 * recognitionProblem({
 *   unit: 'A',
 *   title: 'learning-family',
 *   level: 2,
 *   decisionDate: '2024-01-05',
 *   decidedBy: 'UBND xã',
 * })?.code;
 * // 'invalid-title-level' ("Gia đình học tập" has no levels)
 */
export function recognitionProblem(record: unknown): XhhtError | null {
  return readRecognition(record).problem;
}

/**
 * A record read once (a snapshot) and its problem, or the problem of reading
 * it: batch functions check and then use the same copy.
 *
 * @example
 * readRecognition({ unit: 'A', title: 'learning-family', decisionDate: '2024-01-05', decidedBy: 'UBND xã' }).problem;
 * // null
 */
export function readRecognition(given: unknown): { record: Recognition | null; problem: XhhtError | null } {
  let record: unknown;
  try {
    record = snapshot(given);
  } catch (e) {
    return { record: null, problem: e as XhhtError };
  }
  const problem = checkRecognition(record);
  return { record: problem ? null : (record as Recognition), problem };
}

function checkRecognition(record: unknown): XhhtError | null {
  if (!isRecord(record)) {
    return new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.recognition'));
  }
  if (typeof record.unit !== 'string' || record.unit.trim() === '') {
    return new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.recognition-unit'), { path: ['unit'] });
  }
  const title = typeof record.title === 'string' ? findTitle(record.title) : undefined;
  if (!title) {
    return new XhhtError(
      'unknown-title',
      say(TITLES_MSG, 'unknown-title.recognition', { title: describe(record.title) }),
      { path: ['title'] },
    );
  }
  const levelProblem = levelIssue(title, record.level);
  if (levelProblem) return levelProblem;
  if (!isIsoDate(record.decisionDate)) {
    return new XhhtError(
      'invalid-date',
      say(TITLES_MSG, 'invalid-date.decision', { decisionDate: describe(record.decisionDate) }),
      { path: ['decisionDate'] },
    );
  }
  if (typeof record.decidedBy !== 'string' || record.decidedBy.trim() === '') {
    return new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.recognition-decided-by'), {
      path: ['decidedBy'],
    });
  }
  for (const key of ['decision', 'source'] as const) {
    if (record[key] !== undefined && typeof record[key] !== 'string') {
      return new XhhtError('invalid-input', say(TITLES_MSG, 'invalid-input.recognition-text', { key }), {
        path: [key],
      });
    }
  }
  return null;
}

function levelIssue(title: LearningTitle, level: unknown): XhhtError | null {
  if (title.levels.length === 0) {
    if (level === undefined) return null;
    return new XhhtError(
      'invalid-title-level',
      say(TITLES_MSG, 'invalid-title-level.no-levels', { title: title.label.vi, level: describe(level) }),
      { path: ['level'] },
    );
  }
  if (title.levels.some((l) => l.level === level)) return null;
  return new XhhtError(
    'invalid-title-level',
    say(TITLES_MSG, 'invalid-title-level.level', { title: title.label.vi, level: describe(level) }),
    { path: ['level'] },
  );
}

/**
 * Returns `record` if it is a valid recognition; throws the problem otherwise
 * (`invalid-input`, `unknown-title`, `invalid-title-level`, `invalid-date`).
 *
 * @param record - anything read from input
 * @returns the record as read once (a plain copy: what was checked is what is used), typed
 * @example
 * assertRecognition({
 *   unit: 'Xã A',
 *   title: 'learning-community-commune',
 *   level: 1,
 *   decisionDate: '2024-12-20',
 *   decidedBy: 'Trưởng phòng GDĐT',
 * });
 * assertRecognition({ unit: 'Xã A', title: 'learning-community-commune', decisionDate: '2024-12-20', decidedBy: 'x' });
 * // throws XhhtError { code: 'invalid-title-level', path: ['level'] }
 */
export function assertRecognition(record: unknown): Recognition {
  const { record: r, problem } = readRecognition(record);
  if (problem) throw problem;
  return r!;
}
