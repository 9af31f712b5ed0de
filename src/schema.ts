/**
 * `xhht/schema`: the zod schemas of plan files and observations, and the JSON
 * Schema of a plan file, for apps that validate with zod or publish the schema.
 *
 * The library's own functions (`definePlan`, `validatePlan`, `computeAttainment`,
 * `compareToTarget`) check the same rules without zod, with the same issues and
 * messages; only this entry loads zod.
 * @packageDocumentation
 */
export { planSchema, targetSchema, indicatorSchema, legalSourceSchema, baselineSchema } from './plans/schema.js';
export type { PlanInput } from './plans/schema.js';
export { observationSchema } from './attainment/observation-schema.js';
export { planJsonSchema } from './plans/json-schema.js';
