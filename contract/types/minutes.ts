// What the minutes channels answer.
import type { DistributionChannel } from '../schemas/minutes.js';
import type { CheckedFinding } from './situations.js';

/** Why a present member is not a recipient of a version. */
export type ExclusionReason = 'no_valid_signature';

export interface MinutesVersionSummary {
  number: number;
  finalisedAt: string;
  reason: string | null;
  authorName: string;
}

/** The generated part of the PV, from the session and its attendance: never typed by hand. */
export interface MinutesHeader {
  groupName: string;
  sessionTitle: string;
  sessionDate: string;
  startTime: string;
  endTime: string;
  place: string;
  present: Array<{ memberId: string; name: string; organisation: string }>;
  excused: Array<{ memberId: string; name: string; organisation: string }>;
}

export interface MinutesDraftView {
  body: string;
  updatedAt: string;
  /** Present only while correcting a finalised version. */
  correctingVersion: number | null;
}

/** What everyone may know of a session's minutes: that they exist, their date and version. */
export interface MinutesPublic {
  sessionId: string;
  sessionDate: string;
  sessionTitle: string;
  sessionStatus: 'planned' | 'held' | 'cancelled';
  state: 'none' | 'draft' | 'final';
  latestVersion: number;
  versions: MinutesVersionSummary[];
}

/** Why an account present at a session may not write its minutes. */
export type MinutesWriteRefusal = 'not_keeper' | 'not_present' | 'no_signature_on_date';

export type MinutesView =
  | (MinutesPublic & { access: 'restricted' })
  | (MinutesPublic & {
      access: 'attendee';
      header: MinutesHeader;
      /** The draft, for its author only. */
      draft: MinutesDraftView | null;
      /** Someone else holds the draft (their name), so this account cannot write now. */
      draftHeldBy: string | null;
      /** This account may start or continue the draft (secretary or coordinator, present, signed). */
      canWrite: boolean;
      /** The condition to write that this account misses (null when it may write). */
      writeRefusal: MinutesWriteRefusal | null;
      /** When this account may not write: who may (present, secretary or coordinator, signed on the session's date). */
      writers: string[];
      /** This account may produce copies and see the register. */
      canDistribute: boolean;
    });

export interface MinutesBodyCheck {
  text: string;
  findings: CheckedFinding[];
  unresolved: number;
}

export interface MinutesReadiness {
  attendanceRecorded: boolean;
  /** Present members who will receive the minutes. */
  recipients: Array<{ memberId: string; name: string; hasIdentity: boolean }>;
  /** Present members who will not, and why. */
  excluded: Array<{ memberId: string; name: string; reason: ExclusionReason }>;
  /** Codes of situations mentioned whose family has withdrawn consent. */
  withdrawnCodes: string[];
  check: MinutesBodyCheck;
  /** Whether finalising would be accepted now (the draft's author, after this check). */
  ready: boolean;
}

/** A version opened by one of its readers: the decrypted text, verified against the signed manifest. */
export interface OpenedMinutes {
  sessionId: string;
  number: number;
  reason: string | null;
  finalisedAt: string;
  authorName: string;
  authorKeyFingerprint: string;
  contentHash: string;
  /** The whole document as markdown (generated header and body). */
  text: string;
  recipients: Array<{ memberId: string; name: string }>;
  excluded: Array<{ memberId: string; name: string; reason: ExclusionReason }>;
  /** Codes of situations mentioned in this version whose family has since withdrawn consent. */
  withdrawnCodes: string[];
}

export interface DistributionEntry {
  id: string;
  version: number;
  memberId: string;
  memberName: string;
  channel: DistributionChannel;
  fileName: string | null;
  at: string;
  byName: string;
}

export interface RegisterRecipient {
  memberId: string;
  name: string;
  hasIdentity: boolean;
  /** Has an account here whose key the version was sealed to: may read it in the app. */
  hasAccount: boolean;
  /** Highest version this member has received by any channel, or null. */
  receivedVersion: number | null;
  upToDate: boolean;
}

export interface DistributionRegister {
  sessionId: string;
  latestVersion: number;
  recipients: RegisterRecipient[];
  entries: DistributionEntry[];
}

export interface DistributionResult {
  entry: DistributionEntry;
  /** The file to save, for the file and PDF channels. */
  file: { fileName: string; mimeType: string; base64: string } | null;
}

export interface ReceivedMinutesSummary {
  id: string;
  groupName: string;
  sessionDate: string;
  minutesVersion: number;
  importedAt: string;
}

export interface ReceivedMinutesView extends ReceivedMinutesSummary {
  text: string;
  authorName: string;
  authorKeyFingerprint: string;
  /** The member of this workspace whose key signed it (an account or an imported contact card), if known. */
  authorKnownAs: string | null;
  finalisedAt: string;
  correctionReason: string | null;
}
