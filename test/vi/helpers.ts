import { expect } from 'vitest';
import { isXhhtError, type ErrorCode, type XhhtError } from '../../src/errors.js';

/** Runs `fn`, expects an XhhtError with `code`, and returns it for further checks. */
export function expectXhhtError(fn: () => unknown, code: ErrorCode): XhhtError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(isXhhtError(caught), `expected an XhhtError '${code}', got ${String(caught)}`).toBe(true);
  const error = caught as XhhtError;
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.messageVi.length).toBeGreaterThan(0);
  return error;
}

/** Runs `fn`, expects it to throw, and returns what a caller reads of the error: code, path, both texts. */
export function caught(f: () => unknown): { code: string; path: unknown; message: string; messageVi: string } {
  try {
    f();
  } catch (e) {
    const x = e as { code: string; path: unknown; message: string; messageVi: string };
    return { code: x.code, path: x.path, message: x.message, messageVi: x.messageVi };
  }
  throw new Error('expected a throw');
}
