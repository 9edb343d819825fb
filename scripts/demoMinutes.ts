// Demo minutes: the secretary (Hélène Dumont, who signed the charter in person when it was adopted)
// writes and finalises the minutes of the last past session she attended, and records that she
// made them available in the app to those present who have an account here. The coordinator, absent that day or not,
// sees only that they exist unless she was there.
import type { Router } from '../electron/api/router.js';
import type { Result } from '../contract/types/app.js';

export const SECRETARY = { username: 'secretariat', passphrase: 'demo-concerto-plume-registre' };

function ok<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

interface Participant {
  memberId: string;
  lastName: string;
  attendance: string | null;
}

/** Answers the date of the session whose minutes were finalised, or null when none could be. */
export async function addDemoMinutes(router: Router, coordinator: { accountId: string; passphrase: string }, today: string): Promise<string | null> {
  const members = ok<Array<{ id: string; lastName: string }>>(await router.handle('members.list', {}), 'members.list');
  const dumont = members.find((m) => m.lastName === 'Dumont');
  if (!dumont) return null;
  const account = ok<{ id: string }>(
    await router.handle('accounts.create', { memberId: dumont.id, username: SECRETARY.username, roles: ['secretary'], passphrase: SECRETARY.passphrase, passphraseConfirm: SECRETARY.passphrase }),
    'accounts.create',
  );
  const sessions = ok<Array<{ id: string; date: string; status: string }>>(await router.handle('sessions.list', {}), 'sessions.list');
  const past = sessions.filter((s) => s.date < today && s.status === 'held').sort((a, b) => b.date.localeCompare(a.date));
  let chosen: { id: string; date: string } | null = null;
  for (const session of past) {
    const detail = ok<{ participants: Participant[] }>(await router.handle('sessions.get', { id: session.id }), 'sessions.get');
    if (detail.participants.some((p) => p.memberId === dumont.id && p.attendance === 'present')) {
      chosen = session;
      break;
    }
  }
  if (!chosen) return null;
  ok(await router.handle('session.unlock', { accountId: account.id, passphrase: SECRETARY.passphrase }), 'session.unlock');
  const view = ok<{ draft: { body: string; updatedAt: string } | null }>(await router.handle('minutes.startDraft', { sessionId: chosen.id }), 'minutes.startDraft');
  const body = `${view.draft?.body ?? ''}\n## Tour de table\n\n- Le SSM annonce un délai d’attente réduit à six semaines pour les premières consultations.\n- Le CPAS rappelle la permanence du jeudi pour les jeunes de plus de 18 ans.\n`;
  ok(await router.handle('minutes.saveDraft', { sessionId: chosen.id, body, baseUpdatedAt: view.draft?.updatedAt ?? null }), 'minutes.saveDraft');
  ok(await router.handle('minutes.finalise', { sessionId: chosen.id, privateWords: [], passphrase: SECRETARY.passphrase }), 'minutes.finalise');
  const register = ok<{ recipients: Array<{ memberId: string; hasAccount: boolean }> }>(await router.handle('minutes.register', { sessionId: chosen.id }), 'minutes.register');
  // Made available in the app to those who read here; the others would get a file or a PDF from her.
  for (const r of register.recipients.filter((x) => x.hasAccount))
    ok(await router.handle('minutes.distribute', { sessionId: chosen.id, version: 1, memberId: r.memberId, channel: 'app' }), 'minutes.distribute');
  ok(await router.handle('session.unlock', { accountId: coordinator.accountId, passphrase: coordinator.passphrase }), 'session.unlock');
  return chosen.date;
}
