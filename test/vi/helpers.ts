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
