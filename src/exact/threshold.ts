import { describe } from '../util/describe.js';
import { XhhtError, type IssuePath } from '../errors.js';
import { pathArg } from '../util/guards.js';
import { say } from '../messages/say.js';
import { EXACT } from '../messages/sections.js';

/**
 * A threshold written in decimal ("70", "99.5"), held exactly as an integer
 * `scaled` over `10^scale`. Thresholds come from legal texts as decimals, so
 * they are parsed from their decimal text, never from a binary float's value.
 *
 * @example
 * parseThreshold('99.5'); // { text: '99.5', scaled: 995, scale: 1 }
 */
export interface Threshold {
  /** Canonical decimal text, no trailing zeros after the point: "70", "99.5". */
  readonly text: string;
  /** The digits as an integer: 995 for "99.5". */
  readonly scaled: number;
  /** How many decimal places: 1 for "99.5". */
  readonly scale: number;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
/** More places than any legal text uses; keeps `scaled * 10^k` products small. */
const MAX_SCALE = 6;

/**
 * Parses a non-negative decimal threshold. A number is read through its shortest
 * decimal text (`String(99.96) === "99.96"`), so `99.96` and `"99.96"` give the
 * same exact threshold.
 *
 * @param value - "70", "99.5", 70 or 99.5
 * @param given - where the value is in the caller's input, for the error
 * @returns the exact threshold
 * @example
 * parseThreshold(70).text;       // "70"
 * parseThreshold('90.50').text;  // "90.5"
 * parseThreshold('9,5');         // throws XhhtError { code: 'invalid-threshold' } (use parseViNumber first)
 */
export function parseThreshold(value: string | number, given: IssuePath = []): Threshold {
  const path = pathArg(given);
  // anything but text or a finite number falls through to the invalid-threshold error below
  const text =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(value)
        : 'not finite'
      : typeof value === 'string'
        ? value.trim()
        : '';
  const m = DECIMAL.exec(text);
  if (!m) {
    // a string is shown as it is (the message quotes it), anything else as describe() shows it
    const shown = typeof value === 'string' ? (value.length > 40 ? `${value.slice(0, 39)}…` : value) : describe(value);
    throw new XhhtError('invalid-threshold', say(EXACT, 'invalid-threshold', { value: shown }), { path });
  }
  const whole = m[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > MAX_SCALE) {
    throw new XhhtError('invalid-threshold', say(EXACT, 'invalid-threshold.places', { value: text, max: MAX_SCALE }), {
      path,
    });
  }
  const scaled = Number(whole + fraction);
  if (!Number.isSafeInteger(scaled)) {
    throw new XhhtError('invalid-threshold', say(EXACT, 'invalid-threshold.too-large', { value: text }), { path });
  }
  return { text: fraction ? `${whole}.${fraction}` : whole, scaled, scale: fraction.length };
}
