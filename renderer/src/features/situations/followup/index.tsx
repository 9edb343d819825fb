// Slots of the situation screens filled by the follow-up part of the feature: the follow-up of
// one situation (presentations and their outcome, needs grid, family notice, closing) and the
// figures of all situations. The situations' screens place them; the sessions' screen too.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStatus } from '../../../api/queries';
import { ErrorAlert, StatusMessage } from '../../../components/ErrorAlert';
import { FamilyNotice } from './FamilyNotice';
import { FiguresPanel } from './Figures';
import { NeedsGrid } from './NeedsGrid';
import { Presentations } from './Presentations';
import { useFollowUp, useFollowUpMutation } from './queries';
import './followup.css';

export function SituationFollowUp({ situationId }: { situationId: string }) {
  const { t, i18n } = useTranslation('situationFollowUp');
  const followUp = useFollowUp(situationId);
  const me = useAppStatus().data?.session;
  const close = useFollowUpMutation('situationFollowUp.close');
  const [showNotice, setShowNotice] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const v = followUp.data;
  if (!v) return followUp.error ? <ErrorAlert error={followUp.error} /> : <p role="status">{t('loading')}</p>;
  const roles = me?.roles ?? [];
  const keeper = roles.includes('coordinator') || roles.includes('secretary');
  return (
    <section className="followup" aria-labelledby={`followup-${v.situationId}`}>
      <h2 id={`followup-${v.situationId}`} className="followup-title">
        {t('title', { code: v.code })}
      </h2>
      <p>
        {t('statusLabel')} <strong>{t(`status.${v.status}`)}</strong>
        {v.purgeAfter ? ` — ${t('purgeAfter', { date: new Date(v.purgeAfter).toLocaleDateString(i18n.language.startsWith('en') ? 'en-GB' : 'fr-BE') })}` : ''}
      </p>
      {v.restricted ? (
        <p className="notice notice-warning">
          <span aria-hidden="true">⚠ </span>
          {v.withdrawn ? t('restrictedWithdrawn') : t('restricted')}
        </p>
      ) : null}
      <Presentations view={v} myMemberId={me?.memberId ?? ''} keeper={keeper} />
      {v.restricted ? null : <NeedsGrid view={v} editable={v.mayEditNeeds} />}
      {v.restricted ? null : (
        <section className="followup-block" aria-labelledby={`notice-block-${v.situationId}`}>
          <h3 id={`notice-block-${v.situationId}`}>{t('notice.blockTitle')}</h3>
          <p className="field-hint">{t('notice.blockIntro')}</p>
          {showNotice ? (
            <FamilyNotice situationId={v.situationId} onClose={() => setShowNotice(false)} />
          ) : (
            <button type="button" className="button-secondary" onClick={() => setShowNotice(true)}>
              {t('notice.open')}
            </button>
          )}
        </section>
      )}
      {v.mayClose ? (
        <div className="followup-block">
          {confirmClose ? (
            <div role="group" aria-labelledby={`close-${v.situationId}`} className="notice notice-warning">
              <p id={`close-${v.situationId}`}>{t('close.confirm', { code: v.code })}</p>
              <div className="button-row">
                <button type="button" className="button-primary" onClick={() => close.mutate({ situationId: v.situationId }, { onSuccess: () => setConfirmClose(false) })}>
                  {t('close.yes')}
                </button>
                <button type="button" className="button-secondary" onClick={() => setConfirmClose(false)}>
                  {t('close.no')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="button-secondary" onClick={() => setConfirmClose(true)}>
              {t('close.open')}
            </button>
          )}
          <ErrorAlert error={close.error} />
        </div>
      ) : null}
      <StatusMessage>{close.isSuccess ? t('close.done') : ''}</StatusMessage>
    </section>
  );
}

export function SituationFigures() {
  return <FiguresPanel />;
}
