// Minutes received as an encrypted file from another computer's secretary: the import verifies the
// signatures and opens the file with this account's own key before keeping anything; the file is
// kept as it came (still sealed) and verified again at every opening.
import { createHash, randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { minutesReceived } from '../../../db/schema.js';
import type { ReceivedMinutesSummary, ReceivedMinutesView } from '../../../contract/types/minutes.js';
import type { Sodium } from '../../crypto/sodium.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction } from '../store.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { findKnownKey } from '../charter/keys.js';
import { documentMarkdown, parseDocument } from './document.js';
import { openMinutesFile, type OpenedMinutesFile } from './minutesFile.js';
import { memberName } from './versions.js';

type ReceivedRow = typeof minutesReceived.$inferSelect;

const summary = (r: ReceivedRow): ReceivedMinutesSummary => ({ id: r.id, groupName: r.groupName, sessionDate: r.sessionDate, minutesVersion: r.minutesVersion, importedAt: r.importedAt });

/** A signature only says "this key": whose key it is here comes from an account or a contact card. */
function knownAs(session: UnlockedWorkspace, keyId: string): string | null {
  const key = findKnownKey(session.ws.db, keyId);
  return key ? memberName(session.ws.db, key.memberId) : null;
}

/** The view of a kept file; `opened` when it was just verified and opened, else it is opened now. */
function view(s: Sodium, session: UnlockedWorkspace, row: ReceivedRow, opened: OpenedMinutesFile = openMinutesFile(s, row.file, session.identity)): ReceivedMinutesView {
  return {
    ...summary(row),
    text: documentMarkdown(parseDocument(opened.text)),
    authorName: opened.author.name,
    authorKeyFingerprint: opened.author.fingerprint,
    authorKnownAs: knownAs(session, opened.author.keyId),
    finalisedAt: opened.finalisedAt,
    correctionReason: opened.correctionReason,
  };
}

export function importMinutesFile(s: Sodium, session: UnlockedWorkspace, text: string, now: Date = new Date()): ReceivedMinutesView {
  const opened = openMinutesFile(s, text, session.identity);
  parseDocument(opened.text);
  const fileHash = createHash('sha256').update(text, 'utf8').digest('hex');
  const db = session.ws.db;
  const row = inTransaction(session.ws, () => {
    const existing = db.select().from(minutesReceived).where(and(eq(minutesReceived.accountId, session.accountId), eq(minutesReceived.fileHash, fileHash))).get();
    if (existing) return existing;
    const created: ReceivedRow = {
      id: randomUUID(),
      accountId: session.accountId,
      file: text,
      groupName: opened.groupName,
      sessionDate: opened.session.date,
      minutesVersion: opened.minutesVersion,
      fileHash,
      importedAt: nowIso(now),
    };
    db.insert(minutesReceived).values(created).run();
    appendAudit(db, { accountId: session.accountId, action: 'minutes.import', entity: 'minutes_received', entityId: created.id }, now);
    return created;
  });
  return view(s, session, row, opened);
}

export function receivedMinutes(session: UnlockedWorkspace): ReceivedMinutesSummary[] {
  const db = session.ws.db;
  return db.select().from(minutesReceived).where(eq(minutesReceived.accountId, session.accountId)).orderBy(desc(minutesReceived.sessionDate)).all().map(summary);
}

export function openReceivedMinutes(s: Sodium, session: UnlockedWorkspace, id: string): ReceivedMinutesView {
  const db = session.ws.db;
  const row = db.select().from(minutesReceived).where(and(eq(minutesReceived.id, id), eq(minutesReceived.accountId, session.accountId))).get();
  if (!row) throw new AppError('NOT_FOUND');
  appendAudit(db, { accountId: session.accountId, action: 'minutes.received.open', entity: 'minutes_received', entityId: row.id });
  return view(s, session, row);
}
