import { pathArg } from '../util/guards.js';
import { snapshot } from '../util/snapshot.js';
import { XhhtError, isXhhtError, type Issue, type IssuePath, issueOf } from '../errors.js';
import { describeBadCount } from '../exact/count.js';
import { COUNT_CONSTRAINTS, FIELD_LIST } from './fields.js';
import { layout, type Snapshot } from './layout.js';
import type { CommuneInput } from './model.js';
import { isRecord } from '../util/guards.js';
import { say, type Text } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';

/*
 * Validation of a commune dossier, fused with reading it into a snapshot: one
 * pass over the input, no allocation when it is valid (a national batch reads
 * 10,000 dossiers), and every problem reported when it is not, so a data-entry
 * clerk can fix a dossier in one pass.
 */

const hasOwn = (o: object, k: string) => Object.hasOwn(o, k);
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
 */
function add(issues: Issue[] | null, path: IssuePath | number, code: Issue['code'], p: IssuePath, text: Text): Issue[] {
  const out = issues ?? [];
  out.push(issueOf(code, typeof path === 'number' ? [path, ...p] : [...path, ...p], text));
  return out;
}

/** Field names a rate would be given under: never a count, so never summed. */
const RATE_KEYS: ReadonlySet<string> = new Set(['percent', 'rate', 'percentage']);

/**
 * The layout as ordered key lists, for the scan. A dossier almost always gives
 * its groups and fields in the documented order (or a subset of it), so each
 * key read is looked for from just after the previous one: property names are
 * interned strings, and comparing one with the key expected there costs next
 * to nothing, where a Map lookup per key was a third of assessing a commune.
 * Keys out of order are still found (the search wraps around), unknown ones
 * are not.
 */
interface ScanTables {
  readonly groups: readonly string[];
  readonly groupSlots: readonly ReadonlyMap<string, number>[];
  readonly keys: readonly (readonly string[])[];
  readonly slots: readonly (readonly number[])[];
  readonly conditionKeys: readonly string[];
  readonly conditionIndex: readonly ReadonlyMap<string, number>[];
  readonly conditionNames: readonly (readonly string[])[];
  readonly conditionSlots: readonly (readonly number[])[];
  /** PART_OF_WHOLE as [part, whole, part, whole, …]. */
  readonly parts: Int32Array;
  /**
   * Every check of one field against another (parts of wholes, and the
   * constraints with one field a side) as [a, b, a, b, …], violated when a > b:
   * one tight loop tells whether a dossier breaks any (it almost never does);
   * the issues are then made in their usual order.
   */
  readonly pairs: Int32Array;
  /**
   * The constraints with a sum on either side, SUM_WIDTH slots a side (−1 pads
   * a side of fewer fields): left slots then right slots, per constraint.
   */
  readonly sums: Int32Array;
  /**
   * COUNT_CONSTRAINTS as slot lists: the left side of constraint `i` sums the
   * slots `leftSlots[leftAt[i]] … leftSlots[leftAt[i + 1] − 1]`, the right side likewise.
   */
  readonly leftAt: Int32Array;
  readonly leftSlots: Int32Array;
  readonly rightAt: Int32Array;
  readonly rightSlots: Int32Array;
}

/** Most fields a side of a constraint sums (the per-age parts of the 3–5-year-olds). */
const SUM_WIDTH = 3;

/** Lists of slot lists as one array and the start of each list (the last start is the end). */
function flatten(lists: readonly (readonly number[])[]): [Int32Array, Int32Array] {
  const at = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => {
    at[i + 1] = at[i]! + l.length;
  });
  return [at, Int32Array.from(lists.flat())];
}

let tables: ScanTables | null = null;

