/**
 * Reading a share as Vietnamese reports write it: "19.739/19.747" (numerator,
 * "/", denominator, both counts with "." grouping thousands).
 */
import { XhhtError, isXhhtError, type IssuePath } from '../errors.js';
import { shareProblem, type Share } from '../exact/share.js';
import { parseViCount } from './number.js';

/**
 * A unit word or words after the denominator, as in "19.739/19.747 người" or
 * "55/63 tỉnh": letters (precomposed or with combining marks) separated by
 * whitespace. Digits, punctuation and "%" are not units.
 */
const TRAILING_UNIT = /^(.*?)\s+\p{L}[\p{L}\p{M}]*(?:\s+\p{L}[\p{L}\p{M}]*)*$/su;

function quote(text: string): string {
  return JSON.stringify(text);
}

/** Parses one side; a format error becomes `invalid-share-format` naming the side. */
function side(sideText: string, name: 'numerator' | 'denominator', text: string, path: IssuePath): number {
  const sidePath = [...path, name];
  const vi = name === 'numerator' ? 'tử số' : 'mẫu số';
  try {
    return parseViCount(sideText, sidePath);
  } catch (e) {
    if (!isXhhtError(e)) throw e;
    const code = e.code === 'invalid-number-format' ? 'invalid-share-format' : e.code;
    throw new XhhtError(code, `${quote(text)}: ${name}: ${e.message}`, {
      path: sidePath,
      messageVi: `${quote(text)}: ${vi}: ${e.messageVi}`,
      cause: e,
    });
  }
}

/**
 * Reads a share written the Vietnamese way, "numerator/denominator", as a
 * {@link Share}.
 *
 * Spaces around "/" are allowed, and so is a unit after the denominator
 * ("19.739 / 19.747 người"); the unit is not checked or returned. Both sides must
 * be counts ({@link parseViCount}). A zero denominator is accepted ("0/0" is a
 * share with no value, as in `share()`).
 *
 * @param text - "19.739/19.747", "19.739 / 19.747 người"
 * @param path - where the text is in the caller's input, for the error
 * @returns `{ numerator, denominator }`
 * @throws XhhtError `invalid-share-format` (no "/", more than one, or a side that is not a number),
 *   `invalid-count` (a side that is a number but not a count, like "12,5" or "-3"),
 *   `numerator-exceeds-denominator`
 * @example
 * parseViShare('19.739/19.747');         // { numerator: 19739, denominator: 19747 } (seed 004)
 * parseViShare('19.739 / 19.747 người'); // { numerator: 19739, denominator: 19747 }
 * parseViShare('19.747/19.739');         // throws XhhtError { code: 'numerator-exceeds-denominator' }
 * parseViShare('19.739');                // throws XhhtError { code: 'invalid-share-format' }
 */
export function parseViShare(text: string, path: IssuePath = []): Share {
  if (typeof text !== 'string') {
    throw new XhhtError('invalid-share-format', `expected text, got ${typeof text}`, {
      path,
      messageVi: `cần một chuỗi văn bản, nhận được ${typeof text}`,
    });
  }
  const sides = text.split('/');
  if (sides.length !== 2) {
    const en = sides.length === 1 ? 'there is no "/" between numerator and denominator' : 'there is more than one "/"';
    const vi = sides.length === 1 ? 'không có dấu "/" giữa tử số và mẫu số' : 'có nhiều hơn một dấu "/"';
    throw new XhhtError('invalid-share-format', `${quote(text)} is not a share like "19.739/19.747": ${en}`, {
      path,
      messageVi: `${quote(text)} không phải tỷ số dạng "19.739/19.747": ${vi}`,
    });
  }
  const right = sides[1]!.trim();
  const withoutUnit = TRAILING_UNIT.exec(right)?.[1] ?? right;
  const numerator = side(sides[0]!, 'numerator', text, path);
  const denominator = side(withoutUnit, 'denominator', text, path);
  const problem = shareProblem(numerator, denominator, path);
  if (problem) {
    // Same code and path as share(); the message also quotes the text the user wrote.
    throw new XhhtError(problem.code, `${quote(text)}: ${problem.message}`, {
      path: problem.path,
      messageVi: `${quote(text)}: ${problem.messageVi}`,
    });
  }
  return { numerator, denominator };
}
