/**
 * A file written so that a failed write cannot destroy it: the new content
 * goes to a temporary file beside it (same folder, so the same file system)
 * and takes its place by one rename only when it is whole. A write that fails
 * partway (a full disk, a file-size limit, an error while the report is made)
 * removes the temporary file and leaves the previous file as it was; a reader
 * of the file sees the old content or the new, never half of it.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, readlink, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes a file in place of `path` by way of a temporary file, as above. A
 * symbolic link is followed: the file it points to is replaced and the link
 * stays. The replaced file's permissions are kept. A path that is not a
 * regular file (a device such as /dev/null, a named pipe) is written directly:
 * there is nothing to replace, and renaming over it would replace the device.
 *
 * @param path - the file to write, as the user named it
 * @param write - writes the content to the open file
 * @throws the file system's error (with its `code`: `EISDIR`, `ENOSPC`, `EFBIG`…), after the temporary file is removed
 * @example
 * await replaceFile('bao-cao.csv', (file) => file.writeFile(text, 'utf8'));
 */
export async function replaceFile(path: string, write: (file: FileHandle) => Promise<void>): Promise<void> {
  const { target, mode, special } = await whereToWrite(path);
  if (special) {
    const file = await open(target, 'w');
    try {
      await write(file);
    } finally {
      await file.close();
    }
    return;
  }
  // a name no one else uses: hidden, this process's, random
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temp, 'wx');
  let closed = false;
  try {
    await write(file);
    if (mode !== undefined) await file.chmod(mode);
    closed = true;
    await file.close();
    await rename(temp, target);
  } catch (e) {
    if (!closed) await file.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw e;
  }
}

/** The real file to write (links followed), the mode to keep, and whether it is something other than a regular file. */
async function whereToWrite(path: string): Promise<{ target: string; mode?: number; special: boolean }> {
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (!st.isFile()) return { target: path, special: true };
    return { target: await realpath(path), mode: st.mode & 0o7777, special: false };
  } catch (e) {
    if ((e as { code?: unknown }).code !== 'ENOENT') throw e;
  }
  // no such file; a symbolic link to a file that does not exist yet creates that file
  try {
    if ((await lstat(path)).isSymbolicLink())
      return { target: resolve(dirname(path), await readlink(path)), special: false };
  } catch (e) {
    if ((e as { code?: unknown }).code !== 'ENOENT') throw e;
  }
  return { target: path, special: false };
}
