// Search returns every match the account may see: no silent cut at some "best n", and no limit
// from SQLite's bound variables, however many situations share a word.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { situations } from '../../db/schema.js';
import type { Router } from '../../electron/api/router.js';
import { endSession, unlockWithPassphrase } from '../../electron/services/workspace.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { call } from '../helpers/sessions.js';
import { createdWorkspace, PASSPHRASE } from '../helpers/workspace.js';

const MATCHING = 340;
let router: Router;

beforeAll(async () => {
  const created = await createdWorkspace();
  router = created.router;
  const v1 = await putDraftInForce(router);
  await call(router, 'charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE });
  const memberId = (await call(router, 'charter.overview', {})).mine.memberId;
  await router.lockNow();
  const s = await unlockWithPassphrase(created.dir, created.accountId, PASSPHRASE, { migrationsDir: path.resolve('db/migrations') });
  const at = new Date().toISOString();
  s.ws.sqlite.transaction(() => {
    for (let number = 1; number <= MATCHING + 20; number += 1) {
      const code = `SIT-2026-${String(number).padStart(3, '0')}`;
      const question = number <= MATCHING ? `Quel relais vers le collège pour ${code} ?` : `Quel relais vers un service résidentiel pour ${code} ?`;
      s.ws.db
        .insert(situations)
        .values({ id: randomUUID(), code, year: 2026, number, presenterMemberId: memberId, ageBand: '12-14', gender: '', needSectors: ['youth_aid'], severity: 'difficulty', status: 'ready', servicesInvolved: ['saj'], question, summary: 'Résumé anonymisé.', createdAt: at, updatedAt: at })
        .run();
    }
  })();
  await endSession(s);
  await call(router, 'session.unlock', { accountId: created.accountId, passphrase: PASSPHRASE });
}, 60_000);

afterAll(async () => {
  await router.close();
});

it('returns all the situations that match, not the first two hundred', async () => {
  const hits = await call(router, 'situations.search', { query: 'college relais' });
  expect(hits).toHaveLength(MATCHING);
  expect(new Set(hits.map((h) => h.code)).size).toBe(MATCHING);
  expect(await call(router, 'situations.search', { query: 'résidentiel' })).toHaveLength(20);
});
