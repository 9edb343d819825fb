// Output types of the contract: what the renderer receives. Plain data, no classes.
import type { GlossaryEntry } from '../reference/glossary.js';
import type { Sector, ServiceType } from '../reference/taxonomy.js';
import type { ErrorCode, FieldIssue } from '../errors.js';
import type { Language, Role } from '../schemas/common.js';
import type { ImportField, ValueMappedField } from '../schemas/members.js';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };

export interface AppErrorPayload {
  code: ErrorCode;
  /** Already translated into the caller's language. */
  message: string;
  issues?: FieldIssue[];
}

export interface AccountChoice {
  id: string;
  username: string;
}

export interface SessionInfo {
  accountId: string;
  memberId: string;
  username: string;
  displayName: string;
  roles: Role[];
  language: Language;
  groupName: string;
  workspaceId: string;
  autoLockMinutes: number;
  /** Public identity of this account, for display ("empreinte"). */
  identityKeyId: string;
  /** Only in the answer to an unlock: wrong passphrases tried on this account since its last unlock. */
  failedAttempts?: number;
}

export interface AppStatus {
  mode: 'electron' | 'browser';
  version: string;
  /** none: nothing here yet; ready: can be unlocked; problem: see problem. */
  workspace: 'none' | 'ready' | 'problem';
  problem?: { code: ErrorCode; message: string };
  workspaceLocation: string;
  accounts: AccountChoice[];
  session: SessionInfo | null;
}

export interface CreatedWorkspace {
  recoveryKey: string;
  session: SessionInfo;
}

export interface Member {
  id: string;
  firstName: string;
  lastName: string;
  organisation: string;
  serviceType: ServiceType;
  sector: Sector;
  function: string;
  email: string;
  phone: string;
  town: string;
  secrecyStatus: 'professional_secret' | 'duty_of_reserve';
  isReferent: boolean;
  activeFrom: string;
  activeUntil: string | null;
  /** Derived: active today (not deactivated, within its dates). */
  active: boolean;
  deactivatedAt: string | null;
  deactivationReason: string | null;
  hasAccount: boolean;
  /** Why this person was added although the roster had someone like them (null: no namesake). */
  namesakeNote: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AccountSummary {
  id: string;
  memberId: string;
  memberName: string;
  username: string;
  roles: Role[];
  identityKeyId: string;
  createdAt: string;
  disabled: boolean;
}

export interface Settings {
  groupName: string;
  territory: string;
  autoLockMinutes: number;
  language: Language;
}

export interface ReferenceData {
  sectors: Sector[];
  serviceTypes: Array<{ code: ServiceType; sector: Sector }>;
  glossary: GlossaryEntry[];
}

export interface CsvExport {
  fileName: string;
  content: string;
}

/** How a cell of a value-mapped column is read: the guess, or the user's choice (null: not recognised). */
export interface ImportValueChoice {
  field: ValueMappedField;
  /** The column's header, as the file writes it. */
  column: string;
  raw: string;
  value: string | null;
  /** exact: a code, label or acronym; approximate: a partial match to check; none: to choose. */
  match: 'exact' | 'approximate' | 'none' | 'chosen';
  count: number;
}

export interface ImportPreview {
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  separator: ';' | ',' | '\t';
  /** The header row, as the file writes it. */
  headers: string[];
  /** The field each column is read into (guessed, or as the user chose); null: ignored. */
  columns: Array<ImportField | null>;
  /** The cells of the first data row, as written (shown beside each column's select). */
  firstCells: string[];
  /** Required fields that no column is read into: nothing can be imported until they are. */
  missingFields: ImportField[];
  values: ImportValueChoice[];
  /** The first rows as Concerto reads them (issues name the file's columns). */
  firstRows: Array<{ line: number; values: Partial<Record<ImportField, string | boolean | null>>; issues: FieldIssue[] }>;
  total: number;
  valid: Array<{ line: number; firstName: string; lastName: string; organisation: string; serviceType: ServiceType }>;
  /** issues[].path is the column's header as the file writes it. */
  rejected: Array<{ line: number; raw: string; issues: FieldIssue[] }>;
}

export interface ImportResult {
  imported: number;
  rejected: number;
}

export interface AuditVerification {
  ok: boolean;
  count: number;
  problem?: { seq: number; kind: 'edited' | 'missing' | 'reordered' | 'head_mismatch' };
}
