import type { Labels } from '../catalog/source.js';
import { describe } from '../util/describe.js';
import { isIsoDate } from '../dates/iso.js';
import type { ErrorCode } from '../errors.js';
import { parseThreshold } from '../exact/threshold.js';
import { parseViCount, parseViDecimal } from '../vi/number.js';
import type { JurisdictionLevel } from './plan.js';
import type { PlanTableCell } from './table.js';
import { readComparator, slugOf, squash } from './table-words.js';
import type { Comparator, TargetKind } from './target.js';
import { say } from '../messages/say.js';
import { PLAN_TABLES } from '../messages/sections.js';

/*
 * Reading one cell of a plan table: its text, a target value (a percentage, a count or yes/no, with
 * its comparator and whether it is a stretch target), a period, a date, the words of a per-year
 * value; the id a plan is given from its level, name and period; the nearest known name to a
 * mistyped one.
 */

/**
 * A cell as trimmed text ('' for nothing); a date as ISO.
 *
 * @example
 * cellText('  Mục II.2 '); // 'Mục II.2'
 */
export function cellText(cell: PlanTableCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  // a number, a boolean; anything else (an object, a Symbol) is not a cell's text
  if (typeof cell !== 'string' && typeof cell !== 'number' && typeof cell !== 'boolean') return describe(cell).en;
  return String(cell).normalize('NFC').trim();
}

/** Edit distance (insert, delete, substitute), for "did you mean". */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidate at most one edit per three characters away, if any.
 *
 * @example
 * nearest('qd-1337', ['qd-1373', 'qd-387']); // 'qd-1373'
 */
export function nearest(typed: string, candidates: readonly string[]): string | undefined {
  const key = squash(typed);
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(key, squash(c));
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/**
 * "2021-2030", "2021 – 2030", "2026", 2026.
 *
 * @example
 * readPeriod('2021 – 2030'); // { from: 2021, to: 2030 }
 */
export function readPeriod(cell: PlanTableCell): { from: number; to: number } | undefined {
  if (typeof cell === 'number' && Number.isInteger(cell)) return { from: cell, to: cell };
  const m = /^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$/.exec(cellText(cell));
  return m ? { from: Number(m[1]), to: Number(m[2] ?? m[1]) } : undefined;
}

/**
 * A date cell: a Date, ISO 2022-03-15, or 15/3/2022 as Vietnamese spreadsheets write it.
 *
 * @example
 * readDate('15/3/2022'); // '2022-03-15'
 */
export function readDate(cell: PlanTableCell): string | undefined {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  }
  const t = cellText(cell);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : t;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * "Mục II.2" for every year, or "2025: Mục II.2.1; 2030: Mục II.2.2" per year.
 *
 * @example
 * readPerYear('2025: Mục II.2.1; 2030: Mục II.2.2')(2030); // 'Mục II.2.2'
 */
export function readPerYear(text: string): (year: number) => string {
  if (!/^\d{4}\s*:/.test(text)) return () => text;
  const byYear = new Map<number, string>();
  for (const part of text.split(/;\s*(?=\d{4}\s*:)/)) {
    const m = /^(\d{4})\s*:\s*([\s\S]*)$/.exec(part.trim());
    if (m) byYear.set(Number(m[1]), m[2]!.trim());
  }
  return (year) => byYear.get(year) ?? '';
}

/** Strips a leading stretch word ("phấn đấu", "stretch") and a comparator mark. */
function valueParts(text: string): { stretch: boolean; comparator: Comparator | undefined; rest: string } {
  let rest = text.trim();
  let stretch = false;
  const s = /^(phấn đấu|phan dau|stretch)\b\s*:?\s*/iu.exec(rest.normalize('NFC'));
  if (s) {
    stretch = true;
    rest = rest.normalize('NFC').slice(s[0].length);
  }
  const c = /^(≥|>=|≤|<=)\s*/.exec(rest);
  const comparator = c ? readComparator(c[1]!) : undefined;
  if (c) rest = rest.slice(c[0].length);
  return { stretch, comparator, rest: rest.trim() };
}

type Parsed = {
  readonly stretch: boolean;
  readonly comparator: Comparator | undefined;
  readonly value: string | number | true;
};
type Failure = { readonly code: ErrorCode; readonly en: string; readonly vi: string };

/**
 * A target value cell for a target of `kind`.
 *
 * @example
 * readValue('≥ 70%', 'percent'); // { stretch: false, comparator: 'at-least', value: '70' }
 */
export function readValue(cell: PlanTableCell, kind: TargetKind): Parsed | Failure {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell))
      return { code: 'invalid-number-format', ...say(PLAN_TABLES, 'invalid-number-format.cell', { value: cell }) };
    if (kind === 'count' && !(Number.isSafeInteger(cell) && cell >= 0))
      return { code: 'invalid-count', ...say(PLAN_TABLES, 'invalid-count.cell', { value: cell }) };
    if (kind === 'yes-no')
      return { code: 'invalid-boolean-format', ...say(PLAN_TABLES, 'invalid-boolean-format.number', { value: cell }) };
    return { stretch: false, comparator: undefined, value: kind === 'count' ? cell : String(cell) };
  }
  if (cell === true)
    return kind === 'yes-no'
      ? { stretch: false, comparator: undefined, value: true }
      : { code: 'invalid-number-format', ...say(PLAN_TABLES, 'invalid-number-format.cell', { value: 'TRUE' }) };
  const text = cellText(cell);
  const { stretch, comparator, rest } = valueParts(text);
  const quoted = JSON.stringify(text);
  if (kind === 'yes-no') {
    if (['dat', 'co', 'x', 'yes', 'true', 'y'].includes(squash(rest))) return { stretch, comparator, value: true };
    return { code: 'invalid-boolean-format', ...say(PLAN_TABLES, 'invalid-boolean-format.text', { value: quoted }) };
  }
  if (kind === 'count') {
    try {
      return { stretch, comparator, value: parseViCount(rest) };
    } catch {
      return { code: 'invalid-count', ...say(PLAN_TABLES, 'invalid-count.text', { value: quoted }) };
    }
  }
  const number = rest.endsWith('%') ? rest.slice(0, -1).trim() : rest;
  let decimal: string | undefined;
  try {
    decimal = parseViDecimal(number);
  } catch {
    // a point as the decimal mark ("99.5"): a percentage is never written with thousands
    if (/^\d+\.\d+$/.test(number)) decimal = number;
  }
  if (decimal === undefined || decimal.startsWith('-')) {
    return { code: 'invalid-percent-format', ...say(PLAN_TABLES, 'invalid-percent-format.cell', { value: quoted }) };
  }
  return { stretch, comparator, value: decimal };
}

