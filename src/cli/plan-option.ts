/**
 * Which plan and year a command uses: `--plan` / `--plan-file` on the command
 * line, else what the input file says, else the national plan. `--plan` takes
 * a built-in id or a plan file; a plan file is JSON, or a plan written as a
 * table (CSV or .xlsx, see `xhht plan init`). A wrong value typed on the
 * command line is a usage error (exit 2); a wrong value inside a file is bad
 * input (exit 1), reported with the file and field or cell.
 */
import type { Plan } from '../plans/plan.js';
import type { Lang } from '../report/labels.js';
import { findPlan, getPlan, listPlans, planYears } from '../plans/registry.js';
import { InputError, UsageError, formatDiagnostic } from './diagnostics.js';
import type { CliIo } from './io.js';
import { definePlanData, looksLikePlanFile, readPlanFile } from './plan-file.js';
import { didYouMean } from './suggest.js';
import { say, messageFields } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/**
 * A resolved plan, and what to pass to `computeAttainment` (the id of a
 * built-in plan, so it is not validated again).
 *
 * @example
 * const chosen: ChosenPlan = { plan: getPlan('qd-1373'), arg: 'qd-1373' };
 */
export interface ChosenPlan {
  readonly plan: Plan;
  readonly arg: string | Plan;
}

/**
 * The national plan, used when nothing names one.
 *
 * @example
 * getPlan(DEFAULT_PLAN).reference; // '1373/QĐ-TTg'
 */
export const DEFAULT_PLAN = 'qd-1373';

const ids = () => listPlans().map((p) => p.id);
const known = () => ids().join(', ');

/**
 * Resolves the plan of a command.
 *
 * @param io - to read a plan file (and to print its warnings on standard error)
 * @param options - `--plan` (an id or a file), `--plan-file`, the input file's `plan` value with the file name, the language of warnings
 * @param command - for usage errors
 * @throws UsageError for an unknown `--plan` or both options; InputError for a bad plan file or a bad `plan` in the input
 * @example
 * await choosePlan(io, { id: 'qd-1373' }, 'evaluate');       // { plan: QD_1373, arg: 'qd-1373' }
 * await choosePlan(io, { id: 'ke-hoach.xlsx' }, 'evaluate'); // the plan written in the workbook
 */
export async function choosePlan(
  io: CliIo,
  options: {
    readonly id?: string;
    readonly file?: string;
    readonly fromInput?: { readonly value: unknown; readonly file: string };
    readonly lang?: Lang;
  },
  command: string,
): Promise<ChosenPlan> {
  if (options.id !== undefined && options.file !== undefined) {
    throw new UsageError(say(CLI, 'usage.plan-and-plan-file'), command);
  }
  // --plan ke-hoach.xlsx: a file, as --plan-file
  const file =
    options.file ??
    (options.id !== undefined && looksLikePlanFile(options.id) && findPlan(options.id) === undefined
      ? options.id
      : undefined);
  if (file !== undefined) {
    const { plan, warnings } = await readPlanFile(io, file);
    for (const w of warnings) io.stderr(`${formatDiagnostic(w, options.lang ?? 'vi')}\n`);
    return { plan, arg: plan };
  }
  if (options.id !== undefined) {
    const plan = findPlan(options.id);
    if (!plan) {
      const hint = didYouMean(options.id, ids());
      throw new UsageError(say(CLI, 'usage.unknown-plan', { id: options.id, hint, known: known() }), command);
    }
    return { plan, arg: plan.id };
  }
  const input = options.fromInput;
  if (input !== undefined && input.value !== undefined) {
    if (typeof input.value === 'string') {
      const plan = findPlan(input.value);
      if (plan) return { plan, arg: plan.id };
      const hint = didYouMean(input.value, ids());
      throw new InputError([
        {
          severity: 'error',
          code: 'unknown-plan',
          file: input.file,
          field: 'plan',
          ...messageFields(say(CLI, 'unknown-plan.in-file', { id: input.value, hint, known: known() })),
        },
      ]);
    }
    const plan = definePlanData(input.value, input.file, ['plan']);
    return { plan, arg: plan };
  }
  return { plan: getPlan(DEFAULT_PLAN), arg: DEFAULT_PLAN };
}

/**
 * The target year: `--year`, else the input file's `year`, else the plan's
 * only year. It must be a year the plan has targets for.
 *
 * @param plan - the chosen plan
 * @param options - `--year` and the input file's `year` value with the file name
 * @param command - for usage errors
 * @throws UsageError for a `--year` the plan lacks, or no year when the plan has several; InputError for a bad `year` in the file
 * @example
 * chooseYear(getPlan('qd-1373'), { option: 2025 }, 'evaluate'); // 2025
 * chooseYear(getPlan('qd-1373'), { option: 2027 }, 'evaluate'); // throws UsageError: targets for 2025, 2030
 */
export function chooseYear(
  plan: Plan,
  options: { readonly option?: number; readonly fromInput?: { readonly value: unknown; readonly file: string } },
  command: string,
): number {
  const years = planYears(plan);
  const list = years.join(', ');
  if (options.option !== undefined) {
    if (years.includes(options.option)) return options.option;
    throw new UsageError(
      say(CLI, 'usage.no-targets-for-year', { id: plan.id, year: options.option, years: list }),
      command,
    );
  }
  const input = options.fromInput;
  if (input !== undefined && input.value !== undefined) {
    if (typeof input.value === 'number' && years.includes(input.value)) return input.value;
    throw new InputError([
      {
        severity: 'error',
        code: typeof input.value === 'number' && Number.isInteger(input.value) ? 'year-not-in-plan' : 'invalid-year',
        file: input.file,
        field: 'year',
        ...messageFields(
          say(CLI, 'option.year-not-in-plan', { value: JSON.stringify(input.value), id: plan.id, list }),
        ),
      },
    ]);
  }
  if (years.length === 1) return years[0]!;
  throw new UsageError(say(CLI, 'usage.year-needed', { id: plan.id, list }), command);
}
