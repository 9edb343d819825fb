// The state of a situation form: its values, and the contract's schema checking them (errors shown
// after a first attempt, then rechecked on every change), as the other forms of the app do.
import { useState } from 'react';
import type { z } from 'zod';
import { useFieldErrors } from '../../forms/validation';

export function useCheckedForm<V, S extends z.ZodType>(schema: S, prefix: string, initial: () => V, toInput: (values: V) => unknown) {
  const [values, setValues] = useState<V>(initial);
  const form = useFieldErrors(schema, prefix);
  const set = (patch: Partial<V>) => {
    const next = { ...values, ...patch };
    setValues(next);
    form.recheck(toInput(next));
  };
  /** On submit: the parsed input, or null with the errors shown. */
  const parsed = (): z.output<S> | null => form.check(toInput(values));
  return { values, set, form, parsed };
}
