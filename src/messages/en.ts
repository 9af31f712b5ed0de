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
} as const;

/**
 * Vietnamese numbers, shares, percentages and dates as text (`src/vi`, `src/dates`).
 *
 * @example
 * numbers['invalid-date']; // {value} in English
 */
export const numbers = {
  'invalid-number-format.not-finite': 'cannot format {value}: not a finite number',
  'invalid-number-format.not-decimal-string':
    '{text} is not a decimal string like "1234.5" or "-0.01" (use parseViDecimal for Vietnamese text like "1.234,5")',
  'invalid-input.format-decimals': 'decimals must be a whole number from 0 to {maxDecimals}, got {decimals}',
  'text.too-long': 'the text is {length} characters long; at most {max} are read',
  'number.empty': 'the text is empty',
  'number.space': 'it contains a space; Vietnamese numbers group thousands with \'.\', not spaces (write "1.000")',
  'number.exponent': 'exponent notation (like "1e5") is not accepted',
  'number.character':
    "it contains {ch} ({code}); only digits, '.' for thousands, ',' for decimals and a leading '-' are allowed",
  'number.minus': "a minus sign '-' may only come first, once",
  'number.no-digits': 'it has no digits',
  'number.two-commas': "it has more than one decimal comma ','; ',' is the decimal mark and may appear once",
  'number.nothing-after-comma': "no digits after the decimal comma ','",
  'number.dot-after-comma': "a '.' comes after the decimal comma ','",
  'number.nothing-before-comma': 'no digits before the decimal mark; write a leading 0 ("0,5")',
  'number.leading-dot': "it starts with '.'; '.' separates thousands and the decimal mark is ',' (write \"0,5\")",
  'number.empty-group': "a '.' with no digits on one side; '.' only separates groups of thousands",
  'number.long-first-group': 'the first thousands group "{first}" has more than 3 digits',
  'number.bad-group':
    "the thousands group \"{badGroup}\" must have exactly 3 digits ('.' separates thousands; the decimal mark is ',')",
  'number.grouped-leading-zero':
    'a number grouped with "." cannot start with 0 (in English "0.500" is one half: write "0,5" for that)',
  'number.leading-zero': 'the whole part has a leading zero',
  'number.not-vietnamese': 'it is not a number written the Vietnamese way',
  'invalid-number-format.unsafe':
    '{text} is larger than 2^53 − 1 and cannot be held exactly as a number; use parseViDecimal for the exact digits',
  'invalid-count.negative-text': '{text}: a count cannot be negative',
  'invalid-count.fraction-text': '{text}: a count is a whole number, written without a decimal comma',
  'invalid-count.too-large-text': '{text} is too large to count exactly (above 2^53 − 1)',
  'invalid-percent-format.percent-sign':
    '{text} is not a percentage like "99,96%": \'%\' may only come once, at the end',
  'invalid-percent-format.unsafe':
    '{text} is larger than 2^53 − 1 and cannot be held exactly as a number; use parseViPercentDecimal for the exact digits',
  'invalid-date': 'expected a calendar date YYYY-MM-DD, got {value}',
  'invalid-number-format.not-number-or-text': 'expected a number or a decimal string, got {type}',
  'invalid-number-format.not-text': 'expected text, got {type}',
  'invalid-number-format': '{text} is not a Vietnamese number: {reason}',
  'invalid-percent-format.not-text': 'expected text, got {type}',
  'invalid-percent-format.vietnamese': '{text} is not a percentage like "99,96%": {reason}',
  'share.side': '{text}: {side}: {reason}',
  'invalid-share-format.not-text': 'expected text, got {type}',
  'invalid-share-format': '{text} is not a share like "19.739/19.747": {reason}',
  'share.quoted': '{text}: {reason}',
  'share.numerator': 'numerator',
  'share.denominator': 'denominator',
  'share.no-slash': 'there is no "/" between numerator and denominator',
  'share.two-slashes': 'there is more than one "/"',
} as const;
