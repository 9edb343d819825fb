// How many recent backups the folder keeps (coordinators set it; everyone sees it).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keepLastInput } from '../../../../electron/api/schemas/safety';
import { request } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { TextField } from '../../components/Field';
import { useFieldErrors } from '../../forms/validation';
import { BACKUP_STATUS_KEY } from './safetyQueries';

export function KeepLastForm({ keepLast, editable }: { keepLast: number; editable: boolean }) {
  const { t } = useTranslation('safety');
  const queryClient = useQueryClient();
  const [value, setValue] = useState(String(keepLast));
  const form = useFieldErrors(keepLastInput, 'keep-last');
  const save = useMutation({
    mutationFn: (n: number) => request('backup.setKeepLast', { keepLast: n }),
    onError: (error) => form.fromServer(error),
    onSuccess: (status) => queryClient.setQueryData(BACKUP_STATUS_KEY, status),
  });
  if (!editable) return <p>{t('backup.keepLast.readOnly', { count: keepLast })}</p>;

  const toInput = (v: string) => ({ keepLast: v.trim() === '' ? Number.NaN : Number(v) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const input = form.check(toInput(value));
    if (input) save.mutate(input.keepLast);
  };
  return (
    <form onSubmit={submit} noValidate className="narrow-form">
      <TextField
        id={form.id('keepLast')}
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        step={1}
        className="field-short"
        label={t('backup.keepLast.label')}
        hint={t('backup.keepLast.hint')}
        value={value}
        onChange={(v) => {
          setValue(v);
          form.recheck(toInput(v));
        }}
        error={form.errors.keepLast}
        required
        disabled={save.isPending}
      />
      <ErrorAlert error={save.error} />
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={save.isPending}>
          {t('ui:common.save')}
        </button>
      </div>
      <StatusMessage>{save.data ? t('backup.keepLast.done', { count: save.data.keepLast }) : null}</StatusMessage>
    </form>
  );
}
