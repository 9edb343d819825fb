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

// ─── Data safety (issue 7): backup settings ────────────────────────────────────────────────
/** One row: how many recent backups the workspace's backups/ folder keeps (plus one per month for a year). */
export const backupSettings = sqliteTable(
  'backup_settings',
  {
    singleton: integer('singleton').primaryKey().default(1),
    keepLast: integer('keep_last').notNull().default(10),
  },
  (t) => [check('backup_settings_singleton_is_one', sql`${t.singleton} = 1`), check('backup_settings_keep_last', sql`${t.keepLast} between 1 and 100`)],
);
