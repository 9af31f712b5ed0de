/**
 * Shape checks for input that comes from JSON or from callers who do not use
 * TypeScript. One definition, so "an object" means the same everywhere.
 */

/**
 * True for a plain object usable as a record of fields: not `null`, not an
 * array. Input validators call it before reading any field.
 *
 * @example
 * isRecord({ indicator: 'x' }); // true
 * isRecord(null);               // false
 * isRecord([1, 2]);             // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