function scanTables(): ScanTables {
  if (tables) return tables;
  const {
    groupSlots: GROUP_SLOTS,
    conditionIndex: CONDITION_INDEX,
    constraintSlots: CONSTRAINT_SLOTS,
    partOfWhole: PART_OF_WHOLE,
  } = layout();
  const groups = [...GROUP_SLOTS.keys()];
  const groupSlots = groups.map((g) => GROUP_SLOTS.get(g)!);
  const conditionKeys = [...CONDITION_INDEX.keys()];
  const conditionIndex = conditionKeys.map((k) => CONDITION_INDEX.get(k)!);
  const single = CONSTRAINT_SLOTS.filter((c) => c.left.length === 1 && c.right.length === 1);
  const pairs = [
    ...PART_OF_WHOLE.flatMap(({ part, whole }) => [part, whole]),
    ...single.flatMap((c) => [c.left[0]!, c.right[0]!]),
  ];
  const side = (slots: readonly number[]) => Array.from({ length: SUM_WIDTH }, (_, i) => slots[i] ?? -1);
  const sums = CONSTRAINT_SLOTS.flatMap((c) =>
    c.left.length === 1 && c.right.length === 1 ? [] : [...side(c.left), ...side(c.right)],
  );
  if (CONSTRAINT_SLOTS.some((c) => c.left.length > SUM_WIDTH || c.right.length > SUM_WIDTH))
    throw new Error(`a constraint sums more than ${SUM_WIDTH} fields`);
  const [leftAt, leftSlots] = flatten(CONSTRAINT_SLOTS.map((c) => c.left));
  const [rightAt, rightSlots] = flatten(CONSTRAINT_SLOTS.map((c) => c.right));
  tables = {
    groups,
    groupSlots,
    keys: groupSlots.map((m) => [...m.keys()]),
    slots: groupSlots.map((m) => [...m.values()]),
    conditionKeys,
    conditionIndex,
    conditionNames: conditionIndex.map((m) => [...m.keys()]),
    conditionSlots: conditionIndex.map((m) => [...m.values()]),
    parts: Int32Array.from(PART_OF_WHOLE.flatMap(({ part, whole }) => [part, whole])),
    pairs: Int32Array.from(pairs),
    sums: Int32Array.from(sums),
    leftAt,
    leftSlots,
    rightAt,
    rightSlots,
  };
  return tables;
}

/** Position of `key` in `list`, looked for from `from` on, then from the start; -1 when absent. */
function find(list: readonly string[], key: string, from: number): number {
  const n = list.length;
  for (let i = from; i < n; i++) if (list[i] === key) return i;
  for (let i = 0; i < from && i < n; i++) if (list[i] === key) return i;
  return -1;
}

/**
 * Reads a commune dossier into `snap` (counts and condition answers; NaN for
 * what is missing) and returns its problems, or `null` when it has none.
 * The one validator: {@link communeInputIssues} and the evaluators call it.
 *
 * @param input - what the caller passed as a commune
 * @param path - prefix of issue paths, or the index in a batch (a path of its own, made only for an issue)
 * @param snap - a buffer holding `layout().snapshotSize` NaNs from `at` on, to fill
 * @param at - where this commune's snapshot starts in `snap`
 * @example
 * const snap = emptySnapshot();
 * scanCommune({ counts: { age5: { total: 10, attending: 9 } } }, [], snap); // null
 */
