import { snapshot } from '../util/snapshot.js';
import { readPlanOptions } from './options.js';
import { describe, reasonOf } from '../util/describe.js';
import { say } from '../messages/say.js';
import { PLANS } from '../messages/sections.js';
import type { Indicator, IndicatorKind } from '../catalog/indicator.js';
import type { IndicatorLevel } from '../catalog/level.js';
import { findIndicator } from '../catalog/registry.js';
import { isIsoDate } from '../dates/iso.js';
import { XhhtError, isXhhtError, issueOf, type Issue } from '../errors.js';
import type { Baseline } from './baseline.js';
import { isDefinedPlan, sealPlan } from './freeze.js';
import { inheritedBaselines, inheritedTargets, mergeTargets, type InheritingPlan } from './inherit.js';
import type { z } from 'zod';
import { safeParse } from '../check/core.js';
import { planChecks } from './checks.js';
import { planIssues } from './messages.js';
import type { JurisdictionLevel, Plan, PlanInherit } from './plan.js';
import { findPlan } from './registry.js';
import type { planSchema } from './schema.js';
import type { Target, TargetKind } from './target.js';

/** A plan as the schema outputs it (types only: the library checks with planChecks). */
type PlanInputParsed = z.output<typeof planSchema>;

/*
 * The one place a plan is checked: the schema (shapes, types, patterns) and
 * then what a schema cannot see (known indicators, kinds that fit, one target
 * per indicator and year, years inside the period, baselines, the parent).
 * Every problem is found in one pass: when the schema rejects part of the
 * plan, the cross-field rules still run on what could be read, so a person
 * fixing a plan file sees every problem at once.
 */

/**
 * Options of `definePlan` and {@link validatePlan}.
 *
 * @example
 * // a commune plan extending its province's plan, which is not built in
 * const province = definePlan({ id: 'tinh-x-2025', …, extends: 'qd-1373', targets: [] });
 * const commune = definePlan({ id: 'xa-y-2025', …, extends: 'tinh-x-2025', targets: [] }, { plans: [province] });
 * commune.targets.length; // 12: qd-1373's commune-level targets, through the province plan
 * // without `plans`, the second call throws XhhtError { code: 'unknown-plan' }
 */
export interface DefinePlanOptions {
  /** Plans that `extends` may name besides the built-in ones. */
  readonly plans?: readonly Plan[];
}

/**
 * The result of {@link validatePlan}: the plan, or every problem found.
 *
 * @example
 * const r: PlanValidation = validatePlan(input);
 * if (r.plan === null) for (const i of r.issues) console.error(i.path.join('.'), i.messageVi);
 */
export interface PlanValidation {
  /** The defined plan (deeply frozen), or `null` when there is any issue. */
  readonly plan: Plan | null;
  /** Every problem, each with its path and a message in both languages; empty when `plan` is set. */
  readonly issues: readonly Issue[];
}

const KIND_TEXT: Readonly<Record<TargetKind | IndicatorKind, { vi: string; en: string }>> = {
  percent: { vi: 'tỷ lệ', en: 'percentage' },
  count: { vi: 'số lượng', en: 'count' },
  'yes-no': { vi: 'đạt/không', en: 'yes/no' },
  'share-of-persons': { vi: 'tỷ lệ người', en: 'share of people' },
  'share-of-units': { vi: 'tỷ lệ đơn vị', en: 'share of units' },
};

/** Which target kinds fit which indicator kinds. */
const FITS: Readonly<Record<TargetKind, readonly IndicatorKind[]>> = {
  percent: ['share-of-persons', 'share-of-units'],
  count: ['count'],
  'yes-no': ['yes-no'],
};

/** Which baseline forms fit which indicator kinds (yes/no indicators have no baseline to grow from). */
const BASELINE_FITS: Readonly<Record<IndicatorKind, readonly ('share' | 'percent' | 'count')[]>> = {
  'share-of-persons': ['share', 'percent'],
  'share-of-units': ['share', 'percent'],
  count: ['count'],
  'yes-no': [],
};
const FORM_TEXT = {
  share: { vi: 'tử số/mẫu số', en: 'share' },
  percent: { vi: 'tỷ lệ', en: 'percent' },
  count: { vi: 'số lượng', en: 'count' },
} as const;

const TARGET_KINDS: readonly string[] = ['percent', 'count', 'yes-no'];
const INDICATOR_KINDS: readonly string[] = ['share-of-persons', 'share-of-units', 'count', 'yes-no'];
const JURISDICTIONS: readonly string[] = ['national', 'province', 'district', 'commune', 'agency'];
const INHERITS: readonly string[] = ['level', 'all', 'none'];
const LEVELS: readonly string[] = ['national', 'province', 'district', 'commune', 'institution'];

