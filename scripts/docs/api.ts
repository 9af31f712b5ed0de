import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import config from '../../tsup.config.js';
import { generatedBanner, markdownTable, type DocPage } from './page.js';

/*
 * docs/exports.md: every export of every entry of the package (`xhht`, `xhht/report`, `xhht/schema`), one line each,
 * the first sentence of its JSDoc. The entries are read from the library build of tsup.config.ts
 * and must match the `exports` of package.json (a path in one and not the other fails here, so
 * `npm run docs` and the docs test fail).
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where an export is defined, as a heading: the source folder, in the order of the data flow. */
const AREAS: readonly (readonly [folder: string, heading: string])[] = [
  ['errors', 'Errors'],
  ['exact', 'Exact shares and the one display rule'],
  ['vi', 'Vietnamese numbers'],
  ['catalog', 'Indicators and legal sources'],
  ['plans', 'Plans'],
  ['attainment', 'Attainment against plan targets'],
  ['progress', 'Progress toward targets'],
  ['standards', 'XMC/PCGD standards'],
  ['workforce', 'Workforce qualification'],
  ['titles', 'Learning-model titles'],
  ['report', 'Reports'],
];

/** The library's entries: package subpath → source file, checked against package.json. */
function entries(): readonly { readonly path: string; readonly source: string }[] {
  const builds = (Array.isArray(config) ? config : [config]) as { entry?: unknown }[];
  const library = builds.find((b) => JSON.stringify(b.entry).includes('src/index.ts'));
  const entry = library?.entry;
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    throw new Error('tsup.config.ts: the library build must name its entries in an object { name: file }');
  }
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { name: string; exports: object };
  const exported = Object.keys(pkg.exports).filter((k) => k !== './package.json');
  const built = Object.entries(entry as Record<string, string>).map(([name, source]) => ({
    subpath: name === 'index' ? '.' : `./${name}`,
    source,
  }));
  const missing = exported.filter((p) => !built.some((b) => b.subpath === p));
  const unexported = built.filter((b) => !exported.includes(b.subpath)).map((b) => b.subpath);
  if (missing.length > 0 || unexported.length > 0) {
    throw new Error(
      `package.json exports and tsup.config.ts entries differ: not built ${missing.join(', ') || '-'}; ` +
        `not exported ${unexported.join(', ') || '-'}`,
    );
  }
  return built.map((b) => ({
    path: b.subpath === '.' ? pkg.name : `${pkg.name}/${b.subpath.slice(2)}`,
    source: b.source,
  }));
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'Art', 'No', 'cf', 'vs', 'etc', 'art']);

/**
 * The first sentence of a JSDoc text: up to the first period that ends a sentence (followed by a
 * space and not inside brackets, quotes or code, not after an abbreviation), or the first paragraph.
 */
function firstSentence(text: string): string {
  const paragraph = text
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  let depth = 0;
  let code = false;
  let quote = false;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i]!;
    if (c === '`') code = !code;
    else if (code) continue;
    else if (c === '"') quote = !quote;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === '.' && depth === 0 && !quote && (i + 1 === paragraph.length || paragraph[i + 1] === ' ')) {
      const word = /([\w.]+)$/.exec(paragraph.slice(0, i))?.[1] ?? '';
      if (!ABBREVIATIONS.has(word)) return paragraph.slice(0, i + 1);
    }
  }
  return paragraph;
}

interface ExportLine {
  readonly name: string;
  readonly kind: string;
  readonly area: string;
  readonly summary: string;
}

function kindOf(symbol: ts.Symbol): string {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Variable) return 'const';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  return 'other';
}

/** `{@link X}` and `{@link X | text}` read as their text. */
function docText(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  return ts
    .displayPartsToString(symbol.getDocumentationComment(checker))
    .replace(/\{@link(?:code|plain)? ([^}|]+?)(?:\s*\|\s*([^}]+))?\}/g, (_m, target: string, label?: string) =>
      label ? label.trim() : `\`${target.trim()}\``,
    );
}

/** Every export of the entries, resolved to the declaration that documents it. */
function exportsOf(): { readonly path: string; readonly lines: readonly ExportLine[] }[] {
  const list = entries();
  const program = ts.createProgram(
    list.map((e) => resolve(ROOT, e.source)),
    {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  return list.map((e) => {
    const file = program.getSourceFile(resolve(ROOT, e.source));
    const module = file && checker.getSymbolAtLocation(file);
    if (!module) throw new Error(`cannot read ${e.source}`);
    const lines = checker.getExportsOfModule(module).map((s): ExportLine => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      const at = target.declarations?.[0]?.getSourceFile().fileName ?? '';
      const folder = relative(resolve(ROOT, 'src'), at).split(/[\\/]/)[0]!.replace(/\.ts$/, '');
      // top-level files beside errors.ts (missing arguments, a problem's message) go under Errors
      const beside = folder === 'missing' || folder === 'message-in';
      const area = AREAS.find(([f]) => f === folder || (beside && f === 'errors'));
      if (!area) throw new Error(`${s.name}: no heading for src/${folder} in scripts/docs/api.ts`);
      const summary = firstSentence(docText(target, checker));
      if (summary === '') throw new Error(`${s.name} (${e.path}) has no JSDoc`);
      return { name: s.name, kind: kindOf(target), area: area[1], summary };
    });
    return { path: e.path, lines };
  });
}

function render(): string {
  const all = exportsOf();
  const out = [
    generatedBanner('the exports of each package entry (tsup.config.ts, package.json) and their JSDoc'),
    '',
    '# Exports: every name of the package',
    '',
    `${all
      .map((e) => `\`${e.path}\` (${e.lines.length} exports)`)
      .join(', ')
      .replace(/, ([^,]*)$/, ' and $1')}, one line each: the first sentence`,
    "of the export's documentation. An editor's hover and `npm run docs:api` (typedoc) give the rest.",
    '',
    '- `xhht`: what a user of the README, the [guide](guide.md) and the command line needs; it loads',
    '  no other package.',
    '- `xhht/report`: the building blocks of the built-in reports, for an app that lays out its own',
    '  ([reports](reports.md#your-own-layout-xhhtreport)).',
    '- `xhht/schema`: the zod schemas of plan files and observations and the JSON Schema of a plan',
    '  file, for an app that validates with zod (the one entry that loads zod).',
    '',
    'Helpers the library uses itself are not exported; CHANGELOG.md lists what left the root and',
    'where it went.',
  ];
  for (const entry of all) {
    out.push('', `## \`${entry.path}\``);
    for (const [, heading] of AREAS) {
      const lines = entry.lines.filter((l) => l.area === heading).sort((a, b) => a.name.localeCompare(b.name, 'en'));
      if (lines.length === 0) continue;
      out.push(
        '',
        `### ${heading}`,
        '',
        markdownTable(
          ['export', 'kind', 'what it is'],
          lines.map((l) => [`\`${l.name}\``, l.kind, l.summary]),
        ),
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** docs/exports.md */
export const apiPage: DocPage = { path: 'docs/exports.md', render };
