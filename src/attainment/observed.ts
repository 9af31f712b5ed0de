import { describe } from '../util/describe.js';
import { XhhtError, isXhhtError } from '../errors.js';
import { describeBadCount } from '../exact/count.js';
import { parseReportedRate } from '../vi/rate.js';
import { shareProblem } from '../exact/share.js';
import type { CountTarget, Target } from '../plans/target.js';
import { kindOf, type CountValue, type RateValue, type ShareValue, type YesNoValue } from './observation.js';
import { say } from '../messages/say.js';
import { ATTAINMENT } from '../messages/sections.js';

/*
 * What is wrong with an observed value before it is compared: its shape, its counts, and whether
 * its kind and "of which" parts fit the target.
 */

/**
 * What `compareToTarget` accepts as the observed value: a share, a count, a
 * yes/no, or a rate reported without its counts (one of them: the fields of two
 * kinds are a compile error). Unlike an `Observation` it names no indicator:
 * the target says what is measured.
 *
 * @example
 * const share: ObservedValue = { numerator: 55, denominator: 63 };
 * const count: ObservedValue = { count: 16, components: { 'level-2': 5 } };
 * const yesNo: ObservedValue = { achieved: true };
 * const rate: ObservedValue = { percent: '99,96' };
 */
export type ObservedValue = ShareValue | CountValue | YesNoValue | RateValue;

/**
 * Why `observed` cannot be compared with `target`, or `null`. Used by batch
 * functions to collect issues where `compareToTarget` would throw.
 *
 * @example
 * // t: qd-1373's 2025 target for 'provinces-literacy-level-2' (a percent target)
 * observedProblem({ numerator: 55, denominator: 63 }, t);       // null
 * observedProblem({ count: 3 }, t)?.code;                       // 'kind-mismatch'
 * observedProblem({ numerator: 64, denominator: 63 }, t)?.code; // 'numerator-exceeds-denominator'
 * observedProblem({ percent: '101' }, t)?.code;                 // 'percent-out-of-range'
 */
export function observedProblem(observed: ObservedValue, target: Target): XhhtError | null {
  if (typeof observed !== 'object' || observed === null || Array.isArray(observed)) {
    const type = observed === null ? 'null' : Array.isArray(observed) ? say(ATTAINMENT, 'type.array') : typeof observed;
    return new XhhtError('invalid-observation', say(ATTAINMENT, 'invalid-observation.not-object', { type }));
  }
  const kind = kindOf(observed);
  if (kind === null) {
    if ('percent' in observed) {
      // a rate and its counts (or another figure) in one observation: which one to use is unknown
      return new XhhtError('invalid-observation', say(ATTAINMENT, 'invalid-observation.rate-and-counts'), {
        path: ['percent'],
      });
    }
    return new XhhtError('invalid-observation', say(ATTAINMENT, 'invalid-observation.no-figure'));
  }
  // a percent target is met by a share or by a rate reported without counts
  const fits = target.kind === 'percent' ? kind === 'share' || kind === 'rate' : kind === target.kind;
  if (!fits) {
    const wanted = target.kind === 'percent' ? 'share' : target.kind;
    const fields =
      target.kind === 'percent'
        ? say(ATTAINMENT, 'kind-mismatch.share-or-percent', { fields: fieldsOf('share') })
        : fieldsOf(wanted);
    return new XhhtError(
      'kind-mismatch',
      say(ATTAINMENT, 'kind-mismatch', { target: target.kind, wanted, fields, kind }),
    );
  }
  if (kind === 'rate') {
    try {
      parseReportedRate((observed as { percent: unknown }).percent, ['percent']);
      return null;
    } catch (e) {
      if (isXhhtError(e)) return e;
      throw e;
    }
  }
  if (kind === 'share') {
    const o = observed as { numerator: unknown; denominator: unknown };
    return shareProblem(o.numerator, o.denominator);
  }
  if (kind === 'count') {
    const o = observed as { count: unknown; components?: unknown };
    const bad = describeBadCount(o.count);
    if (bad)
      return new XhhtError('invalid-count', say(ATTAINMENT, 'invalid-count.count', { reason: bad }), {
        path: ['count'],
      });
    return componentsProblem(o.count as number, o.components, target as CountTarget);
  }
  const a = (observed as { achieved: unknown }).achieved;
  if (typeof a !== 'boolean') {
    return new XhhtError(
      'invalid-observation',
      say(ATTAINMENT, 'invalid-observation.achieved', { value: describe(a) }),
      { path: ['achieved'] },
    );
  }
  return null;
}

function fieldsOf(kind: 'share' | 'count' | 'yes-no'): string {
  return kind === 'share' ? 'numerator/denominator' : kind === 'count' ? 'count' : 'achieved';
}

function componentsProblem(total: number, components: unknown, target: CountTarget): XhhtError | null {
  if (components === undefined) return null;
  if (typeof components !== 'object' || components === null || Array.isArray(components)) {
    return new XhhtError('invalid-observation', say(ATTAINMENT, 'invalid-observation.components'), {
      path: ['components'],
    });
  }
  const known = new Set((target.components ?? []).map((c) => c.id));
  for (const [id, value] of Object.entries(components)) {
    if (!known.has(id)) {
      const list = known.size > 0 ? [...known].join(', ') : say(ATTAINMENT, 'unknown-component.none');
      return new XhhtError('unknown-component', say(ATTAINMENT, 'unknown-component', { id, list }), {
        path: ['components', id],
      });
    }
    const bad = describeBadCount(value);
    if (bad)
      return new XhhtError('invalid-count', say(ATTAINMENT, 'invalid-count.components', { id, reason: bad }), {
        path: ['components', id],
      });
    // components are "of which" parts: a part cannot exceed its whole
    if ((value as number) > total) {
      return new XhhtError(
        'component-exceeds-total',
        say(ATTAINMENT, 'component-exceeds-total', { id, value, total }),
        { path: ['components', id] },
      );
    }
  }
  return null;
}
