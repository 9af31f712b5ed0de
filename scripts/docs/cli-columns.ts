import { COMMUNE_PLACE_COLUMNS } from '../../src/cli/communes.js';
import { COUNT_COLUMN_ALIASES } from '../../src/cli/count-columns.js';
import { OBSERVATION_COLUMN_LEADS, OBSERVATION_COLUMNS, type ObservationColumn } from '../../src/cli/observations.js';
import { COUNT_GROUPS, type CountField } from '../../src/standards/fields.js';
import { REGIMES } from '../../src/standards/regimes.js';
import { STANDARDS } from '../../src/standards/standards.js';
import { generatedBanner, markdownTable, type DocPage } from './page.js';

const OBSERVATION_MEANING: Readonly<Record<ObservationColumn, string>> = {
  indicator: 'Indicator id (`xhht indicators`). Required, except in an appendix (below), where it is optional.',
  numerator: 'Count meeting the condition (a share). Vietnamese number: `19.739`.',
  denominator: 'Count of the whole (a share).',
  share: 'Numerator and denominator in one cell: `19.739/19.747`. Instead of the two columns above.',
  count: "A count target's value.",
  achieved: "A yes/no target's value: có/không, đạt/không đạt, yes/no, true/false, 1/0.",
  unit: 'Who reported (province, commune…). Several units → one report per unit.',
  asOf: 'When the figure was true: `2024-12-31` or `31/12/2024`.',
  source: 'Where the figure comes from; carried to the report.',
  rate: 'A rate reported without its counts: `99,96`, `99.96` or `99,96%`, read exactly as written (0–100). Used in a row that gives no counts; beside counts the counts are used (a warning says so).',
  target:
    "The row's own target (%): makes the file an **appendix** (below). A minimum; `≤ 1,5`, `tối đa 1,5` or `không quá 1,5` for a maximum.",
  label: 'The indicator as the row words it: read in an appendix (below); for people reading the sheet otherwise.',
  no: 'The row number (TT, `I`, `1`): read in an appendix (below); not read otherwise.',
  ignored: 'For people reading the sheet; not read.',
};

const PLACE_MEANING: Readonly<Record<keyof typeof COMMUNE_PLACE_COLUMNS, string>> = {
  id: 'Commune id (default: the unit or name).',
  unit: 'Commune id and name in one column.',
  name: 'Commune name (default: the unit).',
  district: 'District id; needed under `nd20-2014` (commune → district → province).',
  province: 'Province id (or `--province` for every row without one).',
  especiallyDifficult:
    'Xã có điều kiện kinh tế - xã hội đặc biệt khó khăn: có/không. Lower thresholds and narrower age groups apply.',
  ignored: 'Row numbers and notes, for people reading the sheet; not read.',
};

const spellings = (list: readonly string[]) => list.map((s) => `\`${s}\``).join(', ');

function conditions(): string[][] {
  const rows = new Map<string, string[]>();
  for (const regime of Object.values(REGIMES)) {
    for (const rule of regime.rules) {
      if (rule.kind !== 'condition') continue;
      const key = `conditions.${STANDARDS[rule.standard].inputKey}.${rule.condition}`;
      if (!rows.has(key)) rows.set(key, [`\`${key}\``, STANDARDS[rule.standard].short, rule.labelVi, rule.label]);
    }
  }
  return [...rows.values()];
}

