import { isMeasurableAt, type IndicatorLevel } from '../catalog/level.js';
import { findIndicator } from '../catalog/registry.js';
import type { Baseline } from './baseline.js';
import type { JurisdictionLevel, Plan, PlanInherit } from './plan.js';
import type { Target } from './target.js';

/*
 * What a plan with `extends` takes from its parent. definePlan resolves a plan
 * with these, and the table reader uses the same rules to tell a row the
 * official left as the parent wrote it from one they changed.
 */

/**
 * What decides which parent targets a child inherits.
 *
 * @example
 * const child: InheritingPlan = { jurisdiction: 'commune', period: { from: 2021, to: 2030 }, inherit: 'level', indicators: [] };
 */
export interface InheritingPlan {
  readonly jurisdiction: JurisdictionLevel;
  readonly period: { readonly from: number; readonly to: number };
  readonly inherit: PlanInherit;
  /** The child's own indicators: one that redefines a parent's indicator decides its level. */
  readonly indicators: readonly { readonly id: string; readonly level?: IndicatorLevel }[];
}

/** Is the indicator `id` measured at the child's level or below? Unknown indicators are kept (and reported). */
function fits(id: string, parent: Plan, child: InheritingPlan): boolean {
  if (child.inherit === 'all') return true;
  const level =
    child.indicators.find((i) => i.id === id)?.level ??
    (parent.indicators?.find((i) => i.id === id) ?? findIndicator(id))?.level;
  return level === undefined || isMeasurableAt(level, child.jurisdiction);
}

/**
 * The parent's targets a child inherits: none with `inherit: 'none'`, else
 * those inside the child's period, of indicators measured at the child's level
 * or below (every one with `inherit: 'all'`), in the parent's order.
 *
 * @param parent - the plan named by `extends`
 * @param child - the child's jurisdiction level, period, `inherit` and own indicators
 * @returns the inherited targets (the parent's own objects)
 * @example
 * inheritedTargets(getPlan('qd-1373'), { jurisdiction: 'commune', period: { from: 2021, to: 2030 }, inherit: 'level', indicators: [] }).length;
 * // 12: six commune-level indicators, 2025 and 2030
 */
export function inheritedTargets(parent: Plan, child: InheritingPlan): Target[] {
  if (child.inherit === 'none') return [];
  return parent.targets.filter(
    (t) => t.year >= child.period.from && t.year <= child.period.to && fits(t.indicator, parent, child),
  );
}

/**
 * The parent's baselines a child inherits: those of indicators measured at
 * its level or below (every one with `inherit: 'all'`), unless the child has
 * its own for the same indicator.
 *
 * @param parent - the plan named by `extends`
 * @param child - as for {@link inheritedTargets}
 * @param own - the child's own baselines
 * @returns the baselines of the child, parent's first
 * @example
 * inheritedBaselines(parent, child, []); // the parent's baselines of commune-level indicators
 */
export function inheritedBaselines(parent: Plan, child: InheritingPlan, own: readonly Baseline[]): Baseline[] {
  const mine = new Set(own.map((b) => b.indicator));
  return [
    ...(parent.baselines ?? []).filter((b) => !mine.has(b.indicator) && fits(b.indicator, parent, child)),
    ...own,
  ];
}

/** The key of a target: its indicator and year. */
function key(t: { readonly indicator: string; readonly year: number }): string {
  return `${t.indicator}@${t.year}`;
}

/**
 * A child's targets: each inherited target in the parent's order, replaced by
 * the child's own target for the same indicator and year (so reports keep the
 * parent's order, groups I–IV of Decision 1373), then the child's other
 * targets in its own order. Items without a readable key are appended.
 *
 * @param inherited - from {@link inheritedTargets}
 * @param own - the child's own targets
 * @returns the merged list
 * @example
 * mergeTargets([a2025, b2025], [b2025Raised, c2025]); // [a2025, b2025Raised, c2025]
 */
export function mergeTargets<
  T extends { readonly indicator?: unknown; readonly year?: unknown },
  I extends { readonly indicator: string; readonly year: number },
>(inherited: readonly I[], own: readonly T[]): (I | T)[] {
  const keyOf = (t: T) =>
    typeof t.indicator === 'string' && typeof t.year === 'number'
      ? key({ indicator: t.indicator, year: t.year })
      : undefined;
  const ownByKey = new Map<string, T>();
  for (const t of own) {
    const k = keyOf(t);
    if (k !== undefined && !ownByKey.has(k)) ownByKey.set(k, t);
  }
  const replaced = new Set<T>();
  const merged: (I | T)[] = inherited.map((t) => {
    const mine = ownByKey.get(key(t));
    if (mine === undefined) return t;
    replaced.add(mine);
    return mine;
  });
  return [...merged, ...own.filter((t) => !replaced.has(t))];
}
