/**
 * The English catalog: every message xhht writes, by section (one per area of
 * the library) and key. A key is the error or issue code the message goes
 * with, or the code and a detail after a dot (`invalid-count.negative`) when
 * one code has several sentences; text that is only part of a message (a
 * reason, a field's name) takes a key of its own group (`count.numerator`).
 * `{name}` is a parameter. The Vietnamese catalog (`vi.ts`) has the same
 * sections and keys; see CONTRIBUTING, "Adding a message".
 *
 * A message longer than a line goes on with a backslash at the end of the line (the next line is the
 * rest of the same string, from its first column): pieces joined by `+` would be typed `string`, and
 * the parameters of the message could no longer be read from its type.
 */

/**
 * Words shared by the messages of several areas.
 *
 * @example
 * common['word.or'];
 */
export const common = {
  'word.or': ' or ',
  'word.and': ' and ',
  'hint.did-you-mean': ' (did you mean "{name}"?)',
  'issues.more': ' (and {more} more)',
  'missing.needs': '{call} needs {what}',
  'positions.more.observations': '{head} and {rest} more',
  'positions.more.units': '{head} and {rest} more',
  'positions.more.lines': '{head} and {rest} more',
  'positions.more.places': '{head} and {rest} more',
  'positions.more.copies': '{head} and {rest} more',
} as const;

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
  // formatRatio and its kin
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
 * being read at all (`src/util/describe.ts`, `src/util/snapshot.ts`, `src/util/guards.ts`).
 *
 * @example
 * values['value.array']; // 'an array of {count} items'
 */
export const values = {
  'value.object': 'an object',
  'value.null-prototype': 'an object without a prototype',
  'value.array': 'an array of {count} items',
  'value.array-one': 'an array of one item',
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
  'invalid-input.not-problem': 'problem must be an issue or an XhhtError (with message and messageVi), got {value}',
} as const;

/**
 * Vietnamese numbers, shares, percentages and dates as text (`src/vi`, `src/dates`).
 *
 * @example
 * numbers['invalid-date']; // {value} in English
 */
export const numbers = {
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
    '{text} is larger than 2^53 − 1 and cannot be held exactly as a number; use parseViPercentDecimal for the exact \
digits',
  'invalid-date': 'expected a calendar date YYYY-MM-DD, got {value}',
  'invalid-number-format.not-text': 'expected text, got {type}',
  'invalid-number-format': '{text} is not a Vietnamese number: {reason}',
  'invalid-percent-format.not-text': 'expected text, got {type}',
  'invalid-percent-format.vietnamese': '{text} is not a percentage like "99,96%": {reason}',
  'share.numerator': 'numerator',
  'share.denominator': 'denominator',
  'share.no-slash': 'there is no "/" between numerator and denominator',
  'share.two-slashes': 'there is more than one "/"',
  'invalid-year.deadline': 'year must be a whole number from {min} to {max}, got {value}',
} as const;

/**
 * The command line `xhht` (`src/cli`): usage errors, problems of the files it reads, progress.
 *
 * @example
 * cli['usage.lang']; // '{value}': the value given
 */
