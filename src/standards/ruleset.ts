import { XhhtError } from '../errors.js';
import { parseThreshold, type Threshold } from '../exact/threshold.js';
import { deepFreeze } from './freeze.js';
import type { StandardId } from './model.js';
import { getRegime } from './regimes.js';
import type { ConditionRule, RuleSource, StandardsRegime, RegimeId, RequiresRule, RollupRule, ShareRule } from './rule.js';

/**
 * A caller's own value for a threshold: a decimal ("92.5"), or an object that
 * also says where the value comes from and whether the caller has verified it.
 * A bare value is treated as unverified: the library cannot vouch for it.
 *
 * @example
 * const o: ThresholdOverride = { value: '92', verified: true, source: { note: 'Sở GDĐT legal opinion 12/2025' } };
 */
export type ThresholdOverride =
  | string
  | number
  | { readonly value: string | number; readonly verified?: boolean; readonly source?: Partial<RuleSource> };

/**
 * Overrides keyed by rule id (see docs/standards.md for every id).
 *
 * @example
 * const overrides: RuleOverrides = { 'xmc-2.commune-ed.age15to35-literate2': '92' };
 */
export type RuleOverrides = Readonly<Record<string, ThresholdOverride>>;

/** A rule with a value, after overrides: its parsed threshold and what it replaced. */
type Valued<R> = R & { readonly threshold: Threshold; readonly overridden?: { readonly from: string } };

/**
 * A rule ready for evaluation.
 *
 * @example
 * const r = resolveRules('nd20-2014').rules.find((x) => x.id === 'xmc-1.province.districts');
 * r?.kind === 'rollup' && r.threshold.text; // '90'
 */
export type ResolvedRule = Valued<ShareRule> | Valued<RollupRule> | ConditionRule | RequiresRule;

/**
 * A regime's rules with the caller's overrides applied and every threshold
 * parsed once. Pass it as `options.rules` to evaluate many units without
 * resolving again.
 *
 * @example
 * const rules = resolveRules('nd142-2025', { 'xmc-1.province.communes': '90' });
 * rules.regime.id; // 'nd142-2025'
 */
export interface RuleSet {
  readonly regime: StandardsRegime;
  readonly rules: readonly ResolvedRule[];
  /** Rule ids the caller overrode. */
  readonly overridden: readonly string[];
}

// Memo of the default rule set of each regime: a pure function of frozen data,
// so sharing it is invisible to callers (and saves re-parsing per call).
const cache = new Map<string, RuleSet>();

/**
 * Resolves a regime's rules with optional threshold overrides.
 *
 * Throws `unknown-regime`, `unknown-rule` (an override for an id the regime does
 * not have: a typo must not be ignored), `invalid-input` (an override for a rule
 * without a value) or `invalid-threshold`.
 *
 * @param regime - a regime id (`nd20-2014`, `nd142-2025`)
 * @param overrides - threshold values by rule id
 * @example
 * resolveRules('nd20-2014', { 'pcgd-thcs-2.district.communes': '90' }).overridden; // ['pcgd-thcs-2.district.communes']
 * resolveRules('nd20-2014', { 'xmc-9.commune.x': '90' }); // throws XhhtError { code: 'unknown-rule' }
 */
export function resolveRules(regime: RegimeId | string, overrides?: RuleOverrides): RuleSet {
  const hasOverrides = overrides !== undefined && Object.keys(overrides).length > 0;
  if (!hasOverrides) {
    const hit = cache.get(regime);
    if (hit) return hit;
  }
  const r = getRegime(regime);
  const byId = new Map(r.rules.map((rule) => [rule.id, rule]));
  const used: string[] = [];
  if (hasOverrides) {
    for (const id of Object.keys(overrides)) {
      const rule = byId.get(id);
      if (!rule) {
        throw new XhhtError('unknown-rule', `regime ${r.id} has no rule "${id}"`, {
          path: ['overrides', id],
          messageVi: `chế độ ${r.id} không có quy tắc "${id}"`,
        });
      }
      if (rule.kind !== 'share' && rule.kind !== 'rollup') {
        throw new XhhtError('invalid-input', `rule "${id}" is a ${rule.kind} rule and has no threshold to override`, {
          path: ['overrides', id],
          messageVi: `quy tắc "${id}" không có ngưỡng để thay`,
        });
      }
      used.push(id);
    }
  }
  const rules = r.rules.map((rule): ResolvedRule => {
    if (rule.kind !== 'share' && rule.kind !== 'rollup') return rule;
    const o = hasOverrides && Object.prototype.hasOwnProperty.call(overrides, rule.id) ? overrides[rule.id] : undefined;
    if (o === undefined) return { ...rule, threshold: parseThreshold(rule.value, ['rules', rule.id]) };
    const spec = typeof o === 'object' ? o : { value: o };
    const threshold = parseThreshold(spec.value, ['overrides', rule.id, ...(typeof o === 'object' ? ['value'] : [])]);
    const note = spec.source?.note ?? `value overridden by the caller (built-in value ${rule.value})`;
    return {
      ...rule,
      value: threshold.text,
      threshold,
      verified: spec.verified ?? false,
      source: { ...rule.source, ...spec.source, note },
      overridden: { from: rule.value },
    };
  });
  const set: RuleSet = deepFreeze({ regime: r, rules, overridden: used });
  if (!hasOverrides) cache.set(r.id, set);
  return set;
}

/**
 * The standards to assess: the requested ones (all of the regime's by default)
 * plus everything they depend on, in the regime's dependency order. Throws
 * `unknown-standard` for an id the regime does not have.
 *
 * @example
 * selectStandards(resolveRules('nd20-2014'), ['pcgd-thcs']); // ['xmc', 'pcgd-th', 'pcgd-thcs']
 */
export function selectStandards(set: RuleSet, requested?: readonly string[]): readonly StandardId[] {
  const all = set.regime.standards;
  if (requested === undefined) return all;
  const wanted = new Set<StandardId>();
  requested.forEach((id, i) => {
    if (!(all as readonly string[]).includes(id)) {
      throw new XhhtError('unknown-standard', `regime ${set.regime.id} has no standard "${id}"; it has ${all.join(', ')}`, {
        path: ['standards', i],
        messageVi: `chế độ ${set.regime.id} không có tiêu chuẩn "${id}"`,
      });
    }
    wanted.add(id as StandardId);
  });
  // Walk dependencies backwards: the order guarantees requires point earlier.
  for (let i = all.length - 1; i >= 0; i--) {
    const s = all[i]!;
    if (!wanted.has(s)) continue;
    for (const rule of set.rules) {
      if (rule.kind === 'requires' && rule.standard === s) wanted.add(rule.requires.standard);
    }
  }
  return all.filter((s) => wanted.has(s));
}
