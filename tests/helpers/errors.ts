// The code of the AppError a call throws, or 'ok' when it throws none; anything else is rethrown.
import { AppError, type ErrorCode } from '../../contract/errors.js';

export function thrownCode(fn: () => unknown): ErrorCode | 'ok' {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}
