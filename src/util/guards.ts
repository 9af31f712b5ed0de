/**
 * Shape checks for input that comes from JSON or from callers who do not use
 * TypeScript. One definition, so "an object" means the same everywhere.
 */
import { describe } from './describe.js';
import { XhhtError, type ErrorCode, type IssuePath } from '../errors.js';
import { snapshot, valueAt } from './snapshot.js';
import { say } from '../messages/say.js';
import { VALUES } from '../messages/sections.js';

/**
 * True for a plain object usable as a record of fields: not `null`, not an
 * array. Input validators call it before reading any field.
 *
 * @param value - anything
 * @param path - where the value is, for the error
 * @throws XhhtError `invalid-input` for a revoked Proxy, which cannot even be
 *   asked whether it is an array (`Array.isArray` throws a TypeError)
 * @example
 * isRecord({ indicator: 'x' }); // true
 * isRecord(null);               // false
 * isRecord([1, 2]);             // false
 */
export function isRecord(value: unknown, path: IssuePath = []): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Array.isArray(value);
  } catch {
    throw new XhhtError('invalid-input', say(VALUES, 'invalid-input.revoked-proxy', { what: valueAt(path) }), { path });
  }
}

/**
 * A `path` argument (where a value is in the caller's input, for errors),
 * checked and copied: an array of keys (strings) and indexes (whole numbers),
 * or nothing. Anything else is `invalid-input`, so a bad path never turns into
 * a TypeError while an error is being built.
 *
 * @example
 * pathArg(['observations', 3]); // ['observations', 3]
 * pathArg(undefined);           // []
 * pathArg('observations');      // throws XhhtError { code: 'invalid-input', path: [] }
 */
export function pathArg(path: unknown): IssuePath {
  if (path === undefined) return [];
  let ok = false;
  let copy: (string | number)[] = [];
  try {
    if (Array.isArray(path) && path.length <= 1000) {
      copy = Array.from(path as unknown[], (k) => k as string | number);
      ok = copy.every((k) => typeof k === 'string' || (typeof k === 'number' && Number.isSafeInteger(k)));
    }
  } catch {
    ok = false;
  }
  if (ok) return copy;
  throw new XhhtError('invalid-input', say(VALUES, 'invalid-input.path', { value: describe(path) }));
}

/**
 * `Array.isArray` that never throws: false for a revoked Proxy (which the
 * caller then reports as a value of the wrong kind).
 *
 * @example
 * isArray([1]); // true
 * isArray({});  // false
 */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * A text argument, or `code` (default `invalid-input`) naming it and showing
 * what was given instead. Ids, dates and labels are looked up by text: a
 * Symbol or an object there would otherwise throw a TypeError in a template
 * string, or be converted to "[object Object]" and looked up.
 *
 * @example
 * textArg('qd-1373', 'id'); // 'qd-1373'
 * textArg(1n, 'id');        // throws XhhtError { code: 'invalid-input', path: ['id'] }
 */
export function textArg(value: unknown, name: string, code: ErrorCode = 'invalid-input', path?: IssuePath): string {
  if (typeof value === 'string') return value;
  throw new XhhtError(code, say(VALUES, 'invalid-input.not-text', { name, value: describe(value) }), {
    path: path ?? [name],
  });
}

/**
 * An object argument as a {@link snapshot} (read once, plain data), or
 * `invalid-input` naming it: not an object, an array, or unreadable.
 *
 * @example
 * objectArg({ regime: 'nd20-2014' }, 'options'); // { regime: 'nd20-2014' } (a copy)
 * objectArg(null, 'options'); // throws XhhtError { code: 'invalid-input', path: ['options'] }
 */
export function objectArg(
  value: unknown,
  name: string,
  path?: IssuePath,
  keep?: (value: object) => boolean,
): Record<string, unknown> {
  const at = path ?? [name];
  if (typeof value === 'object' && value !== null && !isArray(value)) {
    const copy = snapshot(value, at, keep);
    if (isRecord(copy)) return copy;
  }
  throw new XhhtError('invalid-input', say(VALUES, 'invalid-input.not-object', { name, value: describe(value) }), {
    path: at,
  });
}

/**
 * An optional object argument (`undefined` is `{}`), as {@link objectArg}.
 *
 * @example
 * optionsArg(undefined, 'options'); // {}
 */
export function optionsArg(value: unknown, name = 'options'): Record<string, unknown> {
  return value === undefined ? {} : objectArg(value, name);
}

/**
 * An array argument as a {@link snapshot}, or `invalid-input` naming it.
 *
 * @example
 * arrayArg([1, 2], 'records'); // [1, 2] (a copy)
 */
export function arrayArg(value: unknown, name: string, path?: IssuePath): unknown[] {
  const at = path ?? [name];
  if (isArray(value)) return snapshot(value, at);
  throw new XhhtError('invalid-input', say(VALUES, 'invalid-input.not-array', { name, value: describe(value) }), {
    path: at,
  });
}

/**
 * One of the allowed texts, or `code` naming the argument and listing them.
 *
 * @example
 * oneOfArg('vi', ['vi', 'en'] as const, 'lang'); // 'vi'
 * oneOfArg('__proto__', ['vi', 'en'] as const, 'lang'); // throws XhhtError { code: 'invalid-input', path: ['lang'] }
 */
export function oneOfArg<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
  code: ErrorCode = 'invalid-input',
  path?: IssuePath,
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new XhhtError(
    code,
    say(VALUES, 'invalid-input.one-of', { name, allowed: allowed.join(', '), value: describe(value) }),
    { path: path ?? [name] },
  );
}

/**
 * A whole-number argument from `min` (default 1) to `max` (default 2^53 − 1),
 * or `invalid-input` naming it.
 *
 * @example
 * positiveArg(7, 'row'); // 7
 * positiveArg(0, 'row'); // throws XhhtError { code: 'invalid-input', path: ['row'] }
 */
export function positiveArg(value: unknown, name: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max) return value as number;
  throw new XhhtError(
    'invalid-input',
    say(VALUES, 'invalid-input.whole-between', { name, min, max, value: describe(value) }),
    { path: [name] },
  );
}