export const cli = {
  'invalid-input.compare-only': 'compareOnly needs reports of two or more units whose comparison fits the page',
  'file.not-found': 'no such file',
  'file.directory': 'it is a directory',
  'file.permission': 'permission denied',
  'unreadable-file': 'cannot read the file: {reason}',
  'invalid-encoding': 'the file is not UTF-8 text; in Excel choose "CSV UTF-8 (Comma delimited)" when saving',
  'invalid-encoding.nul':
    'the file holds a NUL character (byte 0): it is not a text file, or it is UTF-16 text without a byte-order mark; \
in Excel choose "CSV UTF-8 (Comma delimited)" when saving',
  'option.year-not-in-plan': 'year {value}: plan "{id}" has targets for {list}',
  'invalid-cell.date':
    'the cell holds a date ({value}), not a number: a spreadsheet turns text like "1/7" into a date; format the column \
as Text and type the value again',
  'invalid-cell.error-value': 'the cell holds the error value {value}: fix the formula or type the value',
  'table.empty-sheet': 'the sheet "{sheet}" is empty: expected a header row',
  'table.empty-file': 'the file is empty: expected a header row',
  'table.too-many-fields': '{n} fields, but the header has {width}; quote a field that contains the delimiter',
  'table.value-without-header': 'a value in a column without a header: give the column a header, or delete the value',
  'table.too-few-fields': '{n} fields, but the header has {width}: a delimiter is missing, or the row is cut short',
  'table.two-columns': 'two columns for {name}: {a} and {b}',
  'invalid-csv.unclosed-quote': 'a quoted field opened on line {openLine} is never closed',
  'invalid-csv.text-after-quote':
    'text after the closing quote of a field on line {line}; quote the whole field and write a quote inside it as ""',
  'column.unknown-ignored': 'unknown column, ignored',
  'appendix.column-not-read':
    'a file with a target column (Mục tiêu) is an appendix: each row gives its result as a rate (Kết quả, tỷ lệ %); \
this column is not read in it',
  'appendix.no-result-column': 'an appendix needs a result column (Kết quả, tỷ lệ %) beside its target column',
  'invalid-year.appendix-no-year': 'the target column names no year (as "đến năm 2025"); give --year',
  'invalid-json.not-observations': 'expected an array of observations or an object with "observations": [...]',
  'invalid-input.unit-not-text': 'unit must be text, the name of the unit the observations are about',
  'observations.no-indicator-column': 'no "indicator" (chỉ tiêu) column; the header row is {fields}',
  'invalid-observation.empty-indicator': 'the indicator is empty',
  'observations.rate-with-counts':
    'rows with counts use the counts (exact); this rate column is read only in rows without counts',
  'invalid-json.not-communes': 'expected an array of communes or an object with "communes": [...]',
  'communes.no-unit-column': 'no "unit" (đơn vị), "id" or "name" column to name the communes',
  'communes.row-untrusted':
    'No cell of the row can be trusted: it is counted as a commune of unknown level that could be in any district or \
province',
  'communes.row-pending':
    'Until then the row is counted as a commune of unknown level that could be in any district or province',
  'invalid-json.cell': 'not valid JSON: {why} (column {column})',
  'invalid-xlsx.no-visible-sheet': 'the workbook has no visible sheet; name one with --sheet',
  'unknown-sheet': 'no sheet {wanted}{hint}; the sheets are {list}',
  'invalid-count.fraction-cell':
    '{text}: a count is a whole number, but "{fraction}" after the decimal comma is not zero',
  'invalid-boolean-format': '{text} is not a yes/no answer (yes/no, có/không, đạt/không đạt, true/false, 1/0)',
  'invalid-date.cell': '{text} is not a date (write 2024-12-31 or 31/12/2024)',
  'invalid-date.as-of': 'asOf must be a date YYYY-MM-DD, got {asOf}',
  'progress.evaluating': 'evaluating…',
  'progress.assessing': 'assessing…',
  'usage.out-needed': 'a workbook or a Word document is written to a file: give --out',
  // files written with --out (issue 13 §3)
  'output-is-input': '--out is {which}; write the report to another file',
  'output-is-input.linked': '--out is {which} (another path to it, or a link); write the report to another file',
  'output-is-input.input-file': 'the input file',
  'output-is-input.read-by': 'the file {option} reads',
  'unwritable-file': 'cannot write the file: {why}; a file that was there is unchanged',
  'unwritable-file.disk-full': 'the disk is full',
  'unwritable-file.quota': 'the disk quota is used up',
  'unwritable-file.too-large': 'the file would be larger than the system allows',
  'unwritable-file.permission': 'permission denied',
  'unwritable-file.read-only': 'the file system is read-only',
  'unwritable-file.directory': 'it is a directory',
  'unwritable-file.no-folder': 'its folder does not exist',
  'unwritable-file.not-folder': 'a part of its path is not a folder',
  'unwritable-file.name-too-long': 'its name is too long',
  'unwritable-file.io': 'an input/output error of the disk',
  'unwritable-file.refused': 'the system refused the write',
  'unwritable-file.refused-code': 'the system refused the write ({code})',
  'usage.format-needs-out': '--format {format} needs --out: {file} is written to a file, e.g. --out {example}',
  'usage.sheet-not-workbook': '--sheet names a sheet of an .xlsx workbook, and {path} is not one',
  'usage.plan-and-plan-file': 'give --plan or --plan-file, not both',
  'usage.no-targets-for-year': 'plan "{id}" has no targets for {year}; it has targets for {years}',
  'usage.year-needed': '--year is needed: plan "{id}" has targets for {list}',
  'usage.bom-and-no-bom': '--bom and --no-bom cannot be used together',
  'usage.reading-unknown-option': 'reading "{id}" has no option {option}{hint}; options: {options}',
  'usage.reading-twice': '--reading {id} is given twice ({before}, {option}): give one option',
  'usage.unknown-option': 'unknown option {option}{hint}',
  'usage.lang': '--lang must be vi or en, not {value}',
  'usage.format': '--format must be one of {allowed}, not {value}{hint}',
  'usage.year': '--year must be a year like 2025, not {value}',
  'usage.delimiter': '--delimiter must be , ; or tab, not {value}',
  'usage.option-before-command': 'unknown option {name}{hint}; give a command first: {list}',
  'usage.unknown-command': 'unknown command "{name}"{hint}; commands: {list}',
  'usage.evaluate-no-file': 'which file? give one .json, .csv or .xlsx file of observations',
  'usage.evaluate-files': 'one file at a time, got {count}: {files}',
  'usage.as-of': '--as-of must be a date YYYY-MM-DD, not {value}',
  'usage.appendix-with-plan':
    '{file} is an appendix with its own targets (a "Mục tiêu" column): each row is compared with its own target, so \
--plan and --plan-file are not used with it',
  'usage.compare-one-unit':
    '--compare needs a file with two or more units (a "unit" column): this one gives a single report',
  'usage.compare-docx-too-wide':
    '--compare --format docx: the {n} indicators with data do not fit across an A4 page as columns (at most {max}); \
use --format xlsx or html for the comparison',
  'usage.communes-no-file': 'which file? give one .csv, .xlsx or .json file of communes',
  'usage.communes-files': 'one file at a time, got {count}',
  'usage.unknown-regime': 'unknown regime "{regime}"{hint}; known: {known}',
  'usage.unknown-standard': 'regime {regime} has no standard "{unknown}"{hint}; it has {offered}',
  'usage.extra-argument': 'unexpected argument {argument}',
  'usage.year-without-plan': '--year needs --plan',
  'usage.level': '--level must be one of {known} (or xã, tỉnh, …), not {value}{hint}',
  'usage.extends-needed': 'which plan does it extend? give --extends, e.g. --extends qd-1373',
  'usage.inherit': '--inherit must be level or all, not {inherit}',
  'usage.plan-init-format': '--format must be csv or xlsx, not {format}',
  'usage.plan-check-no-file': 'which plan file? give one .json, .csv or .xlsx file',
  'usage.plan-check-format': '--format must be table or json, not {format}',
  'usage.unknown-plan-command': 'unknown plan command "{sub}"{hint}; commands: {subcommands}',
  'usage.option-needs-value': 'option {option} needs a value',
  'usage.option-takes-no-value': 'option {option} takes no value',
  'usage.extends-unknown': '{reason}{hint}; see xhht plans',
  'usage.option-for-format': '{options}: only for --format {formats}, and the format is {format}',
  'usage.with-hint': '{problem}; {hint}',
  'usage.unknown-plan': 'unknown plan "{id}"{hint}; built-in plans: {known} (or give a plan file: .json, .csv, .xlsx)',
  'unknown-plan.in-file': 'unknown plan "{id}"{hint}; built-in plans: {known}',
  'usage.reading': '--reading must be <reading id>=<option>{example} (got {value})',
  'usage.reading-example': ', e.g.{example}',
  'usage.reading-elsewhere': ' (it is a reading of {regime})',
  'usage.unknown-reading': 'regime {regime} has no reading "{id}"{hint}{where}; readings: {list}',
  'invalid-observation.no-value':
    'no value: fill numerator and denominator (or share), count, achieved, or a rate (tỷ lệ)',
  'invalid-observation.share-and-counts': 'give either the share or numerator and denominator, not both',
  'invalid-observation.components-without-count': '"of which" components are given without the total count',
  'invalid-xlsx.xls-or-password':
    'this is an Excel 97–2003 workbook (.xls) or a password-protected workbook: open it in Excel and save it as "Excel \
Workbook (*.xlsx)" without a password',
  'invalid-xlsx.not-zip':
    'this is not an .xlsx workbook (an .xlsx file is a ZIP archive); save it from Excel as "Excel Workbook (*.xlsx)"',
  'invalid-xlsx.unreadable': 'the workbook cannot be read ({why}); open it in Excel and save it again as .xlsx',
  'invalid-observation.side-empty': '{side} is empty',
  'invalid-observation.kinds': 'one kind of value per row, but this row has {kinds}',
  'table.header-only-sheet': 'the sheet has a header row but no data rows',
  'table.header-only-file': 'the file has a header row but no data rows',
  'rate-not-aggregable.column':
    'a rate column cannot be used: standards are decided on counts and rolled up by adding them, and rates cannot be \
added; give the counts (the accepted headers are in docs/cli-columns.md)',
  'rate-not-aggregable.column-ignored':
    'a rate column cannot be used: standards are decided on counts and rolled up by adding them, and rates cannot be \
added; give the counts (the accepted headers are in docs/cli-columns.md); ignored',
  'unknown-column.ignored': 'unknown column{hint}, ignored',
  'unknown-column.commune':
    'unknown column{hint}: its figures would not be used; rename it (the accepted headers are in docs/cli-columns.md) \
or pass --ignore-unknown-columns',
  'progress.reading': 'reading: {n} rows ({percent}%)',
  'summary.rows-not-used': '{file}: {n} of {rows} rows were not used (see above); the report covers the others',
  'summary.warnings-held': '{n} more warning with this code, not printed{at}; --format json lists every one',
  'summary.warnings-held-many': '{n} more warnings with this code, not printed{at}; --format json lists every one',
  'summary.warnings-held-at': ' (at {places})',
  'summary.warnings-held-lines': 'lines {list}',
  'summary.year-target': '{year}: {n} target',
  'summary.year-targets': '{year}: {n} targets',
  'summary.plan-sound': 'Plan "{id}" is sound: {title}\n{years}\n(xhht indicators --plan <file> lists the targets)',
  'usage.see-help': '(see {hint})',
  'summary.national-level': '{label}{mark}: {certain} of {d} provinces for certain, at most {possible}',
  'summary.standards-legend':
    'Levels: 2 = level met, 0 = none, 0–2? = undetermined (missing counts, unanswered conditions, or input that could \
not be used: see Problems), * = provisional (a rule not verified). Recognised by: who recognises the level met (for an \
undetermined level, each level it may reach), * = authority not verified.',
  'summary.provisional-note': '* provisional: the source is not verified',
  'duplicate-unit.lines': ' (lines {list})',
  'table.field-count-then': '{why}. {consequence}',
  'diagnostic.warning': 'warning: ',
  'usage.csv-delimiter-detected': 'the delimiter of a CSV input is detected from its header row',
  'file-format.xlsx': 'an Excel workbook',
  'file-format.docx': 'a Word document',
  'observations.at-line': 'line {list}',
  'observations.at-lines': 'lines {list}',
  'summary.national-heading': 'All ({provinces} provinces):',
  'summary.reading-default': ' (default)',
  'summary.readings-heading': 'Readings of the provisions (choose another with --reading <id>=<option>):',
  'summary.recognised-heading': 'Recognised by (* = not verified):',
} as const;

