/**
 * The one way a message shows a value the caller gave. A message is written
 * while an error is being reported, so showing the value must never throw
 * (`JSON.stringify(1n)`, `String(Symbol())`, a cyclic object, a revoked Proxy
 * and a throwing `toString` all do), and must stay short whatever the value.
 */
import { say, type Text } from '../messages/say.js';
import { VALUES } from '../messages/sections.js';

/**
 * Longest text shown of a string, in characters, before it is cut with "…".
 *
 * @example
 * describe('x'.repeat(100)).en.length; // 42: 39 characters, "…" and the quotes
 */
const DESCRIBE_MAX = 40;

function quoted(text: string): string {
  const cut = text.length > DESCRIBE_MAX ? `${text.slice(0, DESCRIBE_MAX - 1)}…` : text;
  // JSON quoting escapes control characters and lone surrogates stay as \ud800: one visible line
  return JSON.stringify(cut);
}

function plain(text: string): Text {
  return { en: text, vi: text };
}

function symbolText(s: symbol): string {
  const d = s.description;
  return d === undefined ? 'Symbol()' : `Symbol(${quoted(d)})`;
}

/** `Date`, `Map`…: the name of a built-in class a value is an instance of, or null. */
function builtIn(value: object): string | null {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === 'Object' || tag === 'Array' ? null : tag;
}

/**
 * A short text showing `value` in a message, in both languages: strings
 * quoted (and cut after {@link DESCRIBE_MAX} characters), numbers as
 * JavaScript writes them (`NaN`, `-0`, `1e+21`), BigInts with their `n`,
 * Symbols by their description, objects and arrays by what they are, never by
 * their content (which may be huge, cyclic, or throw when read). Never throws.
 *
 * @param value - anything
 * @returns the text, the same in both languages for a primitive
 * @example
 * describe('99,96').en;     // '"99,96"'
 * describe(1n).en;          // '1n'
 * describe(Symbol('x')).en; // 'Symbol("x")'
 * describe([1, 2]).vi;      // 'một mảng 2 phần tử'
 * describe(Object.create(null)).en; // 'an object without a prototype'
 */
export function describe(value: unknown): Text {
  switch (typeof value) {
    case 'string':
      return plain(quoted(value));
    case 'number':
      return plain(Object.is(value, -0) ? '-0' : String(value));
    case 'bigint':
      return plain(`${value}n`);
    case 'boolean':
    case 'undefined':
      return plain(String(value));
    case 'symbol':
      return plain(symbolText(value));
    case 'function':
      return say(VALUES, 'value.function');
  }
  if (value === null) return plain('null');
  try {
    if (Array.isArray(value)) {
      return value.length === 1 ? say(VALUES, 'value.array-one') : say(VALUES, 'value.array', { count: value.length });
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === null) return say(VALUES, 'value.null-prototype');
    const kind = builtIn(value as object);
    if (kind !== null) return say(VALUES, 'value.instance', { kind });
    return say(VALUES, 'value.object');
  } catch {
    // Array.isArray and getPrototypeOf throw only for a Proxy: revoked, or with a throwing trap
    return isRevokedProxy(value as object) ? say(VALUES, 'value.revoked-proxy') : say(VALUES, 'value.unreadable');
  }
}

/**
 * True when `value` is a revoked Proxy (any operation on it throws).
 *
 * @example
 * const { proxy, revoke } = Proxy.revocable({}, {});
 * revoke();
 * isRevokedProxy(proxy); // true
 * isRevokedProxy({});    // false
 */
export function isRevokedProxy(value: object): boolean {
  try {
    Array.isArray(value);
    return false;
  } catch {
    // Array.isArray has no trap: it throws only for a revoked Proxy
    return true;
  }
}

/**
 * The text of an error thrown while reading a caller's value (a getter, a
 * Proxy trap), for a message: its message if it has a readable one, cut
 * short. Never throws.
 *
 * @example
 * reasonOf(new Error('getter broke')); // 'getter broke'
 * reasonOf(Symbol('s'));               // 'Symbol("s")'
 */
export function reasonOf(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.message === 'string') {
      const m = error.message;
      return m.length > 80 ? `${m.slice(0, 79)}…` : m;
    }
  } catch {
    // a hostile error object: fall through to the plain description
  }
  return describe(error).en;
}
