import { isArray } from '../util/guards.js';
import { snapshot } from '../util/snapshot.js';
import { XhhtError } from '../errors.js';
import { COUNT_GROUPS, readCount } from './fields.js';
import { layout } from './layout.js';
import type { CommuneConditions, CommuneCounts, CommuneInput, ConditionAnswers } from './model.js';
import { assertCommuneInput } from './validate.js';
import { isRecord } from '../util/guards.js';
import { say, type Text } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';

/**
 * What the caller says about the merged unit: its id and name, whether it is
 * especially difficult (never inferred from the old units: the new commune is
 * on the official list or not) and any condition answers that replace the
 * inferred ones.
 *
 * @example
 * const o: MergeUnitsOptions = {
 *   id: 'new-commune',
 *   especiallyDifficult: false,
 *   conditions: { xmc: { monitorAssigned: true } },
 * };
 */
export interface MergeUnitsOptions {
  readonly id?: string;
  readonly name?: string;
  readonly especiallyDifficult?: boolean;
  readonly conditions?: CommuneConditions;
}

/**
 * Combines old communes (or districts) into the unit that replaces them in the
 * 2025 reorganisation: every numerator and every denominator is summed (never an
 * average of rates), so the merged unit can be assessed like any commune.
 *
 * - A count is summed only when every unit has it; otherwise it is left out
 *   (unknown), because a partial sum would be a wrong number.
 * - A condition is `true` only when every unit answered `true`, and `false`
 *   only when every unit answered `false`: the conditions are "at least" ratios
 *   (classrooms per class, teachers meeting the standard), and a combination of
 *   ratios that all meet a minimum meets it too (all below it, stays below). Any
 *   other mix is left unanswered unless `options.conditions` says.
 * - `especiallyDifficult` is `options.especiallyDifficult`, default `false`.
 *
 * Merging is commutative and associative on counts and conditions. Inputs are
 * validated (throws like {@link assessCommune}; bad options throw
 * `invalid-input` with a path under `['options', …]`) and never mutated.
 *
 * @param given - the old units' dossiers
 * @param givenOptions - what the caller knows about the new unit
 * @example
 * const merged = mergeUnits([
 *   { counts: { age15to60: { total: 19747, literateLevel2: 19739 } } }, // Đăk Cấm ward report 2025
 *   { counts: { age15to60: { total: 253, literateLevel2: 200 } } },
 * ]);
 * merged.counts.age15to60; // { total: 20000, literateLevel2: 19939 }
 */
export function mergeUnits(given: readonly CommuneInput[], givenOptions: MergeUnitsOptions = {}): CommuneInput {
  // read once: the units checked are the units summed
  const units = (isArray(given) ? snapshot(given, ['units']) : given) as readonly CommuneInput[];
  const options = snapshot(givenOptions, ['options']) as MergeUnitsOptions;
  if (!isArray(units)) {
    throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.merge-not-list'));
  }
  if (units.length === 0) {
    throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.merge-empty'));
  }
  checkOptions(options);
  units.forEach((u, i) => {
    assertCommuneInput(u, [i]);
  });
  const counts: Record<string, Record<string, number>> = {};
  for (const g of COUNT_GROUPS) {
    const group: Record<string, number> = {};
    let any = false;
    for (const f of g.fields) {
      let total = 0;
      let known = true;
      for (const u of units) {
        const v = readCount(u.counts, g.group, f.key);
        if (v === undefined) {
          known = false;
          break;
        }
        total += v;
      }
      if (!known) continue;
      if (!Number.isSafeInteger(total)) {
        throw new XhhtError(
          'invalid-count',
          say(STANDARDS_MSG, 'invalid-count.merged-sum', { group: g.group, key: f.key }),
          { path: ['counts', g.group, f.key] },
        );
      }
      group[f.key] = total;
      any = true;
    }
    if (any) counts[g.group] = group;
  }
  const conditions = mergeConditions(units, options.conditions);
  return {
    ...(options.id !== undefined ? { id: options.id } : {}),
    ...(options.name !== undefined ? { name: options.name } : {}),
    especiallyDifficult: options.especiallyDifficult ?? false,
    counts: counts as CommuneCounts,
    ...(conditions ? { conditions } : {}),
  };
}