/**
 * Reports and their renderers (`src/report`): option errors, titles, summaries.
 *
 * @example
 * report['unit.percent'];
 */
export const report = {
  'invalid-input.width': 'width must be a whole number of columns, at least 1, not {width}',
  'invalid-input.delimiter': 'delimiter must be ",", ";" or a tab, got {value}',
  'invalid-input.report-format': 'unknown report format {format}; use one of: {formats}',
  'invalid-input.report-lang': 'unknown report language {lang}; use vi or en',
  'invalid-input.letterhead': 'letterhead {field}: {reason}',
  'letterhead.empty': 'must be text, not empty',
  'letterhead.control-character': 'has a control character: {value}',
  'letterhead.not-lines': 'must be text or a list of lines',
  'letterhead.report-number': 'must be a number and symbol like 15/BC-UBND, not {value}',
  'letterhead.date': 'must be a date YYYY-MM-DD (or YYYY-MM, YYYY to leave the rest blank), not {value}',
  'letterhead.appendix': 'must be a number like 2, II or 2a, not {value}',
  'comparison.no-data': 'No data in any unit: {list}.',
  'title.plan-years': '{plan}{unit}: attainment of the {years} targets',
  'title.comparison': 'Units compared: attainment of the {years} targets',
  'title.year': 'Attainment of the {year} targets',
  'unit.percent': 'Unit: %',
  'unit.number': 'Unit: number',
  'unit.both': 'Unit: % for rates; number for counts',
  'summary.counts': '{total} targets: {met} met, {notMet} not met, {noData} no data.',
  'summary.counts-provisional':
    '{total} targets: {met} met, {notMet} not met, {noData} no data; {provisional} provisional.',
  'invalid-input.report-field': '{where} must be {wanted}, got {value}: not a report made by computeAttainment',
  'report-check.one-of': 'one of {values}',
  'report-check.text': 'a text',
  'report-check.whole': 'a whole number',
  'report-check.boolean': 'true or false',
  'report-check.labels': 'a text in both languages { vi, en }',
  'report-check.decimal': 'a decimal text like "87.30"',
  'report-check.other': 'something else',
  'report-check.object': 'an object',
  'report-check.list': 'a list',
  'report-check.source': 'a legal source',
  'report-check.one-report': 'one report',
  'report-check.width': 'a whole number of columns, at least 1',
} as const;

/**
 * XMC and PCGD recognition standards (`src/standards`): dossiers, rule sets, roll-ups.
 *
 * @example
 * standards['tier.district'];
 */
