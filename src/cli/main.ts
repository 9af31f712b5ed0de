/**
 * The `xhht` command line: argv in, text out, an exit code back. All I/O goes
 * through the {@link CliIo} given to {@link run}, so the whole command line is
 * tested in memory; bin.ts wires it to Node.
 */
import { version } from '../../package.json';
import { isXhhtError } from '../errors.js';
import { escapeTerminal } from '../report/escape.js';
import type { Lang } from '../report/labels.js';
import { langOption, sniffLang } from './args.js';
import { assessCommunesCommand } from './commands/assess-communes.js';
import { evaluateCommand } from './commands/evaluate.js';
import { indicatorsCommand } from './commands/indicators.js';
import { planCommand } from './commands/plan.js';
import { plansCommand } from './commands/plans.js';
import { schemaCommand } from './commands/schema.js';
import type { Context } from './context.js';
import { EXIT, InputError, OutputError, UsageError, formatDiagnostic, fromError } from './diagnostics.js';
import { COMMANDS, HELP, type CommandName } from './help.js';
import type { CliIo } from './io.js';
import { didYouMean } from './suggest.js';
import { say } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

export type { CliIo } from './io.js';

const HANDLERS: Readonly<Record<CommandName, (argv: readonly string[], ctx: Context) => Promise<number>>> = {
  evaluate: evaluateCommand,
  plans: plansCommand,
  plan: planCommand,
  indicators: indicatorsCommand,
  schema: schemaCommand,
  'assess-communes': assessCommunesCommand,
};

/** Exit code for a bug in xhht itself (sysexits EX_SOFTWARE), never for bad input. */
const EXIT_INTERNAL = 70;

/**
 * Runs the `xhht` command line.
 *
 * Exit codes: 0 done (warnings may be printed); 1 bad input (a file could not
 * be read or understood, or some rows were rejected, in which case the report
 * of the other rows is still written); 2 a usage error (unknown command or
 * option, bad option value, unknown `--plan`, a `--year` the plan lacks);
 * 70 an internal error.
 *
 * @param argv - the arguments after the program name (`process.argv.slice(2)`)
 * @param io - standard output and error, file access, whether standard error is a terminal
 * @returns the exit code
 * @example
 * const out: string[] = [];
 * const code = await run(['plans', '--lang', 'en'], {
 *   stdout: (t) => out.push(t), stderr: (t) => process.stderr.write(t), isTTY: false,
 *   readFile: (p) => fs.promises.readFile(p), writeFile: (p, t) => fs.promises.writeFile(p, t),
 * });
 * code; // 0
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = sniffLang(argv);
  const ctx: Context = { io, lang };
  try {
    // `xhht --lang en <command> …`: a language before the command applies to it
    let args = argv;
    while (args[0] === '--lang' || args[0]?.startsWith('--lang=')) {
      const value = args[0] === '--lang' ? args[1] : args[0].slice('--lang='.length);
      langOption(value);
      args = args.slice(args[0] === '--lang' ? 2 : 1);
    }
    const [first, ...rest] = args;
    if (first === undefined) {
      io.stderr(HELP.main[lang]);
      return EXIT.usage;
    }
    if (first === '--help' || first === '-h') {
      io.stdout(HELP.main[lang]);
      return EXIT.ok;
    }
    if (first === '--version' || first === '-V') {
      io.stdout(`${version}\n`);
      return EXIT.ok;
    }
    if (first === 'help') {
      const topic = rest.find((a) => !a.startsWith('-'));
      if (topic === undefined) {
        io.stdout(HELP.main[lang]);
        return EXIT.ok;
      }
      if (!isCommand(topic)) throw unknownCommand(topic);
      io.stdout(HELP[topic][lang]);
      return EXIT.ok;
    }
    if (!isCommand(first)) throw unknownCommand(first);
    return await HANDLERS[first](rest, ctx);
  } catch (e) {
    return failure(e, ctx.io, lang);
  }
}

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

/** Options accepted before a command. */
const MAIN_OPTIONS = ['--help', '--version', '--lang'];

function unknownCommand(name: string): UsageError {
  const list = COMMANDS.join(', ');
  if (name.startsWith('-')) {
    const hint = didYouMean(name, MAIN_OPTIONS);
    return new UsageError(say(CLI, 'usage.option-before-command', { name, hint: hint, list }));
  }
  const hint = didYouMean(name, COMMANDS);
  return new UsageError(say(CLI, 'usage.unknown-command', { name, hint: hint, list }));
}

/** Prints a failure and returns its exit code. */
function failure(e: unknown, io: CliIo, lang: Lang): number {
  if (e instanceof UsageError) {
    const hint = e.command === undefined ? 'xhht --help' : `xhht ${e.command} --help`;
    const see = say(CLI, 'usage.see-help', { hint })[lang];
    io.stderr(`xhht: ${escapeTerminal(lang === 'vi' ? e.messageVi : e.message)}\n${see}\n`);
    return EXIT.usage;
  }
  if (e instanceof OutputError) {
    io.stderr(`${formatDiagnostic(e.diagnostic, lang)}\n`);
    return EXIT.usage;
  }
  if (e instanceof InputError) {
    for (const d of e.diagnostics) io.stderr(`${formatDiagnostic(d, lang)}\n`);
    return EXIT.input;
  }
  if (isXhhtError(e)) {
    io.stderr(`${formatDiagnostic(fromError(e), lang)}\n`);
    return EXIT.input;
  }
  // not an XhhtError: a bug in xhht, not a problem with the input
  io.stderr(`xhht: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return EXIT_INTERNAL;
}
