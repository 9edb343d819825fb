// The replica's envelopes and its link to the group, in the workspace's encrypted database: the
// folder may be away for weeks, or lose a file, and nothing this computer holds is lost with it.
import { eq } from 'drizzle-orm';
import { groupChanges, groupLink } from '../../../db/schema.js';
import { groupEnvelopeFile, type GroupEnvelopeFile } from '../../../contract/schemas/group.js';
import type { Db } from '../store.js';
import type { ChangeSink, GroupLink } from './replica.js';

export interface StoredGroupLink extends GroupLink {
  sharedFolder: string | null;
  linkedAt: string;
}

export function readGroupLink(db: Db): StoredGroupLink | null {
  const row = db.select().from(groupLink).get();
  return row ? { groupId: row.groupId, founderKeyId: row.founderKeyId, sharedFolder: row.sharedFolder, linkedAt: row.linkedAt } : null;
}

export function writeGroupLink(db: Db, link: StoredGroupLink): void {
  db.insert(groupLink)
    .values({ groupId: link.groupId, founderKeyId: link.founderKeyId, sharedFolder: link.sharedFolder, linkedAt: link.linkedAt })
    .onConflictDoUpdate({ target: groupLink.groupId, set: { sharedFolder: link.sharedFolder } })
    .run();
}

export function setSharedFolder(db: Db, groupId: string, sharedFolder: string | null): void {
  db.update(groupLink).set({ sharedFolder }).where(eq(groupLink.groupId, groupId)).run();
}

/** Every stored envelope; they were verified when received, and the database is authenticated by its encryption. */
export function readStoredChanges(db: Db): GroupEnvelopeFile[] {
  return db
    .select({ file: groupChanges.file })
    .from(groupChanges)
    .all()
    .map((r) => groupEnvelopeFile.parse(JSON.parse(r.file)));
}

export function databaseSink(db: Db, now: () => string): ChangeSink {
  return {
    save(id, file) {
      db.insert(groupChanges)
        .values({ id, authorKeyId: file.header.author.keyId, seq: file.header.seq, file: JSON.stringify(file), receivedAt: now() })
        .onConflictDoNothing()
        .run();
    },
    batch(run) {
      db.transaction(() => run());
    },
  };
}
