/**
 * The input of computeAttainment, read once: each field of the call and each
 * observation is read a single time into plain data (a snapshot), then
 * validated and computed on. A getter that answers 5 to the validator and 50
 * to the computation, or a field the validator cannot see, can no longer make
 * a verdict: what was checked is what is used. An observation that cannot be
 * read at all (a revoked Proxy, a getter that throws) becomes its own issue;
 * the others go on.
 */
import { isXhhtError, type XhhtError } from '../errors.js';
import { isArray, isRecord } from '../util/guards.js';
import { readField, snapshot, snapshotItems } from '../util/snapshot.js';
import type { AttainmentInput } from './compute.js';

/**
 * An observation that could not be read, in place of it: the computation
 * reports `error` at its index and uses nothing of it.
 *
 * @example
 * const o = readObservations([revokedProxy])[0];
 * o instanceof UnreadableObservation; // true: o.error.code === 'invalid-input'
 */
export class UnreadableObservation {
  constructor(readonly error: XhhtError) {}
}

/**
 * The observations as plain data, each read once (in place of one that
 * cannot be read, an {@link UnreadableObservation}); anything but an array is
 * returned as it is, for the caller to reject.
 *
 * @example
 * readObservations([{ indicator: 'x', numerator: 1, denominator: 2 }]); // a copy
 */
function readObservations(observations: unknown): unknown {
  if (!isArray(observations)) return observations;
  return snapshotItems(observations, ['observations']).map((o) => {
    try {
      return snapshot(o);
    } catch (e) {
      if (!isXhhtError(e)) throw e;
      return new UnreadableObservation(e);
    }
  });
}

/**
 * The fields of a call, each read once: observations and baselines as plain
 * data (see {@link readObservations}), the plan as given (a plan object is read
 * once by definePlan), the rest as values. Not an object: returned as it is,
 * for the caller to reject.
 *
 * @example
 * const input = readAttainmentInput({ plan: 'qd-1373', year: 2025, observations: [] });
 */
export function readAttainmentInput(input: AttainmentInput): AttainmentInput {
  if (!isRecord(input as unknown)) return input;
  const field = (key: string) => readField(input, key);
  const baselines = field('baselines');
  const out: Record<string, unknown> = {
    plan: field('plan'),
    year: field('year'),
    observations: readObservations(field('observations')),
  };
  const asOf = field('asOf');
  const decimals = field('decimals');
  if (asOf !== undefined) out.asOf = asOf;
  if (decimals !== undefined) out.decimals = decimals;
  if (baselines !== undefined) out.baselines = snapshot(baselines, ['baselines']);
  return out as unknown as AttainmentInput;
}
