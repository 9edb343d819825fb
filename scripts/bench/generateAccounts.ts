// The accounts part of the synthetic group: the coordinator from the first day, a secretary and
// a few members later; roles handed over, a language changed, passphrases changed from time to time.
// Identities are Ed25519/X25519 key pairs derived from the seed (fictional, for benchmarks only).
import { eq } from 'drizzle-orm';
import { accounts } from '../../db/schema.js';
import { identityKeyId } from '../../electron/crypto/identity.js';
import { toBase64 } from '../../electron/crypto/sodium.js';
import { addDays, dayOf, type GeneratedAccount, type GroupContext, type GroupEvent, instant } from './generate.js';

/** Halfway through, the first secretary hands the minutes over to the next account holder. */
const handoverAt = (ctx: GroupContext): string => instant(addDays(dayOf(ctx.start), 5 * 365), 30_020);
/** The first secretary switches the app to English after three years. */
const languageChangeAt = (ctx: GroupContext): string => instant(addDays(dayOf(ctx.start), 3 * 365), 30_030);

/** The roles of the account at this index at instant `at`, as the accounts part sets them. */
export function rolesAt(ctx: GroupContext, index: number, at: string): string[] {
  if (index === 0) return ['coordinator'];
  const handedOver = ctx.accounts.length > 2 && at >= handoverAt(ctx);
  if (index === 1) return handedOver ? ['member'] : ['secretary', 'member'];
  return index === 2 && handedOver ? ['secretary', 'member'] : ['member'];
}

/** The account's language at instant `at` (the language the generated parts of its minutes are written in). */
export const languageAt = (ctx: GroupContext, index: number, at: string): 'fr' | 'en' => (index === 1 && at >= languageChangeAt(ctx) ? 'en' : 'fr');

export function generateAccounts(ctx: GroupContext): { events: GroupEvent[]; summary: string } {
  const f = ctx.faker;
  const s = ctx.sodium;
  const events: GroupEvent[] = [];
  const first = dayOf(ctx.start);
  // The roster keeps its first members (account holders) for the ten years.
  const holders = ctx.members.slice(0, ctx.options.accounts);
  if (holders.length < ctx.options.accounts) throw new Error('the roster part must run before the accounts part');
  holders.forEach((member, i) => {
    const id = i === 0 ? ctx.coordinatorAccountId : f.string.uuid();
    const day = i === 0 ? first : addDays(member.activeFrom, f.number.int({ min: 7, max: 400 }));
    const createdAt = instant(day, i === 0 ? 2 : f.number.int({ min: 10, max: 30_000 }));
    const roles = i === 0 ? ['coordinator'] : i === 1 ? ['secretary', 'member'] : ['member'];
    const sign = s.crypto_sign_seed_keypair(Uint8Array.from({ length: 32 }, () => f.number.int(255)));
    const box = s.crypto_box_seed_keypair(Uint8Array.from({ length: 32 }, () => f.number.int(255)));
    const username = `${member.firstName}.${member.lastName}`.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase().slice(0, 24) + i;
    const account: GeneratedAccount = {
      id,
      memberId: member.id,
      username,
      roles,
      createdAt,
      signPublicKey: toBase64(s, sign.publicKey),
      boxPublicKey: toBase64(s, box.publicKey),
      keyId: identityKeyId(s, sign.publicKey, box.publicKey),
      signSecretKey: sign.privateKey,
      boxSecretKey: box.privateKey,
    };
    ctx.accounts.push(account);
    events.push({
      at: createdAt,
      accountId: ctx.coordinatorAccountId,
      action: 'account.create',
      entity: 'account',
      entityId: id,
      write: (db) =>
        db
          .insert(accounts)
          .values({ id, memberId: member.id, username, roles, signPublicKey: account.signPublicKey, boxPublicKey: account.boxPublicKey, identityKeyId: account.keyId, createdAt })
          .run(),
    });
    // Passphrases changed every two years or so: the key file changes, the database records it.
    for (let year = 2; year < 10; year += f.number.int({ min: 1, max: 3 })) {
      const at = instant(addDays(first, year * 365 + f.number.int({ min: 0, max: 200 })), 30_010 + i);
      if (at > createdAt) events.push({ at, accountId: id, action: 'account.changePassphrase', entity: 'account', entityId: id, write: () => undefined });
    }
  });
  const [, secretary, successor] = ctx.accounts;
  if (secretary && successor) {
    // Halfway through, the secretary hands the minutes over.
    const at = handoverAt(ctx);
    events.push({ at, accountId: ctx.coordinatorAccountId, action: 'account.setRoles', entity: 'account', entityId: secretary.id, write: (db) => db.update(accounts).set({ roles: ['member'] }).where(eq(accounts.id, secretary.id)).run() });
    events.push({ at: instant(at.slice(0, 10), 30_021), accountId: ctx.coordinatorAccountId, action: 'account.setRoles', entity: 'account', entityId: successor.id, write: (db) => db.update(accounts).set({ roles: ['secretary', 'member'] }).where(eq(accounts.id, successor.id)).run() });
  }
  if (secretary) {
    const at = languageChangeAt(ctx);
    events.push({ at, accountId: secretary.id, action: 'account.setLanguage', entity: 'account', entityId: secretary.id, write: (db) => db.update(accounts).set({ language: 'en' }).where(eq(accounts.id, secretary.id)).run() });
  }
  return { events, summary: `${ctx.accounts.length} accounts (coordinator, ${secretary ? 'secretary, ' : ''}members)` };
}
