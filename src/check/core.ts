/*
 * Checking the shape of plain data as zod 4 does, for the few schemas the library itself runs
 * (plans, targets, baselines, legal sources): the same issues in the same order, with the same
 * fields and English messages, and the same output. The library used zod for this; zod's modules
 * cost a cold import most of its time and a browser bundle most of its bytes (issue 11). The zod
 * schemas stay, for apps, in the `xhht/schema` entry; test/check/ checks that both agree on random
 * input. Only what the library's schemas use is here: synchronous, forward parsing.
 */

/**
 * One problem, as zod reports it (`code`, `path`, `message` and the code's own fields).
 *
 * @example
 * const i: CheckIssue = { code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: ['issuer'], message: 'Too small: expected string to have >=1 characters' };
 */
export interface CheckIssue {
  readonly code: string;
  readonly path: PropertyKey[];
  readonly message: string;
  /** invalid_type: the type wanted. */
  readonly expected?: string;
  /** invalid_value: the values allowed. */
  readonly values?: readonly unknown[];
  /** too_small, too_big, invalid_format: what was measured (`string`, `number`, `array`, …). */
  readonly origin?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly inclusive?: boolean;
  /** invalid_format: `regex`, and the pattern as text. */
  readonly format?: string;
  readonly pattern?: string;
  /** unrecognized_keys: the keys. */
  readonly keys?: readonly string[];
  /** invalid_union: each option's issues; of a discriminated union, the values it knows. */
  readonly errors?: readonly (readonly CheckIssue[])[];
  readonly options?: readonly unknown[];
  /** custom: extra fields of the issue (the Vietnamese message of a plan check). */
  readonly params?: unknown;
  /** The value, when parsed with `reportInput`. */
  readonly input?: unknown;
  readonly [field: string]: unknown;
}

/**
 * An issue while parsing: relative path, the value, and whether parsing may go on after it.
 *
 * @example
 * const raw: RawIssue = { code: 'invalid_type', expected: 'string', input: 1 };
 */
export interface RawIssue {
  code: string;
  path?: PropertyKey[];
  input?: unknown;
  message?: string;
  continue?: boolean;
  [field: string]: unknown;
}

/**
 * A value being parsed and what went wrong so far (zod's payload).
 *
 * @example
 * const p: Payload = { value: 'x', issues: [] };
 */
export interface Payload {
  value: unknown;
  issues: RawIssue[];
  aborted?: boolean;
}

/**
 * How parsing is run: `reportInput` keeps each issue's input (zod's option of that name).
 *
 * @example
 * const ctx: Ctx = { reportInput: true };
 */
export interface Ctx {
  readonly reportInput?: boolean;
}

/**
 * A schema: how it parses, and what an object and a discriminated union need to know of it.
 *
 * @example
 * const s: Schema = string();
 */
export interface Schema {
  readonly run: (payload: Payload, ctx: Ctx) => Payload;
  /** Whether an absent key is accepted (`optional`) or filled in (`defaulted`). */
  readonly optin?: 'optional' | 'defaulted';
  /** Whether the output may be absent. */
  readonly optout?: 'optional';
  /** The only values it accepts, when it has a list (literals, enums). */
  readonly values?: ReadonlySet<unknown>;
  /** An object's fields. */
  readonly shape?: Readonly<Record<string, Schema>>;
}

/**
 * The result of {@link safeParse}: the output, or every issue.
 *
 * @example
 * const r: ParseResult<string> = { success: true, data: 'x' };
 */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly CheckIssue[] };

/**
 * Whether an issue from `start` on stops further checks (zod's `aborted`).
 *
 * @example
 * aborted({ value: 1, issues: [{ code: 'too_small', continue: true }] }); // false
 */
export function aborted(p: Payload, start = 0): boolean {
  if (p.aborted === true) return true;
  for (let i = start; i < p.issues.length; i++) if (p.issues[i]!.continue !== true) return true;
  return false;
}

/**
 * Whether an issue from `start` on asked to stop everything (zod's `explicitlyAborted`).
 *
 * @example
 * explicitlyAborted({ value: 1, issues: [{ code: 'invalid_type' }] }); // false
 */
export function explicitlyAborted(p: Payload, start = 0): boolean {
  if (p.aborted === true) return true;
  for (let i = start; i < p.issues.length; i++) if (p.issues[i]!.continue === false) return true;
  return false;
}

/**
 * Puts `key` in front of each issue's path (in place), as a parent reports a child's issues.
 *
 * @example
 * prefixed('issuer', [{ code: 'invalid_type' }]); // [{ code: 'invalid_type', path: ['issuer'] }]
 */
