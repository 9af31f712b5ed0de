/**
 * "Did you mean …?" for names typed by hand: commands, options, plan,
 * indicator, regime and standard ids, CSV column headers. Names are compared
 * in their squashed form (no case, Vietnamese marks, spaces or punctuation:
 * "Assess_Communes" is "assess-communes"), by Damerau-Levenshtein distance
 * (optimal string alignment: an insertion, a deletion, a substitution or a swap
 * of two neighbours costs 1).
 */
import { squashHeader } from './headers.js';
import { say } from '../messages/say.js';
import { COMMON } from '../messages/sections.js';

/**
 * Edit distance between two strings, a swap of two neighbouring characters
 * counting as one edit ("qd1337" → "qd1373" is 1), computed in code points.
 *
 * @example
 * editDistance('evalute', 'evaluate'); // 1
 * editDistance('qd1337', 'qd1373');    // 1
 * editDistance('plans', 'schema');     // 6
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  // rows i-2, i-1 and i of the dynamic programme
  let before: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[t.length]!;
}

/**
 * The candidate nearest to what was typed, or `undefined` when none is near
 * enough to be a likely typo: at most one edit per three characters (at least
 * one), or the only candidate the squashed input begins (`assess` →
 * `assess-communes`). Ties go to the earlier candidate.
 *
 * @param typed - what the user wrote
 * @param candidates - the names that exist, as they should be written
 * @example
 * nearest('evalute', ['evaluate', 'plans']);      // 'evaluate'
 * nearest('Assess_Communes', ['assess-communes']); // 'assess-communes'
 * nearest('qd-1337', ['qd-1373', 'hue-2026']);     // 'qd-1373'
 * nearest('report', ['evaluate', 'plans']);       // undefined
 */
export function nearest(typed: string, candidates: readonly string[]): string | undefined {
  const key = squashHeader(typed);
  if (key === '') return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(key, squashHeader(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor([...key].length / 3));
  if (best !== undefined && bestDistance <= allowed) return best;
  if (key.length >= 3) {
    const prefixed = candidates.filter((c) => squashHeader(c).startsWith(key));
    if (prefixed.length === 1) return prefixed[0];
  }
  return undefined;
}

/**
 * The "did you mean" clause for a message, in both languages, or empty text
 * when nothing is near: put it right after the name it is about.
 *
 * @example
 * didYouMean('evalute', ['evaluate', 'plans']).en; // ' (did you mean "evaluate"?)'
 * didYouMean('evalute', ['evaluate', 'plans']).vi; // ' (có phải ý bạn là "evaluate"?)'
 * didYouMean('report', ['evaluate']).en;           // ''
 */
export function didYouMean(typed: string, candidates: readonly string[]): { readonly en: string; readonly vi: string } {
  const n = nearest(typed, candidates);
  if (n === undefined) return { en: '', vi: '' };
  return say(COMMON, 'hint.did-you-mean', { name: n });
}
