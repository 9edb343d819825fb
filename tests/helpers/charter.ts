// Shared steps of the charter tests: commitments all ticked, a draft put in force.
import type { Router } from '../../electron/api/router.js';
import { COMMITMENTS } from '../../contract/schemas/charter.js';
import type { CharterVersionDetail } from '../../contract/types/charter.js';
import { unwrap } from './workspace.js';

export const allCommitments = Object.fromEntries(COMMITMENTS.map((c) => [c, true])) as Record<(typeof COMMITMENTS)[number], true>;

/** Creates (or reuses) the draft, optionally replaces its text, and puts it in force. */
export async function putDraftInForce(router: Router, text?: string, dates = { adoptedOn: '2026-01-15', reviewDue: '2027-01-15' }): Promise<CharterVersionDetail> {
  let draft = unwrap(await router.handle('charter.createDraft', {})) as CharterVersionDetail;
  if (text !== undefined) draft = unwrap(await router.handle('charter.saveDraft', { id: draft.id, text })) as CharterVersionDetail;
  return unwrap(await router.handle('charter.putInForce', { id: draft.id, ...dates })) as CharterVersionDetail;
}
