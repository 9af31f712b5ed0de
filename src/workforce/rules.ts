import type { Labels } from '../catalog/source.js';
import type { IssuePath } from '../errors.js';
import { checkBreakdown, type CheckedBreakdown, type CheckedTotal, type QualificationBreakdown } from './breakdown.js';
import { ATOMIC_LEVELS, levelsFromAtoms, type QualificationLevel } from './levels.js';
import { say } from '../messages/say.js';
import { WORKFORCE } from '../messages/sections.js';

/*
 * Consistency rules as data, in the spirit of DHIS2 validation rules: a left
 * side, an operator and a right side, each side a sum of operands, with a
 * missing-value strategy. The rules a breakdown implies (parts add up to each
 * reported total, subtotals add up to their total, nobody counted beyond the
 * population) are generated as the same data, so callers see and extend one
 * list.
 */

/**
 * How the two sides compare.
 *
 * @example
 * const op: RuleOperator = '<=';
 */
export type RuleOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

/**
 * Every operator, for checking rules read from JSON.
 *
 * @example
 * RULE_OPERATORS.includes('<=');                         // true
 * (RULE_OPERATORS as readonly string[]).includes('=<'); // false
 */
export const RULE_OPERATORS: readonly RuleOperator[] = ['==', '!=', '<', '<=', '>', '>='];

/**
 * One term of a rule side.
 * - `{ levels }`: the sum of the breakdown's parts that lie inside these levels
 *   (levels no part reports add nothing; missing when no part lies inside, a
 *   part mixes levels inside and outside, or a count inside is invalid)
 * - `{ total }`: a reported total, by id
 * - `{ population: true }`: the population
 * - `{ constant }`: a fixed whole number
 *
 * @example
 * const university: RuleOperand = { levels: ['university', 'postgraduate'] };
 */
export type RuleOperand =
  | { readonly levels: readonly QualificationLevel[] }
  | { readonly total: string }
  | { readonly population: true }
  | { readonly constant: number };

/**
 * What to do when an operand has no value (DHIS2's missing-value strategy).
 * - `skip-if-any-missing` (default): skip the rule if any operand is missing
 * - `skip-if-all-missing`: skip only if every operand is missing; missing ones count as 0
 * - `never-skip`: missing operands count as 0
 *
 * @example
 * const m: MissingValueStrategy = 'never-skip';
 */
export type MissingValueStrategy = 'skip-if-any-missing' | 'skip-if-all-missing' | 'never-skip';

/**
 * A consistency rule: `left operator right`, each side a sum of operands.
 *
 * @example
 * // a caller's own rule: university or higher is at most half of the trained (2·u ≤ trained)
 * const rule: ConsistencyRule = {
 *   id: 'university-at-most-half',
 *   label: { vi: 'Đại học trở lên không quá một nửa số đã qua đào tạo', en: 'University or higher is at most half of the trained' },
 *   left: [{ levels: ['university', 'postgraduate'] }, { levels: ['university', 'postgraduate'] }],
 *   operator: '<=',
 *   right: [{ total: 'trained' }],
 * };
 */
export interface ConsistencyRule {
  /** Stable id, reported with every check. */
  readonly id: string;
  readonly label: Labels;
  readonly left: readonly RuleOperand[];
  readonly operator: RuleOperator;
  readonly right: readonly RuleOperand[];
  /** Default `skip-if-any-missing`. */
  readonly missing?: MissingValueStrategy;
  /** `error` (default) makes the breakdown invalid; `warning` only reports. */
  readonly severity?: 'error' | 'warning';
  /** Where a failure points in the breakdown (default: `['rules', id]`). */
  readonly path?: IssuePath;
}

function nameOf(t: CheckedTotal): string {
  return t.id;
}

