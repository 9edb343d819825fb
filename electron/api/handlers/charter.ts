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
import type { Session } from '../../services/workspace.js';
import type { HandlerContext } from './index.js';
import type { Channel, OutputOf, ParsedInputOf } from '../../../contract/contract.js';

type CharterChannel = Extract<Channel, `charter.${string}` | `contacts.${string}`>;
type CharterHandlers = { [C in CharterChannel]: (input: ParsedInputOf<C>, ctx: HandlerContext) => OutputOf<C> | Promise<OutputOf<C>> };

function session(ctx: HandlerContext): Session {
  const s = ctx.getSession();
  if (!s) throw new AppError('UNAUTHENTICATED');
  return s;
}

const isCoordinator = (ctx: HandlerContext) => ctx.account().roles.includes('coordinator');

/** A witnessed signing time typed in Brussels local time, as an ISO instant; not in the future. */
function brusselsInstant(local: string): string {
  const when = DateTime.fromISO(local, { zone: 'Europe/Brussels' });
  if (!when.isValid) throw new AppError('VALIDATION', { issues: [{ path: 'signedAt', message: 'validation.dateTime' }] });
  if (when.toMillis() > Date.now() + 5 * 60_000) throw new AppError('VALIDATION', { issues: [{ path: 'signedAt', message: 'validation.inFuture' }] });
  return when.toUTC().toISO({ suppressMilliseconds: false }) ?? '';
}

export const charterHandlers: CharterHandlers = {
  'charter.overview': (_input, ctx) => charterOverview(session(ctx).ws.db, session(ctx).accountId, isCoordinator(ctx)),
  'charter.getVersion': (input, ctx) => {
    const version = getVersion(session(ctx).ws.db, input.id);
    // Drafts are work in progress of the coordination.
    if (version.status === 'draft' && !isCoordinator(ctx)) throw new AppError('FORBIDDEN');
    return version;
  },
  'charter.createDraft': (_input, ctx) => createDraft(session(ctx).ws, session(ctx).accountId),
  'charter.saveDraft': (input, ctx) => saveDraft(session(ctx).ws, session(ctx).accountId, input.id, input.text),
  'charter.discardDraft': (input, ctx) => {
    discardDraft(session(ctx).ws, session(ctx).accountId, input.id);
    return { discarded: true };
  },
  'charter.putInForce': (input, ctx) => putInForce(session(ctx).ws, session(ctx).accountId, input),
  'charter.diff': (input, ctx) => {
    const db = session(ctx).ws.db;
    if (!isCoordinator(ctx) && [input.fromId, input.toId].some((id) => getVersion(db, id).status === 'draft')) throw new AppError('FORBIDDEN');
    return charterDiff(db, input.fromId, input.toId);
  },
  'charter.signatures': (_input, ctx) => listSignatureViews(session(ctx).ws.db),
  'charter.memberStatuses': (_input, ctx) => memberStatuses(session(ctx).ws.db),
  'charter.sign': (input, ctx) => signWithOwnKey(session(ctx), input),
  'charter.witness': (input, ctx) => recordWitnessed(session(ctx), { ...input, signedAt: brusselsInstant(input.signedAt) }),
  'charter.verifyAll': (_input, ctx) => verifyAllSignatures(session(ctx).ws.db),
  'charter.certificate': (input, ctx) => {
    const db = session(ctx).ws.db;
    // A member gets their own certificates; the coordination gets everyone's.
    const own = listSignatureViews(db, { id: input.id, memberId: ctx.account().memberId }).length > 0;
    if (!own && !isCoordinator(ctx)) throw new AppError('FORBIDDEN');
    return signatureCertificate(db, input.id);
  },
  'charter.exportFile': (input, ctx) => exportCharterFile(session(ctx), input.memberId),
  'charter.openFile': (input, ctx) => openCharterFile(session(ctx).ws, input.content),
  'charter.signFile': (input, ctx) => signCharterFile(session(ctx), input),
  'charter.importSignature': (input, ctx) => importSignatureFile(session(ctx), input.content),
  'contacts.exportCard': (_input, ctx) => exportContactCard(session(ctx)),
  'contacts.previewCard': (input) => previewContactCard(input.content),
  'contacts.importCard': (input, ctx) => importContactCard(session(ctx).ws, session(ctx).accountId, input.memberId, input.content),
};
