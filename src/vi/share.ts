/**
 * Reading a share as Vietnamese reports write it: "19.739/19.747" (numerator,
 * "/", denominator, both counts with "." grouping thousands).
 */
import { pathArg } from '../util/guards.js';
import { XhhtError, isXhhtError, type IssuePath } from '../errors.js';
import { shareProblem, type Share } from '../exact/share.js';
import { parseViCount } from './number.js';
import { say, textOf } from '../messages/say.js';
import { NUMBERS, SHARES } from '../messages/sections.js';

/**
 * One unit word: a letter, then letters or combining marks ("người", NFD too). Digits, punctuation and "%" are not
 * units.
 */
const UNIT_WORD = /^\p{L}[\p{L}\p{M}]*$/u;
const SPACE = /\s+/gu;

/**
 * Longest share text read: two numbers of at most 21 characters, spaces and a
 * unit of a few words ("19.739/19.747 người" in a ward report) fit many times over.
 */
const MAX_SHARE_LENGTH = 200;

/**
 * The denominator text without the unit word or words after it, as in
 * "19.739/19.747 người" or "55/63 đơn vị" (`right` is trimmed). One pass over
 * the whitespace runs, then a walk back over the words: linear, where a lazy
 * regular expression backtracked quadratically on long text.
 */
function withoutUnit(right: string): string {
  const gaps = [...right.matchAll(SPACE)];
  let cut = right.length;
  // word i runs from the end of gap i − 1 to the start of gap i; keep at least the first word (the number)
  for (let i = gaps.length - 1; i >= 0; i--) {
    const gap = gaps[i]!;
    const word = right.slice(gap.index + gap[0].length, cut);
    if (!UNIT_WORD.test(word)) break;
    cut = gap.index;
  }
  return right.slice(0, cut);
}

function quote(text: string): string {
  return JSON.stringify(text);
}

/** Parses one side; a format error becomes `invalid-share-format` naming the side. */
function side(sideText: string, name: 'numerator' | 'denominator', text: string, path: IssuePath): number {
  const sidePath = [...path, name];
  try {
    return parseViCount(sideText, sidePath);
  } catch (e) {
    if (!isXhhtError(e)) throw e;
    const code = e.code === 'invalid-number-format' ? 'invalid-share-format' : e.code;
    throw new XhhtError(
      code,
      say(SHARES, 'share.side', { text: quote(text), side: say(NUMBERS, `share.${name}`), reason: textOf(e) }),
      { path: sidePath, cause: e },
    );
  }
}

/**
 * Reads a share written the Vietnamese way, "numerator/denominator", as a
 * {@link Share}.
 *
 * Spaces around "/" are allowed, and so is a unit after the denominator
 * ("19.739 / 19.747 người"); the unit is not checked or returned. Both sides must
 * be counts ({@link parseViCount}). A zero denominator is accepted ("0/0" is a
 * share with no value, as in `share()`). Text longer than 200 characters is
 * `invalid-share-format`.
 *
 * @param text - "19.739/19.747", "19.739 / 19.747 người"
 * @param given - where the text is in the caller's input, for the error
 * @returns `{ numerator, denominator }`
 * @throws XhhtError `invalid-share-format` (no "/", more than one, or a side that is not a number),
 *   `invalid-count` (a side that is a number but not a count, like "12,5" or "-3"),
 *   `numerator-exceeds-denominator`
 * @example
 * parseViShare('19.739/19.747');         // { numerator: 19739, denominator: 19747 } (Đăk Cấm ward report, 2025)
 * parseViShare('19.739 / 19.747 người'); // { numerator: 19739, denominator: 19747 }
 * parseViShare('19.747/19.739');         // throws XhhtError { code: 'numerator-exceeds-denominator' }
 * parseViShare('19.739');                // throws XhhtError { code: 'invalid-share-format' }
 */
export function parseViShare(text: string, given: IssuePath = []): Share {
  const path = pathArg(given);
  if (typeof text !== 'string') {
    throw new XhhtError('invalid-share-format', say(SHARES, 'invalid-share-format.not-text', { type: typeof text }), {
      path,
    });
  }
  if (text.length > MAX_SHARE_LENGTH) {
    throw new XhhtError(
      'invalid-share-format',
      say(NUMBERS, 'text.too-long', { length: text.length, max: MAX_SHARE_LENGTH }),
      { path },
    );
  }
  const sides = text.split('/');
  if (sides.length !== 2) {
    const reason = say(NUMBERS, sides.length === 1 ? 'share.no-slash' : 'share.two-slashes');
    throw new XhhtError('invalid-share-format', say(SHARES, 'invalid-share-format', { text: quote(text), reason }), {
      path,
    });
  }
  const numerator = side(sides[0]!, 'numerator', text, path);
  const denominator = side(withoutUnit(sides[1]!.trim()), 'denominator', text, path);
  const problem = shareProblem(numerator, denominator, path);
  if (problem) {
    // Same code and path as share(); the message also quotes the text the user wrote.
    throw new XhhtError(problem.code, say(SHARES, 'share.quoted', { text: quote(text), reason: textOf(problem) }), {
      path: problem.path,
    });
  }
  return { numerator, denominator };
}