function bad(path: readonly (string | number)[], text: Text): never {
  throw new XhhtError('invalid-input', text, { path: ['options', ...path] });
}

/** The caller's options, checked like a dossier: a typo in a condition name must not be dropped silently. */
function checkOptions(options: unknown): void {
  if (!isRecord(options)) bad([], say(STANDARDS_MSG, 'invalid-input.merge-options'));
  const { id, name, especiallyDifficult, conditions } = options;
  if (id !== undefined && typeof id !== 'string') bad(['id'], say(STANDARDS_MSG, 'invalid-input.commune-id-not-text'));
  if (name !== undefined && typeof name !== 'string')
    bad(['name'], say(STANDARDS_MSG, 'invalid-input.commune-name-not-text'));
  if (especiallyDifficult !== undefined && typeof especiallyDifficult !== 'boolean') {
    bad(['especiallyDifficult'], say(STANDARDS_MSG, 'invalid-input.commune-especially-difficult'));
  }
  if (conditions === undefined) return;
  if (!isRecord(conditions)) bad(['conditions'], say(STANDARDS_MSG, 'invalid-input.conditions-not-object'));
  for (const key of Object.keys(conditions)) {
    const known = layout().conditionIndex.get(key);
    if (!known) bad(['conditions', key], say(STANDARDS_MSG, 'invalid-input.conditions-unknown-standard', { key }));
    const answers = conditions[key];
    if (answers === undefined || answers === null) continue;
    if (!isRecord(answers))
      bad(['conditions', key], say(STANDARDS_MSG, 'invalid-input.condition-group-not-object', { key }));
    for (const n of Object.keys(answers)) {
      if (!known.has(n))
        bad(
          ['conditions', key, n],
          say(STANDARDS_MSG, 'invalid-input.unknown-condition', { key, name: n, known: [...known.keys()].join(', ') }),
        );
      const v = answers[n];
      if (v !== undefined && v !== null && typeof v !== 'boolean')
        bad(['conditions', key, n], say(STANDARDS_MSG, 'invalid-input.condition-answer', { key, name: n }));
    }
  }
}

function mergeConditions(
  units: readonly CommuneInput[],
  given: CommuneConditions | undefined,
): CommuneConditions | undefined {
  const out: Record<string, Record<string, boolean>> = {};
  const keys = new Set<string>();
  for (const u of units) for (const k of Object.keys(u.conditions ?? {})) keys.add(k);
  for (const key of keys) {
    const names = new Set<string>();
    for (const u of units)
      for (const n of Object.keys((u.conditions as Record<string, ConditionAnswers | undefined>)?.[key] ?? {}))
        names.add(n);
    for (const name of names) {
      // Every old unit gave the same answer: the merged unit has it too (a combination
      // of ratios all above, or all below, a minimum is above, or below, it). Else unanswered.
      const answer = (u: CommuneInput) =>
        (u.conditions as Record<string, ConditionAnswers | undefined> | undefined)?.[key]?.[name];
      const first = answer(units[0]!);
      if ((first === true || first === false) && units.every((u) => answer(u) === first)) {
        out[key] ??= {};
        out[key]![name] = first;
      }
    }
  }
  for (const [key, answers] of Object.entries(given ?? {})) {
    for (const [name, v] of Object.entries((answers ?? {}) as ConditionAnswers)) {
      if (typeof v === 'boolean') {
        out[key] ??= {};
        out[key]![name] = v;
      }
    }
  }
  return Object.keys(out).length > 0 ? (out as CommuneConditions) : undefined;
}
