// A form for one whole-number setting (auto-lock delay, backups kept, agenda closing…): the
// contract's own schema checks it, errors show next to the field, and a status line confirms.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isAppError } from '../api/errors';
import { useFieldErrors } from '../forms/validation';
import { ErrorAlert, StatusMessage } from './ErrorAlert';
import { TextField } from './Field';

interface Props<K extends string> {
  /** The channel's input schema: an object with this number field (others optional). */
  schema: z.ZodType;
  field: K;
  /** Prefix of the DOM ids of this form's fields. */
  idPrefix: string;
  value: number;
  min: number;
  max: number;
  label: string;
  hint: string;
  /** The submit button's text; "Enregistrer" by default. */
  saveLabel?: string;
  /** Saves the new value; resolves to the confirmation shown under the form. */
  save(value: number): Promise<string>;
}

export function NumberSettingForm<K extends string>({ schema, field, idPrefix, value, min, max, label, hint, saveLabel, save }: Props<K>) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(value));
  const form = useFieldErrors(schema, idPrefix);
  const mutation = useMutation({ mutationFn: save, onError: (error) => form.fromServer(error) });

  const toInput = (v: string) => ({ [field]: v.trim() === '' ? Number.NaN : Number(v) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.reset();
    const input = form.check(toInput(text)) as Record<K, number> | null | undefined;
    if (input) mutation.mutate(input[field]);
  };

  return (
    <form onSubmit={submit} noValidate className="narrow-form">
      <TextField
        id={form.id(field)}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        className="field-short"
        label={label}
        hint={hint}
        value={text}
        onChange={(v) => {
          setText(v);
          mutation.reset();
          form.recheck(toInput(v));
        }}
        error={form.errors[field]}
        required
        disabled={mutation.isPending}
      />
      {/* Field problems show next to the field; anything else here. */}
      <ErrorAlert error={isAppError(mutation.error) && mutation.error.issues?.length ? null : mutation.error} />
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={mutation.isPending}>
          {saveLabel ?? t('common.save')}
        </button>
      </div>
      <StatusMessage>{mutation.data ?? null}</StatusMessage>
    </form>
  );
}
