// Drizzle schema of a Concerto workspace. drizzle-kit generates the SQL
// migrations in db/migrations from this file; never edit those by hand.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** One row: the workspace's own identity and settings. */
export const workspace = sqliteTable(
  'workspace',
  {
    id: text('id').primaryKey(),
    singleton: integer('singleton').notNull().default(1),
    groupName: text('group_name').notNull(),
    territory: text('territory').notNull().default(''),
    createdAt: text('created_at').notNull(),
    autoLockMinutes: integer('auto_lock_minutes').notNull().default(10),
    // Head of the audit chain, updated in the same transaction as each event,
    // so that removing the last events is detected too.
    auditHeadSeq: integer('audit_head_seq').notNull().default(0),
    auditHeadHash: text('audit_head_hash').notNull().default(''),
  },
  (t) => [uniqueIndex('workspace_singleton').on(t.singleton), check('workspace_singleton_is_one', sql`${t.singleton} = 1`)],
);

export const members = sqliteTable(
  'members',
  {
    id: text('id').primaryKey(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    organisation: text('organisation').notNull().default(''),
    serviceType: text('service_type').notNull(),
    function: text('function').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    town: text('town').notNull().default(''),
    secrecyStatus: text('secrecy_status', { enum: ['professional_secret', 'duty_of_reserve'] }).notNull(),
    isReferent: integer('is_referent', { mode: 'boolean' }).notNull().default(false),
    activeFrom: text('active_from').notNull(),
    activeUntil: text('active_until'),
    deactivatedAt: text('deactivated_at'),
    deactivationReason: text('deactivation_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('members_last_name').on(t.lastName, t.firstName),
    check('members_secrecy_status', sql`${t.secrecyStatus} in ('professional_secret','duty_of_reserve')`),
  ],
);

/**
 * Why a member was added although the roster had someone like them (a namesake in another service).
 * Its own table, so that a member row keeps the columns older workspaces have.
 */
export const memberNamesakeNotes = sqliteTable('member_namesake_notes', {
  memberId: text('member_id')
    .primaryKey()
    .references(() => members.id),
  note: text('note').notNull(),
  createdAt: text('created_at').notNull(),
});

export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    username: text('username').notNull(),
    /** JSON array of roles: coordinator, secretary, member. */
    roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
    language: text('language').notNull().default('fr'),
    /** Ed25519 public key (base64). */
    signPublicKey: text('sign_public_key').notNull(),
    /** X25519 public key (base64). */
    boxPublicKey: text('box_public_key').notNull(),
    /** Key id: short hash of both public keys, carried by every signed format. */
    identityKeyId: text('identity_key_id').notNull(),
    createdAt: text('created_at').notNull(),
    disabledAt: text('disabled_at'),
  },
  (t) => [uniqueIndex('accounts_username').on(t.username), uniqueIndex('accounts_member').on(t.memberId)],
);

