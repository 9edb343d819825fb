// The charter page in one read: versions, the caller's own status, counts by status, and diffs.
import { eq } from 'drizzle-orm';
import { diffWords } from 'diff';
import { accounts, members } from '../../../db/schema.js';
import type { CharterDiff, CharterOverview, CharterStatus, MemberCharterStatus } from '../../../contract/types/charter.js';
import { todayInBrussels } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import type { Db } from '../store.js';
import { listSignatureViews } from './signatures.js';
import { charterStatusByMember } from './status.js';
import { draftVersion, inForceVersion, listVersions, versionRow } from './versions.js';

/** Every member with their status and the signature it rests on (latest first). */
export function memberStatuses(db: Db): MemberCharterStatus[] {
  const statuses = charterStatusByMember(db);
  const latest = new Map<string, ReturnType<typeof listSignatureViews>[number]>();
  for (const view of listSignatureViews(db)) if (!latest.has(view.memberId)) latest.set(view.memberId, view);
  const holders = new Set(db.select({ memberId: accounts.memberId }).from(accounts).all().map((a) => a.memberId));
  const today = todayInBrussels();
  return db
    .select()
    .from(members)
    .all()
    .map((m) => ({
      memberId: m.id,
      memberName: `${m.firstName} ${m.lastName}`,
      active: !m.deactivatedAt && m.activeFrom <= today && (m.activeUntil === null || m.activeUntil >= today),
      hasAccount: holders.has(m.id),
      status: statuses.get(m.id) ?? 'missing',
      signature: latest.get(m.id) ?? null,
    }))
    .sort((a, b) => a.memberName.localeCompare(b.memberName, 'fr'));
}

export function charterOverview(db: Db, accountId: string, includeDraft: boolean): CharterOverview {
  const account = db.select({ memberId: accounts.memberId }).from(accounts).where(eq(accounts.id, accountId)).get();
  if (!account) throw new AppError('UNKNOWN_ACCOUNT');
  const inForce = inForceVersion(db);
  const all = memberStatuses(db);
  const counts: Record<CharterStatus, number> = { valid: 0, to_renew: 0, missing: 0, revoked: 0 };
  // Counted: active members, plus those whose signature was revoked (they matter for the register).
  for (const m of all) if (m.active || m.status === 'revoked') counts[m.status] += 1;
  const mine = all.find((m) => m.memberId === account.memberId);
  return {
    inForce,
    draft: includeDraft ? draftVersion(db) : null,
    versions: listVersions(db),
    reviewOverdue: inForce?.reviewDue ? inForce.reviewDue < todayInBrussels() : false,
    counts,
    mine: { memberId: account.memberId, status: mine?.status ?? 'missing', signature: mine?.signature ?? null },
  };
}

/** Word-level differences between two versions, older first. */
export function charterDiff(db: Db, fromId: string, toId: string): CharterDiff {
  const from = versionRow(db, fromId);
  const to = versionRow(db, toId);
  const parts = diffWords(from.text, to.text).map((c) => ({ kind: c.added ? ('added' as const) : c.removed ? ('removed' as const) : ('same' as const), text: c.value }));
  return { from: { id: from.id, number: from.number }, to: { id: to.id, number: to.number }, parts };
}
