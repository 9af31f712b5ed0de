/**
 * `xhht plans`: the built-in plans (and a plan file, checked), as a list.
 */
import { formatSource } from '../../catalog/source.js';
import type { Plan } from '../../plans/plan.js';
import { listPlans, planYears } from '../../plans/registry.js';
import { COMMON_OPTIONS, TABLE_OPTIONS, formatOption, langOption, parseCommand, tableWidth } from '../args.js';
import { writeTable } from '../columns.js';
import { CSV_OUTPUT_OPTIONS, csvOutput, withBom } from '../csv-output.js';
import { checkOut, emit, type Context } from '../context.js';
import { EXIT, UsageError } from '../diagnostics.js';
import { checkFormatOptions } from '../format-options.js';
import { HELP } from '../help.js';
import { choosePlan } from '../plan-option.js';
import { say } from '../../messages/say.js';
import { CLI } from '../../messages/sections.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...CSV_OUTPUT_OPTIONS,
  ...TABLE_OPTIONS,
  'plan-file': { type: 'string' },
} as const;
const FORMATS = ['table', 'markdown', 'csv', 'json'] as const;

const LEVELS: Readonly<Record<Plan['jurisdiction']['level'], { vi: string; en: string }>> = {
  national: { vi: 'toàn quốc', en: 'national' },
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
  agency: { vi: 'cơ quan', en: 'agency' },
};

/**
 * Runs `xhht plans`.
 *
 * @param argv - arguments after `plans`
 * @param base - io and the language sniffed from argv
 * @returns the exit code
 * @example
 * await plansCommand(['--format', 'json'], { io, lang: 'vi' }); // 0; prints the plans as JSON
 */
export async function plansCommand(argv: readonly string[], base: Context): Promise<number> {
  const { values, positionals } = parseCommand('plans', argv, OPTIONS);
  const lang = langOption(values.lang, 'plans', base.lang);
  const ctx: Context = { ...base, lang };
  if (values.help) {
    ctx.io.stdout(HELP.plans[lang]);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(say(CLI, 'usage.extra-argument', { argument: String(positionals[0]) }), 'plans');
  const format = formatOption(values.format, values.out, FORMATS, 'plans');
  checkFormatOptions(values, format, values.out, 'plans');
  const csv = csvOutput(lang, values, values.out, 'plans');
  const plans: Plan[] = [...listPlans()];
  await checkOut(ctx.io, values.out, [{ path: values['plan-file'], option: '--plan-file' }]);
  if (values['plan-file'] !== undefined)
    plans.push((await choosePlan(ctx.io, { file: values['plan-file'], lang }, 'plans')).plan);
  if (format === 'json') {
    await emit(ctx, JSON.stringify(plans, null, 2), values.out, 'plans');
    return EXIT.ok;
  }
  const header =
    lang === 'vi'
      ? ['Mã', 'Văn bản', 'Cơ quan ban hành', 'Địa bàn', 'Giai đoạn', 'Năm có mục tiêu', 'Số mục tiêu', 'Tên']
      : ['Id', 'Reference', 'Issuer', 'Jurisdiction', 'Period', 'Target years', 'Targets', 'Title'];
  const rows = plans.map((p) => [
    p.id,
    // the plan's document as a reader cites it, in the output language
    formatSource(p.source, lang, { title: false, section: false }),
    p.source.issuer?.[lang] ?? p.issuer,
    `${p.jurisdiction.name} (${LEVELS[p.jurisdiction.level][lang]})`,
    `${p.period.from}–${p.period.to}`,
    planYears(p).join(', '),
    String(p.targets.length),
    p.title[lang],
  ]);
  const body = writeTable({ header, rows }, format, {
    width: tableWidth(ctx.io, values.wide),
    delimiter: csv.delimiter,
  });
  await emit(ctx, format === 'csv' ? withBom(body, csv) : body, values.out, 'plans');
  return EXIT.ok;
}
