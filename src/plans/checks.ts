import type { Indicator } from '../catalog/indicator.js';
import { levelOfJurisdiction } from '../catalog/level.js';
import type { Schema } from '../check/core.js';
import {
  array,
  boolean,
  discriminatedUnion,
  int,
  gte,
  lte,
  minLength,
  nullable,
  number,
  object,
  oneOf,
  optional,
  regex,
  string,
  transform,
  union,
  withDefault,
} from '../check/schemas.js';
import { isXhhtError } from '../errors.js';
import { say } from '../messages/say.js';
import { PLANS } from '../messages/sections.js';
import { once } from '../util/once.js';
import { parseThreshold } from '../exact/threshold.js';
import { DECIMAL_PATTERN, ID_PATTERN, ISO_DATE_PATTERN } from './patterns.js';

/*
 * The plan schemas of schema.ts, field for field, in the library's own checker (src/check): what
 * definePlan, validatePlan and compareToTarget run, so the library loads no zod. schema.ts keeps
 * the zod schemas for apps (`xhht/schema`); test/check/plans.prop.test.ts checks on random plans
 * that both give the same output and the same issues. Change both together.
 */

/** Labels in both languages: a missing English repeats the Vietnamese, marked `untranslated`. */
type Labels = { vi: string; en: string; untranslated?: true };

/**
 * The plan schemas, built on first use (nothing is built when the library is imported).
 *
 * @example
 * planChecks().target; // the schema of one target
 */
export interface PlanChecks {
  readonly legalSource: Schema;
  readonly target: Schema;
  readonly indicator: Schema;
  readonly baseline: Schema;
  readonly plan: Schema;
}

/**
 * The plan schemas (see {@link PlanChecks}), built once.
 *
 * @example
 * safeParse(planChecks().legalSource, { document: 'Kế hoạch số 12/KH-UBND', verified: true }).success; // true
 */
export const planChecks: () => PlanChecks = /* @__PURE__ */ once(build);

