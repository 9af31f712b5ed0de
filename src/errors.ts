/**
 * The one error type of xhht, and the issue record that batch functions return
 * instead of throwing.
 *
 * Codes are stable kebab-case strings: apps may switch on them. Never rename one;
 * add a new code instead. The full list with meanings is in docs/errors.md.
 */

import type { Text } from './messages/say.js';

/**
 * Every code an {@link XhhtError} or an {@link Issue} can carry.
 *
 * @example
 * ERROR_CODES.includes('year-not-in-plan'); // true
 */
export const ERROR_CODES = [
  // counts and shares
  'invalid-count',
  'numerator-exceeds-denominator',
  'zero-denominator',
  // lookups
  'unknown-indicator',
  'unknown-plan',
  'year-not-in-plan',
  'no-target-for-year',
  // observations
  'invalid-observation',
  'kind-mismatch',
  'duplicate-observation',
  'mixed-units',
  'missing-unit',
  'observation-after-as-of',
  'unknown-component',
  'component-exceeds-total',
  // values and text
  'invalid-threshold',
  'invalid-date',
  'invalid-year',
  'invalid-number-format',
  'invalid-share-format',
  'invalid-percent-format',
  // plans
  'invalid-plan',
  // XMC / PCGD standards
  'unknown-regime',
  'unknown-standard',
  'unknown-rule',
  'inconsistent-counts',
  'duplicate-unit',
  // XMC / PCGD standards: the reading in use needs counts the dossier lacks; it has another option's
  'reading-counts-missing',
  // XMC / PCGD standards: results of two legal regimes counted together
  'mixed-regimes',
  // anything a zod schema rejected that has no more specific code
  'invalid-input',
  // files read by the `xhht` command line (src/cli)
  'unreadable-file',
  'invalid-encoding',
  'invalid-csv',
  'invalid-json',
  'invalid-boolean-format',
  'unknown-column',
  'invalid-xlsx',
  'unknown-sheet',
  'invalid-cell',
  // files written by the `xhht` command line (`--out`)
  'output-is-input',
  'unwritable-file',
  // workforce qualification breakdowns and learning-model titles (src/workforce, src/titles)
  'unknown-qualification-level',
  'incomplete-breakdown',
  'missing-population',
  'invalid-validation-rule',
  'unknown-title',
  'invalid-title-level',
  'level-2-too-early',
  // attainment: a count's "of which" part not reported (not read as 0)
  'missing-component',
  // rates reported without their counts: a rate outside 0–100, and any sum or roll-up of rates
  'percent-out-of-range',
  'rate-not-aggregable',
  // a required argument left out (`undefined`), named by its own code
  'missing-plan',
  'missing-year',
  'missing-observations',
  'missing-target',
  'missing-regime',
] as const;

/**
 * A stable, documented error code. Typed, so that a misspelt code in a
 * `switch` or a comparison is a compile error.
 *
 * @example
 * const code: ErrorCode = 'year-not-in-plan';
 */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Where in the input a problem is: keys and array indexes, outermost first.
 *
 * @example
 * computeAttainment({ plan: 'qd-1373', year: 2025, observations: [
 *   { indicator: 'provinces-literacy-level-2', numerator: 64, denominator: 63 },
 * ] }).issues[0].path; // ['observations', 0, 'numerator']
 */
export type IssuePath = readonly (string | number)[];

/**
 * A problem with one item of a batch. Batch functions return these beside their
 * results rather than throwing, so one bad row never hides the others.
 *
 * @example
 * const issue: Issue = {
 *   code: 'numerator-exceeds-denominator',
 *   severity: 'error',
 *   path: ['observations', 3],
 *   message: 'numerator 120 is greater than denominator 100',
 *   messageVi: 'tử số 120 lớn hơn mẫu số 100',
 * };
 */
export interface Issue {
  readonly code: ErrorCode;
  /** `error`: the item was not used. `warning`: it was used, or accounted for, but needs a look. */
  readonly severity: 'error' | 'warning';
  readonly path: IssuePath;
  readonly message: string;
  readonly messageVi: string;
}

