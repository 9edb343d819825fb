// What other features ask of the charter: who holds a valid signature of the version in force,
// and whether every recorded signature still verifies. Both read the database only.
import { charterSignatures, charterVersions, members, workspace } from '../../../db/schema.js';
import type { CharterStatus, SignatureFailure, SignatureVerification } from '../../../contract/types/charter.js';
import { nowIso } from '../clock.js';
import type { Db } from '../store.js';
import { allKnownKeys } from './keys.js';
import { signaturePayload } from './payload.js';
import { verifyCanonical } from './signedJson.js';
import { contentHash } from './text.js';

export type { CharterStatus };

interface SigLite {
  versionId: string;
  revokedAt: string | null;
}

/** One member's status from their signatures, the version in force and whether they are still a member. */
export function statusFrom(sigs: SigLite[], inForceId: string | null, deactivated: boolean): CharterStatus {
  if (sigs.length === 0) return 'missing';
  if (deactivated || sigs.every((s) => s.revokedAt !== null)) return 'revoked';
  const live = sigs.filter((s) => s.revokedAt === null);
  if (inForceId !== null && live.some((s) => s.versionId === inForceId)) return 'valid';
  return 'to_renew';
}

/**
 * Status of every member (active or not) with respect to the version in force:
 * valid (signed it, not revoked), to_renew (signed only older versions), missing (never signed),
 * revoked (deactivated, or their signatures were revoked). No version in force: nobody is valid.
 * This does not re-verify cryptographic signatures; verifyAllSignatures does.
 */
export function charterStatusByMember(db: Db): Map<string, CharterStatus> {
  const inForce = db.select({ id: charterVersions.id, status: charterVersions.status }).from(charterVersions).all().find((v) => v.status === 'in_force');
  const byMember = new Map<string, SigLite[]>();
  for (const s of db.select({ memberId: charterSignatures.memberId, versionId: charterSignatures.versionId, revokedAt: charterSignatures.revokedAt }).from(charterSignatures).all()) {
    const list = byMember.get(s.memberId) ?? [];
    list.push(s);
    byMember.set(s.memberId, list);
  }
  const out = new Map<string, CharterStatus>();
  for (const m of db.select({ id: members.id, deactivatedAt: members.deactivatedAt }).from(members).all()) {
    out.set(m.id, statusFrom(byMember.get(m.id) ?? [], inForce?.id ?? null, m.deactivatedAt !== null));
  }
  return out;
}

/** One member's status; 'missing' for an unknown id. */
export function charterStatusOf(db: Db, memberId: string): CharterStatus {
  return charterStatusByMember(db).get(memberId) ?? 'missing';
}

/**
 * Re-checks every signature against the stored text (its hash) and the signer's public key
 * (and, for witnessed ones, the coordinator's countersignature). Failures are listed by member.
 */
export function verifyAllSignatures(db: Db): SignatureVerification {
  const workspaceId = db.select({ id: workspace.id }).from(workspace).get()?.id ?? '';
  const versions = new Map(db.select().from(charterVersions).all().map((v) => [v.id, v]));
  const names = new Map(db.select().from(members).all().map((m) => [m.id, `${m.firstName} ${m.lastName}`]));
  const keys = allKnownKeys(db);
  // Each stored text is hashed once, not once per signature.
  const textIntact = new Map([...versions.values()].map((v) => [v.id, contentHash(v.text) === v.contentHash]));
  const failures: SignatureFailure[] = [];
  const rows = db.select().from(charterSignatures).all();
  for (const s of rows) {
    const version = versions.get(s.versionId);
    const fail = (reason: SignatureFailure['reason']) =>
      failures.push({ signatureId: s.id, memberId: s.memberId, memberName: names.get(s.memberId) ?? s.signerName, versionNumber: version?.number ?? 0, method: s.method, reason });
    if (!version || !textIntact.get(version.id)) {
      fail('text_altered');
      continue;
    }
    if (s.contentHash !== version.contentHash) {
      fail('hash_mismatch');
      continue;
    }
    const witnessed = s.method === 'witnessed';
    const keyId = witnessed ? s.witnessKeyId : s.signerKeyId;
    const sig = witnessed ? s.witnessSignature : s.signature;
    const key = keyId ? keys.get(keyId) : undefined;
    if (!keyId || !key) {
      fail(witnessed ? 'witness_unknown' : 'unknown_key');
      continue;
    }
    if (!witnessed && key.memberId !== s.memberId) {
      fail('key_of_other_member');
      continue;
    }
    if (witnessed && key.memberId !== s.witnessMemberId) {
      fail('witness_unknown');
      continue;
    }
    const payload = signaturePayload({
      charterHash: s.contentHash,
      workspaceId,
      memberId: s.memberId,
      name: s.signerName,
      declaredStatus: s.declaredStatus,
      signedAt: s.signedAt,
      method: witnessed ? 'witnessed' : 'own_key',
      keyId,
      place: s.place,
      witnessMemberId: s.witnessMemberId,
    });
    if (!sig || !verifyCanonical(payload, sig, key.signPublicKey)) fail(witnessed ? 'bad_witness_signature' : 'bad_signature');
  }
  failures.sort((a, b) => a.memberName.localeCompare(b.memberName, 'fr'));
  return { ok: failures.length === 0, checked: rows.length, checkedAt: nowIso(), failures };
}
