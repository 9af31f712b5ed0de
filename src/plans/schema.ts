import { z } from 'zod';
import type { Indicator } from '../catalog/indicator.js';
import { levelOfJurisdiction } from '../catalog/level.js';
import { isXhhtError } from '../errors.js';
import { say } from '../messages/say.js';
import { PLANS } from '../messages/sections.js';
import { parseThreshold } from '../exact/threshold.js';
import { DECIMAL_PATTERN, ID_PATTERN, ISO_DATE_PATTERN } from './patterns.js';

/*
 * zod schemas for plan files. They accept what a person writes (a number or a
 * decimal string for a percentage, a Vietnamese text without its English) and
 * output the canonical model (`Plan`): percentages become exact decimal text,
 * a missing English text repeats the Vietnamese (marked `untranslated`). Types
 * in plan.ts / target.ts are the documented shape; test/api.types.test.ts
 * checks the two agree. The English messages here are for direct users of the
 * schemas; definePlan words every problem itself, in both languages
 * (messages.ts).
 */

// English is optional: a plan written by an official may be Vietnamese only
const labels = z
  .object({ vi: z.string().min(1), en: z.string().min(1).optional(), untranslated: z.literal(true).optional() })
  .transform(({ vi, en, untranslated }): { vi: string; en: string; untranslated?: true } =>
    en === undefined ? { vi, en: vi, untranslated: true } : untranslated ? { vi, en, untranslated } : { vi, en },
  );
const isoDate = z.string().regex(ISO_DATE_PATTERN, 'expected an ISO date YYYY-MM-DD');
const year = z.int().min(1900).max(2100);
const id = z.string().regex(ID_PATTERN, 'expected a kebab-case id like "qd-1373"');

const confidence = z.enum(['A', 'B', 'V', 'C', 'N', 'U', '?', 'local']);

