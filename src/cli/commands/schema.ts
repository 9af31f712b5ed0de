/**
 * `xhht schema`: the JSON Schema of a plan file, so apps in any language can
 * validate the plans they write before xhht reads them.
 */
import { planJsonSchema } from '../../plans/json-schema.js';
import { COMMON_OPTIONS, langOption, parseCommand } from '../args.js';
import { emit, type Context } from '../context.js';
import { EXIT, UsageError } from '../diagnostics.js';
import { HELP } from '../help.js';
import { say } from '../../messages/say.js';
import { CLI } from '../../messages/sections.js';

const OPTIONS = { help: COMMON_OPTIONS.help, lang: COMMON_OPTIONS.lang, out: COMMON_OPTIONS.out } as const;

/**
 * Runs `xhht schema`.
 *
 * @param argv - arguments after `schema`
 * @param base - io and the language sniffed from argv
 * @returns the exit code
 * @example
 * await schemaCommand(['--out', 'plan.schema.json'], { io, lang: 'vi' }); // 0
 */
export async function schemaCommand(argv: readonly string[], base: Context): Promise<number> {
  const { values, positionals } = parseCommand('schema', argv, OPTIONS);
  const lang = langOption(values.lang, 'schema', base.lang);
  const ctx: Context = { ...base, lang };
  if (values.help) {
    ctx.io.stdout(HELP.schema[lang]);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(say(CLI, 'usage.extra-argument', { argument: String(positionals[0]) }), 'schema');
  await emit(ctx, JSON.stringify(planJsonSchema(), null, 2), values.out, 'schema');
  return EXIT.ok;
}
