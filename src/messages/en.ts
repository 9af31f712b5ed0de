/**
 * The English catalog: every message xhht writes, by section (one per area of
 * the library) and key. A key is the error or issue code the message goes
 * with, or the code and a detail after a dot (`invalid-count.negative`) when
 * one code has several sentences; text that is only part of a message (a
 * reason, a field's name) takes a key of its own group (`count.numerator`).
 * `{name}` is a parameter. The Vietnamese catalog (`vi.ts`) has the same
 * sections and keys; see CONTRIBUTING, "Adding a message".
 */

/**
 * Counts, shares, thresholds and the display rule (`src/exact`).
 *
 * @example
 * exact['numerator-exceeds-denominator']; // 'numerator {numerator} is greater than denominator {denominator}'
 */
export const exact = {
  // why a value is not a count
  'invalid-count.not-whole': 'expected a whole number, got {value}',
  'invalid-count.negative': 'a count cannot be negative ({value})',
  'invalid-count.too-large': '{value} is too large to count exactly (above 2^53 − 1)',
  'invalid-count.numerator': 'numerator: {reason}',
  'invalid-count.denominator': 'denominator: {reason}',
  'invalid-count.sum-of-denominators': 'the sum of denominators is too large to count exactly',
  'numerator-exceeds-denominator': 'numerator {numerator} is greater than denominator {denominator}',
  'invalid-input.shares-not-iterable': 'addShares needs an array (or other iterable) of shares',
  'invalid-input.share-not-object': 'share {index} is not an object { numerator, denominator }',
  'rate-not-aggregable.share':
    'share {index} is a rate without its counts: rates cannot be added or averaged; give its numerator and denominator',
  // displayPercent
  'invalid-input.share-expected': 'expected a share { numerator, denominator }',
  'invalid-input.options-object': 'options must be an object like { decimals: 2 }',
  'zero-denominator.share': 'the denominator is 0: a share of nothing has no percentage',
  'invalid-input.decimals': 'decimals must be a whole number from 0 to {max}, got {value}',
  'invalid-input.comparator': 'comparator must be "at-least" or "at-most", got {value}',
  // formatRatio and its kin
  'zero-denominator.ratio': 'den is 0: a ratio over 0 has no value',
  'invalid-input.argument': '{name} must be {wanted}, got {value}',
  'argument.whole': 'a whole number',
  'argument.positive': 'a whole number above 0',
  'argument.places': 'a whole number from 0 to {max}',
  'argument.mode': 'half-up, floor or ceil',
  'argument.side': 'below, at-or-below, above or at-or-above',
  // reported rates
  'invalid-percent-format': '{value} is not a percentage like 99.96, "99,96" or "99.96": {reason}',
  'invalid-percent-format.not-finite': 'it is not a finite number',
  'invalid-percent-format.not-number': 'expected a number or text, got {type}',
  'invalid-percent-format.array': 'an array',
  'percent-out-of-range.negative': '{value}: a rate cannot be negative',
  'percent-out-of-range.above-100': '{value}: a rate of a whole cannot exceed 100%',
  // thresholds
  'invalid-threshold': '"{value}" is not a non-negative decimal number like "70" or "99.5"',
  'invalid-threshold.places': '"{value}" has more than {max} decimal places',
  'invalid-threshold.too-large': '"{value}" is too large',
  // arguments of the exported comparisons, checked (issue 13)
  'invalid-threshold.not-parsed':
    '{name} must be a threshold from parseThreshold, { text, scaled, scale }, got {value}',
  'invalid-input.rate-not-parsed': '{name} must be a rate from parseReportedRate, { text, scaled, scale }, got {value}',
  'invalid-input.share-argument': '{name} must be a share { numerator, denominator }, got {value}',
  'invalid-count.argument': '{name}: {reason}',
  'zero-denominator.compare': 'the denominator is 0: a share of nothing cannot be compared with a threshold',
  'invalid-input.ordering': 'order must be -1, 0 or 1 (from a comparison), got {value}',
} as const;

/**
 * Values a caller gave, as messages show them, and what stops a value from
 * being read at all (`src/describe.ts`, `src/snapshot.ts`, `src/guards.ts`).
 *
 * @example
 * values['value.array']; // 'an array of {count} items'
 */
export const values = {
  'value.object': 'an object',
  'value.null-prototype': 'an object without a prototype',
  'value.array': 'an array of {count} items',
  'value.function': 'a function',
  'value.revoked-proxy': 'a revoked Proxy',
  'value.instance': 'a {kind}',
  'value.unreadable': 'a value that cannot be read',
  'invalid-input.revoked-proxy': '{what} is a revoked Proxy: it cannot be read',
  'invalid-input.unreadable': '{what} cannot be read: reading it failed ({reason})',
  'invalid-input.cyclic': '{what} refers to itself: input must be plain data without cycles',
  'invalid-input.too-deep': '{what} is nested more than {max} levels deep',
  'invalid-plan.target-year': 'the year of target {index} must be a whole number, got {value}',
  'value.given': 'the value',
  'value.at': 'the value at {path}',
  'invalid-input.whole-between': '{name} must be a whole number from {min} to {max}, got {value}',
  'invalid-input.path': "path must be an array of keys and indexes like ['observations', 3], got {value}",
  'invalid-input.not-object': '{name} must be an object, got {value}',
  'invalid-input.not-array': '{name} must be an array, got {value}',
  'invalid-input.not-text': '{name} must be a text, got {value}',
  'invalid-input.one-of': '{name} must be one of {allowed}, got {value}',
} as const;

/**
 * Dates and years (`src/dates`).
 *
 * @example
 * dates['invalid-date']; // 'expected a calendar date YYYY-MM-DD, got {value}'
 */
export const dates = {
  'invalid-date': 'expected a calendar date YYYY-MM-DD, got {value}',
  'invalid-year.deadline': 'year must be a whole number from {min} to {max}, got {value}',
} as const;
