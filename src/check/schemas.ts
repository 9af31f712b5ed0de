import {
  aborted,
  explicitlyAborted,
  finalized,
  prefixed,
  type Ctx,
  type Payload,
  type RawIssue,
  type Schema,
} from './core.js';

/*
 * The schema kinds the library's own schemas use, each as zod 4 parses it (see core.ts): the
 * type first, then its checks in order; a check stops after an issue that does not let parsing
 * go on, except a length check, which zod runs on anything that has a length.
 */

/** A check run after the type: it pushes issues onto the payload. */
interface Check {
  readonly check: (p: Payload) => void;
  /** Run whenever this holds, even after an issue (zod's `when`); otherwise only while nothing stopped. */
  readonly when?: (p: Payload) => boolean;
}

/** A schema from its type's parse and its checks, run as zod's `$ZodType` runs them. */
function typed(
  parse: (p: Payload, ctx: Ctx) => Payload,
  checks: readonly Check[],
  extra: Omit<Schema, 'run'> = {},
): Schema {
  if (checks.length === 0) return { ...extra, run: parse };
  return {
    ...extra,
    run(payload, ctx) {
      const p = parse(payload, ctx);
      let stopped = aborted(p);
      for (const ch of checks) {
        if (ch.when) {
          if (explicitlyAborted(p) || !ch.when(p)) continue;
        } else if (stopped) continue;
        const before = p.issues.length;
        ch.check(p);
        if (p.issues.length !== before && !stopped) stopped = aborted(p, before);
      }
      return p;
    },
  };
}

