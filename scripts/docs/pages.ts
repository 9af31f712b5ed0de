import type { DocPage } from './page.js';
import { errorsPage } from './errors.js';
import { indicatorsPage } from './indicators.js';

/**
 * Every generated documentation page. Add a page here and run `npm run docs`;
 * test/docs.test.ts checks that the committed files are current.
 */
export const PAGES: readonly DocPage[] = [indicatorsPage, errorsPage];
