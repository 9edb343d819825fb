// Minutes received as an encrypted file (a member running Concerto on their own computer): the
// import verifies the sender's signature and opens it with this account's key; received ones can
// be read again.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { FilePicker } from '../charter/FilePicker';
import { HeaderRow } from '../sessions/formBits';
import { longDay } from '../sessions/sessionText';
import { useMinutesChange, useReceived } from './minutesQueries';
import { ReceivedView } from './ReceivedView';

/** The import channel accepts 8 MB of text. */
const MAX_FILE_BYTES = 8_000_000;

export function ReceivedSection() {
  const { t, i18n } = useTranslation('minutes');
  const id = useId();
  const received = useReceived();
  const importFile = useMinutesChange('minutes.importFile');
  const [openId, setOpenId] = useState<string | null>(null);
  const list = received.data ?? [];

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('received.title')}</h2>
      <p className="field-hint">{t('received.intro')}</p>
      <FilePicker id={`${id}-file`} label={t('received.file')} maxBytes={MAX_FILE_BYTES} accept=".concerto-pv,.json,application/json" onText={(text) => importFile.mutate({ text }, { onSuccess: (view) => setOpenId(view.id) })} />
      <ErrorAlert error={importFile.error ?? received.error} />
      {received.data && list.length === 0 ? <p className="muted">{t('received.empty')}</p> : null}
      {list.length ? (
        <table className="data-table minutes-received">
          <caption className="visually-hidden">{t('received.title')}</caption>
          <HeaderRow labels={[t('received.session'), t('received.group'), t('received.version'), t('received.importedAt')]} />
          <tbody>
            {list.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <button type="button" className="link-button" aria-pressed={openId === r.id} onClick={() => setOpenId(openId === r.id ? null : r.id)}>
                    {longDay(r.sessionDate, i18n.language)}
                  </button>
                </th>
                <td>{r.groupName}</td>
                <td>{r.minutesVersion}</td>
                <td>{formatDateTime(r.importedAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {openId ? <ReceivedView id={openId} onClose={() => setOpenId(null)} /> : null}
    </section>
  );
}
