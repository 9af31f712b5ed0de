import { XhhtError, makeIssue, type ErrorCode, type Issue } from './errors.js';

/*
 * Required arguments left out. A field that is `undefined` was not given: it is named by its
 * own code (`missing-plan`), never reported as a value of the wrong type. `null` is a value
 * given, checked as any other.
 */

/**
 * A required field of a call's input: its key, the code for its absence and
 * what to give instead, in both languages.
 *
 * @example
 * const f: RequiredField = { key: 'year', code: 'missing-year', en: 'the target year, e.g. year: 2025', vi: 'năm mục tiêu (year), ví dụ year: 2025' };
 */
export interface RequiredField {
  readonly key: string;
  readonly code: ErrorCode;
  /** What the call needs, as the end of "computeAttainment needs …". */
  readonly en: string;
  readonly vi: string;
}

/**
 * Throws for the required fields `input` leaves out: the error of the first,
 * with every one in `issues` (path: the field's key). Returns when none is.
 *
 * @param input - the call's input object
 * @param fields - the required fields, in the order the call reads them
 * @param call - the function's name, for the message
 * @example
 * assertGiven({ year: 2025 }, [{ key: 'plan', code: 'missing-plan', en: 'a plan', vi: 'kế hoạch' }], 'computeAttainment');
 * // throws XhhtError { code: 'missing-plan', path: ['plan'], message: 'computeAttainment needs a plan' }
 */
export function assertGiven(
  input: Readonly<Record<string, unknown>>,
  fields: readonly RequiredField[],
  call: string,
): void {
  const issues: Issue[] = [];
  for (const f of fields) {
    if (input[f.key] === undefined)
      issues.push(makeIssue(f.code, [f.key], `${call} needs ${f.en}`, `${call} cần ${f.vi}`));
  }
  const first = issues[0];
  if (first) throw new XhhtError(first.code, first.message, { path: first.path, messageVi: first.messageVi, issues });
}
