// Plan a series: e.g. every third Tuesday, 13:30–16:00, from September to June, leaving out
// listed dates (school holidays). The dates are previewed before anything is saved.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../../contract/schemas/common';
import { createSeriesInput, WEEKDAYS } from '../../../../contract/schemas/sessions';
import { request } from '../../api/client';
import { TextField } from '../../components/Field';
import { useFieldErrors, validateWith } from '../../forms/validation';
import { RosterDialog } from '../roster/RosterDialog';
import '../roster/rosterDialogs.css';
import { DayField, SelectField, TimeField } from './fields';
import { DialogActions, PastWarning } from './formBits';
import { PlacesList, PLACES_LIST_ID } from './PlacesList';
import { shortDay, todayDay } from './sessionText';
import { useSessionMutation } from './sessionsQueries';

interface Props {
  from: string;
  until: string;
  onClose(): void;
  onCreated(count: number): void;
}

type Values = { title: string; place: string; startTime: string; endTime: string; from: string; until: string; kind: 'monthly' | 'weekly'; nth: string; weekday: string; interval: string; skipDates: string[] };

const toInput = (v: Values) => ({
  title: v.title,
  place: v.place,
  startTime: v.startTime,
  endTime: v.endTime,
  from: v.from,
  until: v.until,
  pattern: v.kind === 'monthly' ? { kind: 'monthly', nth: Number(v.nth), weekday: v.weekday } : { kind: 'weekly', interval: Number(v.interval), weekday: v.weekday },
  skipDates: v.skipDates,
});

