import { z } from 'zod';
import { planSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of a plan file, generated from the zod schema
 * of a plan (`planSchema`, whose rules `definePlan` checks), so apps in any
 * language can check a plan before sending it.
 * It describes the input form: a percentage may be a number (0–100) or decimal
 * text ("99.5"), `comparator` defaults to "at-least". Rules that span fields
 * (known indicator ids, a target kind that fits its indicator, one target per
 * indicator and year, years inside the period, a baseline with a year or a
 * date) are checked by `definePlan` only.
 *
 * Returns a new object on every call: callers may change it freely.
 *
 * @returns the JSON Schema as a plain object
 * @example
 * const schema = planJsonSchema();
 * schema.$schema;                 // 'https://json-schema.org/draft/2020-12/schema'
 * JSON.stringify(schema, null, 2); // what `xhht schema` prints
 */
export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(planSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'xhht plan',
    description:
      'A plan of the learning-society programme (Decision 1373/QĐ-TTg or a local plan): issuer, legal reference, jurisdiction, period, targets with their sources, optional baselines and a parent plan to extend.',
    ...rest,
  };
}
