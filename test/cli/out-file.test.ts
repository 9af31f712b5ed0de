/**
 * Output files that cannot destroy data (issue 13 §3), on the real file
 * system: `--out` through a link to the input is refused, a write that fails
 * partway leaves the previous file as it was, and a write error is one coded
 * line in the user's language, never the system's own text.
 */
import { spawnSync } from 'node:child_process';
import { link, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { replaceFile } from '../../src/cli/replace-file.js';
import { lines } from './helpers.js';

// Figures: 55 of 63 provinces at XMC level 2 in 2024 (shared/domain/targets-1373.md §3, as in
// examples/national-2024.json); 2025 target 70% (Decision 1373, Mục II.2.a).
const XMC2 = 'provinces-literacy-level-2';
const GOOD = `{"year": 2025, "observations": [{"indicator": "${XMC2}", "numerator": 55, "denominator": 63}]}`;
const OLD = 'the previous report, which must survive\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xhht-out-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the command line on the real file system, standard output and error kept. */
async function xhhtOnDisk(argv: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...nodeIo(), stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), isTTY: false };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The names in the folder other than `keep`: a temporary file left behind would show here. */
const others = async (...keep: string[]) => (await readdir(dir)).filter((n) => !keep.includes(n)).sort();

describe('--out through a link to the input is refused (issue 13 §3)', () => {
  it('a symbolic link to the input file: exit 2, one coded line, the input unchanged', async () => {
    const input = join(dir, 'a.json');
    await writeFile(input, GOOD);
    await symlink('a.json', join(dir, 'link.json'));
    const r = await xhhtOnDisk([
      'evaluate',
      input,
      '--out',
      join(dir, 'link.json'),
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `${join(dir, 'link.json')}: --out is the input file (another path to it, or a link); write the ` +
        `report to another file (output-is-input)`,
    ]);
    expect(await readFile(input, 'utf8')).toBe(GOOD);
    expect(await others('a.json', 'link.json')).toEqual([]);
  });

  it('a hard link to the input file: the same file by its device and inode', async () => {
    const input = join(dir, 'a.json');
    await writeFile(input, GOOD);
    await link(input, join(dir, 'hard.json'));
    const r = await xhhtOnDisk([
      'evaluate',
      input,
      '--out',
      join(dir, 'hard.json'),
      '--format',
      'json',
      '--lang',
      'vi',
    ]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `${join(dir, 'hard.json')}: --out là tệp dữ liệu vào (đường dẫn khác tới nó, hoặc liên kết); hãy ghi ` +
        `báo cáo ra tệp khác (output-is-input)`,
    ]);
    expect(await readFile(input, 'utf8')).toBe(GOOD);
  });

  it('the input read through a symbolic link to a folder, --out by the real path', async () => {
    await mkdir(join(dir, 'real'));
    await writeFile(join(dir, 'real', 'a.json'), GOOD);
    await symlink('real', join(dir, 'via'));
    const r = await xhhtOnDisk(['evaluate', join(dir, 'via', 'a.json'), '--out', join(dir, 'real', 'a.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(output-is-input)');
    expect(await readFile(join(dir, 'real', 'a.json'), 'utf8')).toBe(GOOD);
  });

  it('a symbolic link to the --plan-file is refused too', async () => {
    await writeFile(join(dir, 'a.json'), GOOD);
    // never read: --out is checked before any file is
    const plan = '{}';
    await writeFile(join(dir, 'plan.json'), plan);
    await symlink('plan.json', join(dir, 'p.json'));
    const r = await xhhtOnDisk([
      'evaluate',
      join(dir, 'a.json'),
      '--plan-file',
      join(dir, 'plan.json'),
      '--out',
      join(dir, 'p.json'),
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `${join(dir, 'p.json')}: --out is the file --plan-file reads (another path to it, or a link); write ` +
        `the report to another file (output-is-input)`,
    ]);
    expect(await readFile(join(dir, 'plan.json'), 'utf8')).toBe(plan);
  });

  it(
    'a symbolic link to another file is written through: ' + 'the file it points to is replaced, the link stays',
    async () => {
      await writeFile(join(dir, 'a.json'), GOOD);
      await writeFile(join(dir, 'report.json'), OLD);
      await symlink('report.json', join(dir, 'latest.json'));
      const r = await xhhtOnDisk([
        'evaluate',
        join(dir, 'a.json'),
        '--out',
        join(dir, 'latest.json'),
        '--format',
        'json',
      ]);
      expect(r.code).toBe(0);
      expect((await stat(join(dir, 'latest.json'))).isFile()).toBe(true);
      expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'))).toMatchObject({ year: 2025 });
      expect(await others('a.json', 'report.json', 'latest.json')).toEqual([]);
    },
  );
});

describe('a write that fails partway leaves the previous file intact (issue 13 §3)', () => {
  it('replaceFile: the write fails after part of the content: the old content stays, no temporary file', async () => {
    const target = join(dir, 'report.md');
    await writeFile(target, OLD);
    const failure = new Error('the report could not be finished');
    await expect(
      replaceFile(target, async (file) => {
        await file.writeFile('half of the new report');
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await readFile(target, 'utf8')).toBe(OLD);
    expect(await others('report.md')).toEqual([]);
  });

  it('writeFileStream: text whose pieces stop with an error midway (after more than a block is written)', async () => {
    const target = join(dir, 'report.csv');
    await writeFile(target, OLD);
    const failure = new Error('stopped');
    async function* pieces() {
      // 3 MB first: more than the 1 MB block, so some of it has reached the file
      for (let i = 0; i < 3000; i++) yield `${'x'.repeat(1023)}\n`;
      throw failure;
    }
    await expect(nodeIo().writeFileStream!(target, pieces())).rejects.toBe(failure);
    expect(await readFile(target, 'utf8')).toBe(OLD);
    expect(await others('report.csv')).toEqual([]);
  });

  it('a complete write replaces the file and keeps its permissions', async () => {
    const target = join(dir, 'report.md');
    await writeFile(target, OLD, { mode: 0o640 });
    await nodeIo().writeFile(target, 'new\n');
    expect(await readFile(target, 'utf8')).toBe('new\n');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await others('report.md')).toEqual([]);
  });

  it(
    'a file-size limit (ulimit -f) in a child process: ' +
      'unwritable-file, one line in Vietnamese, the old report intact',
    async () => {
      const target = join(dir, 'indicators.json');
      await writeFile(target, OLD);
      // ulimit -f counts 512-byte blocks: 8 is 4 KB, and the list of indicators in JSON is about 50 KB
      const child = spawnSync(
        'sh',
        [
          '-c',
          'ulimit -f 8 && exec "$@"',
          'sh',
          process.execPath,
          '--import',
          'tsx',
          'src/cli/bin.ts',
          'indicators',
          '--format',
          'json',
          '--out',
          target,
          '--lang',
          'vi',
        ],
        { encoding: 'utf8' },
      );
      expect(child.status).toBe(2);
      expect(lines(child.stderr)).toEqual([
        `${target}: không ghi được tệp: tệp vượt quá kích thước hệ ` +
          `thống cho phép; tệp cũ (nếu có) vẫn giữ nguyên (unwritable-file)`,
      ]);
      expect(child.stderr).not.toMatch(/EFBIG|file too large|at /);
      expect(await readFile(target, 'utf8')).toBe(OLD);
      expect(await others('indicators.json')).toEqual([]);
    },
  );
});

describe('write errors: one line in the user language with a code, no raw Node text (issue 13 §3)', () => {
  it('a folder that does not exist', async () => {
    await writeFile(join(dir, 'a.json'), GOOD);
    const out = join(dir, 'no-such-folder', 'r.md');
    const r = await xhhtOnDisk(['evaluate', join(dir, 'a.json'), '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `${out}: cannot write the file: its folder does not exist; a file that was there is unchanged (unwritable-file)`,
    ]);
    expect(r.stderr).not.toMatch(/ENOENT|no such file/);
  });

  it('a directory of that name, in Vietnamese', async () => {
    await writeFile(join(dir, 'a.json'), GOOD);
    await mkdir(join(dir, 'r.md'));
    const r = await xhhtOnDisk(['evaluate', join(dir, 'a.json'), '--out', join(dir, 'r.md'), '--lang', 'vi']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `${join(dir, 'r.md')}: không ghi được tệp: đây là thư mục; tệp cũ (nếu có) vẫn giữ nguyên (unwritable-file)`,
    ]);
    expect(r.stderr).not.toMatch(/EISDIR|illegal operation/);
  });

  it('a part of the path that is a file, not a folder', async () => {
    await writeFile(join(dir, 'a.json'), GOOD);
    const out = join(dir, 'a.json', 'r.md');
    const r = await xhhtOnDisk(['evaluate', join(dir, 'a.json'), '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `${out}: cannot write the file: a part of its path is not a ` +
        `folder; a file that was there is unchanged (unwritable-file)`,
    ]);
  });

  it('an error the command line does not name is shown by its system code only', async () => {
    const io: CliIo = {
      stdout: () => {},
      stderr: (t) => void err.push(t),
      isTTY: false,
      readFile: async () => new TextEncoder().encode(GOOD),
      writeFile: async () => {
        throw Object.assign(new Error('EBUSY: resource busy or locked, open'), { code: 'EBUSY' });
      },
    };
    const err: string[] = [];
    const code = await run(['evaluate', 'a.json', '--out', 'r.md', '--lang', 'en'], io);
    expect(code).toBe(2);
    expect(lines(err.join(''))).toEqual([
      'r.md: cannot write the file: the system refused the write ' +
        '(EBUSY); a file that was there is unchanged (unwritable-file)',
    ]);
  });
});
