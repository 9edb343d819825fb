// Transmitting a version to one of its recipients, in the app, as an encrypted file sealed to their
// key, or as a personal PDF carrying their name; every transmission goes into the register and the
// audit log. Nobody outside the version's frozen recipients can be given it, by any channel.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { accounts, minutesDistributions } from '../../../db/schema.js';
import type { DistributeMinutesInput } from '../../../contract/schemas/minutes.js';
import type { DistributionEntry, DistributionRegister, DistributionResult } from '../../../contract/types/minutes.js';
import type { Sodium } from '../../crypto/sodium.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { getWorkspaceSettings } from '../settings.js';
import { sessionRow } from '../sessions/rows.js';
import { inTransaction } from '../store.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { actorOf, mayDistribute, minutesOf } from './access.js';
import { documentText } from './documentText.js';
import { attendanceMarkdown } from './prefill.js';
import { buildMinutesFile } from './minutesFile.js';
import { minutesPdf } from './personalPdf.js';
import { assertReader } from './read.js';
import { contentHashOf, memberName, openVersionDocument, recipientsOf, sealedOf, versionsOf, type RecipientRow } from './versions.js';

function assertDistributor(session: UnlockedWorkspace, sessionId: string) {
  const db = session.ws.db;
  const row = minutesOf(db, sessionId);
  if (!row || row.latestVersion === 0) throw new AppError('MINUTES_VERSION_NOT_FOUND');
  if (!mayDistribute(actorOf(db, session.accountId))) throw new AppError('FORBIDDEN');
  return row;
}

export function distributionRegister(session: UnlockedWorkspace, sessionId: string): DistributionRegister {
  const db = session.ws.db;
  const row = assertDistributor(session, sessionId);
  // The register names the recipients: only someone who may read the latest version sees it.
  assertReader(session, sessionId, row.id, row.latestVersion);
  const versions = versionsOf(db, row.id);
  const numberOf = new Map(versions.map((v) => [v.id, v.number]));
  const latest = versions.at(-1);
  const entries: DistributionEntry[] = db
    .select()
    .from(minutesDistributions)
    .where(inArray(minutesDistributions.versionId, versions.map((v) => v.id)))
    .orderBy(asc(minutesDistributions.at))
    .all()
    .map((d) => ({
      id: d.id,
      version: numberOf.get(d.versionId) ?? 0,
      memberId: d.memberId,
      memberName: memberName(db, d.memberId),
      channel: d.channel,
      fileName: d.fileName,
      at: d.at,
      byName: memberName(db, actorOf(db, d.accountId).memberId),
    }));
  const recipients = latest
    ? recipientsOf(db, latest.id).map((r) => {
        const received = entries.filter((e) => e.memberId === r.memberId).map((e) => e.version);
        const receivedVersion = received.length ? Math.max(...received) : null;
        return { memberId: r.memberId, name: r.name, hasIdentity: r.keyId !== null, hasAccount: readsHere(db, r), receivedVersion, upToDate: receivedVersion === latest.number };
      })
    : [];
  return { sessionId, latestVersion: row.latestVersion, recipients, entries: entries.reverse() };
}

/** The recipient's key is the identity of an account of this workspace: they can read it here. */
function readsHere(db: UnlockedWorkspace['ws']['db'], r: RecipientRow): boolean {
  return r.keyId !== null && db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.memberId, r.memberId), eq(accounts.identityKeyId, r.keyId))).get() !== undefined;
}

const safeName = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

export async function distributeMinutes(s: Sodium, session: UnlockedWorkspace, input: DistributeMinutesInput, now: Date = new Date()): Promise<DistributionResult> {
  const db = session.ws.db;
  const row = assertDistributor(session, input.sessionId);
  const { version } = assertReader(session, input.sessionId, row.id, input.version);
  const recipient = recipientsOf(db, version.id).find((r) => r.memberId === input.memberId);
  if (!recipient) throw new AppError('MINUTES_RECIPIENT_NOT_ELIGIBLE');
  const record = sessionRow(db, input.sessionId);
  const groupName = getWorkspaceSettings(session.ws).groupName;
  const base = `pv-${record.date}-v${version.number}-${safeName(recipient.name)}`;
  let file: DistributionResult['file'] = null;
  if (input.channel === 'app') {
    if (!readsHere(db, recipient)) throw new AppError('MINUTES_NO_ACCOUNT');
  } else if (input.channel === 'file') {
    if (!recipient.keyId) throw new AppError('MINUTES_NO_IDENTITY');
    if (version.authorKeyId !== session.identity.keyId) throw new AppError('MINUTES_FILE_AUTHOR_ONLY');
    const text = buildMinutesFile(
      s,
      {
        sealed: sealedOf(db, version),
        groupName,
        session: { id: record.id, date: record.date, place: input.omitPlace ? null : record.place },
        correctionReason: version.reason,
        authorName: memberName(db, version.authorMemberId),
        recipient: { memberId: recipient.memberId, name: recipient.name, keyId: recipient.keyId },
        issuedAt: nowIso(now),
      },
      session.identity,
    );
    file = { fileName: `${base}.concerto-pv`, mimeType: 'application/json', base64: Buffer.from(text, 'utf8').toString('base64') };
  } else if (input.channel === 'pdf') {
    const document = openVersionDocument(s, db, input.sessionId, version, session.identity);
    const bytes = await minutesPdf({
      language: document.language,
      groupName,
      sessionDate: record.date,
      sessionPlace: record.place,
      version: version.number,
      correctionReason: version.reason,
      finalisedAt: version.finalisedAt,
      signerName: memberName(db, version.authorMemberId),
      contentHash: contentHashOf(version),
      recipientName: recipient.name,
      notice: documentText(document.language, 'notice'),
      markdown: `${attendanceMarkdown(document.language, document.header)}\n${document.body}`,
    });
    file = { fileName: `${base}.pdf`, mimeType: 'application/pdf', base64: Buffer.from(bytes).toString('base64') };
  }
  const at = nowIso(now);
  const entryId = randomUUID();
  inTransaction(session.ws, () => {
    db.insert(minutesDistributions)
      .values({ id: entryId, versionId: version.id, memberId: recipient.memberId, channel: input.channel, fileName: file?.fileName ?? null, accountId: session.accountId, at })
      .run();
    appendAudit(db, { accountId: session.accountId, action: `minutes.distribute.${input.channel}`, entity: 'minutes', entityId: `${row.id}:v${version.number}:${recipient.memberId}` }, now);
  });
  const entry: DistributionEntry = {
    id: entryId,
    version: version.number,
    memberId: recipient.memberId,
    memberName: recipient.name,
    channel: input.channel,
    fileName: file?.fileName ?? null,
    at,
    byName: memberName(db, actorOf(db, session.accountId).memberId),
  };
  return { entry, file };
}
