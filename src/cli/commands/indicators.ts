/**
 * `xhht indicators`: the indicator catalog, or a plan's indicators with their
 * targets per year.
 */
import type { Indicator } from '../../catalog/indicator.js';
import { findIndicator, listIndicators } from '../../catalog/registry.js';
import { formatSource } from '../../catalog/source.js';
import { planYears } from '../../plans/registry.js';
import type { Target } from '../../plans/target.js';
import { escapeMarkdown, escapeTerminal } from '../../report/escape.js';
import { WORDS, type Lang } from '../../report/labels.js';
import { formatNumber, formatPercent } from '../../report/numbers.js';
import {
  COMMON_OPTIONS,
  TABLE_OPTIONS,
  formatOption,
  langOption,
  parseCommand,
  tableWidth,
  yearOption,
} from '../args.js';
import { paragraph, writeTable } from '../columns.js';
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
  plan: { type: 'string', short: 'p' },
  'plan-file': { type: 'string' },
  year: { type: 'string', short: 'y' },
} as const;
const FORMATS = ['table', 'markdown', 'csv', 'json'] as const;

const KINDS: Readonly<Record<Indicator['kind'], { vi: string; en: string }>> = {
  'share-of-persons': { vi: 'tỷ lệ người', en: 'share of people' },
  'share-of-units': { vi: 'tỷ lệ đơn vị', en: 'share of units' },
  count: { vi: 'số lượng', en: 'count' },
  'yes-no': { vi: 'có/không', en: 'yes/no' },
};

/**
 * A target as a short cell: "≥ 70%", "≤ 1%", "≥ 15 (level-2 ≥ 5)", "Có";
 * "(phấn đấu)" for a stretch target, "*" when its source is not verified.
 *
 * @example
 * targetText(
 *   {
 *     kind: 'percent',
 *     indicator: 'x',
 *     year: 2025,
 *     comparator: 'at-least',
 *     value: '99.5',
 *     source: { type: 'other', number: null, issuer: null, title: { vi: 'd', en: 'd' }, verified: false },
 *   },
 *   'vi',
 * );
 * // '≥ 99,5%*'
 */
function targetText(t: Target, lang: Lang): string {
  const sign = t.comparator === 'at-most' ? '≤' : '≥';
  let text: string;
  if (t.kind === 'percent') text = `${sign} ${formatPercent(t.value, lang)}`;
  else if (t.kind === 'count') {
    const parts = (t.components ?? []).map(
      (c) => `${c.id} ${c.comparator === 'at-most' ? '≤' : '≥'} ${formatNumber(c.value, lang)}`,
    );
    text = `${sign} ${formatNumber(t.value, lang)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  } else text = WORDS.yes[lang];
  return `${text}${t.stretch ? ` (${WORDS.stretch[lang]})` : ''}${t.source.verified ? '' : '*'}`;
}

/**
 * Runs `xhht indicators`.
 *
 * @param argv - arguments after `indicators`
 * @param base - io and the language sniffed from argv
 * @returns the exit code
 * @example
 * await indicatorsCommand(['--plan', 'qd-1373', '--year', '2025'], { io, lang: 'vi' }); // 0
 */
export async function indicatorsCommand(argv: readonly string[], base: Context): Promise<number> {
  const { values, positionals } = parseCommand('indicators', argv, OPTIONS);
  const lang = langOption(values.lang, 'indicators', base.lang);
  const ctx: Context = { ...base, lang };
  if (values.help) {
    ctx.io.stdout(HELP.indicators[lang]);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(say(CLI, 'usage.extra-argument', { argument: String(positionals[0]) }), 'indicators');
  const format = formatOption(values.format, values.out, FORMATS, 'indicators');
  const year = yearOption(values.year, 'indicators');
  checkFormatOptions(values, format, values.out, 'indicators');
  const csv = csvOutput(lang, values, values.out, 'indicators');
  const width = tableWidth(ctx.io, values.wide);
  await checkOut(ctx.io, values.out, [
    { path: values['plan-file'], option: '--plan-file' },
    { path: values.plan, option: '--plan' },
  ]);
  const vi = lang === 'vi';

  if (values.plan === undefined && values['plan-file'] === undefined) {
    if (year !== undefined) throw new UsageError(say(CLI, 'usage.year-without-plan'), 'indicators');
    const all = listIndicators();
    if (format === 'json') {
      await emit(ctx, JSON.stringify(all, null, 2), values.out, 'indicators');
      return EXIT.ok;
    }
    const header = vi ? ['Mã', 'Nhóm', 'Loại', 'Chỉ tiêu'] : ['Id', 'Group', 'Kind', 'Indicator'];
    const rows = all.map((i) => [i.id, i.group, KINDS[i.kind][lang], i.label[lang]]);
    const body = writeTable({ header, rows }, format, { width, delimiter: csv.delimiter });
    await emit(ctx, format === 'csv' ? withBom(body, csv) : body, values.out, 'indicators');
    return EXIT.ok;
  }

  const { plan } = await choosePlan(ctx.io, { id: values.plan, file: values['plan-file'], lang }, 'indicators');
  const years = year === undefined ? planYears(plan) : [year];
  if (year !== undefined && !planYears(plan).includes(year)) {
    throw new UsageError(
      say(CLI, 'usage.no-targets-for-year', { id: plan.id, year, years: planYears(plan).join(', ') }),
      'indicators',
    );
  }
  const own = new Map((plan.indicators ?? []).map((i) => [i.id, i]));
  // indicators in the order of their first target
  const ids = [...new Set(plan.targets.filter((t) => years.includes(t.year)).map((t) => t.indicator))];
  const entries = ids.map((id) => ({
    indicator: (own.get(id) ?? findIndicator(id))!,
    targets: plan.targets.filter((t) => t.indicator === id && years.includes(t.year)),
  }));
  if (format === 'json') {
    await emit(ctx, JSON.stringify(entries, null, 2), values.out, 'indicators');
    return EXIT.ok;
  }
  const header = [...(vi ? ['Mã', 'Nhóm', 'Chỉ tiêu'] : ['Id', 'Group', 'Indicator']), ...years.map(String)];
  const rows = entries.map(({ indicator, targets }) => [
    indicator.id,
    indicator.group,
    indicator.label[lang],
    ...years.map((y) => {
      const t = targets.find((x) => x.year === y);
      return t ? targetText(t, lang) : '';
    }),
  ]);
  const note = entries.some((e) => e.targets.some((t) => !t.source.verified))
    ? `\n${say(CLI, 'summary.provisional-note')[lang]}\n`
    : '';
  // the title of a plan file is data: escaped like the cells
  const heading = `${plan.title[lang]} (${formatSource(plan.source, lang, { title: false, section: false })})`;
  const title = `${format === 'markdown' ? escapeMarkdown(heading) : paragraph(escapeTerminal(heading), width)}\n\n`;
  const body = writeTable({ header, rows }, format, { width, delimiter: csv.delimiter });
  await emit(ctx, format === 'csv' ? withBom(body, csv) : `${title}${body}${note}`, values.out, 'indicators');
  return EXIT.ok;
}
