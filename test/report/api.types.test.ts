import { describe, expectTypeOf, it } from 'vitest';
import * as api from '../../src/index.js';
import type { AttainmentReport, RenderReportOptions } from '../../src/index.js';

// The contract the CLI codes against (checked by `tsc --noEmit`, part of `npm test`).
describe('renderReport public types', () => {
  it('takes one report or many and options { format, lang?, title? }, returns a string', () => {
    expectTypeOf(api.renderReport).parameter(0).toEqualTypeOf<AttainmentReport | readonly AttainmentReport[]>();
    expectTypeOf(api.renderReport).parameter(1).toEqualTypeOf<RenderReportOptions>();
    expectTypeOf(api.renderReport).returns.toEqualTypeOf<string>();
    expectTypeOf<RenderReportOptions['format']>().toEqualTypeOf<api.ReportFormat>();
    expectTypeOf<api.ReportFormat>().toEqualTypeOf<'markdown' | 'csv' | 'html'>();
    expectTypeOf<api.ReportLang>().toEqualTypeOf<'vi' | 'en'>();
    expectTypeOf<{ format: 'html'; lang: 'vi'; title: 'x' }>().toExtend<RenderReportOptions>();
    expectTypeOf<{ format: 'csv' }>().toExtend<RenderReportOptions>();
  });
});