export function scanCommune(input: unknown, path: IssuePath | number, snap: Snapshot, at = 0): Issue[] | null {
  // Issues are allocated only when there is one: a valid dossier allocates nothing here (no closure either).
  let issues: Issue[] | null = null;
  if (!isRecord(input)) {
    issues = add(issues, path, 'invalid-input', [], say(STANDARDS_MSG, 'invalid-input.commune-not-object'));
    return issues;
  }
  const id = input.id;
  if (id !== undefined && typeof id !== 'string')
    issues = add(issues, path, 'invalid-input', ['id'], say(STANDARDS_MSG, 'invalid-input.commune-id-not-text'));
  const name = input.name;
  if (name !== undefined && typeof name !== 'string')
    issues = add(issues, path, 'invalid-input', ['name'], say(STANDARDS_MSG, 'invalid-input.commune-name-not-text'));
  const ed = input.especiallyDifficult;
  if (ed !== undefined && ed !== null && typeof ed !== 'boolean') {
    issues = add(
      issues,
      path,
      'invalid-input',
      ['especiallyDifficult'],
      say(STANDARDS_MSG, 'invalid-input.commune-especially-difficult'),
    );
  }
  const counts = input.counts;
  if (!isRecord(counts)) {
    issues = add(issues, path, 'invalid-input', ['counts'], say(STANDARDS_MSG, 'invalid-input.counts-not-object'));
    return issues;
  }
  let shapeOk = true;
  const t = scanTables();
  let nextGroup = 0;
  for (const group in counts) {
    if (!hasOwn(counts, group)) continue;
    const g = t.groups[nextGroup] === group ? nextGroup : find(t.groups, group, nextGroup);
    if (g < 0) {
      shapeOk = false;
      issues = add(
        issues,
        path,
        'invalid-input',
        ['counts', group],
        say(STANDARDS_MSG, 'invalid-input.unknown-count-group', { group }),
      );
      continue;
    }
    nextGroup = g + 1;
    const value = counts[group] as Record<string, unknown> | null | undefined;
    if (value === undefined || value === null) continue;
    // isRecord, inlined: null is out already
    if (typeof value !== 'object' || Array.isArray(value)) {
      shapeOk = false;
      issues = add(
        issues,
        path,
        'invalid-input',
        ['counts', group],
        say(STANDARDS_MSG, 'invalid-input.count-group-not-object', { group }),
      );
      continue;
    }
    const keys = t.keys[g]!;
    const slots = t.slots[g]!;
    let nextKey = 0;
    for (const key in value) {
      if (!hasOwn(value, key)) continue;
      const j = keys[nextKey] === key ? nextKey : find(keys, key, nextKey);
      if (j < 0) {
        shapeOk = false;
        issues = RATE_KEYS.has(key)
          ? add(
              issues,
              path,
              'rate-not-aggregable',
              ['counts', group, key],
              say(STANDARDS_MSG, 'rate-not-aggregable.field', { group, key }),
            )
          : add(
              issues,
              path,
              'invalid-input',
              ['counts', group, key],
              say(STANDARDS_MSG, 'invalid-input.unknown-count-field', { group, key }),
            );
        continue;
      }
      nextKey = j + 1;
      const v = value[key];
      if (v === undefined || v === null) continue;
      if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) {
        snap[at + slots[j]!] = v;
        continue;
      }
      shapeOk = false;
      const problem = describeBadCount(v)!;
      issues = add(
        issues,
        path,
        'invalid-count',
        ['counts', group, key],
        say(STANDARDS_MSG, 'invalid-count.field', { group, key, reason: problem }),
      );
    }
  }
  const conditions = input.conditions;
  if (conditions !== undefined && conditions !== null) {
    if (!isRecord(conditions))
      issues = add(
        issues,
        path,
        'invalid-input',
        ['conditions'],
        say(STANDARDS_MSG, 'invalid-input.conditions-not-object'),
      );
    else {
      let nextStandard = 0;
      for (const key in conditions) {
        if (!hasOwn(conditions, key)) continue;
        const k = find(t.conditionKeys, key, nextStandard);
        if (k < 0) {
          issues = add(
            issues,
            path,
            'invalid-input',
            ['conditions', key],
            say(STANDARDS_MSG, 'invalid-input.conditions-unknown-standard', { key }),
          );
          continue;
        }
        nextStandard = k + 1;
        const answers = conditions[key];
        if (answers === undefined || answers === null) continue;
        if (!isRecord(answers)) {
          issues = add(
            issues,
            path,
            'invalid-input',
            ['conditions', key],
            say(STANDARDS_MSG, 'invalid-input.condition-group-not-object', { key }),
          );
          continue;
        }
        const names = t.conditionNames[k]!;
        const slots = t.conditionSlots[k]!;
        let nextName = 0;
        for (const name in answers) {
          if (!hasOwn(answers, name)) continue;
          const j = names[nextName] === name ? nextName : find(names, name, nextName);
          const v = answers[name];
          if (j >= 0) nextName = j + 1;
          if (j < 0) {
            issues = add(
              issues,
              path,
              'invalid-input',
              ['conditions', key, name],
              say(STANDARDS_MSG, 'invalid-input.unknown-condition', { key, name, known: names.join(', ') }),
            );
          } else if (v === true || v === false) {
            snap[at + slots[j]!] = v ? 1 : 0;
          } else if (v !== undefined && v !== null) {
            issues = add(
              issues,
              path,
              'invalid-input',
              ['conditions', key, name],
              say(STANDARDS_MSG, 'invalid-input.condition-answer', { key, name }),
            );
          }
        }
      }
    }
  }
  if (!shapeOk) return issues;
  return consistent(snap, at, t) ? issues : inconsistencies(issues, path, snap, at, t);
}

