// What a change makes stale, in one table. Query keys start with the channel they read, so a
// change of one family of channels (sessions.*, charter.*…) makes stale every view of the families
// it feeds. Before, each feature refreshed only its own lists and other screens showed old facts
// until a reload (present at a session but "not present" on its minutes, "Prête" over "brouillon").
// No import: the rule is tested without a browser.

const SESSION_SIDE = ['sessions', 'agenda', 'attendance', 'participation', 'minutes', 'situationAgenda', 'situationFollowUp', 'situations', 'situationFigures'] as const;
const SITUATION_SIDE = ['situations', 'situationFollowUp', 'situationAgenda', 'situationNeeds', 'situationActions', 'situationNotice', 'situationFigures', 'sessions', 'agenda'] as const;

/** For each family of changes, the families of reads that show what it changed. */
export const AFFECTS: Readonly<Record<string, readonly string[]>> = {
  // A member's name, dates and status show in invitations, attendance, signatures and presenters.
  members: ['members', 'accounts', 'charter', 'sessions', 'attendance', 'participation', 'situations', 'minutes'],
  accounts: ['accounts', 'members'],
  // A signature decides who may see situations and who receives the minutes.
  charter: ['charter', 'members', 'situations', 'situationFollowUp', 'situationAgenda', 'minutes', 'sessions'],
  sessions: SESSION_SIDE,
  agenda: SESSION_SIDE,
  // Being present decides who may write and read the minutes.
  attendance: SESSION_SIDE,
  participation: SESSION_SIDE,
  minutes: ['minutes', 'sessions'],
  situations: SITUATION_SIDE,
  situationFollowUp: SITUATION_SIDE,
  situationAgenda: SITUATION_SIDE,
  situationNeeds: SITUATION_SIDE,
  situationActions: SITUATION_SIDE,
  situationNotice: SITUATION_SIDE,
};

/** Reads whose answer never changes for a given key: a version of the minutes, once final, is fixed. */
const FIXED = new Set(['reference.get', 'minutes.open', 'minutes.openReceived', 'sessions.previewSeries']);

const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((part, i) => part === b[i]);

/** Whether the query `key` must be read again after a change on `channel`; `fresh` keys came with the answer. */
export function isStaleAfter(channel: string, key: readonly unknown[], fresh: readonly (readonly unknown[])[] = []): boolean {
  const family = channel.split('.')[0] ?? channel;
  const read = String(key[0]);
  if (FIXED.has(read) || !(AFFECTS[family] ?? [family]).includes(read.split('.')[0] ?? read)) return false;
  return !fresh.some((k) => sameKey(k, key));
}
