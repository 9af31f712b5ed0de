import { computeAttainment } from '../../src/attainment/compute.js';
import type { AttainmentReport } from '../../src/attainment/result.js';
import { REPORT_OBSERVATIONS, REPORT_PLAN } from './fixtures.js';

/** The fixture report: Đăk Cấm's figures (seed 004) against the test plan. */
export function fixtureReport(): AttainmentReport {
  return computeAttainment({ plan: REPORT_PLAN, year: 2025, observations: REPORT_OBSERVATIONS });
}

/**
 * The national report of the demo: 55 of 63 provinces at XMC level 2 in 2024
 * (shared/domain/targets-1373.md §3, as in examples/national-2024.json), against
 * Decision 1373's 2025 targets, as of 30/06/2025.
 */
export function nationalReport(year: 2025 | 2030 = 2025): AttainmentReport {
  return computeAttainment({
    plan: 'qd-1373',
    year,
    asOf: '2025-06-30',
    observations: [
      { unit: 'Việt Nam', indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63, asOf: '2024-12-31' },
    ],
  });
}

/** Results with data: one chart each in the HTML. */
export function withData(report: AttainmentReport): number {
  return report.results.filter((r) => r.status !== 'no-data').length;
}
