import { pathArg } from '../util/guards.js';
import { snapshot } from '../util/snapshot.js';
import { XhhtError, isXhhtError, type Issue, type IssuePath } from '../errors.js';
import { describeBadCount } from '../exact/count.js';
import { layout, type Snapshot } from './layout.js';
import type { CommuneInput } from './model.js';
import { isRecord } from '../util/guards.js';
import { say } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';
import { scanTables, find } from './scan-tables.js';
import { add, consistent, inconsistencies } from './consistency.js';

/*
 * Validation of a commune dossier, fused with reading it into a snapshot: one
 * pass over the input, no allocation when it is valid (a national batch reads
 * 10,000 dossiers), and every problem reported when it is not, so a data-entry
 * clerk can fix a dossier in one pass.
 */

const hasOwn = (o: object, k: string) => Object.hasOwn(o, k);

/** Field names a rate would be given under: never a count, so never summed. */
const RATE_KEYS: ReadonlySet<string> = new Set(['percent', 'rate', 'percentage']);

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
