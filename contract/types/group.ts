// What the group-folder channels return: the state of this computer's replica of the group and
// of the shared folder, in terms the Settings screen shows as they are.

export type GroupFolderProblemKind =
  | 'conflict_copy'
  | 'incomplete'
  | 'invalid'
  | 'too_large'
  | 'forged'
  | 'other_group'
  | 'unknown_file'
  | 'removed'
  | 'fork'
  | 'body_invalid'
  | 'lamport_invalid';

export type GroupWaitingReason = 'gap' | 'unreadable' | 'dependencies';

/** One computer of the group (one member's identity) as this replica knows it. */
export interface GroupComputer {
  keyId: string;
  keyFingerprint: string;
  /** The member's name from the group's roster; null while this replica cannot read who it is. */
  name: string | null;
  roles: string[];
  active: boolean;
  isMe: boolean;
  /** Changes of this computer applied here, the Lamport time of the newest, and the time its author's clock gave it. */
  appliedChanges: number;
  lastLamport: number | null;
  lastChangeAt: string | null;
}

export interface GroupWaiting {
  keyFingerprint: string;
  name: string | null;
  nextSeq: number;
  reason: GroupWaitingReason;
}

export interface GroupProblem {
  kind: GroupFolderProblemKind;
  /** A path inside the group folder (hashed names only) or a change's author fingerprint. */
  where: string;
}

export interface GroupRefused {
  keyFingerprint: string;
  name: string | null;
  seq: number;
  op: string;
  reason: string;
}

/** A roster member of this workspace the coordination may admit: their contact card gave their keys. */
export interface AdmissibleMember {
  memberId: string;
  name: string;
  keyFingerprint: string;
}

export interface GroupStatus {
  linked: boolean;
  groupName: string | null;
  /** The founding coordinator's key fingerprint: what a joining member compares aloud. */
  founderFingerprint: string | null;
  folder: string | null;
  /** null: no pass yet since unlocking. */
  reachable: boolean | null;
  lastPassAt: string | null;
  lastPass: { received: number; written: number; inTransit: number } | null;
  me: { keyFingerprint: string; admitted: boolean; isFounder: boolean; name: string | null };
  computers: GroupComputer[];
  waiting: GroupWaiting[];
  problems: GroupProblem[];
  refused: GroupRefused[];
  /** Only for the coordination of this workspace, once linked. */
  admissible: AdmissibleMember[];
}

/** A group found in a shared folder, for a member about to join: the founder is compared aloud. */
export interface GroupInFolder {
  groupId: string;
  founderKeyId: string;
  founderFingerprint: string;
  /** How many computers have written to it. */
  computers: number;
}

/** The charter in force in the group, as this computer's replica holds it (projection for the Charter screen). */
export interface GroupCharterView {
  versionId: string;
  /** The version number in the coordination's Concerto. */
  title: string;
  validFrom: string;
  text: string;
  /** Short form of the text's hash, in groups of four, to compare with the coordination's screen. */
  fingerprint: string;
  /** Signatures of this version that reached this computer, each verified when applied. */
  signatures: Array<{ memberId: string; name: string; signedAt: string }>;
  /** This computer's member: when they signed this version through the group, or null. */
  mySignatureAt: string | null;
}