export const standards = {
  'invalid-input.options': 'options must be an object, e.g. { regime: "nd142-2025" }',
  'invalid-input.options-rules': 'options.rules must be a rule set returned by resolveRules()',
  'invalid-input.options-regime-mismatch': 'options.regime {regime} does not match options.rules ({id})',
  'invalid-input.options-with-rules': 'give {key} to resolveRules() when passing options.rules',
  'missing-regime': 'options.regime is required (nd20-2014 or nd142-2025)',
  'invalid-input.commune-not-object': 'a commune must be an object with `counts`',
  'invalid-input.commune-id-not-text': 'id must be a string',
  'invalid-input.commune-name-not-text': 'name must be a string',
  'invalid-input.commune-especially-difficult': 'especiallyDifficult must be true or false',
  'invalid-input.counts-not-object': 'counts must be an object (use {} when nothing is known)',
  'invalid-input.unknown-count-group': 'unknown count group "{group}"',
  'invalid-input.count-group-not-object': 'counts.{group} must be an object',
  'rate-not-aggregable.field':
    '{group}.{key}: a rate cannot be checked or rolled up; standards are decided on counts and rolled up by adding \
them: give the counts',
  'invalid-input.unknown-count-field': 'unknown field "{group}.{key}"',
  'invalid-input.conditions-not-object': 'conditions must be an object',
  'invalid-input.conditions-unknown-standard': 'unknown standard key "{key}" in conditions',
  'invalid-input.condition-group-not-object': 'conditions.{key} must be an object',
  'invalid-input.condition-answer': 'conditions.{key}.{name} must be true or false',
  'numerator-exceeds-denominator.fields': '{left} ({v}) is greater than {right} ({w})',
  'invalid-input.option-not-text': 'options.{key} must be a string',
  'invalid-input.rollup-not-list': 'rollUp needs a list of communes',
  'invalid-input.commune-province': 'a commune needs its province id: {reason}',
  'invalid-input.commune-district': 'regime {regime} needs the district of every commune: {reason}',
  'invalid-input.lower-units-not-list': 'lower units must be a list',
  'invalid-input.lower-unit-not-object': 'a lower unit must be an object with `standards`',
  'invalid-input.lower-unit-id': 'id must be a string',
  'duplicate-unit.lower-unit': 'unit id "{id}" appears more than once: it would be counted twice',
  'invalid-input.lower-unit-tier': 'unit {i} is a {tier}; {expected} units are counted here',
  'invalid-input.lower-unit-regime': 'regime must be a regime id',
  'mixed-regimes': 'unit {i} was assessed under {r}, the others under {regime}',
  'invalid-input.lower-unit-especially-difficult': 'especiallyDifficult must be true or false',
  'invalid-input.lower-unit-standards': 'standards must be an object keyed by standard id',
  'invalid-input.lower-unit-standard': 'standards.{key} must be { minLevel, maxLevel, provisional, provisionalRules }',
  'invalid-input.min-above-max': '{key}: minLevel {minLevel} is above maxLevel {maxLevel}',
  'invalid-input.provisional-not-boolean': '{key}.provisional must be true or false',
  'invalid-input.provisional-rules-not-list': '{key}.provisionalRules must be a list of rule ids',
  'invalid-input.national-options': 'options must be an object',
  'invalid-input.national-unit': 'unit must be a string',
  'invalid-input.national-as-of': 'asOf must be an ISO date YYYY-MM-DD',
  'invalid-input.merge-not-list': 'mergeUnits needs a list of units',
  'invalid-input.merge-empty': 'mergeUnits needs at least one unit',
  'invalid-count.merged-sum': 'the sum of {group}.{key} is too large to count exactly',
  'invalid-input.merge-options': 'mergeUnits options must be an object',
  'invalid-input.xmc-stage': 'xmcStageCompleted must be 0, 1 or 2 (got {stage})',
  'invalid-input.highest-grade': 'highestGradeCompleted must be a whole number ≥ 0 (got {grade})',
  'invalid-year.range': '{key} must be a whole number from {minYear} to {maxYear}, got {got}',
  'invalid-input.survey-age': 'surveyAge needs { birthYear, surveyYear }',
  'invalid-year.birth-after-survey': 'birth year {birthYear} is after the survey year {surveyYear}',
  'invalid-input.overrides': 'overrides must be an object of threshold values keyed by rule id',
  'invalid-input.readings':
    "readings must be an object of options keyed by reading id, e.g. { 'pcgd-mn3to5.completion': 'per-age' }",
  'unknown-rule': 'regime {regime} has no rule "{id}"{hint}',
  'invalid-input.unknown-reading': 'regime {regime} has no reading "{id}"; readings: {list}',
  'invalid-threshold.override-above-100':
    'override of "{id}" is {text}%: a share of people or units cannot exceed 100%',
  'invalid-input.override-verified': 'override of "{id}": verified must be true or false',
  'invalid-input.override-source': 'override of "{id}": source must be an object ({ note, document, article })',
  'invalid-input.override-source-field': 'override of "{id}": source.{k} must be text',
  'invalid-input.override-no-threshold': 'rule "{id}" is a {kind} rule and has no threshold to override',
  'invalid-threshold.override': 'override of "{id}" must be a percentage like "90" or { value: "90" } (got {value})',
  'invalid-input.standards-not-list': "standards must be a list of standard ids, e.g. ['xmc'] (got {requested})",
  'unknown-standard.in-regime': 'regime {regime} has no standard {id}; it has {all}',
  'invalid-input.unknown-reading-option': 'reading "{id}" has no option {option}; options: {list}',
  'unknown-regime': 'unknown regime "{id}"; known: {regimes}',
  'unknown-standard.lower-unit': 'no standard "{key}"; known: {known}',
  'invalid-input.level': '{key}.{name} must be a whole number from 0 to {top} (got {value})',
  'invalid-input.provisional-no-rules': '{key} is provisional: name the provisional rules in provisionalRules',
  'invalid-input.rules-not-provisional': '{key} lists provisional rules but says provisional: false',
  'invalid-input.unknown-condition': 'unknown condition "{key}.{name}"; known: {known}',
  'invalid-count.field': '{group}.{key}: {reason}',
  'inconsistent-counts': '{constraint} ({left} = {l} > {right} = {r})',
  'invalid-input.national-plan': 'plan must be {plans} (got {value})',
  'invalid-input.national-count': "count must be 'certain' or 'possible' (got {value})",
  'invalid-input.no-tier': 'regime {regime} has no {tier} tier (tiers: {tiers})',
  'tier.district': 'district',
  'tier.province': 'province',
  'rollup.counted-undetermined': '; it is counted as undetermined in its {where}',
  'rollup.each-counted-undetermined': '; each is counted as undetermined in its {where}',
  'invalid-input.commune-id': 'a commune in a batch needs an id{counted}',
  'duplicate-unit.commune': 'commune id "{id}" appears more than once: no copy can be trusted{counted}',
  'reading-counts-missing':
    '{label} is undetermined: reading "{reading}" uses option "{option}"{isDefault}, which needs {needs}; the dossier \
has instead the counts of option "{other}" ({fields}), which the option in use does not read. Add the missing counts, \
or choose that option: {choose}',
  'reading.default': ' (the default)',
  'tier.commune': 'commune',
  'rollup.any-province': 'it could be in any province, so it is counted as undetermined in every province of the batch',
  'rollup.any-district':
    'it could be in any district of any province, so it is counted as undetermined in every district, and as a \
district of unknown level in every province',
  'rollup.any-district-of':
    'it could be in any district of province "{province}", or in one not in the batch, so it is counted as \
undetermined in each of them, and as a district of unknown level in "{province}"',
  'unknown-rule.other-reading':
    ' under the readings chosen (it belongs to option "{option}" of reading "{reading}"; choose it with {choose})',
  'national.note':
    "From the provinces' standards results{by}: {certain} recognised for certain, {undetermined} undetermined (up to \
{possible}); the numerator counts those recognised {counted}.",
  'national.note-provisional':
    "From the provinces' standards results{by}: {certain} recognised for certain, {undetermined} undetermined (up to \
{possible}); the numerator counts those recognised {counted}; some rules are not verified.",
  'national.counted-certain': 'for certain',
  'national.counted-possible': 'possibly',
  'invalid-input.rule-set-arg': 'set must be a rule set returned by resolveRules()',
  'constraint.level2-within-level1':
    'more people at literate level 2 than at level 1 (level 2 people are level 1 people)',
  'constraint.nested-total': 'more people aged {narrow} than aged {wide}',
  'constraint.nested-literate': 'more people aged {narrow} at literate level {level} than aged {wide}',
  'constraint.nested-not-literate': 'more people aged {narrow} below literate level {level} than aged {wide}',
  'constraint.nested-literate-within-total':
    'more people aged {narrow} at literate level {level} than people aged {wide}',
  'constraint.youth-total': 'more people aged 15–18 than people aged {wide}',
  'constraint.youth-lower-secondary-diploma':
    'more people aged 15–18 holding a lower-secondary diploma than people aged {wide}',
  'constraint.youth-upper-secondary-or-vocational':
    'more people aged 15–18 in upper-secondary or vocational education than people aged {wide}',
  'constraint.completed-within-mobilised':
    'more children aged {age} completed the programme than children aged {age} to be mobilised',
  'constraint.mobilised-ages-above-total': 'children to be mobilised aged 3, 4 and 5 add up to more than the 3–5 total',
  'constraint.mobilised-ages-below-total': 'children to be mobilised aged 3, 4 and 5 add up to less than the 3–5 total',
  'constraint.completed-ages-above-total':
    'children who completed the programme aged 3, 4 and 5 add up to more than the 3–5 total',
  'constraint.completed-ages-below-total':
    'children who completed the programme aged 3, 4 and 5 add up to less than the 3–5 total',
  'constraint.age11-completed-plus-in-primary':
    '11-year-olds who completed primary plus those still in primary exceed all 11-year-olds',
  'year-field.birth': 'birthYear',
  'year-field.survey': 'surveyYear',
} as const;

