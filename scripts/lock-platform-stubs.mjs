// Adds lock-file entries for optional platform packages the registry of our
// build machines does not carry (it mirrors only the linux builds of
// @rollup/rollup-*). npm 11's `npm ci` refuses a lock that lacks any optional
// dependency ("Missing: @rollup/rollup-darwin-arm64@ from lock file"), even
// one it would never install on Linux. Each stub names its os/cpu/libc so npm
// skips it on every machine it does not fit, exactly as a lock written against
// the public registry would. Run after `npm install` changes the lock:
//   node scripts/lock-platform-stubs.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32'];

/** "@rollup/rollup-linux-x64-musl" → { os: linux, cpu: x64, libc: musl }. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const i = parts.findIndex((p) => OS.includes(p));
  if (i < 0) return null;
  const os = parts[i];
  const cpu = { arm: 'arm', ia32: 'ia32' }[parts[i + 1]] ?? parts[i + 1];
  const tail = parts.slice(i + 2).join('-');
  const libc = os === 'linux' ? (tail.includes('musl') ? 'musl' : 'glibc') : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${dep}`;
    if (lock.packages[target] || lock.packages[`${path}/node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+$/.test(version)) continue;
    lock.packages[target] = {
      version,
      cpu: [platform.cpu],
      dev: entry.dev || undefined,
      ...(platform.libc ? { libc: [platform.libc] } : {}),
      optional: true,
      os: [platform.os],
    };
    added++;
  }
}
// npm keeps packages sorted by path; keep the file diff-friendly.
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platform-stubs: added ${added} entries`);
