import { type Issue, type IssuePath, issueOf } from '../errors.js';
import { COUNT_CONSTRAINTS, FIELD_LIST } from './fields.js';
import { layout, type Snapshot } from './layout.js';
import { say, type Text } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';
import { SUM_WIDTH, type ScanTables } from './scan-tables.js';

/*
 * Whether a commune's counts agree with each other, read from its snapshot: every part within its
 * whole and every count constraint holding, decided in one tight loop for the usual dossier, the
 * issues made in their usual order for one that does not (sums past 2^53 compared exactly).
 */

const MAX = Number.MAX_SAFE_INTEGER;

/** Sum of snapshot slots; NaN when one is missing. */
function sum(snap: Snapshot, at: number, slots: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < slots.length; i++) total += snap[at + slots[i]!]!;
  return total;
}

/** Exact `Σ left > Σ right` (sums of safe integers can pass 2^53). */
function exceeds(snap: Snapshot, at: number, left: readonly number[], right: readonly number[]): boolean {
  const l = sum(snap, at, left);
  const r = sum(snap, at, right);
  if (Number.isNaN(l) || Number.isNaN(r)) return false;
  if (l <= MAX && r <= MAX) return l > r;
  const big = (slots: readonly number[]) => slots.reduce((a, i) => a + BigInt(snap[at + i]!), 0n);
  return big(left) > big(right);
}

/**
 * Appends an issue to a list made on first use. A module function, not a
 * closure per dossier: a national batch scans 10,000 dossiers and a closure
 * each would be garbage.
 *
 * @example
 * issues = add(issues, 3, 'invalid-count', ['counts', 'age5', 'total'], text); // path [3, 'counts', 'age5', 'total']
 */
export function add(
  issues: Issue[] | null,
  path: IssuePath | number,
  code: Issue['code'],
  p: IssuePath,
  text: Text,
): Issue[] {
  const out = issues ?? [];
  out.push(issueOf(code, typeof path === 'number' ? [path, ...p] : [...path, ...p], text));
  return out;
}

/**
 * Whether every count is within its whole and every constraint holds (fields missing: not checked).
 *
 * @example
 * consistent(snap, 0, scanTables()); // true when no part exceeds its whole and every constraint holds
 */
export function consistent(snap: Snapshot, at: number, t: ScanTables): boolean {
  const pairs = t.pairs;
  let broken = false;
  // NaN compares false: a pair with a field missing never breaks
  for (let i = 0; i < pairs.length; i += 2) if (snap[at + pairs[i]!]! > snap[at + pairs[i + 1]!]!) broken = true;
  if (broken) return false;
  const sums = t.sums;
  for (let o = 0; o < sums.length; o += 2 * SUM_WIDTH) {
    const l0 = sums[o]!;
    const l1 = sums[o + 1]!;
    const l2 = sums[o + 2]!;
    const r0 = sums[o + 3]!;
    const r1 = sums[o + 4]!;
    const r2 = sums[o + 5]!;
    const ls = snap[at + l0]! + (l1 < 0 ? 0 : snap[at + l1]!) + (l2 < 0 ? 0 : snap[at + l2]!);
    const rs = snap[at + r0]! + (r1 < 0 ? 0 : snap[at + r1]!) + (r2 < 0 ? 0 : snap[at + r2]!);
    if (ls > rs || ls > MAX || rs > MAX) return false; // past 2^53: let the exact check decide
  }
  return true;
}

/**
 * The issues of a dossier that breaks a part-of-whole rule or a constraint, in their order.
 *
 * @example
 * inconsistencies(null, [], snap, 0, scanTables()); // e.g. [{ code: 'numerator-exceeds-denominator', … }]
 */
export function inconsistencies(
  found: Issue[] | null,
  path: IssuePath | number,
  snap: Snapshot,
  at: number,
  t: ScanTables,
): Issue[] | null {
  let issues = found;
  // A part above its whole, inside each group.
  const parts = t.parts;
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    const whole = parts[i + 1]!;
    const v = snap[at + part]!;
    const w = snap[at + whole]!;
    if (v > w) {
      const p = FIELD_LIST[part]!;
      const q = FIELD_LIST[whole]!;
      issues = add(
        issues,
        path,
        'numerator-exceeds-denominator',
        ['counts', p.group, p.key],
        say(STANDARDS_MSG, 'numerator-exceeds-denominator.fields', { left: p.path, v, right: q.path, w }),
      );
    }
  }
  const { leftAt, leftSlots, rightAt, rightSlots } = t;
  for (let i = 0; i + 1 < leftAt.length; i++) {
    let ls = 0;
    for (let j = leftAt[i]!; j < leftAt[i + 1]!; j++) ls += snap[at + leftSlots[j]!]!;
    let rs = 0;
    for (let j = rightAt[i]!; j < rightAt[i + 1]!; j++) rs += snap[at + rightSlots[j]!]!;
    // A constraint with a field missing is not checked (NaN compares false). Sums of safe
    // integers are exact in doubles below 2^53; past it they are compared in BigInt.
    if (Number.isNaN(ls) || Number.isNaN(rs)) continue;
    const slots = layout().constraintSlots[i]!;
    if (ls <= MAX && rs <= MAX ? !(ls > rs) : !exceeds(snap, at, slots.left, slots.right)) continue;
    const { left, right } = slots;
    const c = COUNT_CONSTRAINTS[i]!;
    const f = FIELD_LIST[left[0]!]!;
    const l = String(sum(snap, at, left));
    const r = String(sum(snap, at, right));
    issues = add(
      issues,
      path,
      'inconsistent-counts',
      ['counts', f.group, f.key],
      say(STANDARDS_MSG, 'inconsistent-counts', {
        constraint: { en: c.message, vi: c.messageVi },
        left: c.left.join(' + '),
        l,
        right: c.right.join(' + '),
        r,
      }),
    );
  }
  return issues;
}
