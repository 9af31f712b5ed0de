/**
 * Freezes an object graph in place and returns it. The rule data and the
 * cached rule sets are shared by every caller: frozen, no caller can change
 * another's thresholds by accident.
 *
 * @param value - plain data (objects and arrays)
 * @returns the same value, frozen all the way down
 * @example
 * const rules = deepFreeze({ values: ['90'] });
 * Object.isFrozen(rules.values); // true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return value;
}
