import { issueOf, type Issue } from '../errors.js';
import { say } from '../messages/say.js';
import { STANDARDS_MSG } from '../messages/sections.js';
import type { Snapshot } from './layout.js';
import { EMPTY } from './levels.js';
import type { CommuneInput } from './model.js';
import type { CommuneAssessment } from './result.js';
import { FIELD_INDEX } from './fields.js';
import { Hidden } from '../util/hidden.js';
import { readingsText } from './ruleset.js';
import type { EvaluationPlan } from './evaluation-plan.js';
import { Context, provisionalOf, decideStandard } from './commune-decide.js';
import { STANDARDS_PROPERTY } from './commune-details.js';

const present = (ctx: Context, fields: readonly string[]) =>
  fields.length > 0 && fields.every((f) => !Number.isNaN(ctx.snap[ctx.at + FIELD_INDEX.get(f)!]));

/**
 * `reading-counts-missing` for each reading whose option in use leaves a
 * standard undetermined for want of counts the dossier does not have, when it
 * has every count of another option: the caller probably wrote the dossier for
 * that option (the 14-year-olds before the 11–14 reading existed) and must not
 * be left with a silently different verdict.
 */
function readingWarnings(ctx: Context): Issue[] | null {
  let out: Issue[] | null = null;
  for (const p of ctx.plan.readings) {
    const missing = ctx.missing?.[p.k];
    if (!missing) continue;
    const absent = p.need.filter((f) => missing.includes(f));
    if (absent.length === 0) continue;
    const alt = p.others.find((o) => present(ctx, ctx.ed ? o.ed : o.normal));
    if (!alt) continue;
    const fields = ctx.ed ? alt.ed : alt.normal;
    const choose = readingsText(p.id, alt.option);
    const group = absent[0]!.split('.')[0]!;
    out ??= [];
    out.push(
      issueOf(
        'reading-counts-missing',
        ['counts', group],
        say(STANDARDS_MSG, 'reading-counts-missing', {
          label: { en: p.label, vi: p.labelVi },
          reading: p.id,
          option: p.option,
          isDefault: p.isDefault ? say(STANDARDS_MSG, 'reading.default') : '',
          needs: absent.join(', '),
          other: alt.option,
          fields: fields.join(', '),
          choose,
        }),
        'warning',
      ),
    );
  }
  return out;
}

/**
 * Lets go of the details of a commune result that were built when first read
 * (its `standards` with their levels and checks): the next read builds them
 * again, the same values in new objects. For a reader of 100,000 communes'
 * details one commune after another (the command line writing a roll-up),
 * which would otherwise hold every commune's checks at once. Anything else is
 * left alone.
 *
 * @param result - a commune result of `assessCommune` or `rollUp`
 * @example
 * for (const c of result.communes) {
 *   write(c.standards.xmc?.levels);
 *   releaseDetails(c);
 * }
 */
export function releaseDetails(result: object): void {
  const ctx = Hidden.of(result);
  if (!(ctx instanceof Context)) return;
  ctx.standards = null;
  ctx.built = null;
}

/**
 * Evaluates a commune already read into a snapshot (see `scanCommune`), at
 * offset `at` of the buffer `snap` (a batch's communes share one buffer).
 *
 * @example
 * const snap = emptySnapshot();
 * const input = { counts: { age15to35: { total: 100, literateLevel1: 95 } } };
 * scanCommune(input, [], snap); // null: valid
 * const plan = evaluationPlan(resolveRules('nd20-2014'), ['xmc']);
 * evaluateCommune(input, snap, plan).standards.xmc?.maxLevel; // 2: conditions and 15–60 counts missing
 */
export function evaluateCommune(
  input: Pick<CommuneInput, 'id' | 'name' | 'especiallyDifficult'>,
  snap: Snapshot,
  plan: EvaluationPlan,
  at = 0,
): CommuneAssessment {
  const n = plan.standards.length;
  const ctx = new Context(plan, input.especiallyDifficult === true, snap, at);
  let provisional = false;
  for (let k = 0; k < n; k++) {
    decideStandard(plan.programs[k]!, ctx, k);
    if (!provisional && provisionalOf(ctx, k).length > 0) provisional = true;
  }
  let missing: string[] | null = null;
  if (ctx.missing)
    for (const m of ctx.missing)
      if (m) {
        missing ??= [];
        missing.push(...m);
      }
  const out: { -readonly [K in keyof CommuneAssessment]?: CommuneAssessment[K] } = {};
  if (input.id !== undefined) out.id = input.id;
  if (input.name !== undefined) out.name = input.name;
  out.tier = 'commune';
  out.regime = plan.regime;
  out.especiallyDifficult = ctx.ed;
  out.missing = missing ? [...new Set(missing)] : EMPTY;
  out.provisional = provisional;
  if (ctx.missing !== null && plan.readings.length > 0) {
    const warnings = readingWarnings(ctx);
    if (warnings) out.warnings = warnings;
  }
  Hidden.stamp(out, ctx);
  Object.defineProperty(out, 'standards', STANDARDS_PROPERTY);
  return out as CommuneAssessment;
}