/**
 * Plans written as a table (`src/plans/table-*.ts`): the cells a person fills in.
 *
 * @example
 * planTables['invalid-plan.level'];
 */
export const planTables = {
  'invalid-plan.no-heading-row':
    'no heading row of the targets table was found (a row with "Indicator id" or "Indicator" and a column per target \
year, such as "Target 2025")',
  'invalid-plan.column-twice': 'column "{text}" appears twice: only the first is read',
  'unknown-column.plan-table': 'unknown column "{text}": ignored',
  'invalid-plan.no-year-column': 'the table has no target year column (such as "Target 2025")',
  'invalid-plan.detail-twice': '"{field}" is given twice: the first is read',
  'invalid-date.plan-table': '{value} is not a date (write 15/3/2022 or 2022-03-15)',
  'invalid-year.period': '{value} is not a period (write 2021-2030, or one year)',
  'invalid-plan.no-id':
    'required: write the plan id, or the level, jurisdiction and period for one to be made (such as \
xa-long-phung-2021-2030)',
  'invalid-plan.comparator': '"{value}" is not a comparator: write ≥ (at least) or ≤ (at most)',
  'invalid-plan.component-first': 'an "of which" row must follow the row of a count indicator',
  'invalid-plan.component-label': 'an "of which" row needs a label',
  'invalid-plan.component-year': 'the count above has no {year} target for this part to belong to',
  'invalid-plan.row-unnamed': 'a row with targets needs an indicator id or label',
  'invalid-plan.label-no-id': 'the label has no letter or digit to make an id from',
  'invalid-plan.group-needed': 'the group is needed for the first indicator of the table (I, II, III, IV or a name)',
  'invalid-plan.indicator-twice': 'indicator "{id}" already has a row (row {before})',
  'unknown-plan.table-extends': 'no plan "{id}" to extend',
  'invalid-plan.level': '"{value}" is not a level: write one of {words}',
  'invalid-plan.inherit': '"{value}" is not one of {words}',
  'unknown-plan.extends': 'no plan "{id}"{hint}; plans: {plans}',
  'unknown-indicator.row': 'no indicator "{id}"{hint}; to add one of the plan\'s own, write its Vietnamese label',
  'invalid-plan.kind': '"{value}" is not a kind: write one of {words}',
  'invalid-number-format.cell': '{value} is not a number',
  'invalid-count.cell': '{value}: a count is a whole number, 0 or more',
  'invalid-boolean-format.number': '{value}: a yes/no target is written "yes"',
  'invalid-boolean-format.text': '{value}: a yes/no target is written "yes" (or "đạt", "có")',
  'invalid-count.text': '{value} is not a count (a whole number such as 15 or 1.500)',
  'invalid-percent-format.cell': '{value} is not a percentage (write 70, 99,5 or 99,5%)',
} as const;

/**
 * Plans: their definition and the built-in ones (`src/plans`).
 *
 * @example
 * plans['unknown-plan'];
 */
export const plans = {
  'invalid-plan': 'invalid plan{name}: {where}{reason}{others}',
  'unknown-plan': 'no plan "{id}"; built-in plans: {plans}',
  'unknown-plan.parent': 'plan "{id}" extends unknown plan "{parent}"',
  'invalid-plan.two-targets': 'two targets for "{indicator}" in {year}',
  'invalid-plan.unknown-indicator': 'unknown indicator "{indicator}" (define it in "indicators")',
  'invalid-plan.target-kind': 'a {kind} target does not fit indicator "{indicator}" ({fits})',
  'invalid-plan.year-outside-period': 'target year {year} is outside the plan period {from}–{to}',
  'invalid-plan.period': 'period.from is after period.to',
  'invalid-plan.two-baselines': 'two baselines for "{indicator}"',
  'invalid-plan.baseline-time': 'the baseline of "{indicator}" needs a year or an asOf date',
  'invalid-plan.baseline-date': 'asOf {asOf} is not a calendar date',
  'invalid-plan.baseline-date-year': 'asOf {asOf} is not in year {year}',
  'invalid-plan.baseline-zero': 'the baseline of "{indicator}" has denominator 0: no rate',
  'invalid-plan.baseline-share': 'numerator {numerator} is greater than denominator {denominator}',
  'invalid-plan.baseline-kind': 'a {form} baseline does not fit indicator "{indicator}" ({fits})',
  'invalid-plan.parent-not-data': 'parent plan "{id}" is not plain data ({reason})',
  'invalid-input.plans-option': 'plans must be a list of plans, got {value}',
  'invalid-input.plans-option-item': 'plans[{index}] must be a plan with an id, got {value}',
  'plan-check.type-string': 'text',
  'plan-check.type-number': 'a number',
  'plan-check.type-int': 'a whole number',
  'plan-check.type-boolean': 'true or false',
  'plan-check.type-object': 'an object { … }',
  'plan-check.type-array': 'a list [ … ]',
  'plan-check.type-null': 'null',
  'plan-check.id': 'must be a kebab-case id like "qd-1373"',
  'plan-check.date': 'must be a date YYYY-MM-DD, like 2025-12-31',
  'plan-check.decimal': 'must be a decimal number written with a point, like "70" or "99.5"',
  'plan-check.format': 'is not in the expected form',
  'plan-check.required': 'required, but missing',
  'plan-check.type': 'must be {expected}, not {got}',
  'plan-check.value': 'must be {value}',
  'plan-check.one-of': 'must be one of: {values}',
  'plan-check.not-empty': 'must not be empty',
  'plan-check.min-characters': 'must have at least {min} characters',
  'plan-check.min-items': 'must have at least {min} items',
  'plan-check.at-least': 'must be at least {min}',
  'plan-check.more-than': 'must be more than {min}',
  'plan-check.max-characters': 'must have at most {max} characters',
  'plan-check.max-items': 'must have at most {max} items',
  'plan-check.at-most': 'must be at most {max}',
  'plan-check.less-than': 'must be less than {max}',
  'plan-check.unknown-field': 'unknown field: {keys}',
  'plan-check.unknown-fields': 'unknown fields: {keys}',
  'plan-check.percent-above-100': 'a percentage target cannot exceed 100 (got {value})',
  'plan-check.decimal-pattern': 'expected a decimal number like "70" or "99.5"',
} as const;