// The structured form: what a reader cites (type, number, date, issuer, title, section).
const structuredSource = z.strictObject({
  type: z.enum([
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
  number: z.string().min(1).nullable(),
  issuer: labels.nullable(),
  title: labels.optional(),
  date: isoDate.optional(),
  section: z.string().min(1).optional(),
  verified: z.boolean(),
  confidence: confidence.optional(),
  note: labels.optional(),
});

// The free-text form of xhht 0.1 ({ document: "Kế hoạch số 12/KH-UBND", … }), still
// read: the text becomes the title of an `other` document, so it is cited as written.
const freeTextSource = z
  .strictObject({
    document: z.string().min(1),
    date: isoDate.optional(),
    section: z.string().min(1).optional(),
    verified: z.boolean(),
    confidence: confidence.optional(),
    note: z.union([z.string().min(1), labels]).optional(),
  })
  .transform(
    ({ document, note, ...rest }): z.output<typeof structuredSource> => ({
      type: 'other',
      number: null,
      issuer: null,
      title: { vi: document, en: document },
      ...rest,
      ...(note === undefined ? {} : { note: typeof note === 'string' ? { vi: note, en: note } : note }),
    }),
  );

/**
 * zod schema of a legal source (the `LegalSource` type): the document as a
 * reader cites it (type, number or `null`, issuer, title, date), the section,
 * whether the value was read in the document, and a note in both languages.
 * The free-text form `{ document, date?, section?, verified, confidence?, note? }`
 * is still read: the text becomes the title of an `other` document.
 *
 * @example
 * legalSourceSchema.parse({
 *   type: 'plan', number: '12/KH-UBND', date: '2022-01-25', verified: true, confidence: 'local',
 *   issuer: { vi: 'UBND tỉnh Bình Định', en: "People's Committee of Bình Định province" },
 * }); // the same object
 * legalSourceSchema.parse({ document: 'Kế hoạch số 12/KH-UBND', verified: true });
 * // { type: 'other', number: null, issuer: null, title: { vi: 'Kế hoạch số 12/KH-UBND', en: 'Kế hoạch số 12/KH-UBND'
 * //   }, verified: true }
 * legalSourceSchema.safeParse({ document: '1373/QĐ-TTg', date: '30/7/2021', verified: true }).success;
 * // false: dates are ISO
 */
export const legalSourceSchema = z.union([structuredSource, freeTextSource]);

const comparator = z.enum(['at-least', 'at-most']);
const count = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

// The input shapes carry a pattern and bounds so the published JSON Schema
// (`planJsonSchema`) rejects "9,5" or 101 too; the transform makes the exact text.
// A custom issue carries its Vietnamese text in `params.vi` (messages.ts reads it).
const percentValue = z
  .union([z.string().regex(DECIMAL_PATTERN, say(PLANS, 'plan-check.decimal-pattern').en), z.number().min(0).max(100)])
  .transform((value, ctx) => {
    try {
      const t = parseThreshold(value);
      if (t.scaled > 100 * 10 ** t.scale) {
        const over = say(PLANS, 'plan-check.percent-above-100', { value: t.text });
        ctx.addIssue({ code: 'custom', message: over.en, params: { vi: over.vi } });
        return z.NEVER;
      }
      return t.text;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      ctx.addIssue({ code: 'custom', message, params: { vi: isXhhtError(e) ? e.messageVi : message } });
      return z.NEVER;
    }
  });

const targetBase = {
  indicator: id,
  year,
  comparator: comparator.default('at-least'),
  stretch: z.boolean().optional(),
  source: legalSourceSchema,
  note: labels.optional(),
};

/**
 * zod schema of one plan target (the `Target` type), by `kind`. A percentage
 * may be written as a number or as decimal text; the output is exact decimal
 * text, and `comparator` defaults to `at-least`.
 *
 * @example
 * const source = { document: '1373/QĐ-TTg', verified: true };
 * targetSchema.parse({ kind: 'percent', indicator: 'universities-digital', year: 2025, value: 80, source });
 * // { kind: 'percent', indicator: 'universities-digital', year: 2025, comparator: 'at-least', source, value: '80' }
 * targetSchema.safeParse({ kind: 'percent', indicator: 'universities-digital', year: 2025, value: '9,5', source })
 *   .success;
 * // false: a decimal point, not a comma
 */
export const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), ...targetBase, value: percentValue }),
  z.object({
    kind: z.literal('count'),
    ...targetBase,
    value: count,
    components: z
      .array(z.object({ id, label: labels, comparator: comparator.default('at-least'), value: count }))
      .optional(),
  }),
  z.object({ kind: z.literal('yes-no'), ...targetBase, value: z.literal(true) }),
]);

/**
 * zod schema of an indicator a plan defines itself (the `Indicator` type),
 * for what the catalog does not have. Only `id`, `group`, `kind` and the
 * Vietnamese `label` are needed: `notes` defaults to `[]`, and within a plan
 * (`planSchema`) `level` defaults to the plan's jurisdiction level,
 * `numerator` to the label, `denominator` to `null` and `source` to the
 * plan's source.
 *
 * @example
 * indicatorSchema.parse({
 *   id: 'units-learning-unit-province',
 *   group: 'IV',
 *   kind: 'count',
 *   level: 'province',
 *   label: {
 *     vi: 'Số đơn vị được công nhận "Đơn vị học tập" cấp tỉnh',
 *     en: 'Units recognised as "learning unit" at province level',
 *   },
 *   numerator: { vi: 'Số đơn vị được công nhận', en: 'Units recognised' },
 *   denominator: null,
 *   source: { document: 'Kế hoạch năm 2026 của thành phố Huế', verified: true, confidence: 'local' },
 * }).notes; // []
 * indicatorSchema.parse({
 *   id: 'xa-xmc-2',
 *   group: 'I',
 *   kind: 'yes-no',
 *   label: { vi: 'Xã đạt chuẩn xóa mù chữ mức độ 2' },
 * }).label;
 * // { vi: 'Xã đạt chuẩn xóa mù chữ mức độ 2', en: 'Xã đạt chuẩn xóa mù chữ mức độ 2', untranslated: true }
 */