export function SeriesFormDialog({ from, until, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation('sessions');
  const [values, setValues] = useState<Values>({ title: t('form.defaultTitle'), place: '', startTime: '13:30', endTime: '16:00', from, until, kind: 'monthly', nth: '3', weekday: 'TU', interval: '1', skipDates: [] });
  const [skipDraft, setSkipDraft] = useState('');
  const [skipError, setSkipError] = useState<string | undefined>();
  const form = useFieldErrors(createSeriesInput, 'series');
  const create = useSessionMutation('sessions.createSeries');
  const update = (patch: Partial<Values>) => {
    const next = { ...values, ...patch };
    setValues(next);
    form.recheck(toInput(next));
  };
  const set = (key: keyof Values) => (value: string) => update({ [key]: value } as Partial<Values>);

  // The preview follows the form as soon as it is valid.
  const valid = useMemo(() => validateWith(createSeriesInput, toInput(values)), [values]);
  const preview = useQuery({
    queryKey: ['sessions.previewSeries', valid.ok ? valid.data : null],
    queryFn: () => request('sessions.previewSeries', valid.ok ? valid.data : (null as never)),
    enabled: valid.ok,
  });

  // The day typed is checked with the schema's own date rule before it is used (32/12/2026 once
  // reached the date formatting and blanked the window).
  const addSkip = () => {
    if (!isoDate.safeParse(skipDraft).success) return setSkipError('validation.date');
    setSkipError(undefined);
    if (values.skipDates.includes(skipDraft)) return setSkipDraft('');
    update({ skipDates: [...values.skipDates, skipDraft].sort() });
    setSkipDraft('');
  };
  const today = todayDay();
  const past = (preview.data?.dates ?? []).filter((d) => d < today);
  // The past dates the user agreed to create, for exactly this preview.
  const [pastAsked, setPastAsked] = useState<string | null>(null);
  const pastKey = past.join(',');
  const submit = () => {
    const input = form.check(toInput(values));
    if (!input) return;
    if (past.length && pastAsked !== pastKey) return setPastAsked(pastKey);
    create.mutate(input, { onSuccess: (created) => onCreated(created.sessions.length), onError: form.fromServer });
  };

  return (
    <RosterDialog title={t('series.title')} onClose={onClose} wide>
      <form
        className="roster-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <TextField id={form.id('title')} label={t('form.title')} value={values.title} onChange={set('title')} error={form.errors.title} required data-autofocus />
        <TextField id={form.id('place')} label={t('form.place')} value={values.place} onChange={set('place')} error={form.errors.place} list={PLACES_LIST_ID} />
        <PlacesList />
        <fieldset className="plain-fieldset">
          <legend>{t('series.rhythm')}</legend>
          <div className="field-row">
            <SelectField id={form.id('pattern.kind')} label={t('series.kind')} value={values.kind} onChange={(v) => update({ kind: v as Values['kind'] })}>
              <option value="monthly">{t('series.monthly')}</option>
              <option value="weekly">{t('series.weekly')}</option>
            </SelectField>
            {values.kind === 'monthly' ? (
              <SelectField id={form.id('pattern.nth')} label={t('series.nth')} value={values.nth} onChange={set('nth')} error={form.errors['pattern.nth']}>
                {['1', '2', '3', '4', '-1'].map((n) => (
                  <option key={n} value={n}>
                    {t(`series.nthValue.${n}`)}
                  </option>
                ))}
              </SelectField>
            ) : (
              <TextField id={form.id('pattern.interval')} type="number" min={1} max={8} label={t('series.interval')} value={values.interval} onChange={set('interval')} error={form.errors['pattern.interval']} />
            )}
            <SelectField id={form.id('pattern.weekday')} label={t('series.weekday')} value={values.weekday} onChange={set('weekday')}>
              {WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {t(`weekdays.${d}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="field-row">
            <TimeField id={form.id('startTime')} label={t('form.startTime')} value={values.startTime} onChange={set('startTime')} error={form.errors.startTime} required />
            <TimeField id={form.id('endTime')} label={t('form.endTime')} value={values.endTime} onChange={set('endTime')} error={form.errors.endTime} required />
            <DayField id={form.id('from')} label={t('series.from')} value={values.from} onChange={set('from')} error={form.errors.from} required />
            <DayField id={form.id('until')} label={t('series.until')} value={values.until} onChange={set('until')} error={form.errors.until} required />
          </div>
        </fieldset>
        <fieldset className="plain-fieldset">
          <legend>{t('series.skip')}</legend>
          <p className="field-hint">{t('series.skipHint')}</p>
          <div className="field-row sessions-inline-add">
            <DayField id="series-skip-draft" label={t('series.skipDate')} value={skipDraft} onChange={setSkipDraft} error={skipError} />
            <button type="button" className="button-secondary" onClick={addSkip}>
              {t('series.addSkip')}
            </button>
          </div>
          {values.skipDates.length ? (
            <ul className="sessions-chips" aria-label={t('series.skipList')}>
              {values.skipDates.map((d) => (
                <li key={d}>
                  {shortDay(d, i18n.language)}{' '}
                  <button type="button" className="link-button" onClick={() => update({ skipDates: values.skipDates.filter((x) => x !== d) })} aria-label={t('series.removeSkip', { date: shortDay(d, i18n.language) })}>
                    {t('series.remove')}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </fieldset>
        <section className="sessions-preview" aria-labelledby="series-preview-title">
          <h3 id="series-preview-title">{t('series.preview')}</h3>
          {preview.data ? (
            <>
              <p role="status">
                {t('series.previewCount', { count: preview.data.dates.length })}
                {preview.data.skipped.length ? ` ${t('series.previewSkipped', { count: preview.data.skipped.length })}` : ''}
              </p>
              <ol className="sessions-preview-dates">
                {preview.data.dates.map((d) => (
                  <li key={d}>{shortDay(d, i18n.language)}</li>
                ))}
              </ol>
            </>
          ) : (
            <p className="muted">{t('series.previewWaiting')}</p>
          )}
        </section>
        {past.length && pastAsked === pastKey ? <PastWarning message={t('series.pastWarning', { count: past.length, first: shortDay(past[0]!, i18n.language), last: shortDay(past[past.length - 1]!, i18n.language) })} /> : null}
        <DialogActions busy={create.isPending} label={past.length && pastAsked === pastKey ? t('series.createAnyway') : t('series.create')} error={create.error} onClose={onClose} closeLabel={t('common.cancel')} />
      </form>
    </RosterDialog>
  );
}
