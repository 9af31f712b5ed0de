/**
 * `--reading <reading id>=<option>` of `xhht assess-communes`: the reading of a
 * provision that has more than one (`getRegime(id).readings`), checked against
 * the regime with the "did you mean" of every other option, and the readings a
 * report names.
 */
import type { Readings, RuleSet } from '../standards/ruleset.js';
import type { StandardId } from '../standards/model.js';
import { REGIMES } from '../standards/regimes.js';
import type { RegimeId, RuleReading, RuleReadingOption } from '../standards/rule.js';
import { UsageError } from './diagnostics.js';
import { didYouMean } from './suggest.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

const COMMAND = 'assess-communes';

/**
 * The readings chosen with `--reading` (repeatable), checked: each value is
 * `<reading id>=<option>`, the reading is one of the regime's and the option
 * one of the reading's. Throws a {@link UsageError} naming the nearest id or
 * option otherwise, or when one reading is given two options.
 *
 * @param values - the `--reading` values, in command-line order
 * @param regime - the regime in use (already checked)
 * @example
 * readingOption(['pcgd-th-1.completion=14'], 'nd142-2025'); // { 'pcgd-th-1.completion': '14' }
 * readingOption(['pcgd-th-1.complete=14'], 'nd142-2025');   // throws UsageError (did you mean "pcgd-th-1.completion"?)
 */
export function readingOption(values: readonly string[] | undefined, regime: RegimeId): Readings {
  const out: Record<string, string> = {};
  const known = REGIMES[regime].readings ?? [];
  for (const value of values ?? []) {
    const at = value.indexOf('=');
    const id = at < 0 ? '' : value.slice(0, at).trim();
    const option = at < 0 ? '' : value.slice(at + 1).trim();
    if (id === '' || option === '') {
      const example = known[0]
        ? ` --reading ${known[0].id}=${(known[0].options.find((o) => o.id !== known[0]!.default) ?? known[0].options[0]!).id}`
        : '';
      const eg = example ? say(CLI, 'usage.reading-example', { example }) : '';
      throw new UsageError(say(CLI, 'usage.reading', { example: eg, value: JSON.stringify(value) }), COMMAND);
    }
    const reading = known.find((g) => g.id === id);
    if (!reading) {
      const ids = known.map((g) => g.id);
      const hint = didYouMean(id, ids);
      const elsewhere = Object.values(REGIMES).find(
        (r) => r.id !== regime && (r.readings ?? []).some((g) => g.id === id),
      );
      const list = ids.join(', ') || (elsewhere ? '—' : 'none');
      const where = elsewhere ? say(CLI, 'usage.reading-elsewhere', { regime: elsewhere.id }) : '';
      throw new UsageError(say(CLI, 'usage.unknown-reading', { regime, id, hint, where, list }), COMMAND);
    }
    const options = reading.options.map((o) => o.id);
    if (!options.includes(option)) {
      const hint = didYouMean(option, options);
      throw new UsageError(
        say(CLI, 'usage.reading-unknown-option', {
          id,
          option: JSON.stringify(option),
          hint,
          options: options.join(', '),
        }),
        COMMAND,
      );
    }
    const before = out[id];
    if (before !== undefined && before !== option) {
      throw new UsageError(say(CLI, 'usage.reading-twice', { id, before, option }), COMMAND);
    }
    out[id] = option;
  }
  return out;
}

/**
 * The readings that bear on the standards assessed, each with the option in
 * use, in the regime's order: what a report must name so its reader knows how
 * the provisions were read.
 *
 * @param set - the rule set the roll-up used
 * @param standards - the standards assessed
 * @example
 * readingsUsed(resolveRules('nd20-2014'), ['pcgd-th']).map((r) => [r.reading.id, r.option.id]); // [['pcgd-th-1.completion', '11-14']]
 */
export function readingsUsed(
  set: RuleSet,
  standards: readonly StandardId[],
): { readonly reading: RuleReading; readonly option: RuleReadingOption }[] {
  const out: { reading: RuleReading; option: RuleReadingOption }[] = [];
  for (const reading of set.regime.readings ?? []) {
    const option = reading.options.find((o) => o.id === set.readings[reading.id])!;
    const bears = reading.options.some((o) => o.rules.some((r) => standards.includes(r.standard)));
    if (bears) out.push({ reading, option });
  }
  return out;
}
