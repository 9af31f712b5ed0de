import { XhhtError, makeIssue, type Issue, type IssuePath } from '../errors.js';
import { describeBadCount } from '../exact/count.js';
import { COUNT_CONSTRAINTS, FIELD_LIST } from './fields.js';
import { CONDITION_INDEX, CONSTRAINT_SLOTS, GROUP_SLOTS, PART_OF_WHOLE, SNAPSHOT_SIZE, type Snapshot } from './layout.js';
import type { CommuneInput } from './model.js';
import { isRecord } from '../guards.js';

/*
 * Validation of a commune dossier, fused with reading it into a snapshot: one
 * pass over the input, no allocation when it is valid (a national batch reads
 * 10,000 dossiers), and every problem reported when it is not, so a data-entry
 * clerk can fix a dossier in one pass.
 */

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const MAX = Number.MAX_SAFE_INTEGER;

/** Sum of snapshot slots; NaN when one is missing. */
function sum(snap: Snapshot, slots: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < slots.length; i++) total += snap[slots[i]!]!;
  return total;
}

/** Exact `Σ left > Σ right` (sums of safe integers can pass 2^53). */
function exceeds(snap: Snapshot, left: readonly number[], right: readonly number[]): boolean {
  const l = sum(snap, left);
  const r = sum(snap, right);
  if (l !== l || r !== r) return false;
  if (l <= MAX && r <= MAX) return l > r;
  const big = (slots: readonly number[]) => slots.reduce((a, i) => a + BigInt(snap[i]!), 0n);
  return big(left) > big(right);
}

/**
 * Appends an issue to a list made on first use. A module function, not a
 * closure per dossier: a national batch scans 10,000 dossiers and a closure
 * each would be garbage.
 */
function add(issues: Issue[] | null, path: IssuePath, code: Issue['code'], p: IssuePath, en: string, vi: string): Issue[] {
  const out = issues ?? [];
  out.push(makeIssue(code, [...path, ...p], en, vi));
  return out;
}

/** Field names a rate would be given under: never a count, so never summed. */
const RATE_KEYS: ReadonlySet<string> = new Set(['percent', 'rate', 'percentage']);

/**
 * Reads a commune dossier into `snap` (counts and condition answers; NaN for
 * what is missing) and returns its problems, or `null` when it has none.
 * The one validator: {@link communeInputIssues} and the evaluators call it.
 *
 * @param input - what the caller passed as a commune
 * @param path - prefix of issue paths (e.g. the index in a batch)
 * @param snap - a snapshot of `SNAPSHOT_SIZE` NaNs to fill
 * @example
 * const snap = emptySnapshots(1)(0);
 * scanCommune({ counts: { age5: { total: 10, attending: 9 } } }, [], snap); // null
 */