export function prefixed(key: PropertyKey, issues: RawIssue[]): RawIssue[] {
  for (const issue of issues) (issue.path ??= []).unshift(key);
  return issues;
}

/**
 * zod's name of a value's type in messages (`parsedType`).
 *
 * @example
 * parsedType([]); // 'array'
 */
export function parsedType(data: unknown): string {
  const t = typeof data;
  if (t === 'number') return Number.isNaN(data) ? 'nan' : 'number';
  if (t === 'object') {
    if (data === null) return 'null';
    if (Array.isArray(data)) return 'array';
    const o = data as { constructor?: { name?: string } };
    if (Object.getPrototypeOf(o) !== Object.prototype && 'constructor' in o && o.constructor)
      return o.constructor.name as string;
  }
  return t;
}

const literal = (v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'string' ? `"${v}"` : `${String(v)}`);
const typeName = (type: string, input?: unknown) =>
  type === 'number' && typeof input === 'number' && !Number.isFinite(input)
    ? String(input)
    : type === 'nan'
      ? 'NaN'
      : type;
const SIZES: Readonly<Record<string, string>> = {
  string: 'characters',
  file: 'bytes',
  array: 'items',
  set: 'items',
  map: 'entries',
};

/**
 * The English message zod's default locale gives an issue.
 *
 * @example
 * englishMessage({ code: 'invalid_type', expected: 'string', input: undefined }); // 'Invalid input: expected string, received undefined'
 */
export function englishMessage(issue: RawIssue): string {
  const i = issue as Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${typeName(i.expected as string)}, received ${typeName(parsedType(i.input), i.input)}`;
    case 'invalid_value': {
      const values = i.values as readonly unknown[];
      return values.length === 1
        ? `Invalid input: expected ${literal(values[0])}`
        : `Invalid option: expected one of ${values.map(literal).join('|')}`;
    }
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const adj = i.exact ? 'exactly ' : i.inclusive ? (big ? '<=' : '>=') : big ? '<' : '>';
      const bound = String(big ? i.maximum : i.minimum);
      const unit = SIZES[i.origin as string];
      const origin = big ? ((i.origin as string | undefined) ?? 'value') : (i.origin as string);
      return `Too ${big ? 'big' : 'small'}: expected ${origin} to ${unit ? 'have' : 'be'} ${adj}${bound}${unit ? ` ${unit}` : ''}`;
    }
    case 'invalid_format':
      return i.format === 'regex'
        ? `Invalid string: must match pattern ${String(i.pattern)}`
        : `Invalid ${String(i.format)}`;
    case 'unrecognized_keys': {
      const keys = i.keys as readonly unknown[];
      return `Unrecognized key${keys.length > 1 ? 's' : ''}: ${keys.map(literal).join(', ')}`;
    }
    case 'invalid_union': {
      const options = i.options as readonly unknown[] | undefined;
      if (Array.isArray(options) && options.length > 0)
        return `Invalid discriminator value. Expected ${options.map((o) => `'${String(o)}'`).join(' | ')}`;
      return i.inclusive === false ? 'Invalid input: more than one option matched' : 'Invalid input';
    }
    default:
      return 'Invalid input';
  }
}

/**
 * An issue as zod hands it out (`finalizeIssue`): its own message or the English one, the path,
 * the input only when asked, nothing internal.
 *
 * @example
 * finalized({ code: 'custom', message: 'x', input: 1, continue: true }, {}); // { code: 'custom', message: 'x', path: [] }
 */
export function finalized(issue: RawIssue, ctx: Ctx): CheckIssue {
  const message = issue.message ? issue.message : englishMessage(issue);
  const full: Record<string, unknown> = {};
  for (const k of Object.keys(issue)) {
    if (k === 'continue' || k === 'input' || k === '__proto__') continue;
    full[k] = issue[k];
  }
  full.path ??= [];
  full.message = message;
  if (ctx.reportInput) full.input = issue.input;
  return full as unknown as CheckIssue;
}

/**
 * Parses `value` with `schema`: its output, or every issue (zod's `safeParse`).
 *
 * @example
 * safeParse(string(), 1); // { success: false, issues: [{ code: 'invalid_type', expected: 'string', … }] }
 */
export function safeParse<T = unknown>(schema: Schema, value: unknown, ctx: Ctx = {}): ParseResult<T> {
  const result = schema.run({ value, issues: [] }, ctx);
  if (result.issues.length === 0) return { success: true, data: result.value as T };
  return { success: false, issues: result.issues.map((i) => finalized(i, ctx)) };
}
