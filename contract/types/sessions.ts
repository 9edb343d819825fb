// Output types of the sessions feature: what the renderer receives.
import type { Sector, ServiceType } from '../reference/taxonomy.js';
import type { AttendanceStatus, NeedSector } from '../schemas/sessions.js';

export type SessionStatus = 'planned' | 'held' | 'cancelled';
/** Signature status of the charter version in force, from the charter feature. */
import type { CharterStatus } from './charter.js';
export type { CharterStatus };

export interface SessionSummary {
  id: string;
  seriesId: string | null;
  title: string;
  /** Local date and times in timeZone (Europe/Brussels). */
  date: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  /** The same moments as UTC instants (ISO). */
  startsAt: string;
  endsAt: string;
  place: string;
  status: SessionStatus;
  /** Moved from its planned date or time. */
  moved: boolean;
  invitedCount: number;
  presentCount: number;
  agendaItemCount: number;
}

export interface Participant {
  memberId: string;
  firstName: string;
  lastName: string;
  organisation: string;
  serviceType: ServiceType;
  sector: Sector;
  active: boolean;
  invited: boolean;
  attendance: AttendanceStatus | null;
  charterStatus: CharterStatus;
  /** Has not signed the charter version in force: may attend, sees no situation, receives no minutes. */
  charterWarning: boolean;
}

export interface AgendaItem {
  id: string;
  position: number;
  title: string;
  durationMinutes: number;
  sectors: NeedSector[];
  /** Planned local times, one item after the other from the session's start. */
  plannedStart: string;
  plannedEnd: string;
  lateAddition: boolean;
  lateReason: string | null;
  /** The situation presented in this item (its title is then the situation's code, never content). */
  situationId: string | null;
}

export interface AgendaView {
  items: AgendaItem[];
  totalMinutes: number;
  sessionMinutes: number;
  remainingMinutes: number;
  closingHours: number;
  /** When the agenda closes (ISO instant). */
  closesAt: string;
  closed: boolean;
}

export interface SectorPresence {
  sector: NeedSector;
  count: number;
}

export interface Coverage {
  needed: NeedSector[];
  invited: SectorPresence[];
  missingAmongInvited: NeedSector[];
  /** Null until attendance is recorded. */
  present: SectorPresence[] | null;
  missingAmongPresent: NeedSector[] | null;
}

export interface SessionDetail extends SessionSummary {
  notes: string;
  originalDate: string;
  moveReason: string | null;
  cancelReason: string | null;
  sequence: number;
  uid: string;
  series: { id: string; title: string } | null;
  participants: Participant[];
  agenda: AgendaView;
  coverage: Coverage;
  attendanceRecorded: boolean;
  /** The session has started (attendance can be recorded) and is not cancelled. */
  canRecordAttendance: boolean;
  minutesExist: boolean;
  /** Invitees without a valid signature of the charter version in force. */
  charterWarnings: number;
}

export interface SeriesPreview {
  rrule: string;
  dates: string[];
  skipped: string[];
}

export interface CreatedSeries {
  seriesId: string;
  sessions: SessionSummary[];
}

export interface CalendarFile {
  fileName: string;
  content: string;
}

export interface InvitationText {
  subject: string;
  body: string;
}

/** How the invitees' addresses go into the e-mail: hidden from each other (Bcc) or visible (To). */
export type InvitationAddressing = 'bcc' | 'to';

/** The invitation as an e-mail ready to send from the user's own mail program. */
export interface InvitationEmail {
  /** The .eml draft (RFC 5322 / MIME, X-Unsent: 1), 7-bit text: headers and parts are encoded. */
  fileName: string;
  content: string;
  addressing: InvitationAddressing;
  /** Invitees' e-mail addresses, in roster order, each once. */
  addresses: string[];
  invitedCount: number;
  /** Invitees without an e-mail address on the roster: to be reached another way. */
  withoutEmail: number;
  /** A mailto: link with the addresses and the subject (and the text when it fits); null when too long. */
  mailto: string | null;
  mailtoHasBody: boolean;
  /** Length of the shortest mailto: link (addresses and subject), against the limit it must stay under. */
  mailtoLength: number;
  mailtoLimit: number;
}

export interface SessionSettings {
  agendaClosingHours: number;
}

export interface AttendanceRate {
  key: string;
  label: string;
  sector: Sector | null;
  expected: number;
  present: number;
  excused: number;
  absent: number;
  /** present / expected, 0..1; null when nothing was expected. */
  rate: number | null;
}

export interface SessionSectors {
  sessionId: string;
  date: string;
  present: number;
  sectors: Sector[];
}

export interface ParticipationFigures {
  from: string;
  to: string;
  sessionsHeld: number;
  members: AttendanceRate[];
  organisations: AttendanceRate[];
  sectors: AttendanceRate[];
  sessions: SessionSectors[];
  /** Mean number of sectors present per held session. */
  meanSectorsPerSession: number | null;
}
