/**
 * `xhht assess-communes <file>`: XMC/PCGD standards of every commune in a
 * file, rolled up to districts and provinces by rollUp.
 */
import type { Issue } from '../../errors.js';
import type { StandardId } from '../../standards/model.js';
import { REGIMES } from '../../standards/regimes.js';
import { rollUp } from '../../standards/rollup.js';
import { COMMON_OPTIONS, delimiterOption, formatOption, langOption, parseCommand } from '../args.js';
import { writeTable } from '../columns.js';
import { readCommunesCsv, readCommunesJson, type CommuneFile } from '../communes.js';
import { checkOut, emit, printDiagnostics, type Context } from '../context.js';
import { EXIT, UsageError, jsonPath, type Diagnostic } from '../diagnostics.js';
import { HELP } from '../help.js';
import { readInputText } from '../io.js';
import { looksLikeJson } from '../observations.js';
import { createProgress } from '../progress.js';
import { legend, nationalLines, standardsTable } from '../standards-table.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  regime: { type: 'string', short: 'r' },
  province: { type: 'string' },
  standards: { type: 'string', short: 's' },
  delimiter: { type: 'string', short: 'd' },
} as const;
const FORMATS = ['table', 'markdown', 'csv', 'json'] as const;

/**
 * The regime used when none is given: the one in force since 1 July 2025.
 *
 * @example
 * getRegime(DEFAULT_REGIME).tiers; // ['commune', 'province']
 */
export const DEFAULT_REGIME = 'nd142-2025';

/**
 * Runs `xhht assess-communes`.
 *
 * @param argv - arguments after `assess-communes`
 * @param base - io and the language sniffed from argv
 * @returns the exit code: 0, or 1 when communes were rejected (the others are still assessed)
 * @example
 * await assessCommunesCommand(['examples/communes-sample.csv'], { io, lang: 'vi' }); // 0
 */
export async function assessCommunesCommand(argv: readonly string[], base: Context): Promise<number> {
  const { values, positionals } = parseCommand('assess-communes', argv, OPTIONS);
  const lang = langOption(values.lang, 'assess-communes', base.lang);
  const ctx: Context = { ...base, lang };
  if (values.help) {
    ctx.io.stdout(HELP['assess-communes'][lang]);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw positionals.length === 0
      ? new UsageError('which file? give one .csv or .json file of communes', 'tệp nào? hãy chỉ một tệp số liệu xã .csv hoặc .json', 'assess-communes')
      : new UsageError(`one file at a time, got ${positionals.length}`, `mỗi lần một tệp, nhận được ${positionals.length}`, 'assess-communes');
  }
  const file = positionals[0]!;
  const format = formatOption(values.format, values.out, FORMATS, 'assess-communes');
  const regime = values.regime ?? DEFAULT_REGIME;
  if (!Object.prototype.hasOwnProperty.call(REGIMES, regime)) {
    const known = Object.keys(REGIMES).join(', ');
    throw new UsageError(`unknown regime "${regime}"; known: ${known}`, `không có chế độ quy định "${regime}"; có: ${known}`, 'assess-communes');
  }
  const delimiter = delimiterOption(values.delimiter, 'assess-communes');
  const standards = values.standards?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const offered: readonly string[] = REGIMES[regime as keyof typeof REGIMES].standards;
  const unknown = standards?.find((s) => !offered.includes(s));
  if (unknown !== undefined) {
    throw new UsageError(
      `regime ${regime} has no standard "${unknown}"; it has ${offered.join(', ')}`,
      `chế độ ${regime} không có chuẩn "${unknown}"; có: ${offered.join(', ')}`,
      'assess-communes',
    );
  }

  checkOut(values.out, [{ path: file }], 'assess-communes');
  const text = await readInputText(ctx.io, file);
  const progress = createProgress(ctx.io, lang);
  const input = looksLikeJson(file, text)
    ? readCommunesJson(text, file)
    : readCommunesCsv(text, file, { ...(delimiter ? { delimiter } : {}), ...(values.province !== undefined ? { province: values.province } : {}), progress: progress.rows });
  progress.step({ vi: 'đang đánh giá…', en: 'assessing…' });
  const result = rollUp(input.communes, { regime, ...(standards && standards.length > 0 ? { standards: standards as StandardId[] } : {}) });
  progress.done();

  if (format === 'json') {
    await emit(ctx, JSON.stringify(result, null, 2), values.out, 'assess-communes');
  } else {
    const table = standardsTable(result, lang);
    const body = writeTable(table, format);
    if (format === 'csv') await emit(ctx, body, values.out, 'assess-communes');
    else {
      const r = REGIMES[result.regime];
      const title = `${lang === 'vi' ? r.labelVi : r.label} (${r.id})`;
      const national = nationalLines(result, lang);
      const heading = lang === 'vi' ? `Toàn bộ (${result.national.provinces} tỉnh):` : `All (${result.national.provinces} provinces):`;
      const bullet = format === 'markdown' ? '- ' : '  ';
      const text = [
        format === 'markdown' ? `# ${title}` : title,
        '',
        body.trimEnd(),
        '',
        legend(lang),
        '',
        heading,
        ...national.map((l) => `${bullet}${l}`),
      ].join('\n');
      await emit(ctx, text, values.out, 'assess-communes');
    }
  }

  const diagnostics = [...input.diagnostics, ...result.issues.map((i) => located(i, input, file))];
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const errors = printDiagnostics(ctx, diagnostics);
  return errors > 0 ? EXIT.input : EXIT.ok;
}

/** An issue of rollUp, placed at its row and column in the file. */
function located(issue: Issue, input: CommuneFile, file: string): Diagnostic {
  const [index, ...rest] = issue.path;
  const where = typeof index === 'number' ? input.locate(index, rest) : { field: jsonPath(issue.path) };
  return { severity: issue.severity, code: issue.code, file, ...where, message: issue.message, messageVi: issue.messageVi };
}
