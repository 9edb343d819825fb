// The coordination admits a member's computer: the contact card they handed over is imported
// (after comparing its fingerprint aloud) and the admission written to the group, in one step.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../contract/schemas/common';
import type { ContactCardPreview } from '../../../../contract/types/charter';
import type { GroupStatus } from '../../../../contract/types/group';
import { request } from '../../api/client';
import { MEMBERS_KEY } from '../../api/queries';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { FilePicker } from '../charter/FilePicker';
import { GROUP_STATUS_KEY } from './groupQueries';

const ROLES: Role[] = ['member', 'secretary', 'coordinator'];

export function AdmitPanel({ status }: { status: GroupStatus }) {
  const { t } = useTranslation('group');
  const id = useId();
  const queryClient = useQueryClient();
  const members = useQuery({ queryKey: MEMBERS_KEY, queryFn: () => request('members.list', {}) });
  const [card, setCard] = useState<{ content: string; preview: ContactCardPreview } | null>(null);
  const [cardError, setCardError] = useState<unknown>(null);
  const [memberId, setMemberId] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [done, setDone] = useState('');
  const admitted = (s: GroupStatus, name: string) => {
    queryClient.setQueryData(GROUP_STATUS_KEY, s);
    setDone(t('admit.done', { name }));
  };
  const importAndAdmit = useMutation({
    mutationFn: async () => {
      await request('contacts.importCard', { memberId, content: card!.content });
      return request('group.admit', { memberId, roles: [role] });
    },
    onSuccess: (s) => {
      const name = (members.data ?? []).find((m) => m.id === memberId);
      setCard(null);
      setMemberId('');
      admitted(s, name ? `${name.firstName} ${name.lastName}` : '');
    },
  });
  const admitOne = useMutation({
    mutationFn: (input: { memberId: string; name: string }) => request('group.admit', { memberId: input.memberId, roles: ['member'] }),
    onSuccess: (s, input) => admitted(s, input.name),
  });
  // People with an account here use this computer: the ones to admit work on their own.
  const candidates = (members.data ?? []).filter((m) => m.active && !m.hasAccount);

  return (
    <div className="subsection" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('admit.heading')}</h3>
      <p className="field-hint">{t('admit.intro')}</p>
      <StatusMessage>{done}</StatusMessage>
      <FilePicker
        id={`${id}-card`}
        label={t('admit.cardFile')}
        onText={async (content) => {
          setDone('');
          setCard(null);
          setCardError(null);
          importAndAdmit.reset();
          try {
            setCard({ content, preview: await request('contacts.previewCard', { content }) });
          } catch (error) {
            setCardError(error);
          }
        }}
      />
      <ErrorAlert error={cardError ?? importAndAdmit.error ?? admitOne.error} />
      {card ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (memberId) importAndAdmit.mutate();
          }}
        >
          <p>
            {t('admit.cardPreview', { name: card.preview.name })} <strong className="fingerprint">{card.preview.keyFingerprint}</strong>
          </p>
          <div className="field field-short">
            <label htmlFor={`${id}-member`}>{t('admit.cardMember')}</label>
            <select id={`${id}-member`} value={memberId} onChange={(e) => setMemberId(e.target.value)} required>
              <option value="">{t('admit.chooseMember')}</option>
              {candidates.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.firstName} {m.lastName}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-short">
            <label htmlFor={`${id}-role`}>{t('admit.role')}</label>
            <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`reference:roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={importAndAdmit.isPending || !memberId}>
              {importAndAdmit.isPending ? t('admit.busy') : t('admit.importAndAdmit')}
            </button>
          </div>
        </form>
      ) : null}
      {status.admissible.length > 0 ? (
        <>
          <p>{t('admit.ready')}</p>
          <ul>
            {status.admissible.map((m) => (
              <li key={m.memberId}>
                {m.name} — <code className="fingerprint small">{m.keyFingerprint}</code>{' '}
                <button type="button" className="link-button" disabled={admitOne.isPending} onClick={() => admitOne.mutate({ memberId: m.memberId, name: m.name })}>
                  {t('admit.admitOne')}
                  <span className="visually-hidden"> {m.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('admit.noneReady')}</p>
      )}
    </div>
  );
}
