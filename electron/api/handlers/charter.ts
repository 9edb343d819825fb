// Handlers of the charter channels: thin glue from validated input to the charter services.
import { DateTime } from 'luxon';
import { signatureCertificate } from '../../services/charter/certificate.js';
import { exportContactCard, importContactCard, previewContactCard } from '../../services/charter/contactCards.js';
import { exportCharterFile, importSignatureFile, openCharterFile, signCharterFile } from '../../services/charter/exchange.js';
import { charterDiff, charterOverview, memberStatuses } from '../../services/charter/overview.js';
import { listSignatureViews } from '../../services/charter/signatures.js';
import { recordWitnessed, signWithOwnKey } from '../../services/charter/signing.js';
import { verifyAllSignatures } from '../../services/charter/status.js';
import { createDraft, discardDraft, getVersion, putInForce, saveDraft } from '../../services/charter/versions.js';
import { AppError } from '../../../contract/errors.js';
import type { UnlockedWorkspace } from '../../services/workspace.js';
import type { HandlersOf, UnlockedContext } from '../handlerContext.js';
import type { Channel, OutputOf, ParsedInputOf } from '../../../contract/contract.js';

type CharterChannel = Extract<Channel, `charter.${string}` | `contacts.${string}`>;
type CharterHandlers = HandlersOf<CharterChannel>;

const isCoordinator = (ctx: UnlockedContext) => ctx.account.roles.includes('coordinator');

/** A witnessed signing time typed in Brussels local time, as an ISO instant; not in the future. */
function brusselsInstant(local: string): string {
  const when = DateTime.fromISO(local, { zone: 'Europe/Brussels' });
  if (!when.isValid) throw new AppError('VALIDATION', { issues: [{ path: 'signedAt', message: 'validation.dateTime' }] });
  if (when.toMillis() > Date.now() + 5 * 60_000) throw new AppError('VALIDATION', { issues: [{ path: 'signedAt', message: 'validation.inFuture' }] });
  return when.toUTC().toISO({ suppressMilliseconds: false }) ?? '';
}

export const charterHandlers: CharterHandlers = {
  'charter.overview': (_input, ctx) => charterOverview(ctx.unlocked.ws.db, ctx.unlocked.accountId, isCoordinator(ctx)),
  'charter.getVersion': (input, ctx) => {
    const version = getVersion(ctx.unlocked.ws.db, input.id);
    // Drafts are work in progress of the coordination.
    if (version.status === 'draft' && !isCoordinator(ctx)) throw new AppError('FORBIDDEN');
    return version;
  },
  'charter.createDraft': (_input, ctx) => createDraft(ctx.unlocked.ws, ctx.unlocked.accountId),
  'charter.saveDraft': (input, ctx) => saveDraft(ctx.unlocked.ws, ctx.unlocked.accountId, input.id, input.text),
  'charter.discardDraft': (input, ctx) => {
    discardDraft(ctx.unlocked.ws, ctx.unlocked.accountId, input.id);
    return { discarded: true };
  },
  'charter.putInForce': (input, ctx) => putInForce(ctx.unlocked.ws, ctx.unlocked.accountId, input),
  'charter.diff': (input, ctx) => {
    const db = ctx.unlocked.ws.db;
    if (!isCoordinator(ctx) && [input.fromId, input.toId].some((id) => getVersion(db, id).status === 'draft')) throw new AppError('FORBIDDEN');
    return charterDiff(db, input.fromId, input.toId);
  },
  'charter.signatures': (_input, ctx) => listSignatureViews(ctx.unlocked.ws.db),
  'charter.memberStatuses': (_input, ctx) => memberStatuses(ctx.unlocked.ws.db),
  'charter.sign': (input, ctx) => signWithOwnKey(ctx.sodium, ctx.unlocked, input),
  'charter.witness': (input, ctx) => recordWitnessed(ctx.sodium, ctx.unlocked, { ...input, signedAt: brusselsInstant(input.signedAt) }),
  'charter.verifyAll': (_input, ctx) => verifyAllSignatures(ctx.unlocked.ws.db),
  'charter.certificate': (input, ctx) => {
    const db = ctx.unlocked.ws.db;
    // A member gets their own certificates; the coordination gets everyone's.
    const own = listSignatureViews(db, { id: input.id, memberId: ctx.account.memberId }).length > 0;
    if (!own && !isCoordinator(ctx)) throw new AppError('FORBIDDEN');
    return signatureCertificate(db, input.id);
  },
  'charter.exportFile': (input, ctx) => exportCharterFile(ctx.sodium, ctx.unlocked, input.memberId),
  'charter.openFile': (input, ctx) => openCharterFile(ctx.sodium, ctx.unlocked.ws, input.content),
  'charter.signFile': (input, ctx) => signCharterFile(ctx.sodium, ctx.unlocked, input),
  'charter.importSignature': (input, ctx) => importSignatureFile(ctx.sodium, ctx.unlocked, input.content),
  'contacts.exportCard': (_input, ctx) => exportContactCard(ctx.sodium, ctx.unlocked),
  'contacts.previewCard': (input, ctx) => previewContactCard(ctx.sodium, input.content),
  'contacts.importCard': (input, ctx) => importContactCard(ctx.sodium, ctx.unlocked.ws, ctx.unlocked.accountId, input.memberId, input.content),
};
