// Child process of the crash-safety test: writes transactions in a loop and reports each one on
// stdout only after its COMMIT returned. The parent kills it with SIGKILL at a random moment.
//
// Test harness only: the raw database key comes in an environment variable so that each of the
// hundreds of restarts does not pay an Argon2id derivation. The app itself never passes keys this
// way; it unwraps them from the key file with a passphrase, inside its own process.
import { eq } from 'drizzle-orm';
import { members } from '../../db/schema.js';
import { appendAudit } from '../../electron/services/audit.js';
import { inTransaction, openStore, type OpenWorkspace } from '../../electron/services/store.js';

const dir = process.env.CONCERTO_CRASH_DIR!;
const key = Buffer.from(process.env.CONCERTO_CRASH_DB_KEY ?? '', 'hex');
const run = process.env.CONCERTO_CRASH_RUN ?? '0';
const synchronous = process.env.CONCERTO_CRASH_SYNC === 'NORMAL' ? 'NORMAL' : 'FULL';

const { sqlite, db } = openStore(dir, key, { migrationsDir: process.env.CONCERTO_MIGRATIONS_DIR! });
sqlite.pragma(`synchronous = ${synchronous}`);
const ws: OpenWorkspace = { dir, workspaceId: '', sqlite, db };
process.stdout.write('ready\n');

const now = new Date().toISOString();
for (let n = 0; ; n += 1) {
  const id = `${run}-${n}`;
  inTransaction(ws, () => {
    db.insert(members)
      .values({ id, firstName: 'Crash', lastName: `Essai ${id}`, serviceType: 'other', secrecyStatus: 'duty_of_reserve', activeFrom: '2026-01-01', createdAt: now, updatedAt: now })
      .run();
    appendAudit(db, { accountId: null, action: 'member.create', entity: 'member', entityId: id });
    if (n > 0) {
      // A roster change on the previous row too: two statements, two audit events, one commit.
      db.update(members).set({ town: `Ville ${n}`, updatedAt: now }).where(eq(members.id, `${run}-${n - 1}`)).run();
      appendAudit(db, { accountId: null, action: 'member.update', entity: 'member', entityId: `${run}-${n - 1}` });
    }
  });
  // On Linux, writes to a pipe are synchronous: once this returns, the parent can read the line.
  process.stdout.write(`commit ${id}\n`);
}