function isSubset(a: ReadonlySet<QualificationLevel>, b: ReadonlySet<QualificationLevel>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function covered(checked: CheckedBreakdown, atoms: ReadonlySet<QualificationLevel>): boolean {
  const seen = new Set<QualificationLevel>();
  for (const p of checked.parts) if (p.atoms.size > 0 && isSubset(p.atoms, atoms)) for (const a of p.atoms) seen.add(a);
  for (const a of atoms) if (!seen.has(a)) return false;
  return true;
}

/**
 * The rules a breakdown implies, as data:
 * - `parts-sum:<total>`: the parts inside a reported total add up to it
 *   (`==` when the parts cover every level of the total, `<=` otherwise);
 * - `subtotals-sum:<total>`: the largest reported subtotals inside a total,
 *   plus the parts outside them, add up to it (the Đăk Cấm report: 4.947 + 4.340 = 9.287);
 * - `within-population:<total>` and `within-population`: no total, and not all
 *   parts together, exceed the population (`==` for the parts when they cover
 *   every level).
 *
 * @param checked - a checked breakdown (see `checkBreakdown`)
 * @returns the implied rules
 * @example
 * impliedRules(checkBreakdown(dakCam)).map((r) => r.id);
 * // ['parts-sum:trained', 'subtotals-sum:trained', 'parts-sum:below-university']
 */
export function impliedRules(checked: CheckedBreakdown): ConsistencyRule[] {
  const rules: ConsistencyRule[] = [];
  const totals = checked.totals.filter((t) => t.atoms.size > 0);
  for (const t of totals) {
    const levels = levelsFromAtoms(t.atoms);
    const full = covered(checked, t.atoms);
    rules.push({
      id: `parts-sum:${nameOf(t)}`,
      label: say(WORKFORCE, full ? 'rule.parts-sum' : 'rule.parts-within'),
      left: [{ levels }],
      operator: full ? '==' : '<=',
      right: [{ total: t.id }],
      path: [...t.path, 'count'],
    });
    // the largest totals strictly inside t; used only when they do not overlap each other
    const inner = totals.filter((s) => s !== t && s.atoms.size < t.atoms.size && isSubset(s.atoms, t.atoms));
    const maximal = inner.filter(
      (s) => !inner.some((u) => u !== s && u.atoms.size > s.atoms.size && isSubset(s.atoms, u.atoms)),
    );
    if (maximal.length === 0) continue;
    const union = new Set<QualificationLevel>();
    let overlapping = false;
    for (const s of maximal) {
      for (const a of s.atoms) {
        if (union.has(a)) overlapping = true;
        union.add(a);
      }
    }
    if (overlapping) continue;
    const rest = new Set(ATOMIC_LEVELS.filter((a) => t.atoms.has(a) && !union.has(a)));
    const left: RuleOperand[] = maximal.map((s) => ({ total: s.id }));
    if (rest.size > 0) left.push({ levels: levelsFromAtoms(rest) });
    const restFull = rest.size === 0 || covered(checked, rest);
    rules.push({
      id: `subtotals-sum:${nameOf(t)}`,
      label: restFull ? say(WORKFORCE, 'rule.subtotals-sum') : say(WORKFORCE, 'rule.subtotals-within'),
      left,
      operator: restFull ? '==' : '<=',
      right: [{ total: t.id }],
      path: [...t.path, 'count'],
    });
  }
  if (typeof checked.population === 'number') {
    for (const t of totals) {
      rules.push({
        id: `within-population:${nameOf(t)}`,
        label: say(WORKFORCE, 'rule.total-within-population'),
        left: [{ total: t.id }],
        operator: '<=',
        right: [{ population: true }],
        path: [...t.path, 'count'],
      });
    }
    const all = new Set(ATOMIC_LEVELS);
    const full = covered(checked, all);
    if (checked.parts.some((p) => p.atoms.size > 0)) {
      rules.push({
        id: 'within-population',
        label: full ? say(WORKFORCE, 'rule.levels-sum-population') : say(WORKFORCE, 'rule.counted-within-population'),
        left: [{ levels: levelsFromAtoms(all) }],
        operator: full ? '==' : '<=',
        right: [{ population: true }],
        path: ['population'],
      });
    }
  }
  return rules;
}

/**
 * The rules a breakdown implies (parts add up to each total, subtotals to their total, nobody beyond the population), as data a caller
 * can read, print or extend. Malformed parts and totals are left out; use
 * `validateBreakdown` to see them as issues.
 *
 * @param breakdown - the breakdown
 * @returns its implied consistency rules
 * @example
 * breakdownRules({ counts: { college: 5, university: 7 }, totals: [{ id: 't', levels: ['college', 'university'], count: 12 }] });
 * // [{ id: 'parts-sum:t', left: [{ levels: ['college', 'university'] }], operator: '==', right: [{ total: 't' }], … }]
 */
export function breakdownRules(breakdown: QualificationBreakdown): ConsistencyRule[] {
  return impliedRules(checkBreakdown(breakdown));
}
