import { XhhtError, issueOf, type ErrorCode, type Issue } from './errors.js';
import { say, textOf, type Text } from './messages/say.js';
import { COMMON } from './messages/sections.js';

/*
 * Required arguments left out. A field that is `undefined` was not given: it is named by its
 * own code (`missing-plan`), never reported as a value of the wrong type. `null` is a value
 * given, checked as any other.
 */

/**
 * A required field of a call's input: its key, the code for its absence and
 * what to give instead (a message of the catalogs, said only when the field is missing).
 *
 * @example
 * const f: RequiredField = { key: 'year', code: 'missing-year', what: () => say(ATTAINMENT, 'missing-year') };
 */
export interface RequiredField {
  readonly key: string;
  readonly code: ErrorCode;
  /** What the call needs, as the end of "computeAttainment needs …". */
  readonly what: () => Text;
}

/**
 * Throws for the required fields `input` leaves out: the error of the first,
 * with every one in `issues` (path: the field's key). Returns when none is.
 *
 * @param input - the call's input object
 * @param fields - the required fields, in the order the call reads them
 * @param call - the function's name, for the message
 * @example
 * assertGiven({ year: 2025 }, [{ key: 'plan', code: 'missing-plan', what: () => say(ATTAINMENT, 'missing-plan') }], 'computeAttainment');
 * // throws XhhtError { code: 'missing-plan', path: ['plan'], message: "computeAttainment needs a plan: a built-in plan id such as 'qd-1373' …" }
 */
export function assertGiven(
  input: Readonly<Record<string, unknown>>,
  fields: readonly RequiredField[],
  call: string,
): void {
  const issues: Issue[] = [];
  for (const f of fields) {
    if (input[f.key] === undefined)
      issues.push(issueOf(f.code, [f.key], say(COMMON, 'missing.needs', { call, what: f.what() })));
  }
  const first = issues[0];
  if (first) throw new XhhtError(first.code, textOf(first), { path: first.path, issues });
}
