import { describe } from './util/describe.js';
import { XhhtError, type Issue } from './errors.js';
import { oneOfArg } from './util/guards.js';
import { say, type Lang } from './messages/say.js';
import { VALUES } from './messages/sections.js';

const LANGS = ['vi', 'en'] as const;

/**
 * The message of a problem in one language: `messageVi` for `'vi'`, `message`
 * (English) for `'en'`. Every {@link Issue} and every {@link XhhtError} carries
 * both; an app picks its language once (a setting of its own, passed here and
 * as the `lang` option of the renderers), never through global state.
 *
 * The problem is read once, so a getter cannot change the text between the
 * check and the use. A value without both texts is not a problem:
 * `invalid-input`.
 *
 * @param problem - an issue (`result.issues`, `error.issues`) or a thrown XhhtError
 * @param lang - `'vi'` or `'en'`
 * @returns the message in that language
 * @example
 * import { computeAttainment, isXhhtError, messageIn, parseViNumber } from 'xhht';
 *
 * const lang = 'vi'; // the app's setting, chosen once
 * const { issues } = computeAttainment({
 *   plan: 'qd-1373',
 *   year: 2025,
 *   observations: [{ indicator: 'universities-digital', numerator: 5, denominator: 4 }],
 * });
 * messageIn(issues[0]!, lang); // 'tử số 5 lớn hơn mẫu số 4'
 * messageIn(issues[0]!, 'en'); // 'numerator 5 is greater than denominator 4'
 * try {
 *   parseViNumber('1.23.4');
 * } catch (e) {
 *   if (isXhhtError(e)) console.error(messageIn(e, lang)); // '"1.23.4" không phải số hợp lệ: …'
 * }
 */
export function messageIn(problem: Issue | XhhtError, lang: Lang): string {
  const language = oneOfArg(lang, LANGS, 'lang');
  let texts: readonly [unknown, unknown] = [undefined, undefined];
  try {
    // one read of each text (a Proxy or a getter may throw: not a problem then)
    if (typeof problem === 'object' && problem !== null) {
      const { message, messageVi } = problem as { readonly message?: unknown; readonly messageVi?: unknown };
      texts = [message, messageVi];
    }
  } catch {
    texts = [undefined, undefined];
  }
  const [en, vi] = texts;
  if (typeof en === 'string' && typeof vi === 'string') return language === 'vi' ? vi : en;
  throw new XhhtError('invalid-input', say(VALUES, 'invalid-input.not-problem', { value: describe(problem) }), {
    path: ['problem'],
  });
}
