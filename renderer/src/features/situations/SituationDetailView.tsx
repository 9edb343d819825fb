// One situation's screen. With access: the five conditions, the record (and its form), the
// information and consent, the anonymisation check, marking ready, withdrawal, and the follow-up
// (needs, presentations, notice: the follow-up part). Without: the code, sectors and status only.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../contract/types/app';
import type { SituationDetail, SituationView } from '../../../../contract/types/situations';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { parseWords } from '../anonymisation/PrivateWordsField';
import { AnonymisationPanel } from './AnonymisationPanel';
import { ConditionsBar } from './ConditionsBar';
import { ConsentForm } from './ConsentForm';
import { SituationFollowUp } from './followup';
import { SituationForm } from './SituationForm';
import { SituationRecord } from './SituationRecord';
import { StatusBadge } from './StatusBadge';
import { WithdrawSection } from './WithdrawSection';
import { useSituation, useSituationChange } from './situationsQueries';

export function SituationDetailView({ id, session, onBack }: { id: string; session: SessionInfo; onBack(): void }) {
  const { t } = useTranslation('situations');
  const query = useSituation(id);
  const view = query.data;
  return (
    <div className="page">
      <button type="button" className="link-button" onClick={onBack}>
        ← {t('actions.back')}
      </button>
      <h1 tabIndex={-1}>{view ? t('detail.title', { code: view.code }) : t('title')}</h1>
      <ErrorAlert error={query.error} />
      {view ? <StatusBadge item={view} /> : null}
      {view?.access === 'restricted' ? <RestrictedView view={view} /> : null}
      {view?.access === 'full' ? <FullView situation={view} session={session} /> : null}
    </div>
  );
}

function RestrictedView({ view }: { view: Extract<SituationView, { access: 'restricted' }> }) {
  const { t } = useTranslation('situations');
  return (
    <>
      <p className="notice">{t(`restricted.${view.reason}`)}</p>
      <dl className="details">
        <dt>{t('detail.sectors')}</dt>
        <dd>{view.needSectors.map((s) => t(`reference:sectors.${s}`)).join(', ')}</dd>
      </dl>
    </>
  );
}

function FullView({ situation, session }: { situation: SituationDetail; session: SessionInfo }) {
  const { t } = useTranslation('situations');
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const [privateWordsText, setPrivateWordsText] = useState('');
  const privateWords = parseWords(privateWordsText);
  const ready = useSituationChange('situations.markReady');
  const mayWithdraw = !situation.withdrawn && !situation.purged && (situation.presenterMemberId === session.memberId || session.roles.includes('coordinator'));
  const afterSave = (before: SituationDetail['status']) => (saved: SituationDetail) => {
    setEditing(false);
    setMessage(before === 'ready' && saved.status === 'draft' ? t('form.backToDraft') : t('form.saved'));
  };

  return (
    <>
      <StatusMessage>{message}</StatusMessage>
      {!situation.editable && !situation.withdrawn ? <p className="muted">{t('detail.readOnly')}</p> : null}
      {situation.status === 'draft' || situation.status === 'ready' ? <ConditionsBar conditions={situation.conditions} /> : null}
      {editing ? (
        <section className="card">
          <h2>{t('form.editTitle', { code: situation.code })}</h2>
          <SituationForm situation={situation} privateWords={privateWords} onCancel={() => setEditing(false)} onSaved={afterSave(situation.status)} />
        </section>
      ) : (
        <>
          <SituationRecord situation={situation} />
          {situation.editable ? (
            <div className="button-row">
              <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
                {t('actions.edit')}
              </button>
            </div>
          ) : null}
        </>
      )}
      <ConsentForm key={JSON.stringify(situation.consent)} situation={situation} privateWords={privateWords} onSaved={setMessage} />
      {situation.editable ? <AnonymisationPanel situation={situation} privateWordsText={privateWordsText} privateWords={privateWords} onPrivateWordsText={setPrivateWordsText} /> : null}
      {situation.editable && situation.status === 'draft' ? (
        <section className="card" aria-labelledby="situation-ready-title">
          <h2 id="situation-ready-title">{t('actions.markReady')}</h2>
          <ErrorAlert error={ready.error} />
          <button type="button" className="button-primary" disabled={ready.isPending} onClick={() => ready.mutate({ id: situation.id, privateWords }, { onSuccess: () => setMessage(t('ready.done')) })}>
            {t('actions.markReady')}
          </button>
        </section>
      ) : null}
      <SituationFollowUp situationId={situation.id} />
      {mayWithdraw ? <WithdrawSection situation={situation} onDone={setMessage} /> : null}
    </>
  );
}
