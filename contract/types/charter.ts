// Output types of the charter channels.
export type CharterStatus = 'valid' | 'to_renew' | 'missing' | 'revoked';
export type SecrecyStatus = 'professional_secret' | 'duty_of_reserve';
export type SignatureMethod = 'own_key' | 'witnessed' | 'imported';

export interface CharterVersionSummary {
  id: string;
  number: number;
  status: 'draft' | 'in_force' | 'retired';
  contentHash: string;
  /** Short form of the hash, in groups of four, to compare aloud. */
  fingerprint: string;
  adoptedOn: string | null;
  reviewDue: string | null;
  inForceAt: string | null;
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
  signatureCount: number;
}

export interface CharterVersionDetail extends CharterVersionSummary {
  text: string;
}

export interface CharterSignatureView {
  id: string;
  versionId: string;
  versionNumber: number;
  memberId: string;
  signerName: string;
  method: SignatureMethod;
  declaredStatus: SecrecyStatus;
  signedAt: string;
  place: string | null;
  witnessName: string | null;
  signerKeyId: string | null;
  recordedAt: string;
  revokedAt: string | null;
}

export interface MemberCharterStatus {
  memberId: string;
  memberName: string;
  active: boolean;
  hasAccount: boolean;
  status: CharterStatus;
  /** The signature the status rests on (latest one), if any. */
  signature: CharterSignatureView | null;
}

export interface CharterOverview {
  inForce: CharterVersionDetail | null;
  draft: CharterVersionDetail | null;
  versions: CharterVersionSummary[];
  /** The review date of the version in force has passed (Europe/Brussels). */
  reviewOverdue: boolean;
  counts: Record<CharterStatus, number>;
  /** The caller's own status and whether they can sign here with their own key. */
  mine: { memberId: string; status: CharterStatus; signature: CharterSignatureView | null };
}

export type SignatureFailureReason =
  | 'text_altered'
  | 'hash_mismatch'
  | 'unknown_key'
  | 'key_of_other_member'
  | 'bad_signature'
  | 'witness_unknown'
  | 'bad_witness_signature';

export interface SignatureFailure {
  signatureId: string;
  memberId: string;
  memberName: string;
  versionNumber: number;
  method: SignatureMethod;
  reason: SignatureFailureReason;
}

export interface SignatureVerification {
  ok: boolean;
  checked: number;
  checkedAt: string;
  failures: SignatureFailure[];
}

export interface CharterDiff {
  from: { id: string; number: number };
  to: { id: string; number: number };
  parts: Array<{ kind: 'same' | 'added' | 'removed'; text: string }>;
}

export interface ExportedFile {
  fileName: string;
  content: string;
}

export interface ReceivedCharter {
  groupName: string;
  workspaceId: string;
  versionNumber: number;
  text: string;
  fingerprint: string;
  adoptedOn: string;
  recipientName: string;
  issuerName: string;
  /** Fingerprint of the issuer's key, to compare with the coordinator's. */
  issuerKeyFingerprint: string;
  /** The issuer's key is already known in this workspace (from a contact card or an account). */
  issuerKnown: boolean;
}

export interface ContactCardPreview {
  name: string;
  keyId: string;
  keyFingerprint: string;
  createdAt: string;
}

export interface SignatureCertificate {
  /** The PDF, base64-encoded (the contract carries JSON). */
  pdf: { fileName: string; base64: string };
  /** The signature record, verifiable with any Ed25519 implementation. */
  record: ExportedFile;
}
