// Typed errors of the domain. The router turns them into { code, message } with the
// message taken from the locale files; services never write user-facing text.

export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
  'BACKEND_UNREACHABLE',
  'LINK_NOT_VALID',
  'WORKSPACE_EXISTS',
  'WORKSPACE_MISSING',
  'KEYFILE_MISSING',
  'KEYFILE_CORRUPT',
  'KEYFILE_TOO_NEW',
  'KEYFILE_UNREADABLE',
  'WRONG_PASSPHRASE',
  'KDF_TOO_WEAK',
  'UNLOCK_THROTTLED',
  'WRONG_RECOVERY_KEY',
  'UNKNOWN_ACCOUNT',
  'ACCOUNT_DISABLED',
  'DATABASE_UNREADABLE',
  'DATABASE_MISSING',
  'DATABASE_MISMATCH',
  'SCHEMA_TOO_NEW',
  'STORAGE_READONLY',
  'STORAGE_FULL',
  'USERNAME_TAKEN',
  'MEMBER_HAS_ACCOUNT',
  'MEMBER_INACTIVE',
  'LAST_COORDINATOR',
  'IMPORT_HAS_ERRORS',
  'IMPORT_COLUMNS_MISSING',
  'MEMBER_LIKELY_DUPLICATE',
  // Charter
  'CHARTER_NONE_IN_FORCE',
  'CHARTER_NOT_DRAFT',
  'CHARTER_VERSION_CHANGED',
  'CHARTER_ALREADY_SIGNED',
  'IDENTITY_MISMATCH',
  'FILE_MALFORMED',
  'FILE_WRONG_KIND',
  'FILE_VERSION_UNSUPPORTED',
  'FILE_TAMPERED',
  'FILE_WRONG_ISSUER',
  'FILE_WRONG_WORKSPACE',
  'FILE_UNKNOWN_CHARTER',
  'FILE_SIGNER_UNKNOWN',
  'FILE_SIGNER_MISMATCH',
  'FILE_DUPLICATE',
  'FILE_NOT_FOR_YOU',
  'KEY_ALREADY_KNOWN',
  // sessions
  'SERIES_EMPTY',
  'SESSION_CANCELLED',
  'SESSION_HELD',
  'SESSION_NOT_STARTED',
  'NOTHING_CHANGED',
  'AGENDA_CLOSED',
  'AGENDA_OVERFLOW',
  'REASON_REQUIRED',
  'NOT_INVITED',
  'ATTENDANCE_RECORDED',
  // Data safety
  'BACKUP_INVALID',
  'BACKUP_TOO_NEW',
  'BACKUP_VERIFY_FAILED',
  'BACKUP_NOT_FOUND',
  'RESTORE_NEEDS_CURRENT_CREDENTIALS',
  'RESTORE_CURRENT_NOT_COORDINATOR',
  'RESTORE_FOLDER_UNKNOWN',
  'IRREVERSIBLE_LOG_INVALID',
  // Situations
  'SITUATION_PRESENTER_NOT_SECRET',
  'SITUATION_PRESENTER_NO_CHARTER',
  'SITUATION_RESTRICTED',
  'SITUATION_NOT_INFORMED',
  'SITUATION_NO_CONSENT',
  'SITUATION_UNRESOLVED_FINDINGS',
  'SITUATION_NOT_EDITABLE',
  'SITUATION_WITHDRAWN',
  'SITUATION_OVERRIDE_NOT_ALLOWED',
  'SITUATION_FINDING_MOVED',
  'SITUATION_NOT_DUE',
  // Situations: follow-up
  'SITUATION_NOT_READY',
  'SITUATION_ON_AGENDA',
  'SITUATION_CLOSED',
  'SESSION_NOT_HELD',
  'OUTCOME_RECORDED',
  'FOLLOW_UP_SESSION_INVALID',
  // Minutes
  'MINUTES_ATTENDEES_ONLY',
  'MINUTES_NOT_HELD',
  'MINUTES_WRITER_NOT_ELIGIBLE',
  'MINUTES_NO_DRAFT',
  'MINUTES_DRAFT_HELD',
  'MINUTES_DRAFT_STALE',
  'MINUTES_UNRESOLVED_FINDINGS',
  'MINUTES_WITHDRAWN_SITUATION',
  'MINUTES_REASON_REQUIRED',
  'MINUTES_VERSION_NOT_FOUND',
  'MINUTES_NO_IDENTITY',
  'MINUTES_KEY_UNAVAILABLE',
  'MINUTES_TAMPERED',
  'MINUTES_FILE_AUTHOR_ONLY',
  'MINUTES_RECIPIENT_NOT_ELIGIBLE',
  'MINUTES_NO_ACCOUNT',
  'MINUTES_NOT_RECIPIENT',
  'MINUTES_FILE_NOT_FOR_YOU',
  // Group folder (issue 17)
  'GROUP_CHANGE_REFUSED',
  'GROUP_NO_KEY',
  'GROUP_FOLDER_UNAVAILABLE',
  'GROUP_FOLDER_READONLY',
  'GROUP_FOLDER_IN_WORKSPACE',
  'GROUP_ALREADY_LINKED',
  'GROUP_NOT_LINKED',
  'GROUP_NOT_IN_FOLDER',
  'GROUP_MEMBER_NO_KEY',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: string;
  /** i18n key under validation.* */
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];

  constructor(code: ErrorCode, options: { cause?: unknown; issues?: FieldIssue[] } = {}) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues;
  }
}

/** The one mapping of a zod error's issues to field issues; a message that is not an i18n key (zod's own English) becomes a generic one. */
export function fieldIssuesOf(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
  }));
}
