import type { DocPage } from './page.js';
import { apiPage } from './api.js';
import { errorsPage } from './errors.js';
import { indicatorsPage } from './indicators.js';
import { cliColumnsPage } from './cli-columns.js';
import { plansPage } from './plans.js';
import { titlesPage } from './titles.js';
import { workforcePage } from './workforce.js';
import { standardsPage } from './standards.js';

/**
 * Every generated documentation page. Add a page here and run `npm run docs`;
 * test/docs.test.ts checks that the committed files are current.
 */
export const PAGES: readonly DocPage[] = [
  indicatorsPage,
  errorsPage,
  cliColumnsPage,
  plansPage,
  titlesPage,
  workforcePage,
  standardsPage,
  apiPage,
];