/**
 * Workforce qualification breakdowns, rate definitions and consistency rules (`src/workforce`).
 *
 * @example
 * workforce['rule.parts-sum'];
 */
export const workforce = {
  'invalid-input.definition': 'a definition must be an object { id, label, levels, source, note }',
  'invalid-input.definition-source': 'a definition needs a source { document, verified }',
  'unknown-qualification-level.definition-levels': 'a definition must list the levels it counts',
  'unknown-qualification-level.level': 'unknown qualification level {level}',
  'invalid-count.definition-sum': 'the counted levels add up to more than can be counted exactly',
  'numerator-exceeds-denominator.population': '{numerator} people counted as "{id}" but the population is {population}',
  'invalid-input.rate-decimals': 'decimals must be a whole number from 0 to 10, got {decimals}',
  'invalid-validation-rule.rule': 'rule {index}: {what}',
  'rule.not-object': 'a rule must be an object { id, label, left, operator, right }',
  'rule.no-id': 'needs an id',
  'rule.no-label': 'needs a label { vi, en }',
  'rule.operator': 'unknown operator {operator} (use {operators})',
  'rule.missing': 'unknown missing-value strategy {missing}',
  'rule.severity': 'severity must be "error" or "warning"',
  'rule.unknown-total': 'the breakdown has no total "{total}"',
  'rule.operand': 'an operand is { levels }, { total }, { population: true } or { constant }',
  'invalid-count.rule-sum':
    '{label} (rule "{id}"): sum too large to check exactly (above {max}); a count is probably mistyped',
  'inconsistent-counts.rule': '{label} (rule "{id}"): {l} {operator} {r} does not hold; difference {d}',
  'incomplete-breakdown.rule': 'rule "{id}" cannot be checked: a reported figure mixes levels inside and outside it',
  'invalid-validation-rule.rules': 'rules must be an array',
  'invalid-input.breakdown': 'a breakdown must be an object { counts?, parts?, totals?, population? }',
  'unknown-qualification-level.part-levels': 'a part must name at least one level',
  'invalid-input.level-twice': 'level "{level}" is reported twice (also at {first}); this figure is not used',
  'invalid-count.level': 'count: {reason}',
  'invalid-input.breakdown-counts': 'counts must be an object of counts keyed by level',
  'invalid-input.breakdown-parts': 'parts must be an array of { levels, count }',
  'invalid-input.breakdown-part': 'a part must be an object { levels, count }',
  'invalid-input.breakdown-totals': 'totals must be an array of { id, levels, count }',
  'invalid-input.breakdown-total': 'a total must be an object { id, levels, count }',
  'invalid-input.total-id': 'a total needs an id',
  'invalid-input.total-id-twice': 'total id "{id}" is used twice',
  'unknown-qualification-level.total-levels': 'total "{id}" must list the levels it covers',
  'invalid-count.total': 'total "{id}": {reason}',
  'invalid-count.population': 'population: {reason}',
  'invalid-date.breakdown-as-of': 'asOf must be a date YYYY-MM-DD, got {asOf}',
  'invalid-input.breakdown-text': '{key} must be text',
  'observation.provisional-definition': 'Counted under a definition that is not verified: {label}',
  'missing-population': 'no observation of "{indicator}": the breakdown gives no population (people aged 15+)',
  'invalid-input.breakdowns': 'breakdowns must be an array',
  'rule.parts-within': 'Parts do not exceed the total',
  'rule.subtotals-sum': 'Subtotals add up to the total',
  'rule.subtotals-within': 'Subtotals do not exceed the total',
  'rule.total-within-population': 'Total does not exceed the population',
  'rule.levels-sum-population': 'All levels add up to the population',
  'rule.counted-within-population': 'People counted do not exceed the population',
  'invalid-validation-rule.operands': '{side} must be a non-empty array of operands',
  'rule.left': 'left',
  'rule.right': 'right',
  'breakdown.invalid': 'invalid breakdown: {reason}{others}',
  'incomplete-breakdown.observation': 'no observation of "{indicator}": {reason} (definition {definition})',
  'incomplete-breakdown.mixed-group': 'a reported figure mixes levels counted and not counted',
  'incomplete-breakdown.unreported': 'levels not reported: {levels}',
  'rule.parts-sum': 'Parts add up to the total',
} as const;

/**
 * Learning-model titles and their recognitions (`src/titles`).
 *
 * @example
 * titles['unknown-title'];
 */
