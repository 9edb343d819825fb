// The distribution register of a PV: every transmission, newest first (recipient, version,
// channel, date, by whom, the file's name).
import { useTranslation } from 'react-i18next';
import type { DistributionRegister } from '../../../../contract/types/minutes';
import { formatDateTime } from '../../lib/format';
import { HeaderRow } from '../sessions/formBits';

export function RegisterEntries({ register }: { register: DistributionRegister }) {
  const { t, i18n } = useTranslation('minutes');
  const entries = [...register.entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <div className="subsection">
      <h3>{t('register.title')}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('register.empty')}</p>
      ) : (
        <table className="data-table minutes-register">
          <caption className="visually-hidden">{t('register.title')}</caption>
          <HeaderRow labels={[t('register.at'), t('register.recipient'), t('register.version'), t('register.channel'), t('register.by'), t('register.file')]} />
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.at, i18n.language)}</td>
                <th scope="row">{e.memberName}</th>
                <td>{e.version}</td>
                <td>{t(`channels.${e.channel}`)}</td>
                <td>{e.byName}</td>
                <td className="minutes-file">{e.fileName ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