function render(): string {
  return [
    generatedBanner(
      'src/cli/observations.ts, src/cli/communes.ts, src/cli/count-columns.ts and src/standards (fields, regimes)',
    ),
    '',
    '# CSV and Excel columns of the `xhht` command line',
    '',
    'The columns of a CSV file and of a sheet of an .xlsx workbook are the same, read by the same code.',
    'Headers are matched without case, Vietnamese marks, spaces or punctuation: `Tử số`, `tu_so` and',
    '`TỬ SỐ` are the same column. Numbers in text are written the Vietnamese way (`19.739` is nineteen thousand',
    'seven hundred thirty-nine); a count is whole, so its decimal part may only be zero (`19.739,00`, as a',
    'spreadsheet formats a number cell). A number cell of a sheet is its number: 19739.5 is not a count,',
    'whatever its number format shows. See [cli.md](cli.md) for the commands.',
    '',
    '## `xhht evaluate`: one observation per row',
    '',
    markdownTable(
      ['Column', 'Accepted headers', 'Meaning'],
      (Object.keys(OBSERVATION_COLUMNS) as ObservationColumn[]).map((k) => [
        k,
        spellings(OBSERVATION_COLUMNS[k]),
        OBSERVATION_MEANING[k],
      ]),
    ),
    '',
    'A count target with "of which" (trong đó) parts takes one more column per part, named',
    '`components.<id>` (or `trong đó: <id>`), e.g. `components.level-2`.',
    '',
    'A header that matches none of these as written is tried without its parenthesised parts',
    '(`Ghi chú (ước thực hiện)` is `ghi chú`), then by its first words, as appendix headers are printed:',
    '',
    markdownTable(
      ['Column', 'A header starting with'],
      (Object.keys(OBSERVATION_COLUMN_LEADS) as ObservationColumn[]).map((k) => [
        k,
        spellings(OBSERVATION_COLUMN_LEADS[k] ?? []),
      ]),
    ),
    '',
    '### An appendix with its own targets',
    '',
    'A file with a `target` column (Mục tiêu) is an appendix typed as printed: `TT`, `Nội dung chỉ tiêu`,',
    '`Mục tiêu`, `Kết quả`, `Ghi chú`. Each row is compared with its own target (`appendixPlan`); a row',
    'worded as a catalog indicator is that indicator, any other row is an indicator labelled by its own',
    'text; a row with neither a target nor a result (`I;Xóa mù chữ và phổ cập giáo dục;;;`) is a group heading. It reads',
    'only `no`, `label`, `indicator`, `target`, `rate` and `ignored` columns. The year is `--year`, else',
    'the one the target header names ("đến năm 2025"); the date of the figures is the one the result',
    'header names ("tháng 06/2025": 30/06/2025). Example:',
    '[examples/long-phung-phu-luc-2.csv](../examples/long-phung-phu-luc-2.csv).',
    '',
    '## `xhht assess-communes`: one commune per row',
    '',
    'Every column must be one of those below: a header the command does not know is an `unknown-column`',
    'error naming the nearest known header, since the figures under it would go unused',
    '(`--ignore-unknown-columns` makes it a warning). Headers are compared as above, and also: "15-60",',
    '"15 - 60", "(15–60)", "15 đến 60" and "từ 15 đến 60" are one age range, "tuổi" may be left out, and',
    '"mức độ 2" may be written "MĐ2". A count may be written with a zero decimal part, as a spreadsheet',
    'formats a number cell (`19.739,00` is 19739); any other decimal part is an `invalid-count` error.',
    '',
    '### Place',
    '',
    markdownTable(
      ['Column', 'Accepted headers', 'Meaning'],
      (Object.keys(COMMUNE_PLACE_COLUMNS) as (keyof typeof COMMUNE_PLACE_COLUMNS)[]).map((k) => [
        k,
        spellings(COMMUNE_PLACE_COLUMNS[k]),
        PLACE_MEANING[k],
      ]),
    ),
    '',
    '### Counts',
    '',
    'One column per count, headed by its field or by one of its Vietnamese headers, worded as the',
    "statistical forms of the universal-education software and the communes' reports word them (a header",
    'that names no age group, such as "Số người biết chữ mức độ 2", would fit three columns and is',
    'refused; "Số trẻ 5 tuổi phải huy động" is `age5.total`, so the 5-year-olds of the per-age 3–5 counts',
    'are named by their field). An empty cell is missing data: the checks that need it stay',
    'undetermined, never passed or failed.',
    '',
    markdownTable(
      ['Header', 'Vietnamese headers accepted', 'Meaning'],
      COUNT_GROUPS.flatMap((g) =>
        g.fields.map((f) => {
          const field = `${g.group}.${f.key}` as CountField;
          const aliases = COUNT_COLUMN_ALIASES[field];
          return [
            `\`${field}\``,
            aliases.length > 0 ? spellings(aliases) : '— (the field name only)',
            `${f.labelVi} (${g.labelVi}); ${f.label} (${g.label})`,
          ];
        }),
      ),
    ),
    '',
    '### Conditions (điều kiện bảo đảm)',
    '',
    'Yes/no cells (có/không). The `conditions.` prefix may be left out (`xmc.enoughTeachers`).',
    '',
    markdownTable(['Header', 'Standard', 'Vietnamese', 'English'], conditions()),
    '',
  ].join('\n');
}

/** docs/cli-columns.md: every CSV (and sheet) column the command line reads. */
export const cliColumnsPage: DocPage = { path: 'docs/cli-columns.md', render };
