// The payload a charter signature covers. Rebuilt from stored columns at every verification,
// so a change to any of them (hash, member, name, status, date, place, key) breaks the signature.
export const SIGNATURE_PAYLOAD_FORMAT = 'concerto.charter-signature-payload';
export const SIGNATURE_PAYLOAD_VERSION = 1;

export type SecrecyStatus = 'professional_secret' | 'duty_of_reserve';

export interface SignaturePayload {
  format: typeof SIGNATURE_PAYLOAD_FORMAT;
  version: typeof SIGNATURE_PAYLOAD_VERSION;
  charterHash: string;
  workspaceId: string;
  memberId: string;
  name: string;
  declaredStatus: SecrecyStatus;
  signedAt: string;
  /** own_key: signed by the member's identity; witnessed: signed in person, countersigned by the coordinator. */
  method: 'own_key' | 'witnessed';
  /** Key that signs this payload: the member's (own_key) or the witnessing coordinator's (witnessed). */
  keyId: string;
  /** Witnessed only. */
  place?: string;
  witnessMemberId?: string;
}

/** What a caller supplies: the payload without its format header; place and witness may come from nullable columns. */
export type PayloadFields = Omit<SignaturePayload, 'format' | 'version' | 'place' | 'witnessMemberId'> & {
  place?: string | null;
  witnessMemberId?: string | null;
};

export function signaturePayload(f: PayloadFields): SignaturePayload {
  const payload: SignaturePayload = {
    format: SIGNATURE_PAYLOAD_FORMAT,
    version: SIGNATURE_PAYLOAD_VERSION,
    charterHash: f.charterHash,
    workspaceId: f.workspaceId,
    memberId: f.memberId,
    name: f.name,
    declaredStatus: f.declaredStatus,
    signedAt: f.signedAt,
    method: f.method,
    keyId: f.keyId,
  };
  if (f.method === 'witnessed') {
    payload.place = f.place ?? '';
    payload.witnessMemberId = f.witnessMemberId ?? '';
  }
  return payload;
}
