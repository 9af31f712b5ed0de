/**
 * Messages as data. Logic never writes a sentence: it names a message by its
 * key and gives its parameters; the wording lives in one catalog per language
 * (`en.ts`, `vi.ts`), as zod keeps its locales and date-fns its locale modules.
 *
 * A catalog is split in sections, one per area of the library (`exact`,
 * `cli`, …), each a separate export, so a bundle carries the messages of the
 * areas it uses and no others. A message is a template: `{name}` is a
 * parameter, anything else is text (`{ numerator, denominator }`, with spaces,
 * is text). The parameters a message takes are read from its English template
 * at compile time, so a missing, extra or misspelt parameter is a type error,
 * and a test checks that both languages use the same ones.
 *
 * Both languages are rendered when a message is said, because an
 * {@link XhhtError} and an {@link Issue} carry both (`message`, `messageVi`);
 * a caller picks one with {@link textIn} (renderers take a `lang` option; an
 * app uses `messageIn(problem, lang)` from the package root).
 * Nothing is built at import time: a catalog is a plain object literal.
 */

import { describe } from '../util/describe.js';

/**
 * A language of the messages: Vietnamese or English.
 *
 * @example
 * const lang: Lang = 'vi';
 */
export type Lang = 'vi' | 'en';

/**
 * A text in both languages: what {@link say} returns, and what a message
 * parameter may be when its wording depends on the language.
 *
 * @example
 * const numerator: Text = { en: 'numerator', vi: 'tử số' };
 */
export interface Text {
  readonly en: string;
  readonly vi: string;
}

/**
 * One section of a language's catalog: message keys to templates.
 *
 * @example
 * const c: Catalog = { 'zero-denominator': 'the denominator is 0' };
 */
export type Catalog = { readonly [key: string]: string };

/** The characters a parameter name never holds, so `{ … }` and `{a, b}` stay text. */
type NotName = ' ' | ',' | '.' | ':' | '"' | "'" | '{' | '}' | '(' | ')' | '…' | '-' | '/' | '|';

/**
 * The parameter names of a template: each `{name}` in it.
 *
 * @example
 * // 'numerator' | 'denominator'
 * type P = ParamNames<'numerator {numerator} is greater than denominator {denominator}'>;
 */
export type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends '' | `${string}${NotName}${string}` ? never : P) | ParamNames<Rest>
  : never;

/**
 * A value of a parameter: text and numbers read the same in both languages;
 * a {@link Text} gives each language its own wording.
 *
 * @example
 * const v: ParamValue = { en: 'numerator', vi: 'tử số' };
 */
export type ParamValue = string | number | bigint | boolean | Text;

/**
 * The parameters of a template, by name.
 *
 * @example
 * const p: Params<'{name} is {value}'> = { name: 'decimals', value: 7 };
 */
type Params<S extends string> = { readonly [P in ParamNames<S>]: ParamValue };

/**
 * The arguments after the key of {@link say}: the parameters, or nothing for
 * a template without any.
 *
 * @example
 * const args: ParamsArg<'the file is empty'> = [];
 */
export type ParamsArg<S extends string> = [ParamNames<S>] extends [never] ? [] : [params: Params<S>];

/**
 * A section in both languages: the English templates (their parameters type
 * {@link say}) and the Vietnamese ones, which must use the same parameters.
 *
 * @example
 * const s: Section<{ readonly 'zero-denominator': 'the denominator is 0' }> = {
 *   en: { 'zero-denominator': 'the denominator is 0' },
 *   vi: { 'zero-denominator': 'mẫu số bằng 0' },
 * };
 */
export interface Section<E extends Catalog> {
  readonly en: E;
  readonly vi: Translation<E>;
}

/**
 * The shape of a translation of section `E`: the same keys, each a template
 * with exactly the parameters of the English one (checked at compile time when
 * the template is a literal; a test checks it again at run time).
 *
 * @example
 * const vi: Translation<{ readonly 'zero-denominator': 'the denominator is {d}' }> = {
 *   'zero-denominator': 'mẫu số là {d}',
 * };
 */
export type Translation<E extends Catalog> = { readonly [K in keyof E]: string };

/**
 * A compile-time check that translation `V` of section `E` uses the same
 * parameters as `E` in every message: the key of a mismatch is typed as a
 * string naming the problem, which `V` then fails to match.
 *
 * @example
 * const vi = { x: 'mẫu số {d}' } as const satisfies SameParams<
 *   { readonly x: 'denominator {d}' },
 *   { readonly x: 'mẫu số {d}' }
 * >;
 */
