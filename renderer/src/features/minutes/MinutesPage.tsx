// Procès-verbaux: the held sessions with the state of their minutes, one session's minutes, and the
// minutes received as encrypted files from another computer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AcronymText } from '../../components/Acronym';
import { MinutesScreen } from './MinutesScreen';
import { MinutesSessionList } from './MinutesSessionList';
import { ReceivedSection } from './ReceivedSection';
import './minutes.css';

export function MinutesPage({ initialSessionId = null }: { initialSessionId?: string | null }) {
  const { t } = useTranslation('minutes');
  const [openId, setOpenId] = useState<string | null>(initialSessionId);
  if (openId) return <MinutesScreen sessionId={openId} onBack={() => setOpenId(null)} backLabel={t('screen.back')} />;
  return (
    <div className="page minutes-page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="lead">
        <AcronymText text={t('intro')} focusable />
      </p>
      <MinutesSessionList onOpen={setOpenId} />
      <ReceivedSection />
    </div>
  );
}
