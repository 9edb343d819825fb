// Typed error payloads from the backend, and their text in the current language.
import type { TFunction } from 'i18next';
import type { AppErrorPayload } from '../../../contract/types/app';

export type { AppErrorPayload };

/** The shape request() throws (the renderer does not import the services' list of codes). */
export function isAppError(error: unknown): error is AppErrorPayload {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' && /^[A-Z_]+$/.test(code) && typeof message === 'string';
}

/** Anything thrown becomes a payload: an exception in the renderer itself is reported as INTERNAL. */
export const toAppError = (error: unknown): AppErrorPayload => (isAppError(error) ? error : { code: 'INTERNAL', message: '' });

/**
 * The message in the UI's language: the locale files hold every code, so the renderer's own
 * translation is used (it follows a language switch at once); the backend's text is the fallback.
 */
export function errorText(t: TFunction, error: unknown): string {
  const payload = toAppError(error);
  const key = `errors:${payload.code}`;
  const translated = t(key, { defaultValue: '' });
  return translated || payload.message || t('errors:INTERNAL');
}

export const isUnauthenticated = (error: unknown): boolean => isAppError(error) && error.code === 'UNAUTHENTICATED';
