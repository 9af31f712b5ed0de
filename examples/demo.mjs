// npm run demo: the attainment of the bundled national 2024 figures against the
// 2025 and 2030 targets of Decision 1373, printed as the appendix table of a
// 5-year review. Runs on the built package (dist/), as an app would import it.
import { readFileSync } from 'node:fs';
import { computeAttainment, renderText } from '../dist/index.js';

const example = JSON.parse(readFileSync(new URL('./national-2024.json', import.meta.url), 'utf8'));

for (const year of [2025, 2030]) {
  const report = computeAttainment({ plan: 'qd-1373', year, observations: example.observations, asOf: '2025-06-30' });
  console.log(renderText(report, { lang: 'vi' }));
  console.log();
}
console.log('Source of the figures:', example.observations[0].source);