/** Earlier identities of an account (after a recovery), kept so old signatures stay verifiable. */
export const retiredIdentities = sqliteTable('retired_identities', {
  identityKeyId: text('identity_key_id').primaryKey(),
  accountId: text('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'restrict' }),
  signPublicKey: text('sign_public_key').notNull(),
  boxPublicKey: text('box_public_key').notNull(),
  retiredAt: text('retired_at').notNull(),
});

/** Hash-chained log of every change: who, what kind, which entity; never the content. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    accountId: text('account_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_entity').on(t.entity, t.entityId)],
);

// ───────────────────────────── Charter ─────────────────────────────

/** Versions of the charter-convention. A version in force is never edited; the next edit is a new draft. */
export const charterVersions = sqliteTable(
  'charter_versions',
  {
    id: text('id').primaryKey(),
    /** 1, 2, 3… in order of creation. */
    number: integer('number').notNull(),
    status: text('status', { enum: ['draft', 'in_force', 'retired'] }).notNull(),
    /** Canonical Markdown text (NFC, LF line ends, one final newline). */
    text: text('text').notNull(),
    /** SHA-256 (hex) of the canonical text, as UTF-8. */
    contentHash: text('content_hash').notNull(),
    adoptedOn: text('adopted_on'),
    reviewDue: text('review_due'),
    inForceAt: text('in_force_at'),
    retiredAt: text('retired_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('charter_versions_number').on(t.number),
    // At most one version in force and one draft at a time.
    uniqueIndex('charter_versions_one_in_force').on(t.status).where(sql`${t.status} = 'in_force'`),
    uniqueIndex('charter_versions_one_draft').on(t.status).where(sql`${t.status} = 'draft'`),
    check('charter_versions_status', sql`${t.status} in ('draft','in_force','retired')`),
  ],
);

/**
 * One signature of one charter version by one member. The signed payload is rebuilt from these
 * columns at verification time, so changing any of them breaks the signature.
 */
export const charterSignatures = sqliteTable(
  'charter_signatures',
  {
    id: text('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => charterVersions.id, { onDelete: 'restrict' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    /** own_key: signed here with the member's account; witnessed: in person, countersigned; imported: signed on another computer. */
    method: text('method', { enum: ['own_key', 'witnessed', 'imported'] }).notNull(),
    contentHash: text('content_hash').notNull(),
    signerName: text('signer_name').notNull(),
    declaredStatus: text('declared_status', { enum: ['professional_secret', 'duty_of_reserve'] }).notNull(),
    signedAt: text('signed_at').notNull(),
    /** Witnessed only: where the signature was made in person. */
    place: text('place'),
    /** Key id and Ed25519 signature (base64) of the signer; null for a witnessed signature. */
    signerKeyId: text('signer_key_id'),
    signature: text('signature'),
    /** Witnessed only: the coordinator's key id and countersignature over the same payload. */
    witnessMemberId: text('witness_member_id'),
    witnessKeyId: text('witness_key_id'),
    witnessSignature: text('witness_signature'),
    recordedAt: text('recorded_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [
    index('charter_signatures_member').on(t.memberId),
    index('charter_signatures_version').on(t.versionId),
    // The same signature bytes cannot be recorded twice (an imported file replayed).
    uniqueIndex('charter_signatures_signature').on(t.signature),
    check('charter_signatures_method', sql`${t.method} in ('own_key','witnessed','imported')`),
  ],
);

/** Public identities of members known from a contact card (members who use Concerto on their own computer). */
export const memberKeys = sqliteTable(
  'member_keys',
  {
    keyId: text('key_id').primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    signPublicKey: text('sign_public_key').notNull(),
    boxPublicKey: text('box_public_key').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [index('member_keys_member').on(t.memberId)],
);

// ───────────────────────── Sessions (séances) ─────────────────────────
// Times are stored as the group reads them: a local date and local start/end times in a named
// zone (Europe/Brussels); instants are computed when needed, so a session stays at 13:30 across
// daylight-saving changes.

/** A planned series of sessions (e.g. every third Tuesday); its sessions are ordinary rows of `sessions`. */
export const sessionSeries = sqliteTable('session_series', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  /** The RFC 5545 recurrence rule the dates were generated from (dates only, no zone). */
  rrule: text('rrule').notNull(),
  fromDate: text('from_date').notNull(),
  untilDate: text('until_date').notNull(),
  startTime: text('start_time').notNull(),
  endTime: text('end_time').notNull(),
  timeZone: text('time_zone').notNull(),
  place: text('place').notNull().default(''),
  /** JSON array of YYYY-MM-DD dates left out (school holidays…). */
  skipDates: text('skip_dates', { mode: 'json' }).$type<string[]>().notNull(),
  createdAt: text('created_at').notNull(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    seriesId: text('series_id').references(() => sessionSeries.id, { onDelete: 'restrict' }),
    /** Stable iCalendar UID: never changes, so calendar programs update the same event. */
    uid: text('uid').notNull(),
    /** iCalendar SEQUENCE: raised on every change a calendar would show. */
    sequence: integer('sequence').notNull().default(0),
    title: text('title').notNull(),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    timeZone: text('time_zone').notNull(),
    place: text('place').notNull().default(''),
    status: text('status', { enum: ['planned', 'held', 'cancelled'] }).notNull(),
    notes: text('notes').notNull().default(''),
    /** Date the session was first planned on, kept when it is moved. */
    originalDate: text('original_date').notNull(),
    moveReason: text('move_reason'),
    cancelReason: text('cancel_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('sessions_uid').on(t.uid),
    index('sessions_date').on(t.date),
    check('sessions_status', sql`${t.status} in ('planned','held','cancelled')`),
  ],
);

/** One row per member concerned by a session: invited, and/or with recorded attendance. */
export const sessionParticipants = sqliteTable(
  'session_participants',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'restrict' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    invited: integer('invited', { mode: 'boolean' }).notNull(),
    invitedAt: text('invited_at'),
    attendance: text('attendance', { enum: ['present', 'excused', 'absent'] }),
    attendanceAt: text('attendance_at'),
  },
  (t) => [
    uniqueIndex('session_participants_pk').on(t.sessionId, t.memberId),
    index('session_participants_member').on(t.memberId),
    check('session_participants_attendance', sql`${t.attendance} is null or ${t.attendance} in ('present','excused','absent')`),
  ],
);

/** Agenda of a session: free items, or a situation presented (situationId). */
export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    /** JSON array of sector codes the item needs around the table. */
    sectors: text('sectors', { mode: 'json' }).$type<string[]>().notNull(),
    /** Added after the agenda closed, under the coordinator's override. */
    lateAddition: integer('late_addition', { mode: 'boolean' }).notNull().default(false),
    lateReason: text('late_reason'),
    /** The situation presented in this item, if it is one; otherwise a free item. */
    // No foreign key: drizzle-kit would rebuild the table to add one; the agenda service checks it.
    situationId: text('situation_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('agenda_items_session').on(t.sessionId, t.position), index('agenda_items_situation').on(t.situationId)],
);

/** Changes of attendance made after the minutes exist: each with its reason. */
export const attendanceChanges = sqliteTable('attendance_changes', {
  id: text('id').primaryKey(),
  sessionId: text('session_id')
    .notNull()
    .references(() => sessions.id, { onDelete: 'restrict' }),
  memberId: text('member_id')
    .notNull()
    .references(() => members.id, { onDelete: 'restrict' }),
  fromStatus: text('from_status'),
  toStatus: text('to_status').notNull(),
  reason: text('reason').notNull(),
  accountId: text('account_id'),
  at: text('at').notNull(),
});

/** Settings of the sessions feature (one row). */
export const sessionSettings = sqliteTable(
  'session_settings',
  {
    singleton: integer('singleton').primaryKey(),
    /** The agenda closes this many hours before the session starts. */
    agendaClosingHours: integer('agenda_closing_hours').notNull().default(48),
  },
  (t) => [check('session_settings_singleton', sql`${t.singleton} = 1`)],
);

// ─── Data safety: backup settings ────────────────────────────────────────────────
/** One row: how many recent backups the workspace's backups/ folder keeps (plus one per month for a year). */
export const backupSettings = sqliteTable(
  'backup_settings',
  {
    singleton: integer('singleton').primaryKey().default(1),
    keepLast: integer('keep_last').notNull().default(10),
  },
  (t) => [check('backup_settings_singleton_is_one', sql`${t.singleton} = 1`), check('backup_settings_keep_last', sql`${t.keepLast} between 1 and 100`)],
);

// ─── Situations ──────────────────────────────────────────────────────────────────
// A situation is presented under a pseudonymous code only. Its content (question, summary,
// consent details, needs, leads, actions) is removed by the retention purge, which keeps the
// anonymous counts: code, sectors, age band, danger, dates.

export const situations = sqliteTable(
  'situations',
  {
    id: text('id').primaryKey(),
    /** SIT-2026-007: year of creation and a number within that year. */
    code: text('code').notNull(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    presenterMemberId: text('presenter_member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    ageBand: text('age_band', { enum: ['0-5', '6-11', '12-14', '15-17', '18-25'] }).notNull(),
    /** Empty when the presenter judges it not relevant. */
    gender: text('gender', { enum: ['', 'female', 'male', 'other'] }).notNull().default(''),
    /** JSON array of sector codes of the needs (youth_aid, disability, mental_health, education, social_aid, health, justice_police). */
    needSectors: text('need_sectors', { mode: 'json' }).$type<string[]>().notNull(),
    severity: text('severity', { enum: ['difficulty', 'danger'] }).notNull(),
    /** JSON array of service-type codes already involved (partner taxonomy). */
    servicesInvolved: text('services_involved', { mode: 'json' }).$type<string[]>().notNull(),
    question: text('question').notNull().default(''),
    summary: text('summary').notNull().default(''),
    status: text('status', { enum: ['draft', 'ready', 'scheduled', 'presented', 'follow_up', 'closed'] }).notNull(),
    consentWithdrawnAt: text('consent_withdrawn_at'),
    closedAt: text('closed_at'),
    /** Set when the situation is closed: from then on the purge may remove its content. */
    purgeAfter: text('purge_after'),
    purgedAt: text('purged_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('situations_code').on(t.code),
    uniqueIndex('situations_year_number').on(t.year, t.number),
    index('situations_presenter').on(t.presenterMemberId),
    index('situations_status').on(t.status),
    check('situations_status_check', sql`${t.status} in ('draft','ready','scheduled','presented','follow_up','closed')`),
    check('situations_severity_check', sql`${t.severity} in ('difficulty','danger')`),
  ],
);

/** Conditions 3 and 4: the family informed of what is shared and with whom, and their agreement. One row per situation. */
export const situationConsents = sqliteTable('situation_consents', {
  situationId: text('situation_id')
    .primaryKey()
    .references(() => situations.id, { onDelete: 'restrict' }),
  informedOn: text('informed_on'),
  informedHow: text('informed_how').notNull().default(''),
  informedBy: text('informed_by').notNull().default(''),
  consentOn: text('consent_on'),
  consentForm: text('consent_form', { enum: ['oral', 'written'] }),
  /** Who agreed (e.g. "la mère", "les deux parents"), never a name. */
  consentGivenBy: text('consent_given_by').notNull().default(''),
  youngPersonView: text('young_person_view').notNull().default(''),
  updatedAt: text('updated_at').notNull(),
});

/** Every status change of a situation, with who made it. */
export const situationStatusChanges = sqliteTable(
  'situation_status_changes',
  {
    id: text('id').primaryKey(),
    situationId: text('situation_id')
      .notNull()
      .references(() => situations.id, { onDelete: 'restrict' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    accountId: text('account_id'),
    at: text('at').notNull(),
  },
  (t) => [index('situation_status_changes_situation').on(t.situationId, t.at)],
);

/**
 * A finding of the anonymisation check that its author chose to keep, with the written reason.
 * Shared by situations and (later) minutes: subject says which.
 */
export const anonymisationOverrides = sqliteTable(
  'anonymisation_overrides',
  {
    id: text('id').primaryKey(),
    subject: text('subject', { enum: ['situation', 'minutes'] }).notNull(),
    subjectId: text('subject_id').notNull(),
    field: text('field').notNull(),
    kind: text('kind').notNull(),
    /** The exact text kept; the override applies wherever that text appears in the field. */
    excerpt: text('excerpt').notNull(),
    reason: text('reason').notNull(),
    accountId: text('account_id'),
    at: text('at').notNull(),
  },
  (t) => [index('anonymisation_overrides_subject').on(t.subject, t.subjectId)],
);

/**
 * Names the anonymisation check found once in a situation's texts (issue 18): every later check of that
 * situation looks for them again, so that a surname left behind after its first name was replaced ("[prénom]
 * Dupont") is still found. Only inside the encrypted store; deleted with the situation's texts at purge.
 */
export const situationFoundNames = sqliteTable(
  'situation_found_names',
  {
    id: text('id').primaryKey(),
    situationId: text('situation_id')
      .notNull()
      .references(() => situations.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    /** Lower case without accents: one row per name and situation, whatever its case. */
    folded: text('folded').notNull(),
    at: text('at').notNull(),
  },
  (t) => [uniqueIndex('situation_found_names_unique').on(t.situationId, t.folded)],
);

/** The needs grid: for each sector, the need, the competent service type, and its state. */
export const situationNeeds = sqliteTable(
  'situation_needs',
  {
    id: text('id').primaryKey(),
    situationId: text('situation_id')
      .notNull()
      .references(() => situations.id, { onDelete: 'restrict' }),
    sector: text('sector').notNull(),
    need: text('need').notNull(),
    serviceType: text('service_type').notNull(),
    state: text('state', { enum: ['met', 'in_progress', 'unmet'] }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('situation_needs_situation').on(t.situationId)],
);

/** History of each need's state, session by session. */
export const situationNeedStates = sqliteTable(
  'situation_need_states',
  {
    id: text('id').primaryKey(),
    needId: text('need_id')
      .notNull()
      .references(() => situationNeeds.id, { onDelete: 'restrict' }),
    state: text('state', { enum: ['met', 'in_progress', 'unmet'] }).notNull(),
    /** The session after which the state was set, if any. */
    sessionId: text('session_id').references(() => sessions.id, { onDelete: 'restrict' }),
    accountId: text('account_id'),
    at: text('at').notNull(),
  },
  (t) => [index('situation_need_states_need').on(t.needId, t.at)],
);

/** One presentation of a situation at a session, through its agenda item, and what came out of it. */
export const situationPresentations = sqliteTable(
  'situation_presentations',
  {
    id: text('id').primaryKey(),
    situationId: text('situation_id')
      .notNull()
      .references(() => situations.id, { onDelete: 'restrict' }),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'restrict' }),
    agendaItemId: text('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    /** A later presentation of the same situation is a follow-up. */
    followUp: integer('follow_up', { mode: 'boolean' }).notNull().default(false),
    outcomeRecordedAt: text('outcome_recorded_at'),
    /** The session chosen for the next follow-up, if any. */
    followUpSessionId: text('follow_up_session_id').references(() => sessions.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('situation_presentations_once').on(t.situationId, t.sessionId),
    index('situation_presentations_session').on(t.sessionId),
  ],
);

/** Leads (pistes) built by the group: each tied to the sector and service type it would mobilise. */
export const situationLeads = sqliteTable(
  'situation_leads',
  {
    id: text('id').primaryKey(),
    presentationId: text('presentation_id')
      .notNull()
      .references(() => situationPresentations.id, { onDelete: 'restrict' }),
    sector: text('sector').notNull(),
    serviceType: text('service_type').notNull(),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('situation_leads_presentation').on(t.presentationId)],
);

/** Actions decided after a presentation: which member does what, by when. */
export const situationActions = sqliteTable(
  'situation_actions',
  {
    id: text('id').primaryKey(),
    presentationId: text('presentation_id')
      .notNull()
      .references(() => situationPresentations.id, { onDelete: 'restrict' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    what: text('what').notNull(),
    dueOn: text('due_on').notNull(),
    doneAt: text('done_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('situation_actions_member').on(t.memberId, t.dueOn), index('situation_actions_presentation').on(t.presentationId)],
);

/** Settings of the situations feature (one row). */
export const situationSettings = sqliteTable(
  'situation_settings',
  {
    singleton: integer('singleton').primaryKey().default(1),
    /** Years after closing before the content of a situation may be purged. */
    retentionYears: integer('retention_years').notNull().default(5),
  },
  (t) => [check('situation_settings_singleton', sql`${t.singleton} = 1`), check('situation_settings_retention', sql`${t.retentionYears} between 1 and 30`)],
);

// ───────────────────────── Minutes (procès-verbaux) ─────────────────────────
// Only the people present may read a session's minutes, by construction: a finalised version is
// encrypted under a fresh key sealed to each recipient's X25519 key.
// The working draft is sealed to its author's own key, so no other account can read it either.

/** One row per session that has minutes (a draft started, or versions finalised). */
export const minutes = sqliteTable(
  'minutes',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
    /** Number of the last finalised version; 0 while only a draft exists. */
    latestVersion: integer('latest_version').notNull().default(0),
    /** The draft: a crypto_box_seal of its markdown to the author's identity; null when there is none. */
    draftSealed: text('draft_sealed'),
    draftAccountId: text('draft_account_id'),
    draftKeyId: text('draft_key_id'),
    draftUpdatedAt: text('draft_updated_at'),
  },
  (t) => [uniqueIndex('minutes_session').on(t.sessionId)],
);

/** A finalised, immutable version: ciphertext, the signed manifest and who it was frozen for. */
export const minutesVersions = sqliteTable(
  'minutes_versions',
  {
    id: text('id').primaryKey(),
    minutesId: text('minutes_id')
      .notNull()
      .references(() => minutes.id, { onDelete: 'restrict' }),
    number: integer('number').notNull(),
    /** Why a correction was made (versions 2 and later). */
    reason: text('reason'),
    authorAccountId: text('author_account_id').notNull(),
    authorMemberId: text('author_member_id').notNull(),
    authorKeyId: text('author_key_id').notNull(),
    nonce: text('nonce').notNull(),
    ciphertext: text('ciphertext').notNull(),
    /** The signed manifest (canonical JSON) and the author's Ed25519 signature over it. */
    manifest: text('manifest').notNull(),
    signature: text('signature').notNull(),
    /** Present members who were not recipients, and why (JSON list), frozen with the version. */
    excluded: text('excluded', { mode: 'json' }).$type<Array<{ memberId: string; name: string; reason: string }>>().notNull(),
    finalisedAt: text('finalised_at').notNull(),
  },
  (t) => [uniqueIndex('minutes_versions_number').on(t.minutesId, t.number)],
);

/** The recipients of a version, frozen from attendance, with the content key sealed to each one's identity. */
export const minutesRecipients = sqliteTable(
  'minutes_recipients',
  {
    versionId: text('version_id')
      .notNull()
      .references(() => minutesVersions.id, { onDelete: 'restrict' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    /** The name as it was at finalisation (printed on that recipient's copy). */
    name: text('name').notNull(),
    /** The identity the key was sealed to; null for a recipient without one (PDF only). */
    keyId: text('key_id'),
    sealedKey: text('sealed_key'),
  },
  (t) => [uniqueIndex('minutes_recipients_pk').on(t.versionId, t.memberId), index('minutes_recipients_key').on(t.keyId)],
);

/** The distribution register: which version reached whom, how, when and by whose hand. */
export const minutesDistributions = sqliteTable(
  'minutes_distributions',
  {
    id: text('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => minutesVersions.id, { onDelete: 'restrict' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    channel: text('channel', { enum: ['app', 'file', 'pdf'] }).notNull(),
    fileName: text('file_name'),
    accountId: text('account_id').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('minutes_distributions_version').on(t.versionId, t.memberId), check('minutes_distributions_channel', sql`${t.channel} in ('app','file','pdf')`)],
);

/** Minutes files received from another computer's secretary: kept as they came (still sealed to this account). */
export const minutesReceived = sqliteTable(
  'minutes_received',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    /** The file's text, unchanged: opening it again re-verifies everything. */
    file: text('file').notNull(),
    groupName: text('group_name').notNull(),
    sessionDate: text('session_date').notNull(),
    minutesVersion: integer('minutes_version').notNull(),
    /** Hash of the file, so the same file imported twice is kept once. */
    fileHash: text('file_hash').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [uniqueIndex('minutes_received_file').on(t.accountId, t.fileHash)],
);

/** The group this workspace is a replica of (issue 17): at most one row; none on a computer that works alone. */
export const groupLink = sqliteTable(
  'group_link',
  {
    groupId: text('group_id').primaryKey(),
    singleton: integer('singleton').notNull().default(1),
    /** The founding coordinator's key id, compared aloud when joining: the root of every authority check. */
    founderKeyId: text('founder_key_id').notNull(),
    /** The shared folder the sync engine keeps in step; null while none is chosen (working offline). */
    sharedFolder: text('shared_folder'),
    linkedAt: text('linked_at').notNull(),
  },
  (t) => [uniqueIndex('group_link_singleton').on(t.singleton), check('group_link_singleton_is_one', sql`${t.singleton} = 1`)],
);

/** Every verified envelope of the group this replica holds, exactly as written: the state is rebuilt from them. */
export const groupChanges = sqliteTable(
  'group_changes',
  {
    id: text('id').primaryKey(),
    authorKeyId: text('author_key_id').notNull(),
    seq: integer('seq').notNull(),
    file: text('file').notNull(),
    receivedAt: text('received_at').notNull(),
  },
  (t) => [index('group_changes_author').on(t.authorKeyId, t.seq)],
);