export function scanCommune(input: unknown, path: IssuePath, snap: Snapshot): Issue[] | null {
  // Issues are allocated only when there is one: a valid dossier allocates nothing here (no closure either).
  let issues: Issue[] | null = null;
  if (!isRecord(input)) {
    issues = add(issues, path, 'invalid-input', [], 'a commune must be an object with `counts`', 'dữ liệu xã phải là một đối tượng có `counts`');
    return issues;
  }
  const id = input.id;
  if (id !== undefined && typeof id !== 'string') issues = add(issues, path, 'invalid-input', ['id'], 'id must be a string', 'id phải là chuỗi');
  const name = input.name;
  if (name !== undefined && typeof name !== 'string') issues = add(issues, path, 'invalid-input', ['name'], 'name must be a string', 'name phải là chuỗi');
  const ed = input.especiallyDifficult;
  if (ed !== undefined && ed !== null && typeof ed !== 'boolean') {
    issues = add(issues, path, 'invalid-input', ['especiallyDifficult'], 'especiallyDifficult must be true or false', 'especiallyDifficult phải là true hoặc false');
  }
  const counts = input.counts;
  if (!isRecord(counts)) {
    issues = add(issues, path, 'invalid-input', ['counts'], 'counts must be an object (use {} when nothing is known)', 'counts phải là một đối tượng');
    return issues;
  }
  let shapeOk = true;
  for (const group in counts) {
    if (!hasOwn(counts, group)) continue;
    const slots = GROUP_SLOTS.get(group);
    if (!slots) {
      shapeOk = false;
      issues = add(issues, path, 'invalid-input', ['counts', group], `unknown count group "${group}"`, `không có nhóm số liệu "${group}"`);
      continue;
    }
    const value = counts[group];
    if (value === undefined || value === null) continue;
    if (!isRecord(value)) {
      shapeOk = false;
      issues = add(issues, path, 'invalid-input', ['counts', group], `counts.${group} must be an object`, `counts.${group} phải là một đối tượng`);
      continue;
    }
    for (const key in value) {
      if (!hasOwn(value, key)) continue;
      const slot = slots.get(key);
      if (slot === undefined) {
        shapeOk = false;
        issues = RATE_KEYS.has(key)
          ? add(issues, path, 'rate-not-aggregable', ['counts', group, key], `${group}.${key}: a rate cannot be checked or rolled up; standards are decided on counts and rolled up by adding them: give the counts`, `${group}.${key}: không thể dùng tỷ lệ để xét chuẩn hay tổng hợp; chuẩn được xét trên số đếm và tổng hợp bằng cách cộng số đếm: hãy ghi số đếm`)
          : add(issues, path, 'invalid-input', ['counts', group, key], `unknown field "${group}.${key}"`, `không có trường "${group}.${key}"`);
        continue;
      }
      const v = value[key];
      if (v === undefined || v === null) continue;
      if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) {
        snap[slot] = v;
        continue;
      }
      shapeOk = false;
      const problem = describeBadCount(v)!;
      issues = add(issues, path, 'invalid-count', ['counts', group, key], `${group}.${key}: ${problem.en}`, `${group}.${key}: ${problem.vi}`);
    }
  }
  const conditions = input.conditions;
  if (conditions !== undefined && conditions !== null) {
    if (!isRecord(conditions)) issues = add(issues, path, 'invalid-input', ['conditions'], 'conditions must be an object', 'conditions phải là một đối tượng');
    else {
      for (const key in conditions) {
        if (!hasOwn(conditions, key)) continue;
        const known = CONDITION_INDEX.get(key);
        if (!known) {
          issues = add(issues, path, 'invalid-input', ['conditions', key], `unknown standard key "${key}" in conditions`, `không có tiêu chuẩn "${key}" trong conditions`);
          continue;
        }
        const answers = conditions[key];
        if (answers === undefined || answers === null) continue;
        if (!isRecord(answers)) {
          issues = add(issues, path, 'invalid-input', ['conditions', key], `conditions.${key} must be an object`, `conditions.${key} phải là một đối tượng`);
          continue;
        }
        for (const name in answers) {
          if (!hasOwn(answers, name)) continue;
          const slot = known.get(name);
          const v = answers[name];
          if (slot === undefined) {
            issues = add(issues, path, 'invalid-input', ['conditions', key, name], `unknown condition "${key}.${name}"; known: ${[...known.keys()].join(', ')}`, `không có điều kiện "${key}.${name}"`);
          } else if (v === true || v === false) {
            snap[slot] = v ? 1 : 0;
          } else if (v !== undefined && v !== null) {
            issues = add(issues, path, 'invalid-input', ['conditions', key, name], `conditions.${key}.${name} must be true or false`, `conditions.${key}.${name} phải là true hoặc false`);
          }
        }
      }
    }
  }
  if (!shapeOk) return issues;
  // A part above its whole, inside each group.
  for (let i = 0; i < PART_OF_WHOLE.length; i++) {
    const { part, whole } = PART_OF_WHOLE[i]!;
    const v = snap[part]!;
    const w = snap[whole]!;
    if (v > w) {
      const p = FIELD_LIST[part]!;
      const q = FIELD_LIST[whole]!;
      issues = add(issues, path, 'numerator-exceeds-denominator', ['counts', p.group, p.key], `${p.path} (${v}) is greater than ${q.path} (${w})`, `${p.path} (${v}) lớn hơn ${q.path} (${w})`);
    }
  }
  for (let i = 0; i < CONSTRAINT_SLOTS.length; i++) {
    const { left, right } = CONSTRAINT_SLOTS[i]!;
    // Most constraints are one field against one: compare the safe integers directly (NaN compares false).
    if (left.length === 1 && right.length === 1 ? !(snap[left[0]!]! > snap[right[0]!]!) : !exceeds(snap, left, right)) continue;
    const c = COUNT_CONSTRAINTS[i]!;
    const f = FIELD_LIST[left[0]!]!;
    const l = String(sum(snap, left));
    const r = String(sum(snap, right));
    issues = add(issues, path, 'inconsistent-counts', ['counts', f.group, f.key], `${c.message} (${c.left.join(' + ')} = ${l} > ${c.right.join(' + ')} = ${r})`, `${c.messageVi} (${l} > ${r})`);
  }
  return issues;
}

/**
 * Fresh snapshots for `n` communes (every count and condition missing), as
 * views of one buffer: `at(i)` is commune `i`'s.
 *
 * @example
 * const at = emptySnapshots(2);
 * at(1).every((v) => Number.isNaN(v)); // true
 */
export function emptySnapshots(n: number): (i: number) => Snapshot {
  const buf = new Float64Array(n * SNAPSHOT_SIZE).fill(Number.NaN);
  return (i) => buf.subarray(i * SNAPSHOT_SIZE, (i + 1) * SNAPSHOT_SIZE);
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
  return scanCommune(input, path, emptySnapshots(1)(0)) ?? [];
}

/**
 * Throws the first problem of a commune dossier as an `XhhtError` (all of them
 * in its `issues`); returns the input typed when there is none.
 *
 * @example
 * assertCommuneInput({ counts: { age15to35: { total: 10 }, age15to60: { total: 9 } } });
 * // throws XhhtError { code: 'inconsistent-counts', path: ['counts', 'age15to35', 'total'] }
 */
export function assertCommuneInput(input: unknown, path: IssuePath = []): CommuneInput {
  const issues = communeInputIssues(input, path);
  const first = issues[0];
  if (first) throw new XhhtError(first.code, first.message, { path: first.path, messageVi: first.messageVi, issues });
  return input as CommuneInput;
}
