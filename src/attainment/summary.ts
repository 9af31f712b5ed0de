import type { AttainmentResult, AttainmentSummary } from './result.js';

/**
 * Counts results by status, and how many rest on an unverified target.
 *
 * @example
 * summarize(report.results); // { total: 15, met: 1, 'not-met': 0, 'no-data': 14, provisional: 0 }
 */
export function summarize(results: readonly Pick<AttainmentResult, 'status' | 'provisional'>[]): AttainmentSummary {
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