/**
 * Whether a value cell could not be read (a coded failure with its message).
 *
 * @example
 * failed(readValue('abc', 'count')); // true
 */
export const failed = (r: Parsed | Failure): r is Failure => 'code' in r;

const LEVEL_WORD: Readonly<Record<JurisdictionLevel, string>> = {
  national: 'viet nam',
  province: 'tinh',
  district: 'huyen',
  commune: 'xa',
  agency: 'co quan',
};

/**
 * A plan id from its level, place and period: "xa-long-phung-2021-2030" ("xã Long Phụng" is not prefixed twice).
 *
 * @example
 * madeId('commune', 'xã Long Phụng', { from: 2021, to: 2030 }); // 'xa-long-phung-2021-2030'
 */
export function madeId(level: JurisdictionLevel, name: string, period: { from: number; to: number }): string {
  const place = slugOf(name);
  const prefix = slugOf(LEVEL_WORD[level]);
  const years = period.from === period.to ? `${period.from}` : `${period.from}-${period.to}`;
  return slugOf(`${place.startsWith(`${prefix}-`) ? '' : prefix} ${place} ${years}`);
}

/**
 * Two target values the same: "70" and 70, "99.50" and "99.5".
 *
 * @example
 * sameValue('percent', '99.50', '99.5'); // true
 */
export function sameValue(kind: TargetKind, a: string | number | true, b: string | number | true): boolean {
  if (kind !== 'percent') return a === b;
  try {
    return parseThreshold(a as string).text === parseThreshold(b as string).text;
  } catch {
    return false;
  }
}

/**
 * Labels from a table's Vietnamese and optional English text; English missing is marked untranslated.
 *
 * @example
 * labelsOf({ vi: 'Tỷ lệ' }); // { vi: 'Tỷ lệ', en: 'Tỷ lệ', untranslated: true }
 */
export const labelsOf = (l: { vi: string; en?: string }): Labels =>
  l.en === undefined ? { vi: l.vi, en: l.vi, untranslated: true } : { vi: l.vi, en: l.en };