/** Whether every count is within its whole and every constraint holds (fields missing: not checked). */
function consistent(snap: Snapshot, at: number, t: ScanTables): boolean {
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

/** The issues of a dossier that breaks a part-of-whole rule or a constraint, in their order. */
function inconsistencies(
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

/**
 * Fresh snapshots for `n` communes (every count and condition missing) in one
 * buffer: commune `i`'s starts at `i · layout().snapshotSize`. One allocation outside
 * the heap for a whole batch, and no view object per commune.
 *
 * @example
 * const buf = emptySnapshots(2);
 * buf.length === 2 * layout().snapshotSize; // true
 * buf.every((v) => Number.isNaN(v)); // true
 */
export function emptySnapshots(n: number): Float64Array {
  return new Float64Array(n * layout().snapshotSize).fill(Number.NaN);
}

let nanSnapshot: number[] | null = null;

/**
 * A fresh snapshot for one commune (every count and condition missing): a
 * plain array of doubles, copied from a template.
 *
 * @example
 * emptySnapshot().every((v) => Number.isNaN(v)); // true
 */
export function emptySnapshot(): Snapshot {
  nanSnapshot ??= Array.from({ length: layout().snapshotSize }, () => Number.NaN);
  return nanSnapshot.slice();
}

/**
 * Every problem of a commune dossier, as issues (empty when it is valid): bad
 * shapes (`invalid-input`), bad counts (`invalid-count`), a part above its whole
 * (`numerator-exceeds-denominator`) and counts that contradict each other
 * (`inconsistent-counts`). Missing counts are not problems: they make checks
 * `unknown`.
 *
 * @param input - what the caller passed as a {@link CommuneInput}
 * @param path - prefix for issue paths (e.g. the index in a batch)
 * @example
 * communeInputIssues({ counts: { age15to60: { total: 100, literateLevel2: 101 } } })[0]?.code;
 * // 'numerator-exceeds-denominator'
 */
export function communeInputIssues(input: unknown, path: IssuePath = []): Issue[] {
  return readCommune(input, pathArg(path)).issues;
}

/** A dossier read once (a snapshot) and its issues; one that cannot be read is its issue. */
function readCommune(given: unknown, path: IssuePath): { input: unknown; issues: Issue[] } {
  let input: unknown;
  try {
    input = snapshot(given, path);
  } catch (e) {
    if (!isXhhtError(e)) throw e;
    return { input: undefined, issues: [e.toIssue()] };
  }
  return { input, issues: scanCommune(input, path, emptySnapshot()) ?? [] };
}

/**
 * Throws the first problem of a commune dossier as an `XhhtError` (all of them
 * in its `issues`); returns the input typed when there is none.
 *
 * @example
 * assertCommuneInput({ counts: { age15to35: { total: 10 }, age15to60: { total: 9 } } });
 * // throws XhhtError { code: 'inconsistent-counts', path: ['counts', 'age15to35', 'total'] }
 */
export function assertCommuneInput(given: unknown, path: IssuePath = []): CommuneInput {
  const { input, issues } = readCommune(given, pathArg(path));
  const first = issues[0];
  if (first) throw new XhhtError(first.code, first.message, { path: first.path, messageVi: first.messageVi, issues });
  // the copy that was checked, not the caller's object: read once
  return input as CommuneInput;
}
