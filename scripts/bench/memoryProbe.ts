// Child process of the memory measurement: one store's work in a fresh process, whose
// high-water mark (process.resourceUsage().maxRSS) is then that work's alone.
// Usage: memoryProbe.ts <encrypted|plaintext> <dir> <seed> <members> <accounts> [argon2]
import { getSodium } from '../../electron/crypto/sodium.js';
import { deriveMasterKey, newKdfParams } from '../../electron/crypto/kdf.js';
import { verifyAuditChain } from '../../electron/services/audit.js';
import { listMembers } from '../../electron/services/members.js';
import { closeStore } from '../../electron/services/store.js';
import { generateGroup } from './generate.js';
import { ROSTER_QUERIES, rosterPage } from './rosterPage.js';
import { buildStore, newBenchStore, openBenchStore, type StoreKind } from './stores.js';

const maxRssMiB = () => process.resourceUsage().maxRSS / 1024;

const [kind, dir, seed, memberCount, accountCount, extra] = process.argv.slice(2);
if (kind !== 'encrypted' && kind !== 'plaintext') throw new Error('usage: memoryProbe.ts <encrypted|plaintext> <dir> <seed> <members> <accounts> [argon2]');
const s = await getSodium();
const baseline = maxRssMiB();
const group = generateGroup(s, { seed: Number(seed), members: Number(memberCount), accounts: Number(accountCount), parts: ['roster', 'accounts'] });
const store = newBenchStore(s, kind as StoreKind, dir!, `memory-${kind}`);
buildStore(store, group);
const ws = openBenchStore(store, group.workspaceId);
for (let i = 0; i < 5; i++) {
  listMembers(ws);
  rosterPage(ws, ROSTER_QUERIES[i % ROSTER_QUERIES.length]!, '2026-06-01');
}
if (!verifyAuditChain(ws.db).ok) throw new Error('audit chain broken');
closeStore(ws);
const afterStore = maxRssMiB();
if (extra === 'argon2') deriveMasterKey(s, 'banc-essai', newKdfParams(s, 'moderate'));
process.stdout.write(`${JSON.stringify({ baseline, afterStore, final: maxRssMiB() })}\n`);