/** A target as far as it could be read: the cross-field rules need only these three fields. */
interface Readable {
  readonly index: number;
  readonly indicator?: string;
  readonly year?: number;
  readonly kind?: TargetKind;
  /** The parsed target, when the schema accepted it. */
  readonly parsed?: Target;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const arrayOf = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

/** Each target of the input: parsed when it parses on its own, else the fields that can be read. */
function readTargets(raw: unknown, parsed: readonly Target[] | undefined): Readable[] {
  if (parsed)
    return parsed.map((t, index) => ({ index, indicator: t.indicator, year: t.year, kind: t.kind, parsed: t }));
  return arrayOf(raw).map((t, index) => {
    const one = safeParse<Target>(planChecks().target, t);
    if (one.success)
      return { index, indicator: one.data.indicator, year: one.data.year, kind: one.data.kind, parsed: one.data };
    if (!isRecord(t)) return { index };
    const kind = text(t.kind);
    return {
      index,
      ...(text(t.indicator) !== undefined ? { indicator: text(t.indicator) } : {}),
      ...(isYear(t.year) ? { year: t.year } : {}),
      ...(kind !== undefined && TARGET_KINDS.includes(kind) ? { kind: kind as TargetKind } : {}),
    };
  });
}

/** An indicator as far as it could be read: its id, and its kind and level when they are valid. */
interface ReadableIndicator {
  readonly id: string;
  readonly kind?: IndicatorKind;
  readonly level?: IndicatorLevel;
}

/** Own indicators as far as they can be read: id, kind and level decide the cross-field rules. */
function readIndicators(raw: unknown, parsed: readonly Indicator[] | undefined): ReadableIndicator[] {
  if (parsed) return [...parsed];
  return arrayOf(raw).flatMap((i) => {
    if (!isRecord(i) || typeof i.id !== 'string') return [];
    const kind = text(i.kind);
    const level = text(i.level);
    return [
      {
        id: i.id,
        ...(kind !== undefined && INDICATOR_KINDS.includes(kind) ? { kind: kind as IndicatorKind } : {}),
        ...(level !== undefined && LEVELS.includes(level) ? { level: level as IndicatorLevel } : {}),
      },
    ];
  });
}

function readBaselines(raw: unknown, parsed: readonly Baseline[] | undefined): { index: number; baseline: Baseline }[] {
  if (parsed) return parsed.map((baseline, index) => ({ index, baseline }));
  return arrayOf(raw).flatMap((b, index) => {
    const one = safeParse<Baseline>(planChecks().baseline, b);
    return one.success ? [{ index, baseline: one.data }] : [];
  });
}

/** A plain-data copy of a parent plan given by the caller. */
function plainCopy(plan: Plan): Plan {
  try {
    return structuredClone(plan);
  } catch (e) {
    throw new XhhtError(
      'invalid-plan',
      say(PLANS, 'invalid-plan.parent-not-data', { id: plan.id, reason: reasonOf(e) }),
      {
        path: ['extends'],
        cause: e,
      },
    );
  }
}

/**
 * Checks a plan written by a person or read from JSON and, when it is sound,
 * defines it (as `definePlan` does, which throws instead). Every problem is
 * returned at once: the schema's (a missing field, a wrong type, a bad
 * pattern) and the rules across fields (an unknown indicator, a target kind
 * that does not fit its indicator, two targets for one indicator and year, a
 * year outside the period, a bad baseline, an unknown parent), each with its
 * path and a message in English and Vietnamese.
 *
 * @param given - the plan as written (object or parsed JSON)
 * @param givenOptions - extra parent plans for `extends`
 * @returns the plan, or `null` and the issues
 * @example
 * validatePlan({ ...plan, issuer: '', period: { from: 2021, to: 2025 }, targets: [target2030] }).issues.map(
 *   (i) => i.path,
 * );
 * // [['issuer'], ['targets', 0, 'year']]
 */
export function validatePlan(given: unknown, givenOptions: DefinePlanOptions = {}): PlanValidation {
  // checked and frozen already: its `extends` was resolved, perhaps against options.plans we do not have now
  if (isDefinedPlan(given)) return { plan: given, issues: [] };
  const options = readPlanOptions(givenOptions) as DefinePlanOptions;
  // read once: the plan checked is the plan defined (a getter cannot answer the checks one thing and the copy another)
  let input: unknown;
  try {
    input = snapshot(given, [], isDefinedPlan);
  } catch (e) {
    if (!isXhhtError(e)) throw e;
    return { plan: null, issues: [e.toIssue()] };
  }
  const parsed = safeParse<PlanInputParsed>(planChecks().plan, input, { reportInput: true });
  const issues: Issue[] = parsed.success ? [] : planIssues(parsed.issues);
  const data = parsed.success ? parsed.data : undefined;
  const raw = isRecord(input) ? input : {};

  const period =
    data?.period ??
    (isRecord(raw.period) && isYear(raw.period.from) && isYear(raw.period.to)
      ? { from: raw.period.from, to: raw.period.to }
      : undefined);
  const jurisdiction =
    data?.jurisdiction.level ??
    (isRecord(raw.jurisdiction) && JURISDICTIONS.includes(text(raw.jurisdiction.level) ?? '')
      ? (raw.jurisdiction.level as JurisdictionLevel)
      : undefined);
  const inherit = data
    ? (data.inherit ?? 'level')
    : INHERITS.includes(text(raw.inherit) ?? 'level')
      ? ((text(raw.inherit) ?? 'level') as PlanInherit)
      : undefined;
  const parentId = data ? data.extends : text(raw.extends);
  const own = readTargets(raw.targets, data?.targets as Target[] | undefined);
  const ownIndicators = readIndicators(raw.indicators, data?.indicators as Indicator[] | undefined);
  const ownBaselines = readBaselines(raw.baselines, data?.baselines as Baseline[] | undefined);
  const id = text(raw.id) ?? '?';

  let parent: Plan | undefined;
  if (parentId !== undefined) {
    const found = options.plans?.find((p) => p.id === parentId) ?? findPlan(parentId);
    if (!found) {
      issues.push(issueOf('unknown-plan', ['extends'], say(PLANS, 'unknown-plan.parent', { id, parent: parentId })));
    } else {
      // a parent not made by definePlan is the caller's object: copy it, so freezing the child leaves it alone
      try {
        parent = isDefinedPlan(found) ? found : plainCopy(found);
      } catch (e) {
        issues.push((e as XhhtError).toIssue());
      }
    }
  }

  // without a readable period or level, inheriting cannot be decided: inherit nothing, report the rest
  const child: InheritingPlan | undefined =
    parent && period && jurisdiction && inherit
      ? { jurisdiction, period, inherit, indicators: ownIndicators }
      : undefined;
  const inherited = parent && child ? inheritedTargets(parent, child) : [];
  const merged = mergeTargets(inherited, own);
  const ownIds = new Set(ownIndicators.map((i) => i.id));
  const parentIndicators = (parent?.indicators ?? []).filter((i) => !ownIds.has(i.id));
  const lookup = new Map<string, ReadableIndicator>([...parentIndicators, ...ownIndicators].map((i) => [i.id, i]));
  const indicatorOf = (id: string) => lookup.get(id) ?? findIndicator(id);

  issues.push(...checkTargets(own, merged, indicatorOf, period));
  const baselines =
    parent && child
      ? inheritedBaselines(
          parent,
          child,
          ownBaselines.map((b) => b.baseline),
        )
      : ownBaselines.map((b) => b.baseline);
  issues.push(...checkBaselines(ownBaselines, baselines, indicatorOf));
  if (issues.length > 0 || !data) return { plan: null, issues };

  const targets = merged.map((t) => ('index' in t ? t.parsed! : t));
  const { baselines: _ownBaselines, ...rest } = data;
  const indicators = [...parentIndicators, ...((data.indicators ?? []) as Indicator[])];
  const plan: Plan = { ...(rest as Omit<Plan, 'targets'>), targets };
  const withIndicators = indicators.length > 0 ? { ...plan, indicators } : plan;
  return { plan: sealPlan(baselines.length > 0 ? { ...withIndicators, baselines } : withIndicators), issues: [] };
}

function checkTargets(
  own: readonly Readable[],
  merged: readonly (Readable | Target)[],
  indicatorOf: (id: string) => ReadableIndicator | undefined,
  period: { readonly from: number; readonly to: number } | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const t of own) {
    if (t.indicator === undefined || t.year === undefined) continue;
    const key = `${t.indicator}@${t.year}`;
    if (seen.has(key)) {
      issues.push(
        issueOf(
          'invalid-plan',
          ['targets', t.index],
          say(PLANS, 'invalid-plan.two-targets', { indicator: t.indicator, year: t.year }),
        ),
      );
    }
    seen.add(key);
  }
  for (const t of merged) {
    // an inherited target was checked when its plan was defined; only the child's indicators can make it wrong
    const path = 'index' in t ? ['targets', t.index] : ['extends'];
    if (t.indicator !== undefined) {
      const indicator = indicatorOf(t.indicator);
      if (!indicator) {
        issues.push(
          issueOf(
            'invalid-plan',
            [...path, 'indicator'],
            say(PLANS, 'invalid-plan.unknown-indicator', { indicator: t.indicator }),
          ),
        );
      } else if (t.kind !== undefined && indicator.kind !== undefined && !FITS[t.kind].includes(indicator.kind)) {
        issues.push(
          issueOf(
            'invalid-plan',
            [...path, 'kind'],
            say(PLANS, 'invalid-plan.target-kind', {
              kind: KIND_TEXT[t.kind],
              indicator: t.indicator,
              fits: KIND_TEXT[indicator.kind],
            }),
          ),
        );
      }
    }
    if (period && t.year !== undefined && (t.year < period.from || t.year > period.to)) {
      issues.push(
        issueOf(
          'invalid-plan',
          [...path, 'year'],
          say(PLANS, 'invalid-plan.year-outside-period', { year: t.year, from: period.from, to: period.to }),
        ),
      );
    }
  }
  if (period && period.from > period.to)
    issues.push(issueOf('invalid-plan', ['period'], say(PLANS, 'invalid-plan.period')));
  return issues;
}