export const indicatorSchema = z.object({
  id,
  group: z.string().min(1),
  kind: z.enum(['share-of-persons', 'share-of-units', 'count', 'yes-no']),
  level: z.enum(['national', 'province', 'district', 'commune', 'institution']).optional(),
  label: labels,
  numerator: labels.optional(),
  denominator: labels.nullable().optional(),
  source: legalSourceSchema.optional(),
  notes: z
    .array(
      z.object({
        topic: z.enum(['denominator', 'numerator', 'stretch', 'definition', 'reform', 'subset']),
        text: labels,
      }),
    )
    .default([]),
});

const baselineBase = {
  indicator: id,
  year: year.optional(),
  asOf: isoDate.optional(),
  source: legalSourceSchema,
  note: labels.optional(),
};

/**
 * zod schema of one plan baseline (the `Baseline` type): a share, a published
 * percentage or a count, with a year or a date and its source.
 *
 * Strict objects, so a baseline has exactly one form (a share, a percentage or
 * a count): `{ percent, count }` is an error, not a silently dropped field.
 * Cross-field rules (a year or a date, numerator ≤ denominator, the kind of the
 * indicator) are checked by definePlan with paths.
 *
 * @example
 * baselineSchema.parse({
 *   indicator: 'universities-digital',
 *   year: 2020,
 *   percent: 35,
 *   source: { document: 'x', verified: true },
 * });
 * // { indicator: 'universities-digital', year: 2020, percent: '35', source: { … } }
 */
export const baselineSchema = z.union([
  z.strictObject({ ...baselineBase, numerator: count, denominator: count }),
  z.strictObject({ ...baselineBase, percent: percentValue }),
  z.strictObject({ ...baselineBase, count }),
]);

/**
 * zod schema of a plan as written (`PlanInput`). `definePlan` parses with it
 * and then checks what a schema cannot (known indicators, kinds that fit, no
 * duplicate targets, `extends`), so use `definePlan` to get a `Plan`.
 *
 * @example
 * const r = planSchema.safeParse({});
 * r.success;               // false
 * r.error?.issues[0].path; // ['id']
 */
export const planSchema = z
  .object({
    id,
    title: labels,
    issuer: z.string().min(1),
    reference: z.string().min(1),
    date: isoDate.optional(),
    jurisdiction: z.object({
      level: z.enum(['national', 'province', 'district', 'commune', 'agency']),
      name: z.string().min(1),
    }),
    period: z.object({ from: year, to: year }),
    source: legalSourceSchema,
    targets: z.array(targetSchema),
    indicators: z.array(indicatorSchema).optional(),
    baselines: z.array(baselineSchema).optional(),
    extends: id.optional(),
    inherit: z.enum(['level', 'all', 'none']).optional(),
  })
  // what an indicator the plan defines leaves out, the plan says: its level, its source
  .transform(({ indicators, ...plan }): typeof plan & { indicators?: Indicator[] } => {
    if (indicators === undefined) return plan;
    const level = levelOfJurisdiction(plan.jurisdiction.level);
    return {
      ...plan,
      indicators: indicators.map(({ numerator, denominator, source, ...i }) => ({
        ...i,
        level: i.level ?? level,
        numerator: numerator ?? i.label,
        denominator: denominator ?? null,
        source: source ?? plan.source,
      })),
    };
  });

/**
 * What `definePlan` accepts (before defaults and normalisation): a percentage
 * may be a number, `comparator` may be left out.
 *
 * @example
 * const input: PlanInput = {
 *   id: 'xa-y-2025', title: { vi: 'Kế hoạch xã Y', en: 'Commune Y plan' }, issuer: 'UBND xã Y',
 *   reference: 'Kế hoạch của xã', jurisdiction: { level: 'commune', name: 'Xã Y' }, period: { from: 2021, to: 2030 },
 *   source: { document: 'Kế hoạch của xã', verified: true, confidence: 'local' },
 *   targets: [{ kind: 'percent', indicator: 'citizens-learning-citizen-title', year: 2025, value: 60,
 *               source: { document: 'Kế hoạch của xã', verified: true } }],
 * };
 * definePlan(input).targets[0]; // { kind: 'percent', value: '60', comparator: 'at-least', … }
 */
export type PlanInput = z.input<typeof planSchema>;
