import { describe } from '../util/describe.js';
import { readField, snapshot, unreadable } from '../util/snapshot.js';
import { isRecord } from '../util/guards.js';
import { XhhtError } from '../errors.js';
import { evaluateCommune } from './evaluate.js';
import { evaluationPlan } from './evaluation-plan.js';
import type { CommuneInput, StandardId } from './model.js';
import type { CommuneAssessment } from './result.js';
import type { RegimeId } from './rule.js';
import {
  isRuleSet,
  resolveRules,
  selectStandards,
  type Readings,
  type RuleOverrides,
  type RuleSet,
} from './ruleset.js';
import { emptySnapshot, scanCommune } from './validate.js';
import { say } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';

/**
 * Which rules to use. Give a `regime` (and optional `overrides` and
 * `readings`), or a `rules` set already resolved with {@link resolveRules}
 * (faster in loops).
 *
 * @example
 * const options: StandardsOptions = {
 *   regime: 'nd142-2025',
 *   overrides: { 'xmc-1.province.communes': '90' },
 *   readings: { 'pcgd-mn3to5.completion': 'per-age' },
 * };
 */
export interface StandardsOptions {
  /** The legal regime (required unless `rules` is given); any other text is `unknown-regime`, checked at run time. */
  readonly regime?: RegimeId | (string & {});
  /** Threshold values by rule id (docs/standards.md lists every id and default). */
  readonly overrides?: RuleOverrides;
  /** The option chosen for a provision with more than one reading, by reading id. */
  readonly readings?: Readings;
  readonly rules?: RuleSet;
  /**
   * Standards to assess (default: all of the regime); their dependencies are
   * added. Any other text is `unknown-standard`, checked at run time.
   */
  readonly standards?: readonly (StandardId | (string & {}))[];
}

function notOptions(): XhhtError {
  return new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.options'), { path: ['options'] });
}

/**
 * Options read once: each field read a single time and copied as plain data
 * (a {@link snapshot}), except a rule set from resolveRules, which is kept as
 * it is. What the options are checked as is what the assessment uses. Internal.
 *
 * @example
 * const o = readOptions(options); // then ruleSetOf(o), selectStandards(set, o.standards)
 */
export function readOptions<T extends object>(options: T): T {
  if (!isRecord(options, ['options'])) throw notOptions();
  let keys: string[];
  try {
    keys = Object.keys(options);
  } catch (e) {
    throw unreadable(['options'], e, options);
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = readField(options, k, []);
    // "__proto__" is data here, never the prototype
    const value = k === 'rules' ? v : snapshot(v, [k]);
    if (k === '__proto__')
      Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    else out[k] = value;
  }
  return out as T;
}

/**
 * The rule set of some options; throws for unknown or contradictory choices
 * (`missing-regime` without a regime or rules, `unknown-regime`, `invalid-input` for `rules` with another `regime` or
 * with `overrides`). Internal.
 *
 * @example
 * ruleSetOf({ regime: 'nd20-2014' }).regime.tiers; // ['commune', 'district', 'province']
 */
export function ruleSetOf(options: StandardsOptions): RuleSet {
  if (!isRecord(options as unknown)) throw notOptions();
  if (options.rules !== undefined && !isRuleSet(options.rules)) {
    throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.options-rules'), { path: ['rules'] });
  }
  if (options.rules) {
    if (options.regime !== undefined && options.regime !== options.rules.regime.id) {
      throw new XhhtError(
        'invalid-input',
        say(STANDARDS_MSG, 'invalid-input.options-regime-mismatch', {
          regime: describe(options.regime),
          id: options.rules.regime.id,
        }),
        { path: ['regime'] },
      );
    }
    for (const key of ['overrides', 'readings'] as const) {
      if (options[key] !== undefined) {
        throw new XhhtError('invalid-input', say(STANDARDS_MSG, 'invalid-input.options-with-rules', { key }), {
          path: [key],
        });
      }
    }
    return options.rules;
  }
  if (options.regime === undefined) {
    throw new XhhtError('missing-regime', say(STANDARDS_MSG, 'missing-regime'), { path: ['regime'] });
  }
  return resolveRules(options.regime, options.overrides, options.readings);
}

/** Issue paths of a commune assessed alone start at its root (shared: paths are copied, never changed). */
const NO_PATH: readonly never[] = /* @__PURE__ */ (() => Object.freeze([]))();

/**
 * Assesses one commune: per standard, the highest level met (0 when none) and
 * every check that decided it (measured share, minimum, exact comparison, honest
 * rate, legal source, provisional flag). Missing counts or unanswered conditions
 * make checks `unknown`; the level is then an interval [`minLevel`, `maxLevel`]
 * with `level: 'unknown'`, and `missing` lists the fields that would decide it.
 *
 * Especially difficult communes get their lower thresholds and narrower age
 * groups. THCS level 1 requires PCGD TH level 1 and XMC level 1 at the same
 * commune. The input is never mutated.
 *
 * Throws `XhhtError` for bad input (`invalid-count`, `numerator-exceeds-denominator`,
 * `inconsistent-counts`, `invalid-input`; all problems are in `error.issues`) and
 * for bad options (`invalid-input` for options that are not an object, `standards`
 * that is not a list or `rules` not made by `resolveRules`; `missing-regime`, `unknown-regime`,
 * `unknown-standard`, `unknown-rule`, `invalid-threshold`).
 *
 * @param given - the commune's counts, especially-difficult flag and conditions
 * @param givenOptions - regime (or resolved rules), overrides, standards
 * @example
 * // Đăk Cấm ward report 2025, Mục II.2: literacy counts
 * const r = assessCommune(
 *   {
 *     name: 'Phường Đăk Cấm',
 *     counts: {
 *       age15to25: { total: 4811, literateLevel1: 4811, literateLevel2: 4811 },
 *       age15to35: { total: 9399, literateLevel1: 9399, literateLevel2: 9399 },
 *       age15to60: { total: 19747, literateLevel1: 19747, literateLevel2: 19739 },
 *       disabled: { ableToLearn: 0, inEducation: 0 },
 *     },
 *     conditions: { xmc: { enoughTeachers: true, monitorAssigned: true, facilities: true } },
 *   },
 *   { regime: 'nd142-2025', standards: ['xmc'] },
 * );
 * r.standards.xmc?.level; // 2
 */
export function assessCommune(given: CommuneInput, givenOptions: StandardsOptions): CommuneAssessment {
  const options = readOptions(givenOptions);
  const set = ruleSetOf(options);
  const standards = selectStandards(set, options.standards);
  // read once: the dossier checked is the dossier assessed
  const input = snapshot(given);
  const snap = emptySnapshot();
  const issues = scanCommune(input, NO_PATH, snap);
  const first = issues?.[0];
  if (first)
    throw new XhhtError(first.code, first.message, { path: first.path, messageVi: first.messageVi, issues: issues! });
  return evaluateCommune(input, snap, evaluationPlan(set, standards));
}
