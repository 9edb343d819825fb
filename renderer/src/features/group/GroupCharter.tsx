// Charte › the group's charter in force, as this computer's replica received it through the
// group folder: its text and fingerprint, the signatures that came back, and signing it here with
// one's own key. Shown only on a workspace linked to a group that has published a charter.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../lib/format';
import { SignForm, type SignValues } from '../charter/SignForm';
import { GROUP_STATUS_KEY, GROUP_STATUS_POLL_MS } from './groupQueries';

export const GROUP_CHARTER_KEY = ['group.charter'] as const;

export function GroupCharter({ defaultStatus }: { defaultStatus: SignValues['declaredStatus'] }) {
  const { t, i18n } = useTranslation('group');
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: GROUP_CHARTER_KEY, queryFn: () => request('group.charter', {}), refetchInterval: GROUP_STATUS_POLL_MS });
  const status = useQuery({ queryKey: GROUP_STATUS_KEY, queryFn: () => request('group.status', {}) });
  const [signing, setSigning] = useState(false);
  const [done, setDone] = useState(false);
  const sign = useMutation({
    mutationFn: (input: SignValues & { versionId: string }) => request('group.signCharter', input),
    onSuccess: (charter) => {
      queryClient.setQueryData(GROUP_CHARTER_KEY, { charter });
      setSigning(false);
      setDone(true);
    },
  });
  const charter = query.data?.charter;
  if (!charter) return null;
  const admitted = status.data?.me.admitted ?? false;
  return (
    <section className="card" aria-labelledby="group-charter-h">
      <h2 id="group-charter-h">{t('charter.heading')}</h2>
      <p className="field-hint">{t('charter.intro')}</p>
      <p>{t('charter.version', { number: charter.title, date: formatDate(`${charter.validFrom}T12:00:00Z`, i18n.language) })}</p>
      <p>
        {t('charter.fingerprint')} <strong className="fingerprint" data-testid="group-charter-fingerprint">{charter.fingerprint}</strong>
      </p>
      <p className="muted">{t('charter.compare')}</p>
      <StatusMessage>{done ? t('charter.done') : null}</StatusMessage>
      {charter.mySignatureAt ? (
        <p className="charter-verify-ok">{t('charter.signed', { date: formatDateTime(charter.mySignatureAt, i18n.language) })}</p>
      ) : !admitted ? (
        <p className="notice">{t('charter.notAdmitted')}</p>
      ) : signing ? (
        <SignForm
          number={Number(charter.title) || 1}
          text={charter.text}
          defaultStatus={defaultStatus}
          pending={sign.isPending}
          error={sign.error}
          onCancel={() => setSigning(false)}
          onSubmit={(values) => sign.mutate({ ...values, versionId: charter.versionId })}
        />
      ) : (
        <div className="form-actions">
          <button type="button" className="button-primary" onClick={() => setSigning(true)}>
            {t('charter.readAndSign')}
          </button>
        </div>
      )}
      <h3>{t('charter.signatures')}</h3>
      {charter.signatures.length === 0 ? (
        <p className="muted">{t('charter.noSignature')}</p>
      ) : (
        <ul data-testid="group-charter-signatures">
          {charter.signatures.map((s) => (
            <li key={s.memberId}>{t('charter.signatureItem', { name: s.name, date: formatDateTime(s.signedAt, i18n.language) })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The coordination publishes the charter in force here to the group (nothing is written if the group has it). */
export function PublishCharterButton() {
  const { t } = useTranslation('group');
  const queryClient = useQueryClient();
  const publish = useMutation({
    mutationFn: () => request('group.publishCharter', {}),
    onSuccess: (s) => {
      queryClient.setQueryData(GROUP_STATUS_KEY, s);
      void queryClient.invalidateQueries({ queryKey: GROUP_CHARTER_KEY });
    },
  });
  return (
    <div className="subsection">
      <p className="field-hint">{t('charter.publishHint')}</p>
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={() => publish.mutate()} disabled={publish.isPending}>
          {t('charter.publish')}
        </button>
      </div>
      <ErrorAlert error={publish.error} />
      <StatusMessage>{publish.isSuccess ? t('charter.published') : null}</StatusMessage>
    </div>
  );
}
