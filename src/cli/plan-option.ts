/**
 * Which plan and year a command uses: `--plan` / `--plan-file` on the command
 * line, else what the input file says, else the national plan. A wrong value
 * typed on the command line is a usage error (exit 2); a wrong value inside a
 * file is bad input (exit 1), reported with the file and field.
 */
import { isXhhtError } from '../errors.js';
import { definePlan } from '../plans/define.js';
import type { Plan } from '../plans/plan.js';
import { findPlan, getPlan, listPlans, planYears } from '../plans/registry.js';
import { InputError, UsageError, fromError, jsonPath, type Diagnostic } from './diagnostics.js';
import { readInputText, type CliIo } from './io.js';
import { parseJsonFile } from './json.js';
import { didYouMean } from './suggest.js';

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

/** Diagnostics of a thrown definePlan error: one per problem, each at its field. */
function planDiagnostics(e: unknown, file: string, prefix: readonly (string | number)[]): Diagnostic[] {
  if (isXhhtError(e) && e.issues.length > 0) {
    return e.issues.map((i) => ({ severity: i.severity, code: i.code, file, field: jsonPath([...prefix, ...i.path]), message: i.message, messageVi: i.messageVi }));
  }
  return [fromError(e, file, isXhhtError(e) && e.path.length > 0 ? jsonPath([...prefix, ...e.path]) : prefix.length > 0 ? jsonPath(prefix) : undefined)];
}

/**
 * Resolves the plan of a command.
 *
 * @param io - to read `--plan-file`
 * @param options - `--plan`, `--plan-file`, and the input file's `plan` value with the file name
 * @param command - for usage errors
 * @throws UsageError for an unknown `--plan` or both options; InputError for a bad plan file or a bad `plan` in the input
 * @example
 * await choosePlan(io, { id: 'qd-1373' }, 'evaluate'); // { plan: QD_1373, arg: 'qd-1373' }
 */
export async function choosePlan(
  io: CliIo,
  options: { readonly id?: string; readonly file?: string; readonly fromInput?: { readonly value: unknown; readonly file: string } },
  command: string,
): Promise<ChosenPlan> {
  if (options.id !== undefined && options.file !== undefined) {
    throw new UsageError('give --plan or --plan-file, not both', 'chỉ dùng --plan hoặc --plan-file, không dùng cả hai', command);
  }
  if (options.id !== undefined) {
    const plan = findPlan(options.id);
    if (!plan) {
      const hint = didYouMean(options.id, ids());
      throw new UsageError(
        `unknown plan "${options.id}"${hint.en}; built-in plans: ${known()} (or use --plan-file)`,
        `không có kế hoạch "${options.id}"${hint.vi}; các kế hoạch có sẵn: ${known()} (hoặc dùng --plan-file)`,
        command,
      );
    }
    return { plan, arg: plan.id };
  }
  if (options.file !== undefined) {
    const file = options.file;
    const text = await readInputText(io, file);
    const data = parseJsonFile(text, file);
    try {
      const plan = definePlan(data);
      return { plan, arg: plan };
    } catch (e) {
      throw new InputError(planDiagnostics(e, file, []));
    }
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
          message: `unknown plan "${input.value}"${hint.en}; built-in plans: ${known()}`,
          messageVi: `không có kế hoạch "${input.value}"${hint.vi}; các kế hoạch có sẵn: ${known()}`,
        },
      ]);
    }
    try {
      const plan = definePlan(input.value);
      return { plan, arg: plan };
    } catch (e) {
      throw new InputError(planDiagnostics(e, input.file, ['plan']));
    }
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
      `plan "${plan.id}" has no targets for ${options.option}; it has targets for ${list}`,
      `kế hoạch "${plan.id}" không có mục tiêu cho năm ${options.option}; có mục tiêu cho các năm ${list}`,
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
        message: `year ${JSON.stringify(input.value)}: plan "${plan.id}" has targets for ${list}`,
        messageVi: `năm ${JSON.stringify(input.value)}: kế hoạch "${plan.id}" có mục tiêu cho các năm ${list}`,
      },
    ]);
  }
  if (years.length === 1) return years[0]!;
  throw new UsageError(`--year is needed: plan "${plan.id}" has targets for ${list}`, `cần --year: kế hoạch "${plan.id}" có mục tiêu cho các năm ${list}`, command);
}
