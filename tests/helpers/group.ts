// Members of a group, each with their own Concerto (a real encrypted workspace in its own temp
// folder, their own identity) and a replica of the group synced through one shared folder.
import { randomUUID } from 'node:crypto';
import type { GroupMemberProfile } from '../../contract/schemas/group.js';
import { getSodium, type Sodium } from '../../electron/crypto/sodium.js';
import { groupRoot } from '../../electron/services/group/folder.js';
import { FolderSync } from '../../electron/services/group/folderSync.js';
import { GroupReplica, type GroupLink } from '../../electron/services/group/replica.js';
import { databaseSink, readGroupLink, readStoredChanges, writeGroupLink } from '../../electron/services/group/store.js';
import { createWorkspace, endSession, type UnlockedWorkspace } from '../../electron/services/workspace.js';
import { MIGRATIONS_DIR } from './safetyWorkspace.js';
import { PASSPHRASE, tempDir } from './workspace.js';

export interface Person {
  name: string;
  memberId: string;
  profile: GroupMemberProfile;
  session: UnlockedWorkspace;
  dir: string;
  replica: GroupReplica | null;
  folder: FolderSync | null;
}

const sessions: UnlockedWorkspace[] = [];

export async function person(firstName: string, lastName: string, roles: GroupMemberProfile['roles'], secrecyStatus: GroupMemberProfile['secrecyStatus'] = 'professional_secret'): Promise<Person> {
  const dir = tempDir('concerto-group-member-');
  const { session } = await createWorkspace(
    dir,
    {
      groupName: `Concerto de ${firstName}`,
      territory: 'Brabant wallon',
      coordinator: { firstName, lastName, username: firstName.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') || 'membre', secrecyStatus },
      passphrase: PASSPHRASE,
    },
    { migrationsDir: MIGRATIONS_DIR },
  );
  sessions.push(session);
  const profile: GroupMemberProfile = {
    firstName,
    lastName,
    organisation: 'AMO Le Pas',
    serviceType: 'amo',
    function: 'Éducatrice',
    email: `${firstName.toLowerCase()}@example.be`,
    phone: '',
    secrecyStatus,
    roles,
  };
  return { name: firstName, memberId: randomUUID(), profile, session, dir, replica: null, folder: null };
}

/** Links a person's workspace to the group and opens their replica on the shared folder. */
export async function linkReplica(p: Person, link: GroupLink, sharedFolder: string | null): Promise<GroupReplica> {
  const s = await getSodium();
  const { db } = p.session.ws;
  if (!readGroupLink(db)) writeGroupLink(db, { ...link, sharedFolder, linkedAt: new Date().toISOString() });
  const replica = new GroupReplica(s, p.session.identity, link, databaseSink(db, () => new Date().toISOString()));
  replica.receive(readStoredChanges(db).map((file) => ({ file, verified: true })), false);
  p.replica = replica;
  p.folder = sharedFolder ? new FolderSync(s, replica, groupRoot(s, sharedFolder, link.groupId)) : null;
  return replica;
}

export function syncAll(people: Person[], rounds = 2) {
  for (let i = 0; i < rounds; i++) for (const p of people) p.folder?.sync();
}

export async function closePeople(): Promise<void> {
  for (const session of sessions.splice(0)) await endSession(session);
}

export const sodium = (): Promise<Sodium> => getSodium();
