// Coordinators: the accounts of this workspace, their roles, and adding an account for a member.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contract/schemas/common';
import type { AccountSummary, SessionInfo } from '../../../contract/types/app';
import { request } from '../api/client';
import { ACCOUNTS_KEY, STATUS_KEY } from '../api/queries';
import { ErrorAlert, StatusMessage } from '../components/ErrorAlert';
import { formatDate, groupFingerprint } from '../lib/format';
import { AddAccountForm } from './AddAccountForm';
import { RolesFieldset } from './RolesFieldset';

export function AccountsSection({ session }: { session: SessionInfo }) {
  const { t, i18n } = useTranslation();
  const accounts = useQuery({ queryKey: ACCOUNTS_KEY, queryFn: () => request('accounts.list', {}) });
  const [editing, setEditing] = useState<string | null>(null);
  // Focus goes back to the row's button when its editor closes (the editor replaced it).
  const returnFocusTo = useRef<string | null>(null);
  useEffect(() => {
    if (editing !== null || !returnFocusTo.current) return;
    document.getElementById(`edit-roles-${returnFocusTo.current}`)?.focus();
    returnFocusTo.current = null;
  }, [editing]);
  // Kept as a key and its values, so that it follows a change of language.
  const [announcement, setAnnouncement] = useState<{ key: string; username: string } | null>(null);

  return (
    <section className="card" aria-labelledby="settings-accounts">
      <h2 id="settings-accounts">{t('settings.accounts.title')}</h2>
      <p className="field-hint">{t('settings.accounts.intro')}</p>
      {accounts.isError ? <ErrorAlert error={accounts.error} /> : null}
      {accounts.data ? (
        <table className="data-table">
          <caption className="visually-hidden">{t('settings.accounts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.username')}</th>
              <th scope="col">{t('settings.accounts.person')}</th>
              <th scope="col">{t('settings.accounts.roles')}</th>
              <th scope="col">{t('settings.accounts.fingerprint')}</th>
              <th scope="col">{t('settings.accounts.createdAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.accounts.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.data.map((account) =>
              editing === account.id ? (
                <RolesEditorRow
                  key={account.id}
                  account={account}
                  onClose={(saved) => {
                    returnFocusTo.current = account.id;
                    setEditing(null);
                    if (saved) setAnnouncement({ key: 'settings.accounts.rolesSaved', username: account.username });
                  }}
                />
              ) : (
                <tr key={account.id}>
                  <th scope="row">
                    {account.username}
                    {account.id === session.accountId ? <span className="muted"> {t('settings.accounts.you')}</span> : null}
                    {account.disabled ? <span className="badge"> {t('settings.accounts.disabled')}</span> : null}
                  </th>
                  <td>{account.memberName}</td>
                  <td>{account.roles.map((role) => t(`reference:roles.${role}`)).join(', ')}</td>
                  <td>
                    <code className="fingerprint small">{groupFingerprint(account.identityKeyId)}</code>
                  </td>
                  <td>{formatDate(account.createdAt, i18n.language)}</td>
                  <td>
                    <button
                      id={`edit-roles-${account.id}`}
                      type="button"
                      className="link-button"
                      onClick={() => {
                        setAnnouncement(null);
                        setEditing(account.id);
                      }}
                    >
                      {t('settings.accounts.editRoles')}
                      <span className="visually-hidden"> {account.username}</span>
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : accounts.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : null}
      <StatusMessage>{announcement ? t(announcement.key, { username: announcement.username }) : null}</StatusMessage>
      <AddAccountForm onCreated={(account) => setAnnouncement({ key: 'settings.accounts.created', username: account.username })} />
    </section>
  );
}

function RolesEditorRow({ account, onClose }: { account: AccountSummary; onClose(saved: boolean): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [roles, setRoles] = useState<Role[]>(account.roles);
  useEffect(() => document.getElementById(`roles-${account.id}`)?.focus(), [account.id]);
  const save = useMutation({
    mutationFn: (next: Role[]) => request('accounts.setRoles', { accountId: account.id, roles: next }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
      // One's own roles may have changed: the status carries them.
      void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
      onClose(true);
    },
  });
  const rowError = roles.length === 0 ? 'validation.roleRequired' : undefined;
  return (
    <tr className="editing-row">
      <th scope="row">{account.username}</th>
      <td>{account.memberName}</td>
      <td colSpan={3}>
        <RolesFieldset
          idPrefix={`roles-${account.id}`}
          legend={t('settings.accounts.rolesOf', { username: account.username })}
          value={roles}
          onChange={setRoles}
          error={rowError}
          disabled={save.isPending}
        />
        <ErrorAlert error={save.error} />
      </td>
      <td>
        <div className="button-column">
          <button type="button" className="button-primary" disabled={save.isPending} onClick={() => !rowError && save.mutate(roles)}>
            {t('common.save')}
          </button>
          <button type="button" className="button-secondary" onClick={() => onClose(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </td>
    </tr>
  );
}

