// One session's minutes. For someone who was not present: that they exist, their date and versions,
// « réservé aux personnes présentes ». For the people present: the versions (to open), the draft
// for its author, and for the secretary (or the coordinator) the distribution and its register.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesView } from '../../../../contract/types/minutes';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { RuleNotice } from '../../components/RuleNotice';
import { longDay, todayDay } from '../sessions/sessionText';
import { DistributionSection } from './DistributionSection';
import { DraftWorkspace } from './DraftWorkspace';
import { MinutesStateBadge } from './MinutesStateBadge';
import { minutesKey, useMinutes, useMinutesChange } from './minutesQueries';
import { OpenedVersion } from './OpenedVersion';
import { VersionsList } from './VersionsList';
import './minutes.css';

type Attendee = Extract<MinutesView, { access: 'attendee' }>;

export function MinutesScreen({ sessionId, onBack, backLabel }: { sessionId: string; onBack(): void; backLabel: string }) {
  const { t, i18n } = useTranslation('minutes');
  const minutes = useMinutes(sessionId);
  const view = minutes.data;
  return (
    <div className="page minutes-page">
      <p>
        <button type="button" className="link-button" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {backLabel}
        </button>
      </p>
      <h1 tabIndex={-1}>{view ? t('screen.title', { session: view.sessionTitle, date: longDay(view.sessionDate, i18n.language) }) : t('title')}</h1>
      <ErrorAlert error={minutes.error} />
      {!view && minutes.isPending ? <p role="status">{t('ui:common.loading')}</p> : null}
      {view ? (
        <p>
          <MinutesStateBadge view={view} />
        </p>
      ) : null}
      {view?.access === 'restricted' ? <RestrictedView view={view} /> : null}
      {view?.access === 'attendee' ? <AttendeeView view={view} /> : null}
    </div>
  );
}

function RestrictedView({ view }: { view: Extract<MinutesView, { access: 'restricted' }> }) {
  const { t } = useTranslation('minutes');
  return (
    <>
      <p className="notice minutes-restricted">
        <strong>{t('restricted.title')}</strong> {t('restricted.text')}
      </p>
      {view.versions.length ? (
        <section className="card" aria-labelledby="minutes-versions">
          <h2 id="minutes-versions">{t('versions.title')}</h2>
          <VersionsList versions={view.versions} />
        </section>
      ) : null}
    </>
  );
}

function AttendeeView({ view }: { view: Attendee }) {
  const { t } = useTranslation('minutes');
  const id = useId();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const [generation, setGeneration] = useState(0);
  const start = useMinutesChange('minutes.startDraft');
  const discard = useMinutesChange('minutes.discardDraft');

  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: minutesKey(view.sessionId) });
    setGeneration((g) => g + 1);
    setMessage(t('draft.reloaded'));
  };

  return (
    <>
      <StatusMessage>{message}</StatusMessage>
      {view.versions.length ? (
        <section className="card" aria-labelledby={`${id}-versions`}>
          <h2 id={`${id}-versions`}>{t('versions.title')}</h2>
          <VersionsList versions={view.versions} opened={opened} onOpen={(n) => setOpened(opened === n ? null : n)} />
        </section>
      ) : null}
      {opened ? <OpenedVersion sessionId={view.sessionId} version={opened} onClose={() => setOpened(null)} /> : null}
      {view.draft ? (
        <DraftWorkspace
          key={generation}
          sessionId={view.sessionId}
          header={view.header}
          draft={view.draft}
          onReload={() => void reload()}
          discarding={discard.isPending}
          onDiscard={() => discard.mutate({ sessionId: view.sessionId }, { onSuccess: () => setMessage(t('draft.discarded')) })}
          onFinalised={(next) => {
            setMessage(t('finalise.done', { number: next.latestVersion }));
            setOpened(next.latestVersion);
          }}
        />
      ) : (
        <section className="card" aria-labelledby={`${id}-write`}>
          <h2 id={`${id}-write`}>{view.state === 'none' ? t('draft.title') : t('draft.correctTitle')}</h2>
          <WriteStart view={view} busy={start.isPending} onStart={() => start.mutate({ sessionId: view.sessionId }, { onSuccess: () => setMessage(t('draft.started')) })} />
          <ErrorAlert error={start.error ?? discard.error} />
        </section>
      )}
      {view.canDistribute && view.latestVersion > 0 ? <DistributionSection sessionId={view.sessionId} /> : null}
    </>
  );
}

/** Not allowed to write: who may, why not this account, and the way out (the backend says which condition fails). */
function WriteRefused({ view }: { view: Attendee }) {
  const { t, i18n } = useTranslation('minutes');
  const date = longDay(view.sessionDate, i18n.language);
  // A signature counts from its day: signed today, it is valid for a session held today.
  const signToday = view.writeRefusal === 'no_signature_on_date' && view.sessionDate === todayDay();
  return (
    <>
      <p className="muted">{view.state === 'none' ? t('draft.notYet') : t('draft.onlyWriters')}</p>
      <p>{t('draft.whoMay', { date })}</p>
      {view.writeRefusal ? (
        <RuleNotice to={signToday ? 'charter' : view.writers.length ? undefined : 'sessions'}>
          {t(`draft.refusal.${view.writeRefusal}`, { date })}{' '}
          {signToday ? t('draft.wayOut.signToday') : view.writers.length ? t('draft.wayOut.ask', { names: view.writers.join(', ') }) : t('draft.wayOut.nobody')}
        </RuleNotice>
      ) : null}
    </>
  );
}

function WriteStart({ view, busy, onStart }: { view: Attendee; busy: boolean; onStart(): void }) {
  const { t } = useTranslation('minutes');
  if (view.draftHeldBy) return <p className="notice">{t('draft.heldBy', { name: view.draftHeldBy })}</p>;
  if (!view.canWrite) return <WriteRefused view={view} />;
  return (
    <>
      <p className="field-hint">{view.state === 'none' ? t('draft.startHint') : t('draft.correctHint', { number: view.latestVersion })}</p>
      <button type="button" className="button-primary" disabled={busy} onClick={onStart}>
        {view.state === 'none' ? t('draft.start') : t('draft.correct', { number: view.latestVersion })}
      </button>
    </>
  );
}