export const titles = {
  'invalid-input.records': 'records must be an array of recognitions',
  'invalid-input.title-options': 'options { title, asOf } are required',
  'invalid-input.units': 'units must be an array of unit names',
  'level-2-too-early.before-level-1':
    '"{unit}" was recognised at level 2 on {decisionDate}, before its level-1 decision of {level1Date} (record \
{index}); level 2 is sought at least 12 months after level 1; counted as decided',
  'level-2-too-early':
    '"{unit}" was recognised at level 2 on {decisionDate}, before {from}, 12 months after its level-1 decision of \
{level1Date} (record {index}); counted as decided',
  'invalid-input.title-share-options': 'options { title, asOf, eligible } are required',
  'invalid-input.title-decimals': 'decimals must be a whole number from 0 to 10, got {decimals}',
  'invalid-title-level.min-level': 'minLevel {minLevel} does not fit "{title}"',
  'invalid-input.eligible': 'eligible must be a count or an array of unit names',
  'numerator-exceeds-denominator.title-holders':
    '{numerator} units hold "{title}" on {asOf} but only {denominator} are eligible',
  'invalid-input.recognition': 'a recognition must be an object { unit, title, level?, decisionDate, decidedBy }',
  'invalid-input.recognition-unit': 'a recognition needs the recognised unit',
  'unknown-title.recognition': 'unknown learning-model title {title}',
  'invalid-date.decision': 'decisionDate must be a calendar date YYYY-MM-DD, got {decisionDate}',
  'invalid-input.recognition-decided-by': 'a recognition needs who decided it (decidedBy)',
  'invalid-input.recognition-text': '{key} must be text',
  'invalid-title-level.no-levels': '"{title}" has no levels; got level {level}',
  'invalid-title-level.level': '"{title}" needs level 1 or 2; got {level}',
  'observation.valid-recognitions-provisional':
    'Counts the recognitions of "{label}" still valid; the validity rule used to count them is not verified.',
  'observation.valid-recognitions': 'Counts the recognitions of "{label}" still valid.',
  'invalid-input.title-indicator': 'options need the indicator id of the target',
  'invalid-title-level.component': 'component "{id}": level {level} does not fit "{title}"',
  'validity.assumed-rule':
    'No validity rule was found for this title; the 3-year rule of Circulars 24/2023/TT-BGDĐT and 25/2023/TT-BGDĐT is \
assumed.',
  'validity.assumed-rule-replaceable':
    'No validity rule was found for this title; the 3-year rule of Circulars 24/2023 and 25/2023 is assumed. Replace \
it with the `validity` option.',
  'unknown-title': 'no learning-model title "{id}"; titles: {titles}',
  'invalid-input.validity-rule': 'validity.{title} must be a rule { followingYears, source, note }',
  'invalid-input.validity-years':
    'validity.{title}.followingYears must be a whole number of years from 0 to {max}, got {years}',
  'invalid-input.validity-source':
    'validity.{title}.source must be a legal source { type, number, issuer, verified, … } or { document, verified }: a \
rule without its source cannot say whether it is provisional',
  'invalid-input.validity': 'validity must be an object of rules by title id',
  'unknown-title.validity': 'validity names no title: {title}',
  'invalid-input.level-2-convention': 'level2Convention must be "civil-code" or "anniversary", got {convention}',
  'invalid-title-level.levels': '"{title}" has no levels',
  'invalid-title-level.level-2-from-level-1': 'level 2 is sought from a level-1 recognition',
  'invalid-date.valid-until':
    'a recognition decided on {decisionDate} would be valid until the end of {year}, past year 9999, which a date \
YYYY-MM-DD cannot write',
} as const;

/**
 * Progress towards targets (`src/progress`): inputs, points in time, baselines.
 *
 * @example
 * progress['invalid-input.point-time'];
 */
export const progress = {
  'invalid-input.baselines': 'baselines must be an array',
  'duplicate-observation.baseline-again': 'the baseline of "{indicator}" is given again; baseline {index} was used',
  'duplicate-observation.baselines-differ': '"{indicator}" has more than one different baseline; none was used',
  'duplicate-observation.baselines-differ-at':
    '"{indicator}" has more than one different baseline (also baseline {index}); none was used',
  'invalid-observation.baseline': 'a baseline must be an object with an "indicator" id',
  'no-target-for-year.baseline': 'plan "{plan}" has no {year} target for "{indicator}"; the baseline was not used',
  'unknown-indicator.baseline': 'unknown indicator "{indicator}"',
  'kind-mismatch.baseline': 'a baseline of the {kind} target "{indicator}" needs exactly one of: {wanted}',
  'invalid-count.baseline': 'count must be a whole number ≥ 0, got {count}',
  'invalid-observation.baseline-year': 'the baseline of "{indicator}" needs a year or an asOf date',
  'zero-denominator.baseline': 'the baseline of "{indicator}" has denominator 0: no rate, not used',
  'observation-after-as-of.baseline': 'baseline dated {date} is after the report date {asOf}; not used',
  'invalid-input.progress-input': 'expected an object { baseline, current, target }',
  'invalid-input.progress-decimals': 'decimals must be a whole number from 0 to 10, got {decimals}',
  'invalid-input.progress-comparator': 'comparator must be "at-least" or "at-most", got {comparator}',
  'invalid-count.unsafe-number':
    '{value} is above 2^53 − 1 and may already have been rounded; pass it as decimal text ("9007199254740993")',
  'invalid-input.progress-value':
    'expected a non-negative number like 70, "87.30" or { numerator, denominator }, got {value}',
  'invalid-year.progress': 'year must be a whole number from 1900 to 2100, got {year}',
  'invalid-date.not-in-year': 'date {iso} is not in year {year}',
  'invalid-input.point-time': 'a point needs a year or a date',
  'invalid-input.point': '{path} must be an object { value, year or date }',
  'invalid-input.progress-target':
    'a target value must be a percentage or a count (a yes/no target has no progress), got {value}',
} as const;

/**
 * The indicator catalog (`src/catalog`).
 *
 * @example
 * catalog['unknown-indicator.catalog'];
 */
export const catalog = {
  'unknown-indicator.catalog': 'no indicator "{id}"; see listIndicators() for the ids',
} as const;

/**
 * Attainment of targets (`src/attainment`): observations, comparisons, appendices.
 *
 * @example
 * attainment['year-not-in-plan'];
 */
