// Output types of the follow-up of situations.
import type { Sector, ServiceType } from '../reference/taxonomy.js';
import type { NeedState } from '../schemas/situationFollowUp.js';

export type SituationStatus = 'draft' | 'ready' | 'scheduled' | 'presented' | 'follow_up' | 'closed';
export type AgeBand = '0-5' | '6-11' | '12-14' | '15-17' | '18-25';

/** A situation that may be put on a session's agenda: code and sectors only. */
export interface AgendaCandidate {
  id: string;
  code: string;
  status: SituationStatus;
  needSectors: Sector[];
  severity: 'difficulty' | 'danger';
  /** The outcome of its last presentation chose this session for the follow-up. */
  suggested: boolean;
}

export interface LeadView {
  id: string;
  sector: Sector;
  serviceType: ServiceType;
  text: string;
}

export interface ActionView {
  id: string;
  memberId: string;
  memberName: string;
  what: string;
  dueOn: string;
  doneAt: string | null;
  overdue: boolean;
}

export interface PresentationView {
  id: string;
  sessionId: string;
  sessionDate: string;
  sessionTitle: string;
  sessionStatus: 'planned' | 'held' | 'cancelled';
  followUp: boolean;
  outcomeRecordedAt: string | null;
  followUpSession: { id: string; date: string } | null;
  leads: LeadView[];
  actions: ActionView[];
}

export interface NeedHistoryEntry {
  state: NeedState;
  sessionId: string | null;
  sessionDate: string | null;
  at: string;
}

export interface NeedRow {
  id: string;
  sector: Sector;
  need: string;
  serviceType: ServiceType;
  state: NeedState;
  history: NeedHistoryEntry[];
  /** The state after each session of the grid (same order as NeedsGrid.sessions); null before the need existed. */
  bySession: Array<NeedState | null>;
}

export interface NeedsGrid {
  /** The held sessions where the situation was presented, oldest first. */
  sessions: Array<{ id: string; date: string }>;
  rows: NeedRow[];
}

export interface SituationFollowUpView {
  situationId: string;
  code: string;
  status: SituationStatus;
  needSectors: Sector[];
  /** True when the account may not see the content: only the code, sectors, status and dates are sent. */
  restricted: boolean;
  withdrawn: boolean;
  closedAt: string | null;
  purgeAfter: string | null;
  /** Whether this account may record outcomes, keep the needs grid, close the situation. */
  mayRecord: boolean;
  mayEditNeeds: boolean;
  mayClose: boolean;
  presentations: PresentationView[];
  needs: NeedsGrid;
}

export interface OverdueAction {
  id: string;
  situationId: string;
  situationCode: string;
  /** Null when the member may not see the situation's content (e.g. charter signature to renew). */
  what: string | null;
  dueOn: string;
  daysOverdue: number;
}

/** The notice for the family (condition 3): plain facts, no identifier of the young person. */
export interface FamilyNotice {
  groupName: string;
  territory: string;
  code: string;
  ageBand: AgeBand;
  needSectors: Sector[];
  question: string;
  /** Active member organisations of the roster, sorted. */
  organisations: string[];
  /** The planned session where the situation will be presented, if any. */
  sessionDate: string | null;
  presenterOrganisation: string;
  generatedOn: string;
}

export interface CountRow {
  key: string;
  count: number;
}

export interface SituationFigures {
  /** The year counted, or null for all years. */
  year: number | null;
  /** The years that have situations (drafts aside), for choosing one. */
  years: number[];
  total: number;
  /** Each combination of sectors of need (sorted codes joined by '+'). */
  bySectorCombination: Array<{ sectors: Sector[]; count: number }>;
  byAgeBand: CountRow[];
  bySeverity: CountRow[];
  byYear: CountRow[];
}
