import { z } from 'zod';
import { parseReportedRate } from '../exact/rate.js';

/*
 * The zod schema of an observation, for apps that read observations from JSON (`xhht/schema`).
 * The library checks observations itself (compute.ts, compare.ts) and never loads zod.
 */

const count = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const base = {
  indicator: z.string().min(1),
  unit: z.string().min(1).optional(),
  asOf: z.iso.date().optional(),
  source: z.string().optional(),
  provisional: z.boolean().optional(),
  note: z.object({ vi: z.string().min(1), en: z.string().min(1) }).optional(),
};

/**
 * zod schema of one observation, for apps that read observations from JSON.
 * `computeAttainment` checks the same rules itself (and reports problems as
 * issues instead of throwing), so parsing first is optional.
 *
 * @example
 * observationSchema.parse({ indicator: 'universities-digital', numerator: 120, denominator: 240 });
 */
export const observationSchema = z.union([
  z.strictObject({ ...base, numerator: count, denominator: count }).refine((o) => o.numerator <= o.denominator, {
    message: 'numerator is greater than denominator',
    path: ['numerator'],
  }),
  z.strictObject({ ...base, count, components: z.record(z.string(), count).optional() }),
  z.strictObject({ ...base, achieved: z.boolean() }),
  z.strictObject({ ...base, percent: z.union([z.number(), z.string()]) }).superRefine((o, ctx) => {
    try {
      parseReportedRate(o.percent);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: e instanceof Error ? e.message : String(e), path: ['percent'] });
    }
  }),
]);
