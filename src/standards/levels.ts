import type { StandardCheck, StandardCheckStatus, LevelAssessment, StandardAssessment } from './result.js';
import type { CompiledStandard } from './compile.js';
import type { AdminTier, StandardRecognition } from './rule.js';

/*
 * The part of the evaluator shared by every tier: combining checks into a level,
 * levels into a cumulative interval [minLevel, maxLevel], and collecting what is
 * missing and what is provisional.
 */

/**
 * Conjunction of statuses: any fail → fail, else any unknown → unknown, else pass.
 *
 * @example
 * combine([{ status: 'pass' }, { status: 'unknown' }]); // 'unknown'
 */
export function combine(checks: readonly { readonly status: StandardCheckStatus }[]): StandardCheckStatus {
  let unknown = false;
  for (const c of checks) {
    if (c.status === 'fail') return 'fail';
    if (c.status === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'pass';
}

/**
 * `a AND b` on three-valued statuses.
 *
 * @example
 * and('unknown', 'fail'); // 'fail'
 */
export function and(a: StandardCheckStatus, b: StandardCheckStatus): StandardCheckStatus {
  if (a === 'fail' || b === 'fail') return 'fail';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'pass';
}

const EMPTY: readonly string[] = /* @__PURE__ */ (() => Object.freeze([]))();

/**
 * Builds a higher unit's assessment of one standard from its levels. Levels are
 * cumulative: a level is met only when it and every lower level are.
 * `provisional` looks at every level up to the first one that fails (levels
 * above it cannot change the result), plus the lower units' provisional rules.
 *
 * @example
 * const s = summarize(compiledStandard, levels, new Set(['xmc-1.province.communes']));
 * s.provisional; // true
 */
export function summarize(
  cs: CompiledStandard,
  levels: readonly LevelAssessment[],
  lowerProvisional: ReadonlySet<string> | null = null,
): StandardAssessment {
  let minLevel = 0;
  let maxLevel = 0;
  let missing: string[] | null = null;
  let provisional: Set<string> | null =
    lowerProvisional && lowerProvisional.size > 0 ? new Set(lowerProvisional) : null;
  for (const l of levels) {
    if (l.met === 'pass') minLevel = l.level;
    if (l.met !== 'fail') maxLevel = l.level;
    if (l.met === 'unknown') {
      for (const c of l.checks) {
        if (c.missing.length > 0) (missing ??= []).push(...c.missing);
      }
    }
    for (const c of l.checks) if (c.provisional) (provisional ??= new Set()).add(c.rule);
    if (l.met === 'fail') break;
  }
  return {
    standard: cs.id,
    label: cs.label,
    labelVi: cs.labelVi,
    topLevel: cs.top,
    level: minLevel === maxLevel ? minLevel : 'unknown',
    minLevel,
    maxLevel,
    levels,
    provisional: provisional !== null,
    provisionalRules: provisional ? [...provisional].sort() : EMPTY,
    missing: missing ? [...new Set(missing)] : EMPTY,
  };
}

/**
 * A level from its checks and the cumulative status of the level below, with
 * who recognises a unit of `tier` at that level (when the regime says).
 *
 * @example
 * level({ level: 2, label: 'Literacy, level 2', labelVi: 'Xóa mù chữ mức độ 2' }, checks, 'fail').met; // 'fail'
 */
export function level(
  l: {
    readonly level: number;
    readonly label: string;
    readonly labelVi: string;
    readonly recognition?: Readonly<Partial<Record<AdminTier, StandardRecognition>>>;
  },
  checks: readonly StandardCheck[],
  below: StandardCheckStatus,
  lowerUnits?: LevelAssessment['lowerUnits'],
  tier: AdminTier = 'commune',
): LevelAssessment {
  const status = combine(checks);
  const out: { -readonly [K in keyof LevelAssessment]: LevelAssessment[K] } = {
    level: l.level,
    label: l.label,
    labelVi: l.labelVi,
    status,
    met: and(below, status),
    checks,
  };
  if (lowerUnits) out.lowerUnits = lowerUnits;
  const by = l.recognition?.[tier];
  if (by) out.recognisedBy = by;
  return out;
}

/**
 * The shared empty list of results (frozen, so sharing it is safe).
 *
 * @example
 * EMPTY.length; // 0
 */
export { EMPTY };
