// Once linked: the folder's state, each member's computer as this one knows it, what is waiting
// and why, the problems found in the folder and the changes the group's rules refused.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GroupStatus } from '../../../../contract/types/group';
import { request } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { GROUP_STATUS_KEY } from './groupQueries';

const REFUSAL_REASONS = new Set(['not_founder', 'not_coordinator', 'not_secretary', 'not_self', 'not_secret_bound', 'no_valid_signature', 'not_a_member', 'member_inactive', 'bad_signature']);

export function GroupState({ status }: { status: GroupStatus }) {
  const { t, i18n } = useTranslation('group');
  const queryClient = useQueryClient();
  const syncNow = useMutation({ mutationFn: () => request('group.syncNow', {}), onSuccess: (s) => queryClient.setQueryData(GROUP_STATUS_KEY, s) });
  // Before admission nothing is readable, but the founder's key is known: it was compared aloud.
  const unnamed = (fingerprint: string) => (fingerprint === status.founderFingerprint ? t('computers.founder') : t('computers.unknownMember'));
  const who = (name: string | null, fingerprint: string) => name ?? `${unnamed(fingerprint)} (${fingerprint})`;
  const reachability = status.reachable === null ? t('state.notYet') : status.reachable ? t('state.reachable') : t('state.unreachable');

  return (
    <>
      <div className="subsection" role="group" aria-labelledby="group-state-h">
        <h3 id="group-state-h">{t('state.heading')}</h3>
        <dl className="details">
          <dt>{t('state.group')}</dt>
          <dd data-testid="group-name">{status.groupName ?? t('state.notReadable')}</dd>
          <dt>{t('state.founder')}</dt>
          <dd>
            <code className="fingerprint" data-testid="group-founder-fingerprint">{status.founderFingerprint}</code>
          </dd>
          <dt>{t('state.folder')}</dt>
          <dd>
            <code>{status.folder}</code>
          </dd>
          <dt>{t('state.access')}</dt>
          <dd className={status.reachable === false ? 'notice notice-warning' : undefined} data-testid="group-reachable">
            {status.reachable ? '✓ ' : ''}
            {reachability}
          </dd>
          <dt>{t('state.lastPass')}</dt>
          <dd>
            {status.lastPassAt && status.lastPass
              ? t('state.lastPassValue', { date: formatDateTime(status.lastPassAt, i18n.language), received: status.lastPass.received, written: status.lastPass.written })
              : t('state.never')}
          </dd>
        </dl>
        {status.lastPass && status.lastPass.inTransit > 0 ? <p className="muted">{t('state.inTransit', { count: status.lastPass.inTransit })}</p> : null}
        <p className={status.me.admitted ? undefined : 'notice'}>{status.me.admitted ? t('state.admitted') : t('state.waitingAdmission')}</p>
        <p className="muted">{t('state.auto')}</p>
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={() => syncNow.mutate()} disabled={syncNow.isPending}>
            {syncNow.isPending ? t('state.syncing') : t('state.syncNow')}
          </button>
        </div>
        <ErrorAlert error={syncNow.error} />
        <StatusMessage>{syncNow.isSuccess ? t('state.synced') : null}</StatusMessage>
      </div>

      <div className="subsection" role="group" aria-labelledby="group-computers-h">
        <h3 id="group-computers-h">{t('computers.heading')}</h3>
        <table className="data-table" data-testid="group-computers">
          <caption className="visually-hidden">{t('computers.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('computers.member')}</th>
              <th scope="col">{t('computers.fingerprint')}</th>
              <th scope="col">{t('computers.roles')}</th>
              <th scope="col">{t('computers.changes')}</th>
              <th scope="col">{t('computers.last')}</th>
            </tr>
          </thead>
          <tbody>
            {status.computers.map((c) => (
              <tr key={c.keyId}>
                <th scope="row">
                  {c.name ?? unnamed(c.keyFingerprint)}
                  {c.isMe ? <span className="muted"> ({t('state.you')})</span> : null}
                  {c.name && !c.active ? <span className="badge"> {t('computers.inactive')}</span> : null}
                </th>
                <td>
                  <code className="fingerprint small">{c.keyFingerprint}</code>
                </td>
                <td>{c.roles.length ? c.roles.map((role) => t(`reference:roles.${role}`)).join(', ') : t('computers.none')}</td>
                <td>{c.appliedChanges}</td>
                <td>{c.lastChangeAt ? formatDateTime(c.lastChangeAt, i18n.language) : t('computers.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="subsection" role="group" aria-labelledby="group-waiting-h">
        <h3 id="group-waiting-h">{t('waiting.heading')}</h3>
        {status.waiting.length === 0 ? (
          <p className="muted">{t('waiting.none')}</p>
        ) : (
          <ul data-testid="group-waiting">
            {status.waiting.map((w) => (
              <li key={`${w.keyFingerprint}-${w.nextSeq}`}>{t('waiting.item', { who: who(w.name, w.keyFingerprint), seq: w.nextSeq, reason: t(`waiting.reason.${w.reason}`) })}</li>
            ))}
          </ul>
        )}
      </div>

      <div className="subsection" role="group" aria-labelledby="group-problems-h">
        <h3 id="group-problems-h">{t('problems.heading')}</h3>
        {status.problems.length === 0 ? (
          <p className="muted">{t('problems.none')}</p>
        ) : (
          <>
            <p className="field-hint">{t('problems.intro')}</p>
            <ul data-testid="group-problems">
              {status.problems.map((p) => (
                <li key={`${p.kind}-${p.where}`}>
                  {t(`problems.kind.${p.kind}`)} : <code>{p.where}</code>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      <div className="subsection" role="group" aria-labelledby="group-refused-h">
        <h3 id="group-refused-h">{t('refused.heading')}</h3>
        {status.refused.length === 0 ? (
          <p className="muted">{t('refused.none')}</p>
        ) : (
          <>
            <p className="field-hint">{t('refused.intro')}</p>
            <ul data-testid="group-refused">
              {status.refused.map((r) => (
                <li key={`${r.keyFingerprint}-${r.seq}-${r.op}`}>
                  {t('refused.item', {
                    who: who(r.name, r.keyFingerprint),
                    seq: r.seq,
                    op: r.op,
                    reason: REFUSAL_REASONS.has(r.reason) ? t(`refused.reason.${r.reason}`) : t('refused.reason.other', { code: r.reason }),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}
