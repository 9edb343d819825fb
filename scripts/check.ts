// `npm run check -- <workspace folder> [--user <identifiant>] [--recovery-key]`: the same integrity
// report as "Vérifier l'intégrité" in the settings, from a terminal. Asks for the passphrase (or the
// recovery key) without echo; opens the database read-only; exit code 0 = all checks passed,
// 1 = a check failed, 2 = could not open the workspace.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { openEncrypted } from '../db/connection.js';
import { assertSchemaNotNewer, defaultMigrationsDir, knownMigrationCount } from '../db/migrate.js';
import * as schema from '../db/schema.js';
import { errorMessage } from '../contract/messages.js';
import { readKeyFile, type AccountSlot } from '../electron/crypto/keyFile.js';
import { openRecoverySlot, unwrapAccountSlot } from '../electron/crypto/keySlots.js';
import { normaliseRecoveryKey } from '../electron/crypto/recoveryKey.js';
import { getSodium } from '../electron/crypto/sodium.js';
import { AppError } from '../contract/errors.js';
import { runIntegrityChecks } from '../electron/services/safety/integrity.js';
import { dbFilePath } from '../electron/services/store.js';
import { askHidden, askLine } from './lib/prompt.js';
import fr from '../resources/locales/fr/safety.json' with { type: 'json' };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { user: { type: 'string' }, 'recovery-key': { type: 'boolean', default: false } },
});

const checkLabels = fr.integrity.checks as Record<string, string>;

async function databaseKey(dir: string): Promise<Uint8Array> {
  const s = await getSodium();
  const keyFile = readKeyFile(dir);
  if (values['recovery-key']) {
    const slot = keyFile.slots.find((x) => x.kind === 'recovery');
    const key = slot ? openRecoverySlot(s, keyFile.workspaceId, slot, normaliseRecoveryKey(await askHidden('Clé de récupération : '))) : null;
    if (!key) throw new AppError('WRONG_RECOVERY_KEY');
    return key;
  }
  const accounts = keyFile.slots.filter((x): x is AccountSlot => x.kind === 'account');
  let username = values.user ?? (accounts.length === 1 ? accounts[0]!.username : '');
  if (!username) username = await askLine(`Identifiant (${accounts.map((a) => a.username).join(', ')}) : `);
  const slot = accounts.find((a) => a.username === username.trim().toLowerCase());
  if (!slot) throw new AppError('UNKNOWN_ACCOUNT');
  const keys = unwrapAccountSlot(s, keyFile.workspaceId, slot, await askHidden(`Phrase de passe de « ${slot.username} » : `));
  if (!keys) throw new AppError('WRONG_PASSPHRASE');
  s.memzero(keys.identityKey);
  return keys.dbKey;
}

async function main(): Promise<number> {
  const dir = positionals[0];
  if (!dir) {
    console.error("Usage : npm run check -- <dossier de l'espace de travail> [--user <identifiant>] [--recovery-key]");
    return 2;
  }
  const workspaceDir = path.resolve(dir);
  const key = await databaseKey(workspaceDir);
  const sqlite = openEncrypted(dbFilePath(workspaceDir), key, { readonly: true });
  (await getSodium()).memzero(key);
  try {
    assertSchemaNotNewer(sqlite, defaultMigrationsDir());
    // Read-only: an older workspace is checked as it is (Concerto updates it when it opens it).
    if ((sqlite.pragma('user_version', { simple: true }) as number) < knownMigrationCount(defaultMigrationsDir()))
      console.log("Note : cet espace de travail vient d'une version plus ancienne ; ouvrez-le une fois dans Concerto pour le mettre à jour, puis vérifiez à nouveau.");
    const db = drizzle(sqlite, { schema });
    const report = runIntegrityChecks({ dir: workspaceDir, workspaceId: '', sqlite, db });
    console.log(`\nVérification de l'intégrité — ${workspaceDir}`);
    for (const check of report.checks) {
      const label = checkLabels[check.id] ?? check.id;
      const count = check.checked !== undefined ? ` (${check.checked} vérifiés)` : '';
      console.log(`  ${check.ok ? 'OK     ' : 'ÉCHEC  '} ${label}${count}`);
      for (const problem of check.problems) console.log(`           ${problem}`);
    }
    console.log(report.ok ? '\nRésultat : tout est en ordre.' : '\nRésultat : au moins une vérification a échoué. Restaurez une sauvegarde vérifiée et gardez ce rapport.');
    return report.ok ? 0 : 1;
  } finally {
    sqlite.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const code = error instanceof AppError ? error.code : 'INTERNAL';
    console.error(`\n${errorMessage(code)} (${code})`);
    process.exit(2);
  },
);