function typeIssue(p: Payload, expected: string, more: Record<string, unknown> = {}): Payload {
  p.issues.push({ expected, code: 'invalid_type', input: p.value, ...more });
  return p;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * At least `minimum` characters (code points); zod runs it on any value with a length.
 *
 * @example
 * string(minLength(1));
 */
export function minLength(minimum: number): Check {
  return {
    when: (p) => p.value !== null && p.value !== undefined && (p.value as { length?: unknown }).length !== undefined,
    check(p) {
      const input = p.value as { length: number };
      const length = typeof input === 'string' ? [...input].length : input.length;
      if (length >= minimum) return;
      const origin = Array.isArray(input) ? 'array' : typeof input === 'string' ? 'string' : 'unknown';
      p.issues.push({ origin, code: 'too_small', minimum, inclusive: true, input, continue: true });
    },
  };
}

/**
 * Matches `pattern`; `message` replaces zod's.
 *
 * @example
 * string(regex(/^\d{4}$/, 'expected a year'));
 */
export function regex(pattern: RegExp, message: string): Check {
  return {
    check(p) {
      pattern.lastIndex = 0;
      if (pattern.test(p.value as string)) return;
      p.issues.push({
        origin: 'string',
        code: 'invalid_format',
        format: 'regex',
        input: p.value,
        pattern: pattern.toString(),
        message,
        continue: true,
      });
    },
  };
}

/**
 * At least `minimum` (inclusive).
 *
 * @example
 * number(gte(0));
 */
export function gte(minimum: number): Check {
  return {
    check(p) {
      const v = p.value as number;
      if (v >= minimum) return;
      p.issues.push({ origin: 'number', code: 'too_small', minimum, input: v, inclusive: true, continue: true });
    },
  };
}

/**
 * At most `maximum` (inclusive).
 *
 * @example
 * number(lte(100));
 */
export function lte(maximum: number): Check {
  return {
    check(p) {
      const v = p.value as number;
      if (v <= maximum) return;
      p.issues.push({ origin: 'number', code: 'too_big', maximum, input: v, inclusive: true, continue: true });
    },
  };
}

/**
 * Text (zod's `z.string()` with checks).
 *
 * @example
 * string(minLength(1));
 */
export function string(...checks: Check[]): Schema {
  return typed((p) => (typeof p.value === 'string' ? p : typeIssue(p, 'string')), checks);
}

function parseNumber(p: Payload): Payload {
  const v = p.value;
  if (typeof v === 'number' && Number.isFinite(v)) return p;
  const received = typeof v === 'number' ? (Number.isNaN(v) ? 'NaN' : String(v)) : undefined;
  return typeIssue(p, 'number', received ? { received } : {});
}

/**
 * A finite number (zod's `z.number()` with checks).
 *
 * @example
 * number(gte(0), lte(100));
 */
export function number(...checks: Check[]): Schema {
  return typed(parseNumber, checks);
}

const safeInteger: Check = {
  check(p) {
    const input = p.value as number;
    if (!Number.isInteger(input)) {
      p.issues.push({ expected: 'int', format: 'safeint', code: 'invalid_type', continue: false, input });
      return;
    }
    if (!Number.isSafeInteger(input)) {
      const note = 'Integers must be within the safe integer range.';
      if (input > 0)
        p.issues.push({
          input,
          code: 'too_big',
          maximum: Number.MAX_SAFE_INTEGER,
          note,
          origin: 'int',
          inclusive: true,
          continue: true,
        });
      else
        p.issues.push({
          input,
          code: 'too_small',
          minimum: Number.MIN_SAFE_INTEGER,
          note,
          origin: 'int',
          inclusive: true,
          continue: true,
        });
    }
  },
};

/**
 * A safe integer (zod's `z.int()` with checks).
 *
 * @example
 * int(gte(1900), lte(2100));
 */
export function int(...checks: Check[]): Schema {
  return typed(parseNumber, [safeInteger, ...checks]);
}

/**
 * `true` or `false`.
 *
 * @example
 * boolean();
 */
export function boolean(): Schema {
  return typed((p) => (typeof p.value === 'boolean' ? p : typeIssue(p, 'boolean')), []);
}

/**
 * One of `values` (zod's `z.literal` for one value, `z.enum` for several).
 *
 * @example
 * oneOf(['at-least', 'at-most']);
 */
export function oneOf(values: readonly unknown[]): Schema {
  const set = new Set(values);
  return typed(
    (p) => {
      if (!set.has(p.value)) p.issues.push({ code: 'invalid_value', values, input: p.value });
      return p;
    },
    [],
    { values: set },
  );
}

/**
 * `inner`, or absent (`undefined`).
 *
 * @example
 * optional(string());
 */
export function optional(inner: Schema): Schema {
  return {
    optin: inner.optin === 'defaulted' ? 'defaulted' : 'optional',
    optout: 'optional',
    ...(inner.values ? { values: new Set([...inner.values, undefined]) } : {}),
    run(p, ctx) {
      if (p.value === undefined) {
        if (inner.optin !== 'defaulted') return p;
        const r = inner.run({ value: undefined, issues: [] }, ctx);
        p.value = r.issues.length ? undefined : r.value;
        return p;
      }
      return inner.run(p, ctx);
    },
  };
}

/**
 * `inner`, or `null`.
 *
 * @example
 * nullable(string());
 */
export function nullable(inner: Schema): Schema {
  return {
    ...(inner.optin ? { optin: inner.optin } : {}),
    ...(inner.optout ? { optout: inner.optout } : {}),
    ...(inner.values ? { values: new Set([...inner.values, null]) } : {}),
    run: (p, ctx) => (p.value === null ? p : inner.run(p, ctx)),
  };
}

/**
 * `inner`, or `value` when absent (a fresh copy of an array each time).
 *
 * @example
 * withDefault(oneOf(['at-least', 'at-most']), 'at-least');
 */
export function withDefault(inner: Schema, value: unknown): Schema {
  const fresh = () => (Array.isArray(value) ? [...(value as unknown[])] : value);
  return {
    optin: 'defaulted',
    ...(inner.values ? { values: inner.values } : {}),
    run(p, ctx) {
      if (p.value === undefined) {
        p.value = fresh();
        return p;
      }
      const r = inner.run(p, ctx);
      if (r.value === undefined) r.value = fresh();
      return r;
    },
  };
}

/**
 * A list of `element`.
 *
 * @example
 * array(string());
 */
export function array(element: Schema): Schema {
  return typed((p, ctx) => {
    const input = p.value;
    if (!Array.isArray(input)) return typeIssue(p, 'array');
    const out: unknown[] = Array(input.length);
    p.value = out;
    for (let i = 0; i < input.length; i++) {
      const r = element.run({ value: input[i], issues: [] }, ctx);
      if (r.issues.length) p.issues.push(...prefixed(i, r.issues));
      out[i] = r.value;
    }
    return p;
  }, []);
}

/** One field's result into the object's output (zod's `handlePropertyResult`). */
function property(r: Payload, final: Payload, key: string, input: Record<string, unknown>, field: Schema): void {
  const present = key in input;
  const optionalOut = field.optout === 'optional';
  if (!present && optionalOut && field.optin === 'optional') return;
  if (r.issues.length) {
    if (field.optin !== undefined && optionalOut && !present) return;
    final.issues.push(...prefixed(key, r.issues));
  }
  if (!present && field.optin === undefined) {
    if (!r.issues.length)
      final.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
    return;
  }
  const out = final.value as Record<string, unknown>;
  if (r.value === undefined) {
    if (present || (field.optin === 'defaulted' && !optionalOut)) out[key] = undefined;
  } else out[key] = r.value;
}

/**
 * An object with these fields; other keys are dropped, or reported when `strict`.
 *
 * @example
 * object({ vi: string(minLength(1)) }, true);
 */
export function object(shape: Readonly<Record<string, Schema>>, strict = false): Schema {
  const keys = Object.keys(shape);
  const known = new Set(keys);
  return typed(
    (p, ctx) => {
      const input = p.value;
      if (!isObject(input)) return typeIssue(p, 'object');
      p.value = {};
      for (const key of keys) {
        if (key === '__proto__') continue;
        const field = shape[key]!;
        property(field.run({ value: input[key], issues: [] }, ctx), p, key, input, field);
      }
      if (strict) {
        const unknown: string[] = [];
        for (const key in input) if (!known.has(key)) unknown.push(key);
        if (unknown.length) p.issues.push({ code: 'unrecognized_keys', keys: unknown, input, continue: true });
      }
      return p;
    },
    [],
    { shape },
  );
}

/**
 * The first of `options` that accepts the value; else the one option that failed without
 * stopping, or every option's issues (`invalid_union`).
 *
 * @example
 * union([string(), number()]);
 */
export function union(options: readonly Schema[]): Schema {
  if (options.length === 1) return options[0]!;
  return {
    ...(options.some((o) => o.optin === 'defaulted')
      ? { optin: 'defaulted' as const }
      : options.some((o) => o.optin !== undefined)
        ? { optin: 'optional' as const }
        : {}),
    ...(options.some((o) => o.optout === 'optional') ? { optout: 'optional' as const } : {}),
    run(p, ctx) {
      const results: Payload[] = [];
      for (const option of options) {
        const r = option.run({ value: p.value, issues: [] }, ctx);
        if (r.issues.length === 0) return r;
        results.push(r);
      }
      const going = results.filter((r) => !aborted(r));
      if (going.length === 1) {
        p.value = going[0]!.value;
        return going[0]!;
      }
      p.issues.push({
        code: 'invalid_union',
        input: p.value,
        errors: results.map((r) => r.issues.map((i) => finalized(i, ctx))),
      });
      return p;
    },
  };
}

/**
 * The option whose `key` field accepts the value's `key`.
 *
 * @example
 * discriminatedUnion('kind', [object({ kind: oneOf(['a']) }), object({ kind: oneOf(['b']) })]);
 */
export function discriminatedUnion(key: string, options: readonly Schema[]): Schema {
  const byValue = new Map<unknown, Schema>();
  for (const option of options) for (const v of option.shape![key]!.values!) byValue.set(v, option);
  return {
    run(p, ctx) {
      const input = p.value;
      if (!isObject(input)) return typeIssue(p, 'object');
      const option = byValue.get(input[key]);
      if (option) return option.run(p, ctx);
      p.issues.push({
        code: 'invalid_union',
        errors: [],
        note: 'No matching discriminator',
        discriminator: key,
        options: [...byValue.keys()],
        input,
        path: [key],
      });
      return p;
    },
  };
}

/**
 * A transform's context: `addIssue` as zod's (a `custom` issue on the value by default).
 *
 * @example
 * const t = transform(input, (v, ctx) => { ctx.addIssue({ message: 'no' }); return v; });
 */
export interface TransformContext {
  addIssue(issue: Omit<RawIssue, 'code'> & { code?: string }): void;
}

/**
 * `input`, then `fn` on its output unless it reported anything but unknown keys (zod's
 * `schema.transform(fn)`).
 *
 * @example
 * transform(string(), (s) => s.trim());
 */
export function transform<I, O>(input: Schema, fn: (value: I, ctx: TransformContext) => O): Schema {
  return {
    ...(input.optin ? { optin: input.optin } : {}),
    ...(input.values ? { values: input.values } : {}),
    ...(input.shape ? { shape: input.shape } : {}),
    run(p, ctx) {
      const left = input.run(p, ctx);
      if (left.issues.some((i) => i.code !== 'unrecognized_keys')) {
        left.aborted = true;
        return left;
      }
      const next: Payload = { value: left.value, issues: left.issues };
      next.value = fn(left.value as I, {
        addIssue(issue) {
          const raw: RawIssue = { ...issue, code: issue.code ?? 'custom' };
          if (!('input' in raw)) raw.input = next.value;
          next.issues.push(raw);
        },
      });
      return next;
    },
  };
}
