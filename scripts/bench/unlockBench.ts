// Unlock, split: part 1 is the key derivation (Argon2id at the slot's stored parameters,
// MODERATE as the app writes them), part 2 open + migrate (measured on both stores in
// storeBench). The whole unlock is also timed through the app's own service.
import { nativeArgon2Available } from '../../electron/crypto/nativeArgon2.js';
import { readKeyFile, type AccountSlot } from '../../electron/crypto/keyFile.js';
import { unwrapAccountSlot } from '../../electron/crypto/keySlots.js';
import type { Sodium } from '../../electron/crypto/sodium.js';
import { defaultMigrationsDir } from '../../db/migrate.js';
import { endSession, unlockWithPassphrase } from '../../electron/services/workspace.js';
import type { GeneratedGroup } from './generate.js';
import { time } from './measure.js';
import { singleLine, type BenchLine } from './report.js';
import { BENCH_PASSPHRASE, type BenchStore } from './stores.js';

export const UNLOCK_GOAL_MS = 1000;

export async function unlockBench(s: Sodium, store: BenchStore, group: GeneratedGroup, repeats: number, log: (text: string) => void): Promise<BenchLine[]> {
  const keyFile = readKeyFile(store.dir);
  const slot = keyFile.slots.find((x): x is AccountSlot => x.kind === 'account');
  if (!slot) throw new Error('bench key file has no account slot');
  const params = `ops ${slot.kdf.opsLimit}, ${slot.kdf.memLimit / 2 ** 20} MiB`;
  log(`unlock: key derivation (Argon2id, ${params}) and the whole unlock, ${repeats}× each`);
  const derive: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < repeats; i++) {
    derive.push(
      await time(() => {
        const keys = unwrapAccountSlot(s, keyFile.workspaceId, slot, BENCH_PASSPHRASE);
        if (!keys) throw new Error('bench passphrase did not open the slot');
        s.memzero(keys.dbKey);
        s.memzero(keys.identityKey);
      }),
    );
    let session: Awaited<ReturnType<typeof unlockWithPassphrase>> | undefined;
    total.push(await time(async () => (session = await unlockWithPassphrase(store.dir, group.coordinator.id, BENCH_PASSPHRASE, { migrationsDir: defaultMigrationsDir() }))));
    if (session) await endSession(session);
  }
  return [
    singleLine('unlock.derive', `unlock, part 1: key derivation (Argon2id ${params}, ${nativeArgon2Available() ? 'native libsodium (sodium-native)' : 'libsodium.js wasm'})`, 'ms', derive, null),
    singleLine('unlock.total', 'unlock, whole (unlockWithPassphrase service, ten-year group)', 'ms', total, { max: UNLOCK_GOAL_MS, text: `≤ ${UNLOCK_GOAL_MS} ms` }),
  ];
}
