// Situations: the list (filters, full-text search), a new situation, one situation's screen,
// the figures (follow-up part), and for the coordinator the retention setting and the purge.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../contract/types/app';
import { StatusMessage } from '../../components/ErrorAlert';
import { SituationFigures } from './followup';
import { PurgePanel } from './PurgePanel';
import { RetentionSettings } from './RetentionSettings';
import { SituationDetailView } from './SituationDetailView';
import { SituationForm } from './SituationForm';
import { SituationList } from './SituationList';
import { RuleNotice } from '../../components/RuleNotice';
import { usePresentRefusal, useSituationRoles } from './situationsQueries';
import './situations.css';

type View = { kind: 'list' } | { kind: 'new' } | { kind: 'detail'; id: string };

export function SituationsPage({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('situations');
  const { isCoordinator } = useSituationRoles();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [message, setMessage] = useState('');
  // The backend says why this account may not present (the same checks as the creation).
  const refusal = usePresentRefusal().data?.refusal ?? null;
  // Without a valid signature nothing but codes, sectors and statuses comes back: no creation, no search.
  const signed = refusal !== 'no_charter';

  if (view.kind === 'detail') return <SituationDetailView id={view.id} session={session} onBack={() => setView({ kind: 'list' })} />;
  if (view.kind === 'new')
    return (
      <div className="page">
        <h1 tabIndex={-1}>{t('form.newTitle')}</h1>
        <SituationForm
          onCancel={() => setView({ kind: 'list' })}
          onSaved={(saved) => {
            setMessage(t('form.created', { code: saved.code }));
            setView({ kind: 'detail', id: saved.id });
          }}
        />
      </div>
    );

  return (
    <div className="page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {refusal === null ? (
        <div className="button-row">
          <button type="button" className="button-primary" onClick={() => setView({ kind: 'new' })}>
            {t('actions.new')}
          </button>
        </div>
      ) : (
        <RuleNotice to={refusal === 'no_charter' ? 'charter' : undefined}>{t(`presentRefusal.${refusal}`)}</RuleNotice>
      )}
      {signed ? null : <p className="notice">{t('restrictedIntro')}</p>}
      <StatusMessage>{message}</StatusMessage>
      <SituationList signed={signed} onOpen={(id) => setView({ kind: 'detail', id })} />
      <SituationFigures />
      {isCoordinator ? (
        <>
          <RetentionSettings />
          <PurgePanel />
        </>
      ) : null}
    </div>
  );
}
