// The version in force: number, fingerprint, dates, the text, and the reader's own signature.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterOverview } from '../../../../contract/types/charter';
import { request } from '../../api/client';
import { StatusMessage } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../lib/format';
import { CertificateButton } from './CertificateButton';
import { CharterStatusBadge } from './CharterStatusBadge';
import { useCharterMutation } from './charterQueries';
import { MarkdownView } from './MarkdownView';
import { SignForm, type SignValues } from './SignForm';

interface Props {
  overview: CharterOverview;
  defaultStatus: SignValues['declaredStatus'];
  coordinator: boolean;
}

export function CurrentVersion({ overview, defaultStatus, coordinator }: Props) {
  const { t, i18n } = useTranslation('charter');
  const [signing, setSigning] = useState(false);
  const [done, setDone] = useState('');
  const sign = useCharterMutation((values: SignValues & { versionId: string }) => request('charter.sign', values));
  const version = overview.inForce;

  if (!version) {
    return (
      <section className="card" aria-labelledby="charter-current">
        <h2 id="charter-current">{t('current.heading')}</h2>
        <p>{t('current.none')}</p>
        {coordinator ? <p className="field-hint">{t('current.noneCoordinator')}</p> : null}
      </section>
    );
  }
  const { mine } = overview;
  const canSign = mine.status !== 'valid' && mine.status !== 'revoked';
  return (
    <section className="card" aria-labelledby="charter-current">
      <h2 id="charter-current">
        {t('current.heading')} — {t('current.version', { number: version.number })}
      </h2>
      <dl className="charter-facts">
        <dt>{t('current.fingerprint')}</dt>
        <dd>
          <span className="fingerprint" data-testid="charter-fingerprint">
            {version.fingerprint}
          </span>
          <span className="field-hint charter-fact-hint">{t('current.fingerprintHint')}</span>
        </dd>
        <dt>{t('current.adoptedOn')}</dt>
        <dd>{version.adoptedOn ? formatDate(version.adoptedOn, i18n.language) : '—'}</dd>
        <dt>{t('current.reviewDue')}</dt>
        <dd>{version.reviewDue ? formatDate(version.reviewDue, i18n.language) : '—'}</dd>
        <dt>{t('current.mine')}</dt>
        <dd>
          <CharterStatusBadge status={mine.status} />
          {mine.signature ? ` ${t('current.signedOn', { date: formatDateTime(mine.signature.signedAt, i18n.language), method: t(`method.${mine.signature.method}`) })} ` : null}
          {mine.signature ? <CertificateButton signatureId={mine.signature.id} name={t('current.mine')} onMessage={setDone} /> : null}
        </dd>
      </dl>
      {overview.reviewOverdue && version.reviewDue ? <p className="notice notice-warning">{t('current.overdue', { date: formatDate(version.reviewDue, i18n.language) })}</p> : null}
      <StatusMessage>{done}</StatusMessage>
      {signing ? (
        <SignForm
          number={version.number}
          text={version.text}
          defaultStatus={defaultStatus}
          pending={sign.isPending}
          error={sign.error}
          onCancel={() => {
            setSigning(false);
            sign.reset();
          }}
          onSubmit={(values) =>
            sign.mutate(
              { ...values, versionId: version.id },
              {
                onSuccess: () => {
                  setSigning(false);
                  setDone(t('sign.done', { number: version.number }));
                },
              },
            )
          }
        />
      ) : (
        <>
          {canSign ? (
            <p>
              <button type="button" className="button-primary" onClick={() => { setDone(''); setSigning(true); }}>
                {mine.status === 'to_renew' ? t('current.signAgain') : t('current.sign')}
              </button>
            </p>
          ) : null}
          <details className="charter-text-details">
            <summary>{t('current.textLabel', { number: version.number })}</summary>
            <MarkdownView text={version.text} />
          </details>
        </>
      )}
    </section>
  );
}