export const attainment = {
  'invalid-observation.unit': 'unit must be a non-empty text, got {unit}; the observation was not used',
  'mixed-units.observations':
    'observations name more than one unit ({names}); use computeAttainmentByUnit for many units',
  'missing-unit': 'observation names no unit; computeAttainmentByUnit needs one',
  'mixed-units.baseline-no-report':
    'baseline of unit "{unit}": no observation names this unit, so there is no report to use it in; not used',
  'baseline.every-unit-instead': 'the baseline given for every unit is used instead',
  'baseline.plan-instead': "the plan's baseline is used instead",
  'invalid-input.attainment-input': 'expected an object { plan, year, observations }',
  'invalid-input.attainment-decimals': 'decimals must be a whole number from 0 to 10, got {decimals}',
  'invalid-input.observations': 'observations must be an array',
  'invalid-observation.not-indicator-object': 'an observation must be an object with an "indicator" id',
  'no-target-for-year.observation': 'plan "{id}" has no {year} target for "{indicator}"; the observation was not used',
  'unknown-indicator.observation': 'unknown indicator "{indicator}"',
  'invalid-observation.provisional': 'provisional must be true or false, got {provisional}',
  'invalid-observation.note': 'note must be { vi, en } with two texts',
  'invalid-date.observation-as-of': 'asOf must be a date YYYY-MM-DD, got {asOf}',
  'observation-after-as-of': 'observation dated {date} is after the report date {asOf}; not used',
  'duplicate-observation.same-value':
    '"{indicator}" is observed again with the same value; observation {first} was used',
  'duplicate-observation.different-values':
    '"{indicator}" is observed {count} times with different values (observations {chosen}); none was used',
  'zero-denominator.observation': '"{indicator}" has denominator 0: no rate, reported as no data',
  'invalid-year.appendix': 'year must be a whole number like 2025, got {year}',
  'unknown-indicator.plan-target': 'plan "{id}" has a target for unknown indicator "{indicator}"',
  'invalid-input.compare-options': 'options must be an object like { decimals: 2 }',
  'target.invalid': 'invalid target{where}: {message}',
  'invalid-observation.rate-and-counts':
    'give either a rate (percent) or the counts (numerator and denominator, count, achieved), not both',
  'invalid-observation.no-figure':
    'an observation needs exactly one of: numerator and denominator, count, achieved, or percent',
  'invalid-count.count': 'count: {reason}',
  'invalid-observation.achieved': 'achieved must be true or false, got {value}',
  'invalid-observation.components': 'components must be an object of counts keyed by component id',
  'invalid-count.components': 'components.{id}: {reason}',
  'component-exceeds-total': 'component "{id}" ({value}) is greater than the count ({total})',
  'mixed-units.baseline': 'baseline of unit "{unit}" in a report of {report}; not used',
  'report.no-unit': 'no unit',
  'baseline.not-used': '{reason}; {instead}',
  'duplicate-observation.unusable':
    '"{indicator}" is also given by observation {which}, which could not be used; which figure is right is unknown, so \
none was used',
  'duplicate-observation.unusable-many':
    '"{indicator}" is also given by observations {which}, which could not be used; which figure is right is unknown, \
so none was used',
  'missing-component':
    '"{indicator}": the "of which" part "{id}" ({label}) is not given and is not counted as 0; {outcome}',
  'missing-component.not-met': 'the target is not met whatever it is',
  'missing-component.no-data': 'the result is no data',
  'invalid-input.appendix-no-target': 'no row of the appendix gives a target ({n} row problem)',
  'invalid-input.appendix-no-targets': 'no row of the appendix gives a target ({n} row problems)',
  'year-not-in-plan': 'plan "{id}" has no targets for {year}; it has targets for {years}',
  'year-not-in-plan.no-year': 'no year',
  'type.array': 'an array',
  'invalid-observation.not-object': 'an observation must be an object, got {type}',
  'kind-mismatch.share-or-percent': '{fields} or percent',
  'kind-mismatch': 'a {target} target needs a {wanted} observation ({fields}), got a {kind} observation',
  'unknown-component': 'the target has no component "{id}" (it has: {list})',
  'unknown-component.none': 'none',
  'missing-plan': "a plan: a built-in plan id such as 'qd-1373' (see listPlans()) or a plan object",
  'missing-year': 'the target year, e.g. year: 2025',
  'missing-observations': 'observations: a list of figures, [] when there are none yet',
  'missing-target': "compareToTarget needs a target: one of a plan's targets (getPlan(id).targets)",
} as const;

/**
 * Appendices read as their own plan (`src/attainment/appendix.ts`).
 *
 * @example
 * appendix['appendix.not-stated'];
 */
export const appendix = {
  'target.percent-range': 'a percentage target is between 0 and 100',
  'invalid-threshold.target': 'target {value}: {reason}',
  'invalid-input.appendix-rows': 'the rows of an appendix must be an array',
  'invalid-input.appendix-options': 'options must be an object like { year: 2025 }',
  'invalid-input.appendix-row': 'a row must be an object { no, label, target, percent }',
  'invalid-observation.appendix-no-target': 'row {where}: no target ("Mục tiêu"); the row was not used',
  'unknown-indicator.appendix': 'unknown indicator "{id}"',
  'kind-mismatch.appendix': '"{id}" is a {kind} indicator; an appendix row has a percentage target',
  'invalid-observation.appendix-no-indicator': 'row {where}: no indicator ("Nội dung chỉ tiêu"); the row was not used',
  'appendix.not-stated': 'not stated in the appendix',
  'appendix.indicator-note': 'The indicator as the appendix row words it.',
  'missing-year.appendix': 'the year of the targets, e.g. { year: 2025 }',
} as const;

/**
 * The display of percentages and ratios (`src/exact/display.ts`, `round.ts`).
 *
 * @example
 * display['argument.whole'];
 */
export const display = {
  'invalid-input.share-expected': 'expected a share { numerator, denominator }',
  'invalid-input.options-object': 'options must be an object like { decimals: 2 }',
  'zero-denominator.share': 'the denominator is 0: a share of nothing has no percentage',
  'invalid-input.decimals': 'decimals must be a whole number from 0 to {max}, got {value}',
  'invalid-input.comparator': 'comparator must be "at-least" or "at-most", got {value}',
  'zero-denominator.ratio': 'den is 0: a ratio over 0 has no value',
  'invalid-input.argument': '{name} must be {wanted}, got {value}',
  'argument.whole': 'a whole number',
  'argument.positive': 'a whole number above 0',
  'argument.places': 'a whole number from 0 to {max}',
  'argument.mode': 'half-up, floor or ceil',
  'argument.side': 'below, at-or-below, above or at-or-above',
} as const;

/**
 * Numbers written the Vietnamese way (`src/vi/format.ts`).
 *
 * @example
 * formatting['invalid-number-format.not-finite'];
 */
export const formatting = {
  'invalid-number-format.not-finite': 'cannot format {value}: not a finite number',
  'invalid-number-format.not-decimal-string':
    '{text} is not a decimal string like "1234.5" or "-0.01" (use parseViDecimal for Vietnamese text like "1.234,5")',
  'invalid-input.format-decimals': 'decimals must be a whole number from 0 to {maxDecimals}, got {decimals}',
  'invalid-number-format.not-number-or-text': 'expected a number or a decimal string, got {type}',
} as const;

/**
 * Shares written as text, "19.739/19.747" (`src/vi/share.ts`).
 *
 * @example
 * shares['share.no-slash'];
 */
export const shares = {
  'share.side': '{text}: {side}: {reason}',
  'invalid-share-format.not-text': 'expected text, got {type}',
  'invalid-share-format': '{text} is not a share like "19.739/19.747": {reason}',
  'share.quoted': '{text}: {reason}',
} as const;
