/**
 * The options that frame an appendix as an administrative document (`--issuer`,
 * `--report-number`, …), read into the library's Letterhead and checked by it:
 * a malformed value is a usage error naming its option.
 */
import { isXhhtError } from '../errors.js';
import { letterheadLines, type Letterhead } from '../report/letterhead.js';
import { UsageError } from './diagnostics.js';

/**
 * The options of the header and signature of an appendix.
 *
 * @example
 * parseCommand('evaluate', ['--issuer', 'UBND xã Long Phụng'], { ...LETTERHEAD_OPTIONS }).values.issuer; // 'UBND xã Long Phụng'
 */
export const LETTERHEAD_OPTIONS = {
  issuer: { type: 'string' },
  'governing-body': { type: 'string' },
  'report-number': { type: 'string' },
  'report-date': { type: 'string' },
  place: { type: 'string' },
  appendix: { type: 'string' },
  'signer-title': { type: 'string' },
  'signer-name': { type: 'string' },
  recipients: { type: 'string' },
} as const;

type Values = { readonly [K in keyof typeof LETTERHEAD_OPTIONS]?: string | undefined };

/** Letterhead field → the option that gives it, for messages. */
const OPTION_OF: Readonly<Record<keyof Letterhead, keyof typeof LETTERHEAD_OPTIONS>> = {
  issuer: 'issuer',
  governingBody: 'governing-body',
  reportNumber: 'report-number',
  date: 'report-date',
  place: 'place',
  appendix: 'appendix',
  signerTitle: 'signer-title',
  signerName: 'signer-name',
  recipients: 'recipients',
};

/**
 * The letterhead the options give, or `undefined` when none is given. Lines
 * of `--issuer` and `--signer-title` are separated by "/", recipients by ";".
 * Checked as the library checks it (a date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`;
 * a number like `15/BC-UBND`; an appendix like `2` or `II`).
 *
 * @param values - the parsed options
 * @param command - for the help hint
 * @returns the letterhead, or undefined
 * @throws UsageError naming the option of a malformed value
 * @example
 * letterheadOption({ issuer: 'Ủy ban nhân dân / phường Đăk Cấm', 'report-date': '2025' }, 'evaluate');
 * // { issuer: 'Ủy ban nhân dân / phường Đăk Cấm', date: '2025' }
 * letterheadOption({ 'report-date': '15/7/2025' }, 'evaluate'); // throws UsageError: --report-date must be a date YYYY-MM-DD …
 */
export function letterheadOption(values: Values, command: string): Letterhead | undefined {
  const given = (Object.entries(OPTION_OF) as [keyof Letterhead, keyof typeof LETTERHEAD_OPTIONS][]).filter(
    ([, option]) => values[option] !== undefined,
  );
  if (given.length === 0) return undefined;
  const letterhead: Record<string, unknown> = {};
  for (const [field, option] of given) {
    const value = values[option]!;
    letterhead[field] =
      field === 'recipients'
        ? value
            .split(';')
            .map((r) => r.trim())
            .filter((r) => r !== '')
        : value;
  }
  // "--recipients ';'" names nobody: an empty list is as wrong as an empty name
  if (Array.isArray(letterhead.recipients) && letterhead.recipients.length === 0) letterhead.recipients = [''];
  try {
    letterheadLines(letterhead as Letterhead);
  } catch (e) {
    if (!isXhhtError(e)) throw e;
    const option = `--${OPTION_OF[e.path[1] as keyof Letterhead] ?? 'issuer'}`;
    // the library's message names the field ("letterhead date: …"); the command line names the option
    const strip = (m: string) => m.replace(/^letterhead \w+: /, '');
    throw new UsageError({ en: `${option} ${strip(e.message)}`, vi: `${option} ${strip(e.messageVi)}` }, command);
  }
  return letterhead as Letterhead;
}
