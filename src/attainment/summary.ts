import { arrayArg, isRecord, oneOfArg } from '../util/guards.js';
import type { AttainmentResult, AttainmentSummary } from './result.js';

const STATUSES = ['met', 'not-met', 'no-data'] as const;

/**
 * Counts results by status, and how many rest on an unverified target.
 *
 * @example
 * summarize(report.results); // { total: 15, met: 1, 'not-met': 0, 'no-data': 14, provisional: 0 }
 */
export function summarize(given: readonly Pick<AttainmentResult, 'status' | 'provisional'>[]): AttainmentSummary {
  // read once and checked: a status that is not one of the three is no result to count
  const results = arrayArg(given, 'results') as readonly Pick<AttainmentResult, 'status' | 'provisional'>[];
  results.forEach((r, i) => {
    const o = isRecord(r) ? r : null;
    oneOfArg(o?.status, STATUSES, 'status', 'invalid-input', [i, 'status']);
    if (o?.provisional !== undefined && typeof o.provisional !== 'boolean') {
      oneOfArg(o.provisional, [], 'provisional', 'invalid-input', [i, 'provisional']);
    }
  });
  let met = 0;
  let notMet = 0;
  let noData = 0;
  let provisional = 0;
  for (const r of results) {
    if (r.status === 'met') met++;
    else if (r.status === 'not-met') notMet++;
    else noData++;
    if (r.provisional) provisional++;
  }
  return { total: results.length, met, 'not-met': notMet, 'no-data': noData, provisional };
}
