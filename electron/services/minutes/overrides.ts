// Keeping a finding of the check in the minutes, with a written reason (like a situation's): the
// excerpt must still be in the draft as the check found it. A private word can never be kept.
import { randomUUID } from 'node:crypto';
import { anonymisationOverrides } from '../../../db/schema.js';
import type { FindingKind } from '../../../contract/schemas/anonymisation.js';
import type { Sodium } from '../../crypto/sodium.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction } from '../store.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { minutesOf } from './access.js';
import { checkMinutesBody, MINUTES_FIELD } from './check.js';
import { assertDraftAuthor, draftBodyOf } from './draft.js';

export function overrideMinutesFinding(s: Sodium, session: UnlockedWorkspace, input: { sessionId: string; kind: FindingKind; excerpt: string; reason: string }): void {
  if (input.kind === 'privateWord') throw new AppError('SITUATION_OVERRIDE_NOT_ALLOWED');
  const { ws, accountId } = session;
  inTransaction(ws, () => {
    const row = minutesOf(ws.db, input.sessionId);
    assertDraftAuthor(row, accountId);
    const body = draftBodyOf(s, session, row);
    if (body === null) throw new AppError('MINUTES_KEY_UNAVAILABLE');
    const finding = checkMinutesBody(ws.db, input.sessionId, row.id, body, []).findings.find((f) => f.kind === input.kind && f.text === input.excerpt);
    if (!finding) throw new AppError('SITUATION_FINDING_MOVED');
    if (finding.overridden) return;
    ws.db
      .insert(anonymisationOverrides)
      .values({ id: randomUUID(), subject: 'minutes', subjectId: row.id, field: MINUTES_FIELD, kind: input.kind, excerpt: input.excerpt, reason: input.reason, accountId, at: nowIso() })
      .run();
    appendAudit(ws.db, { accountId, action: `minutes.anonymisation.override.${input.kind}`, entity: 'minutes', entityId: row.id });
  });
}
