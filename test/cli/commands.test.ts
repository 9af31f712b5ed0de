import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lines, xhht } from './helpers.js';

const COMMANDS = ['evaluate', 'plans', 'indicators', 'schema', 'assess-communes'] as const;

describe('help and version', () => {
  it.each(COMMANDS)('xhht %s --help: Vietnamese by default, English with --lang en, exit 0', async (command) => {
    const vi = await xhht([command, '--help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout.startsWith(`Cách dùng: xhht ${command}`)).toBe(true);
    expect(vi.stderr).toBe('');
    const en = await xhht([command, '--help', '--lang', 'en']);
    expect(en.stdout.startsWith(`Usage: xhht ${command}`)).toBe(true);
    const short = await xhht([command, '-h', '--lang', 'en']);
    expect(short.stdout).toBe(en.stdout);
    const viaHelp = await xhht(['help', command, '--lang', 'en']);
    expect(viaHelp.stdout).toBe(en.stdout);
  });

  it('xhht --help lists every command', async () => {
    const r = await xhht(['--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c}`);
    expect((await xhht(['--lang', 'en', '--help'])).stdout).toBe(r.stdout);
  });

  it('xhht --version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const r = await xhht(['--version']);
    expect([r.code, r.stdout]).toEqual([0, `${version}\n`]);
  });

  it('no command: the help on standard error and exit 2', async () => {
    const r = await xhht([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('xhht <lệnh>');
  });

  it('an unknown command or a leading unknown option: exit 2 with the list of commands', async () => {
    const a = await xhht(['evalute', '--lang', 'en']);
    expect(a.code).toBe(2);
    expect(lines(a.stderr)).toEqual([
      'xhht: unknown command "evalute" (did you mean "evaluate"?); commands: evaluate, plans, plan, indicators, ' +
        'schema, assess-communes',
      '(see xhht --help)',
    ]);
    const b = await xhht(['--frobnicate']);
    expect(b.code).toBe(2);
  });
});

describe('xhht plans', () => {
  it('lists the national plan qd-1373 with its target years (Decision 1373: 2025 and 2030)', async () => {
    // --wide: one line per row, so the row can be read as one line (fitted tables: table-width.test.ts)
    const r = await xhht(['plans', '--lang', 'en', '--wide']);
    expect(r.code).toBe(0);
    const row = lines(r.stdout).find((l) => l.startsWith('qd-1373 '))!;
    expect(row).toContain('1373/QĐ-TTg');
    expect(row).toContain('2025, 2030');
  });

  it('--format json gives the plans as data', async () => {
    const plans = JSON.parse((await xhht(['plans', '--format', 'json'])).stdout) as {
      id: string;
      targets: unknown[];
    }[];
    // 15 targets for 2025 and 14 for 2030 (Decision 1373, Mục II.2; shared/domain/targets-1373.md §1)
    expect(plans.find((p) => p.id === 'qd-1373')?.targets).toHaveLength(29);
  });

  it('--format csv writes a header and one row per plan', async () => {
    const r = await xhht(['plans', '--format', 'csv', '--lang', 'en']);
    expect(r.stdout.split('\r\n')[0]).toBe('Id,Reference,Issuer,Jurisdiction,Period,Target years,Targets,Title');
  });

  it('an argument is a usage error', async () => {
    expect((await xhht(['plans', 'qd-1373'])).code).toBe(2);
  });
});

describe('xhht indicators', () => {
  it('without a plan: the 15 indicators of the catalog (Decision 1373, Mục II.2)', async () => {
    const catalog = JSON.parse((await xhht(['indicators', '--format', 'json'])).stdout) as { id: string }[];
    expect(catalog.length).toBeGreaterThanOrEqual(15);
    expect(catalog.map((i) => i.id)).toContain('provinces-literacy-level-2');
  });

  it(
    'with --plan: targets per year, "phấn đấu" marked ' + '(Decision 1373, Mục II.2.a: 70% in 2025, 90% in 2030)',
    async () => {
      const r = await xhht(['indicators', '--plan', 'qd-1373', '--wide']);
      expect(r.code).toBe(0);
      const row = lines(r.stdout).find((l) => l.startsWith('provinces-literacy-level-2 '))!;
      expect(row).toMatch(/≥ 70%\s+≥ 90%$/);
      // "Phấn đấu 100% tỉnh … PCGD THCS mức độ 2" for 2025
      expect(lines(r.stdout).find((l) => l.startsWith('provinces-lower-secondary-level-2 '))).toContain(
        '≥ 100% (phấn đấu)',
      );
    },
  );

  it('--year keeps one year', async () => {
    const r = await xhht(['indicators', '--plan', 'qd-1373', '--year', '2030', '--format', 'csv', '--lang', 'en']);
    const [header, ...rows] = r.stdout.trim().split('\r\n');
    expect(header).toBe('Id,Group,Indicator,2030');
    // 14 targets for 2030: the 2025-only lower-secondary level 2 target has no 2030 counterpart
    expect(rows).toHaveLength(14);
  });

  it('a year the plan lacks, or --year without a plan, is a usage error', async () => {
    expect((await xhht(['indicators', '--plan', 'qd-1373', '--year', '2027'])).code).toBe(2);
    expect((await xhht(['indicators', '--year', '2025'])).code).toBe(2);
    expect((await xhht(['indicators', '--plan', 'nope'])).code).toBe(2);
  });
});

describe('xhht schema', () => {
  it('prints a JSON Schema that parses and describes the plan fields', async () => {
    const r = await xhht(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { type?: string; properties?: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual(expect.arrayContaining(['id', 'targets', 'period']));
  });

  it('--out writes it to a file', async () => {
    const r = await xhht(['schema', '--out', 'plan.schema.json']);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.written.get('plan.schema.json')!)).toHaveProperty('properties');
  });
});

describe('progress on standard error for inputs over 10,000 rows', () => {
  // 10,001 data rows: one real observation and 10,000 empty rows (skipped, but read)
  const big = `indicator,numerator,denominator\nprovinces-literacy-level-2,55,63\n${',,\n'.repeat(10_000)}`;

  it('shown when standard error is a terminal, never on standard output', async () => {
    const r = await xhht(
      ['evaluate', 'big.csv', '--year', '2025', '--format', 'json'],
      { 'big.csv': big },
      { isTTY: true },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('đang đọc: ');
    // a CSV file is read as a stream: its rows are counted as they come, the percent is of its bytes
    expect(r.stderr).toContain('10.001 dòng (100%)');
    expect(JSON.parse(r.stdout).summary.met).toBe(1);
    // updates at most once per percent: no flood
    expect(r.stderr.split('\r').length).toBeLessThan(110);
    // the line is cleared at the end
    expect(r.stderr.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('not shown when standard error is a pipe or a file', async () => {
    const r = await xhht(
      ['evaluate', 'big.csv', '--year', '2025', '--format', 'json'],
      { 'big.csv': big },
      { isTTY: false },
    );
    expect(r.stderr).toBe('');
  });

  it('not shown for 10,000 rows or fewer', async () => {
    const small = `indicator,numerator,denominator\nprovinces-literacy-level-2,55,63\n${',,\n'.repeat(9_999)}`;
    const r = await xhht(
      ['evaluate', 's.csv', '--year', '2025', '--format', 'json'],
      { 's.csv': small },
      { isTTY: true },
    );
    expect(r.stderr).toBe('');
  });
});
