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
  const vi = formatViNumber(value);
  if (lang === 'vi') return vi;
  // swap the two separators: '.' groups → ',', ',' decimal → '.'
  return vi.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/**
 * A percentage in the report language: "87,30%" / "87.30%".
 *
 * @example
 * formatPercent('87.30', 'vi'); // '87,30%'
 */
export function formatPercent(value: number | string, lang: Lang): string {
  return `${formatNumber(value, lang)}%`;
}
