import { formatViNumber } from '../vi/format.js';
import type { Lang } from './labels.js';

/**
 * Writes a number or a machine decimal string ("87.30") in the report language:
 * "1.234,5" in Vietnamese, "1,234.5" in English. Digits are kept as given.
 *
 * @example
 * formatNumber('87.30', 'vi'); // '87,30'
 * formatNumber(19747, 'en');   // '19,747'
 */
export function formatNumber(value: number | string, lang: Lang): string {
  // the numbers of a report's every row (counts, "87.30"): written directly, as formatViNumber writes them
  if (typeof value === 'number' ? value >= 0 && Number.isSafeInteger(value) : PLAIN_DECIMAL.test(value)) {
    const text = String(value);
    const point = text.indexOf('.');
    const whole = point < 0 ? text : text.slice(0, point);
    const group = lang === 'vi' ? '.' : ',';
    // groups of three digits from the right: the first one may be shorter
    const first = whole.length % 3 || 3;
    let out = whole.slice(0, first);
    for (let at = first; at < whole.length; at += 3) out += group + whole.slice(at, at + 3);
    return point < 0 ? out : `${out}${lang === 'vi' ? ',' : '.'}${text.slice(point + 1)}`;
  }
  const vi = formatViNumber(value);
  if (lang === 'vi') return vi;
  // swap the two separators: '.' groups → ',', ',' decimal → '.'
  return vi.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/** A non-negative machine decimal: "0", "87.30", "19747". */
const PLAIN_DECIMAL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * A percentage in the report language: "87,30%" / "87.30%".
 *
 * @example
 * formatPercent('87.30', 'vi'); // '87,30%'
 */
export function formatPercent(value: number | string, lang: Lang): string {
  return `${formatNumber(value, lang)}%`;
}