export type SameParams<E extends Catalog, V extends Translation<E>> = {
  readonly [K in keyof E]: [ParamNames<E[K]>] extends [ParamNames<V[K]>]
    ? [ParamNames<V[K]>] extends [ParamNames<E[K]>]
      ? V[K]
      : `parameters differ from the English message: ${ParamNames<V[K]> & string}`
    : `parameters differ from the English message: ${ParamNames<E[K]> & string}`;
};

const PARAM = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * Fills the parameters of one template in one language. A {@link Text}
 * parameter gives its text in that language; a parameter without a value
 * stays as written (`{name}`), which the types rule out.
 *
 * @param template - a catalog template
 * @param params - the values, by name
 * @param lang - the language of the template (picks the side of a Text parameter)
 * @returns the message
 * @example
 * fill('tử số {n} lớn hơn mẫu số {d}', { n: 64, d: 63 }, 'vi'); // 'tử số 64 lớn hơn mẫu số 63'
 */
export function fill(
  template: string,
  params: { readonly [name: string]: ParamValue } | undefined,
  lang: Lang,
): string {
  if (params === undefined) return template;
  return template.replace(PARAM, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    return shown(params[name], lang);
  });
}

/**
 * One parameter as text. The one place a value reaches a message: text and
 * numbers as they are, a {@link Text} by its side in `lang`, and anything else
 * (a value that got past the types: a Symbol, a null-prototype object, a
 * revoked Proxy) through {@link describe}, so writing a message never throws.
 */
function shown(v: unknown, lang: Lang): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(v);
  }
  try {
    const side: unknown = typeof v === 'object' && v !== null ? (v as Text)[lang] : undefined;
    if (typeof side === 'string') return side;
  } catch {
    // a hostile object in place of a Text (a Proxy, a throwing getter): described below
  }
  return describe(v)[lang];
}

/**
 * A message of a section, in both languages, with its parameters filled.
 *
 * @param section - the section of the catalogs (`EXACT`, `CLI`, … from `sections.ts`)
 * @param key - the message key: an error code, or a code and a detail (`invalid-count.numerator`)
 * @param params - the parameters the English template names, when it names any
 * @returns the message in English and in Vietnamese
 * @example
 * say(EXACT, 'numerator-exceeds-denominator', { numerator: 64, denominator: 63 });
 * // { en: 'numerator 64 is greater than denominator 63', vi: 'tử số 64 lớn hơn mẫu số 63' }
 */
export function say<E extends Catalog, K extends keyof E & string>(
  section: Section<E>,
  key: K,
  ...params: ParamsArg<E[K]>
): Text {
  const p = params[0] as { readonly [name: string]: ParamValue } | undefined;
  return { en: fill(section.en[key]!, p, 'en'), vi: fill(section.vi[key]!, p, 'vi') };
}

/**
 * One language of a text: the caller picks the language once (a `lang`
 * option), never through global state.
 *
 * @example
 * textIn({ en: 'numerator', vi: 'tử số' }, 'vi'); // 'tử số'
 */
export function textIn(text: Text, lang: Lang): string {
  return text[lang];
}

/**
 * The `message` (English) and `messageVi` fields of an issue or a diagnostic, from a text.
 *
 * @example
 * // { message: 'the file is empty', messageVi: 'tệp rỗng' }
 * messageFields({ en: 'the file is empty', vi: 'tệp rỗng' });
 */
export function messageFields(text: Text): { readonly message: string; readonly messageVi: string } {
  return { message: text.en, messageVi: text.vi };
}

/**
 * The text of an error or an issue in both languages, to say it inside another
 * message (as its reason).
 *
 * @example
 * textOf(new XhhtError('invalid-count', say(EXACT, 'invalid-count.negative', { value: -1 })));
 * // { en: 'a count cannot be negative (-1)', vi: 'số lượng không thể âm (-1)' }
 */
export function textOf(problem: { readonly message: string; readonly messageVi: string }): Text {
  return { en: problem.message, vi: problem.messageVi };
}

/**
 * Items joined by a word in each language ("a or b" / "a hoặc b"), as a
 * parameter of another message.
 *
 * @example
 * joinText(['html', 'docx'], say(COMMON, 'word.or')); // { en: 'html or docx', vi: 'html hoặc docx' }
 */
export function joinText(items: readonly string[], separator: Text): Text {
  return { en: items.join(separator.en), vi: items.join(separator.vi) };
}