function build(): PlanChecks {
  const nonEmpty = () => string(minLength(1));
  const labels = transform(
    object({ vi: nonEmpty(), en: optional(nonEmpty()), untranslated: optional(oneOf([true])) }),
    ({ vi, en, untranslated }: { vi: string; en?: string; untranslated?: true }): Labels =>
      en === undefined ? { vi, en: vi, untranslated: true } : untranslated ? { vi, en, untranslated } : { vi, en },
  );
  const isoDate = string(regex(ISO_DATE_PATTERN, 'expected an ISO date YYYY-MM-DD'));
  const year = int(gte(1900), lte(2100));
  const id = string(regex(ID_PATTERN, 'expected a kebab-case id like "qd-1373"'));
  const confidence = oneOf(['A', 'B', 'V', 'C', 'N', 'U', '?', 'local']);

  const structuredSource = object(
    {
      type: oneOf([
        'law',
        'resolution',
        'decree',
        'decision',
        'directive',
        'circular',
        'plan',
        'report',
        'official-letter',
        'other',
      ]),
      number: nullable(nonEmpty()),
      issuer: nullable(labels),
      title: optional(labels),
      date: optional(isoDate),
      section: optional(nonEmpty()),
      verified: boolean(),
      confidence: optional(confidence),
      note: optional(labels),
    },
    true,
  );
  const freeTextSource = transform(
    object(
      {
        document: nonEmpty(),
        date: optional(isoDate),
        section: optional(nonEmpty()),
        verified: boolean(),
        confidence: optional(confidence),
        note: optional(union([nonEmpty(), labels])),
      },
      true,
    ),
    ({ document, note, ...rest }: { document: string; note?: string | Labels } & Record<string, unknown>) => ({
      type: 'other',
      number: null,
      issuer: null,
      title: { vi: document, en: document },
      ...rest,
      ...(note === undefined ? {} : { note: typeof note === 'string' ? { vi: note, en: note } : note }),
    }),
  );
  const legalSource = union([structuredSource, freeTextSource]);

  const comparator = oneOf(['at-least', 'at-most']);
  const count = int(gte(0), lte(Number.MAX_SAFE_INTEGER));
  const percentValue = transform(
    union([string(regex(DECIMAL_PATTERN, say(PLANS, 'plan-check.decimal-pattern').en)), number(gte(0), lte(100))]),
    (value: string | number, ctx) => {
      try {
        const t = parseThreshold(value);
        if (t.scaled > 100 * 10 ** t.scale) {
          const over = say(PLANS, 'plan-check.percent-above-100', { value: t.text });
          ctx.addIssue({ code: 'custom', message: over.en, params: { vi: over.vi } });
          return undefined;
        }
        return t.text;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        ctx.addIssue({ code: 'custom', message, params: { vi: isXhhtError(e) ? e.messageVi : message } });
        return undefined;
      }
    },
  );

  const targetBase = {
    indicator: id,
    year,
    comparator: withDefault(comparator, 'at-least'),
    stretch: optional(boolean()),
    source: legalSource,
    note: optional(labels),
  };
  const target = discriminatedUnion('kind', [
    object({ kind: oneOf(['percent']), ...targetBase, value: percentValue }),
    object({
      kind: oneOf(['count']),
      ...targetBase,
      value: count,
      components: optional(
        array(object({ id, label: labels, comparator: withDefault(comparator, 'at-least'), value: count })),
      ),
    }),
    object({ kind: oneOf(['yes-no']), ...targetBase, value: oneOf([true]) }),
  ]);

  const indicator = object({
    id,
    group: nonEmpty(),
    kind: oneOf(['share-of-persons', 'share-of-units', 'count', 'yes-no']),
    level: optional(oneOf(['national', 'province', 'district', 'commune', 'institution'])),
    label: labels,
    numerator: optional(labels),
    denominator: optional(nullable(labels)),
    source: optional(legalSource),
    notes: withDefault(
      array(
        object({
          topic: oneOf(['denominator', 'numerator', 'stretch', 'definition', 'reform', 'subset']),
          text: labels,
        }),
      ),
      [],
    ),
  });

  const baselineBase = {
    indicator: id,
    year: optional(year),
    asOf: optional(isoDate),
    source: legalSource,
    note: optional(labels),
  };
  const baseline = union([
    object({ ...baselineBase, numerator: count, denominator: count }, true),
    object({ ...baselineBase, percent: percentValue }, true),
    object({ ...baselineBase, count }, true),
  ]);

  const plan = transform(
    object({
      id,
      title: labels,
      issuer: nonEmpty(),
      reference: nonEmpty(),
      date: optional(isoDate),
      jurisdiction: object({
        level: oneOf(['national', 'province', 'district', 'commune', 'agency']),
        name: nonEmpty(),
      }),
      period: object({ from: year, to: year }),
      source: legalSource,
      targets: array(target),
      indicators: optional(array(indicator)),
      baselines: optional(array(baseline)),
      extends: optional(id),
      inherit: optional(oneOf(['level', 'all', 'none'])),
    }),
    // what an indicator the plan defines leaves out, the plan says: its level, its source
    ({
      indicators,
      ...plan
    }: { indicators?: Record<string, unknown>[]; jurisdiction: { level: string }; source: unknown } & Record<
      string,
      unknown
    >) => {
      if (indicators === undefined) return plan;
      const level = levelOfJurisdiction(plan.jurisdiction.level as Parameters<typeof levelOfJurisdiction>[0]);
      return {
        ...plan,
        indicators: indicators.map(({ numerator, denominator, source, ...i }) => ({
          ...i,
          level: i.level ?? level,
          numerator: numerator ?? i.label,
          denominator: denominator ?? null,
          source: source ?? plan.source,
        })) as unknown as Indicator[],
      };
    },
  );
  return { legalSource, target, indicator, baseline, plan };
}
