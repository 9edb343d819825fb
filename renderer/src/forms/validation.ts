// Client-side validation with the backend's own zod schemas, and the mapping of issues
// (from zod here, or from a VALIDATION error of the backend) to form fields.
import { useCallback, useState } from 'react';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { fieldIssuesOf } from '../../../contract/errors';
import { isAppError, type AppErrorPayload } from '../api/errors';

/** { path: 'coordinator.username', message: 'validation.username' }, as the contract's errors carry them. */
type FieldIssue = NonNullable<AppErrorPayload['issues']>[number];

/** Field path ('coordinator.username') → i18n key of its first problem ('validation.username'). */
export type FieldErrors = Record<string, string>;

export function issuesToFields(issues: readonly FieldIssue[] | undefined): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues ?? []) {
    const path = issue.path === '' ? '_form' : issue.path;
    fields[path] ??= issue.message;
  }
  return fields;
}


export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function validateWith<S extends z.ZodType>(schema: S, input: unknown): Validation<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: issuesToFields(fieldIssuesOf(parsed.error)) };
}

/** 'validation.required' → the text in namespace validation; other keys as they are. */
export function issueText(t: TFunction, key: string): string {
  return key.startsWith('validation.') ? t(`validation:${key.slice('validation.'.length)}`) : t(key);
}

/** The DOM id of a field: a form prefix plus its path ('create' + 'coordinator.username' → 'create-coordinator-username'). */
export const fieldId = (prefix: string, path: string): string => `${prefix}-${path.replace(/\./g, '-')}`;

/**
 * State of a form's field errors. Validation runs on submit; after a first failed attempt it runs
 * again on every change, so a message disappears as soon as the field is fixed.
 */
export function useFieldErrors<S extends z.ZodType>(schema: S, prefix: string) {
  const state = useFieldErrorState(prefix);
  const { setErrors, focusFirst, reset: clearErrors } = state;
  const [attempted, setAttempted] = useState(false);

  /** On submit: the parsed input, or null with the errors shown and the first bad field focused. */
  const check = useCallback(
    (input: unknown): z.output<S> | null => {
      setAttempted(true);
      const result = validateWith(schema, input);
      if (result.ok) {
        setErrors({});
        return result.data;
      }
      setErrors(result.errors);
      focusFirst(result.errors);
      return null;
    },
    [schema, focusFirst],
  );

  /** On change: re-validate only once the user has tried to submit. */
  const recheck = useCallback(
    (input: unknown) => {
      if (!attempted) return;
      const result = validateWith(schema, input);
      setErrors(result.ok ? {} : result.errors);
    },
    [schema, attempted, setErrors],
  );

  const reset = useCallback(() => {
    clearErrors();
    setAttempted(false);
  }, [clearErrors]);

  return { ...state, check, recheck, reset };
}

/**
 * Field errors that come only from the backend's validation (the unlock form: the first script
 * carries no zod, and the backend parses with the same contract schema).
 */
export function useFieldErrorState(prefix: string) {
  const [errors, setErrors] = useState<FieldErrors>({});

  const focusFirst = useCallback(
    (fields: FieldErrors) => {
      const first = Object.keys(fields)
        .map((path) => document.getElementById(fieldId(prefix, path)))
        .find((element): element is HTMLElement => element !== null);
      first?.focus();
    },
    [prefix],
  );

  /** A backend error: its field issues go next to the fields. */
  const fromServer = useCallback(
    (error: unknown) => {
      if (isAppError(error) && error.issues?.length) {
        const fields = issuesToFields(error.issues);
        setErrors(fields);
        focusFirst(fields);
      }
    },
    [focusFirst],
  );

  const reset = useCallback(() => setErrors({}), []);

  return { errors, setErrors, focusFirst, fromServer, reset, id: (path: string) => fieldId(prefix, path) };
}