/**
 * The error xhht throws for bad input to single-item functions and for
 * programmer errors (an unknown plan id, a year the plan has no targets for).
 *
 * @example
 * try {
 *   parseViNumber('1.23.4');
 * } catch (e) {
 *   if (e instanceof XhhtError && e.code === 'invalid-number-format') {
 *     console.error(e.path, e.message, e.messageVi);
 *   }
 * }
 */
export class XhhtError extends Error {
  override readonly name = 'XhhtError';
  readonly code: ErrorCode;
  readonly path: IssuePath;
  readonly messageVi: string;
  /** More problems found in the same input, when there was more than one. */
  readonly issues: readonly Issue[];

  /**
   * @param code - the stable code
   * @param message - the message in both languages (from the catalogs: `say(…)`), or the English one
   *   with `options.messageVi`
   * @param options - where (`path`), the Vietnamese message when `message` is English only, more issues, the cause
   */
  constructor(
    code: ErrorCode,
    message: string | Text,
    options: { path?: IssuePath; messageVi?: string; issues?: readonly Issue[]; cause?: unknown } = {},
  ) {
    // an error is built while another problem is being reported: whatever it is given, it never throws
    const o = read(() => (typeof options === 'object' && options !== null ? { ...options } : {}), {} as typeof options);
    const en = textOf(typeof message === 'string' ? message : read(() => (message as Text).en, undefined), message);
    const cause = read(() => o.cause, undefined);
    super(en, cause === undefined ? undefined : { cause });
    this.code = code;
    this.path = read(() => (Array.isArray(o.path) ? o.path : []), []);
    this.messageVi =
      typeof message === 'string'
        ? typeof o.messageVi === 'string'
          ? o.messageVi
          : message
        : textOf(
            read(() => (message as Text).vi, undefined),
            en,
          );
    this.issues = read(() => (Array.isArray(o.issues) ? o.issues : []), []);
  }

  /** The error as an {@link Issue}, for batch functions that collect instead of throwing. */
  toIssue(severity: Issue['severity'] = 'error', prefix: IssuePath = []): Issue {
    return {
      code: this.code,
      severity,
      path: [...prefix, ...this.path],
      message: this.message,
      messageVi: this.messageVi,
    };
  }
}

/** `f()`, or `fallback` when reading the caller's value throws (a getter, a revoked Proxy). */
function read<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** A message: the text itself, or, for anything else, a plain word (never the caller's value, which may not print). */
function textOf(value: unknown, fallback: unknown): string {
  if (typeof value === 'string') return value;
  return typeof fallback === 'string' ? fallback : 'error';
}

/**
 * True when `value` is an {@link XhhtError} (also across bundle copies, where
 * `instanceof` can fail).
 *
 * @example
 * isXhhtError(new XhhtError('unknown-plan', 'no plan "x"')); // true
 */
export function isXhhtError(value: unknown): value is XhhtError {
  // a revoked Proxy or a throwing getter is not an error of ours
  return read(
    () =>
      value instanceof XhhtError ||
      (typeof value === 'object' &&
        value !== null &&
        (value as { name?: unknown }).name === 'XhhtError' &&
        typeof (value as { code?: unknown }).code === 'string'),
    false,
  );
}

/**
 * Builds an issue from a message of the catalogs (`say(…)`): the internal
 * helper that gives every issue both languages.
 *
 * @example
 * issueOf('invalid-count', ['population'], say(EXACT, 'invalid-count.negative', { value: -5 }));
 * // { code: 'invalid-count', severity: 'error', path: ['population'],
 * //   message: 'a count cannot be negative (-5)', messageVi: 'số lượng không thể âm (-5)' }
 */
export function issueOf(code: ErrorCode, path: IssuePath, text: Text, severity: Issue['severity'] = 'error'): Issue {
  return { code, severity, path, message: text.en, messageVi: text.vi };
}
