// The coordinator's register: every member's signature status, with a filter, the in-person
// form, the file to sign elsewhere, and "Vérifier toutes les signatures".
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterOverview, CharterStatus, MemberCharterStatus } from '../../../../contract/types/charter';
import { request } from '../../api/client';
import { errorText } from '../../api/errors';
import { StatusMessage } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { downloadText } from '../roster/csvFiles';
import { CertificateButton } from './CertificateButton';
import { CharterStatusBadge } from './CharterStatusBadge';
import { useMemberStatuses } from './charterQueries';
import { VerifyAll } from './VerifyAll';
import { WitnessForm } from './WitnessForm';

const FILTERS = ['', 'valid', 'to_renew', 'missing', 'revoked'] as const;

export function SignatureRegister({ overview }: { overview: CharterOverview }) {
  const { t, i18n } = useTranslation('charter');
  const id = useId();
  const statuses = useMemberStatuses();
  const [filter, setFilter] = useState<'' | CharterStatus>('');
  const [witnessFor, setWitnessFor] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const inForce = overview.inForce;
  const all = statuses.data ?? [];
  const shown = all.filter((m) => (filter === '' ? m.active : m.status === filter));
  const candidates = all.filter((m) => m.active && !m.hasAccount && m.status !== 'valid');

  const exportFile = async (m: MemberCharterStatus) => {
    setMessage('');
    try {
      const file = await request('charter.exportFile', { memberId: m.memberId });
      downloadText(file.fileName, file.content, 'application/json');
      setMessage(t('register.exported', { fileName: file.fileName, name: m.memberName }));
    } catch (error) {
      setMessage(errorText(t, error));
    }
  };

  return (
    <section className="card" aria-labelledby="charter-register">
      <h2 id="charter-register">{t('register.heading')}</h2>
      <p>{t('register.counts', overview.counts)}</p>
      <VerifyAll />
      <div className="field field-short">
        <label htmlFor={`${id}-filter`}>{t('register.filter')}</label>
        <select id={`${id}-filter`} value={filter} onChange={(e) => setFilter(e.target.value as '' | CharterStatus)}>
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {f === '' ? t('register.all') : t(`status.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <StatusMessage>{message}</StatusMessage>
      {witnessFor !== null && inForce ? (
        <WitnessForm
          versionId={inForce.id}
          candidates={candidates}
          initialMemberId={witnessFor}
          onCancel={() => setWitnessFor(null)}
          onDone={(name) => {
            setWitnessFor(null);
            setMessage(t('witness.done', { name }));
          }}
        />
      ) : null}
      {shown.length === 0 ? (
        <p>{t('register.empty')}</p>
      ) : (
        <table className="data-table charter-register-table">
          <thead>
            <tr>
              <th scope="col">{t('register.member')}</th>
              <th scope="col">{t('register.status')}</th>
              <th scope="col">{t('register.method')}</th>
              <th scope="col">{t('register.date')}</th>
              <th scope="col">{t('register.version')}</th>
              <th scope="col">{t('register.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.memberId}>
                <th scope="row">
                  {m.memberName} {m.active ? null : <span className="muted">{t('register.inactive')}</span>}
                </th>
                <td>
                  <CharterStatusBadge status={m.status} />
                </td>
                <td>
                  {m.signature ? t(`method.${m.signature.method}`) : '—'}
                  {m.signature?.method === 'witnessed' ? (
                    <span className="field-hint charter-fact-hint">{t('register.witnessedBy', { name: m.signature.witnessName ?? '—', place: m.signature.place ?? '—' })}</span>
                  ) : null}
                </td>
                <td>{m.signature ? formatDateTime(m.signature.signedAt, i18n.language) : '—'}</td>
                <td>{m.signature ? m.signature.versionNumber : '—'}</td>
                <td>
                  <span className="charter-row-actions">
                    {m.signature ? <CertificateButton signatureId={m.signature.id} name={m.memberName} onMessage={setMessage} /> : null}
                    {inForce && m.active && m.status !== 'valid' ? (
                      <>
                        {!m.hasAccount ? (
                          <button type="button" className="link-button" onClick={() => setWitnessFor(m.memberId)}>
                            {t('register.witness')}
                            <span className="visually-hidden"> — {m.memberName}</span>
                          </button>
                        ) : null}
                        <button type="button" className="link-button" onClick={() => void exportFile(m)}>
                          {t('register.exportFile')}
                          <span className="visually-hidden"> — {m.memberName}</span>
                        </button>
                      </>
                    ) : null}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