function checkBaselines(
  own: readonly { readonly index: number; readonly baseline: Baseline }[],
  all: readonly Baseline[],
  indicatorOf: (id: string) => ReadableIndicator | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const { index, baseline: b } of own) {
    if (seen.has(b.indicator)) {
      issues.push(
        issueOf(
          'invalid-plan',
          ['baselines', index, 'indicator'],
          say(PLANS, 'invalid-plan.two-baselines', { indicator: b.indicator }),
        ),
      );
    }
    seen.add(b.indicator);
  }
  for (const b of all) {
    const mine = own.find((o) => o.baseline === b);
    // an inherited baseline was checked when its plan was defined; only the child's indicators can make it wrong
    const path = mine ? ['baselines', mine.index] : ['extends'];
    if (b.year === undefined && b.asOf === undefined) {
      issues.push(issueOf('invalid-plan', path, say(PLANS, 'invalid-plan.baseline-time', { indicator: b.indicator })));
    }
    if (b.asOf !== undefined && !isIsoDate(b.asOf)) {
      issues.push(
        issueOf(
          'invalid-plan',
          [...path, 'asOf'],
          say(PLANS, 'invalid-plan.baseline-date', { asOf: describe(b.asOf) }),
        ),
      );
    } else if (b.asOf !== undefined && b.year !== undefined && Number(b.asOf.slice(0, 4)) !== b.year) {
      issues.push(
        issueOf(
          'invalid-plan',
          [...path, 'asOf'],
          say(PLANS, 'invalid-plan.baseline-date-year', { asOf: b.asOf, year: b.year }),
        ),
      );
    }
    const form = 'numerator' in b ? 'share' : 'percent' in b ? 'percent' : 'count';
    if (form === 'share') {
      const s = b as { numerator: number; denominator: number };
      if (s.denominator === 0) {
        issues.push(
          issueOf(
            'invalid-plan',
            [...path, 'denominator'],
            say(PLANS, 'invalid-plan.baseline-zero', { indicator: b.indicator }),
          ),
        );
      } else if (s.numerator > s.denominator) {
        issues.push(
          issueOf(
            'invalid-plan',
            [...path, 'numerator'],
            say(PLANS, 'invalid-plan.baseline-share', { numerator: s.numerator, denominator: s.denominator }),
          ),
        );
      }
    }
    const indicator = indicatorOf(b.indicator);
    if (!indicator) {
      issues.push(
        issueOf(
          'invalid-plan',
          [...path, 'indicator'],
          say(PLANS, 'invalid-plan.unknown-indicator', { indicator: b.indicator }),
        ),
      );
    } else if (indicator.kind !== undefined && !BASELINE_FITS[indicator.kind].includes(form)) {
      issues.push(
        issueOf(
          'invalid-plan',
          path,
          say(PLANS, 'invalid-plan.baseline-kind', {
            form: FORM_TEXT[form],
            indicator: b.indicator,
            fits: KIND_TEXT[indicator.kind],
          }),
        ),
      );
    }
  }
  return issues;
}
