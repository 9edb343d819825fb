// The group folder through the router (issue 17): two real encrypted workspaces, each its own
// computer, and one shared temp folder between them. The coordination founds the group, the
// member's Concerto finds it and joins after comparing the founder's fingerprint, the coordination
// admits them from their contact card, and each status shows the other; then the folder's faults.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Router } from '../../electron/api/router.js';
import type { Member, SessionInfo } from '../../contract/types/app.js';
import type { ExportedFile } from '../../contract/types/charter.js';
import type { GroupCharterView, GroupInFolder, GroupStatus } from '../../contract/types/group.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { closeTrackedRouters, coordinatorInput, createdWorkspace, newRouter, OTHER_PASSPHRASE, PASSPHRASE, sampleMember, tempDir, unwrap } from '../helpers/workspace.js';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const fingerprint = (keyId: string) => (keyId.toUpperCase().match(/.{4}/g) ?? []).join(' ');

let coord: Router; // Anne's Concerto, the coordination
let coordDir: string;
let own: Router; // Luc's own Concerto, on his computer
let ownAccount: SessionInfo;
let anneAccount: SessionInfo;
let luc: Member; // Luc in the coordination's roster
let shared: string;
let found: GroupInFolder[];

beforeAll(async () => {
  shared = tempDir('concerto-shared-group-');
  ({ router: coord, dir: coordDir } = newRouter());
  anneAccount = (unwrap(await coord.handle('workspace.create', coordinatorInput)) as { session: SessionInfo }).session;
  luc = unwrap(await coord.handle('members.create', sampleMember)) as Member;
  // Luc's computer runs the timer, as the app does: it must pick up his admission by itself.
  own = newRouter(undefined, { groupSyncMs: 150 }).router;
  ownAccount = (
    unwrap(
      await own.handle('workspace.create', {
        ...coordinatorInput,
        groupName: 'Mon poste',
        coordinator: { firstName: 'Luc', lastName: 'Martin', username: 'luc', secrecyStatus: 'professional_secret' },
        passphrase: OTHER_PASSPHRASE,
        passphraseConfirm: OTHER_PASSPHRASE,
      }),
    ) as { session: SessionInfo }
  ).session;
});

afterAll(closeTrackedRouters);

describe('the group folder through the router, between two computers', () => {
  it('a workspace without a group says so, and sync now asks for a group first', async () => {
    const status = unwrap(await coord.handle('group.status', {})) as GroupStatus;
    expect(status.linked).toBe(false);
    expect(status.me.keyFingerprint).toBe(fingerprint(anneAccount.identityKeyId));
    expect(code(await coord.handle('group.syncNow', {}))).toBe('GROUP_NOT_LINKED');
    expect(code(await coord.handle('group.admit', { memberId: luc.id }))).toBe('GROUP_NOT_LINKED');
  });

  it('refuses a folder that is missing, a file, a relative path, the disk root or the workspace itself, with typed errors', async () => {
    const file = path.join(shared, '..', `not-a-folder-${process.pid}.txt`);
    fs.writeFileSync(file, 'x');
    expect(code(await coord.handle('group.found', { folder: path.join(shared, 'absent') }))).toBe('GROUP_FOLDER_UNAVAILABLE');
    expect(code(await coord.handle('group.found', { folder: file }))).toBe('GROUP_FOLDER_UNAVAILABLE');
    expect(code(await coord.handle('group.found', { folder: 'dossier-relatif' }))).toBe('GROUP_FOLDER_UNAVAILABLE');
    expect(code(await coord.handle('group.found', { folder: path.parse(shared).root }))).toBe('GROUP_FOLDER_UNAVAILABLE');
    expect(code(await coord.handle('group.found', { folder: coordDir }))).toBe('GROUP_FOLDER_IN_WORKSPACE');
    expect(code(await coord.handle('group.found', { folder: path.dirname(coordDir) }))).toBe('GROUP_FOLDER_IN_WORKSPACE');
    fs.rmSync(file);
    const refused = await coord.handle('group.found', { folder: path.join(shared, 'absent') });
    expect(refused.ok ? '' : refused.error.message).toMatch(/dossier du groupe est introuvable/);
    expect((unwrap(await coord.handle('group.status', {})) as GroupStatus).linked).toBe(false);
    expect(fs.readdirSync(shared)).toEqual([]);
  });

  it('the coordination founds the group: its own computer is listed, the folder holds one encrypted change', async () => {
    const status = unwrap(await coord.handle('group.found', { folder: shared })) as GroupStatus;
    expect(status).toMatchObject({ linked: true, groupName: coordinatorInput.groupName, reachable: true, folder: fs.realpathSync(shared) });
    expect(status.me).toMatchObject({ admitted: true, isFounder: true, name: 'Anne Dupont' });
    expect(status.founderFingerprint).toBe(fingerprint(anneAccount.identityKeyId));
    expect(status.computers).toEqual([expect.objectContaining({ isMe: true, name: 'Anne Dupont', appliedChanges: 1, roles: ['coordinator'] })]);
    expect(status.lastPass).toMatchObject({ written: 1 });
    expect(status.problems).toEqual([]);
    expect(code(await coord.handle('group.found', { folder: shared }))).toBe('GROUP_ALREADY_LINKED');
    // Nothing in clear: the group's name and the coordinator's name are in no file of the folder.
    for (const f of fs.readdirSync(shared, { recursive: true }) as string[]) {
      const full = path.join(shared, f);
      if (fs.statSync(full).isFile() && !f.endsWith('LISEZ-MOI.txt')) expect(fs.readFileSync(full, 'utf8')).not.toMatch(/Dupont|Brabant/);
    }
  });

  it('the member’s Concerto finds the group in the folder, with the founder’s fingerprint to compare, and joins', async () => {
    expect(code(await own.handle('group.findInFolder', { folder: path.join(shared, 'absent') }))).toBe('GROUP_FOLDER_UNAVAILABLE');
    found = unwrap(await own.handle('group.findInFolder', { folder: shared })) as GroupInFolder[];
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ founderFingerprint: fingerprint(anneAccount.identityKeyId), computers: 1 });
    // A founder key that is not the one in the folder (say, read wrong) is refused.
    const wrong = await own.handle('group.join', { folder: shared, groupId: found[0]!.groupId, founderKeyId: 'a'.repeat(32) });
    expect(code(wrong)).toBe('GROUP_NOT_IN_FOLDER');
    const joined = unwrap(await own.handle('group.join', { folder: shared, groupId: found[0]!.groupId, founderKeyId: found[0]!.founderKeyId })) as GroupStatus;
    expect(joined.me).toMatchObject({ admitted: false, isFounder: false });
    expect(joined.groupName).toBeNull();
    // The founder's change is there, but sealed to members: it waits, and says why.
    expect(joined.waiting).toEqual([expect.objectContaining({ keyFingerprint: fingerprint(anneAccount.identityKeyId), reason: 'unreadable', nextSeq: 1 })]);
    expect(code(await own.handle('group.join', { folder: shared, groupId: found[0]!.groupId, founderKeyId: found[0]!.founderKeyId }))).toBe('GROUP_ALREADY_LINKED');
  });

  it('the coordination admits Luc from his contact card; his Concerto picks it up on its timer; each status shows the other', async () => {
    expect(code(await coord.handle('group.admit', { memberId: luc.id }))).toBe('GROUP_MEMBER_NO_KEY');
    const card = unwrap(await own.handle('contacts.exportCard', {})) as ExportedFile & { keyFingerprint: string };
    unwrap(await coord.handle('contacts.importCard', { memberId: luc.id, content: card.content }));
    const before = unwrap(await coord.handle('group.status', {})) as GroupStatus;
    expect(before.admissible).toEqual([{ memberId: luc.id, name: 'Luc Martin', keyFingerprint: card.keyFingerprint }]);
    const admitted = unwrap(await coord.handle('group.admit', { memberId: luc.id, roles: ['member'] })) as GroupStatus;
    expect(admitted.admissible).toEqual([]);
    expect(admitted.computers.map((c) => [c.name, c.isMe, c.keyFingerprint])).toEqual([
      ['Anne Dupont', true, fingerprint(anneAccount.identityKeyId)],
      ['Luc Martin', false, card.keyFingerprint],
    ]);
    expect(code(await coord.handle('group.admit', { memberId: luc.id }))).toBe('GROUP_CHANGE_REFUSED');

    // No call on Luc's side: the backend's own timer passes over the folder.
    const deadline = Date.now() + 20_000;
    let mine = unwrap(await own.handle('group.status', {})) as GroupStatus;
    while (!mine.me.admitted && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      mine = unwrap(await own.handle('group.status', {})) as GroupStatus;
    }
    expect(mine.me).toMatchObject({ admitted: true, name: 'Luc Martin', keyFingerprint: fingerprint(ownAccount.identityKeyId) });
    expect(mine.groupName).toBe(coordinatorInput.groupName);
    expect(mine.waiting).toEqual([]);
    expect(mine.computers.map((c) => [c.name, c.isMe, c.appliedChanges])).toEqual([
      ['Luc Martin', true, 0],
      ['Anne Dupont', false, 2],
    ]);
    expect(mine.computers[1]!.lastLamport).toBe(2);
    // Luc coordinates his own workspace but not the group: the replica refuses an admission written by his key.
    const someone = unwrap(await own.handle('members.create', { ...sampleMember, firstName: 'Anne', lastName: 'Dupont' })) as Member;
    const anneCard = unwrap(await coord.handle('contacts.exportCard', {})) as ExportedFile;
    unwrap(await own.handle('contacts.importCard', { memberId: someone.id, content: anneCard.content }));
    expect(code(await own.handle('group.admit', { memberId: someone.id }))).toBe('GROUP_CHANGE_REFUSED');
  });

  it('the charter in force reaches Luc’s own Concerto; he signs it there; the coordination sees the signature, verified by its replica', async () => {
    expect(unwrap(await own.handle('group.charter', {}))).toEqual({ charter: null });
    expect(code(await coord.handle('group.publishCharter', {}))).toBe('CHARTER_NONE_IN_FORCE');
    const version = await putDraftInForce(coord);
    unwrap(await coord.handle('group.publishCharter', {}));
    // Publishing again writes nothing: the group has this version.
    const again = unwrap(await coord.handle('group.publishCharter', {})) as GroupStatus;
    expect(again.computers.find((c) => c.isMe)!.appliedChanges).toBe(3);
    unwrap(await own.handle('group.syncNow', {}));
    const { charter } = unwrap(await own.handle('group.charter', {})) as { charter: GroupCharterView };
    expect(charter).toMatchObject({ versionId: version.id, title: String(version.number), text: version.text, fingerprint: version.fingerprint, validFrom: version.adoptedOn, signatures: [], mySignatureAt: null });
    // Luc's own workspace keeps its own charter: the group's is shown beside it, not mixed in.
    expect((unwrap(await own.handle('charter.overview', {})) as { inForce: unknown }).inForce ?? null).toBeNull();

    const sign = { versionId: version.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: OTHER_PASSPHRASE } as const;
    expect(code(await own.handle('group.signCharter', { ...sign, passphrase: PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
    expect(code(await own.handle('group.signCharter', { ...sign, versionId: anneAccount.accountId }))).toBe('CHARTER_VERSION_CHANGED');
    expect(code(await own.handle('group.signCharter', { ...sign, declaredStatus: 'duty_of_reserve' }))).toBe('GROUP_CHANGE_REFUSED');
    const signed = unwrap(await own.handle('group.signCharter', sign)) as GroupCharterView;
    expect(signed.mySignatureAt).not.toBeNull();
    expect(signed.signatures).toEqual([{ memberId: luc.id, name: 'Luc Martin', signedAt: signed.mySignatureAt }]);
    expect(code(await own.handle('group.signCharter', sign))).toBe('CHARTER_ALREADY_SIGNED');

    const seen = unwrap(await coord.handle('group.syncNow', {})) as GroupStatus;
    expect(seen.refused).toEqual([]);
    expect(seen.computers.find((c) => c.name === 'Luc Martin')).toMatchObject({ appliedChanges: 1 });
    const onCoord = (unwrap(await coord.handle('group.charter', {})) as { charter: GroupCharterView }).charter;
    expect(onCoord.signatures).toEqual([{ memberId: luc.id, name: 'Luc Martin', signedAt: signed.mySignatureAt }]);
  });

  it('a stranger’s file and a conflict copy in the folder are listed as problems, and nothing else changes', async () => {
    const root = fs.readdirSync(shared).find((n) => n.startsWith('concerto-'))!;
    fs.writeFileSync(path.join(shared, root, 'notes-de-réunion.docx'), 'pas un fichier de Concerto');
    const author = fs.readdirSync(path.join(shared, root)).find((n) => /^[0-9a-f]{16}$/.test(n))!;
    const bucket = path.join(shared, root, author, '00000');
    const first = fs.readdirSync(bucket)[0]!;
    fs.copyFileSync(path.join(bucket, first), path.join(bucket, first.replace('.concerto-change', '.sync-conflict-20270101-120000-ABCDEFG.concerto-change')));
    const status = unwrap(await coord.handle('group.syncNow', {})) as GroupStatus;
    expect(status.problems).toEqual(
      expect.arrayContaining([
        { kind: 'unknown_file', where: path.join(root, 'notes-de-réunion.docx').slice(root.length + 1) },
        expect.objectContaining({ kind: 'conflict_copy' }),
      ]),
    );
    expect(status.computers).toHaveLength(2);
    expect(status.refused).toEqual([]);
  });

  it('a folder that goes away is reported unreachable; changing the folder carries every change to the new one', async () => {
    const away = tempDir('concerto-shared-away-');
    unwrap(await own.handle('group.setFolder', { folder: away }));
    fs.rmSync(away, { recursive: true });
    const gone = unwrap(await own.handle('group.syncNow', {})) as GroupStatus;
    expect(gone.reachable).toBe(false);
    expect(gone.me.admitted).toBe(true);
    const next = tempDir('concerto-shared-next-');
    const moved = unwrap(await coord.handle('group.setFolder', { folder: next })) as GroupStatus;
    expect(moved).toMatchObject({ reachable: true, folder: fs.realpathSync(next) });
    // Founding, admission, charter (Anne) and the signature (Luc): every change the workspace holds.
    expect(moved.lastPass?.written).toBe(4);
    unwrap(await own.handle('group.setFolder', { folder: shared }));
  });

  it('the replica survives locking: after unlocking again, Luc’s Concerto still knows the group from its own database', async () => {
    unwrap(await own.handle('session.lock', {}));
    expect(code(await own.handle('group.status', {}))).toBe('UNAUTHENTICATED');
    unwrap(await own.handle('session.unlock', { accountId: ownAccount.accountId, passphrase: OTHER_PASSPHRASE }));
    const status = unwrap(await own.handle('group.status', {})) as GroupStatus;
    expect(status.me.admitted).toBe(true);
    expect(status.groupName).toBe(coordinatorInput.groupName);
  });

  it('only the coordination of a workspace links it or admits; every account sees the status', async () => {
    const member = unwrap(await coord.handle('members.create', { ...sampleMember, firstName: 'Sophie', lastName: 'Lambert', email: 'sophie@example.be' })) as Member;
    const account = unwrap(
      await coord.handle('accounts.create', { memberId: member.id, username: 'sophie', roles: ['member'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE }),
    ) as { id: string };
    unwrap(await coord.handle('session.lock', {}));
    unwrap(await coord.handle('session.unlock', { accountId: account.id, passphrase: OTHER_PASSPHRASE }));
    for (const [channel, input] of [
      ['group.found', { folder: shared }],
      ['group.setFolder', { folder: shared }],
      ['group.findInFolder', { folder: shared }],
      ['group.join', { folder: shared, groupId: found[0]!.groupId, founderKeyId: found[0]!.founderKeyId }],
      ['group.admit', { memberId: member.id }],
    ] as const)
      expect(code(await coord.handle(channel, input))).toBe('FORBIDDEN');
    const status = unwrap(await coord.handle('group.status', {})) as GroupStatus;
    expect(status.linked).toBe(true);
    expect(status.admissible).toEqual([]);
    unwrap(await coord.handle('session.lock', {}));
    unwrap(await coord.handle('session.unlock', { accountId: anneAccount.accountId, passphrase: PASSPHRASE }));
  });
});

describe('the screen polling the group folder’s state', () => {
  it('does not push back the auto-lock: only the person’s own actions do', async () => {
    const { router } = await createdWorkspace();
    unwrap(await router.handle('settings.update', { autoLockMinutes: 2 }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      unwrap(await router.handle('session.activity', {}));
      // Three minutes of the Settings screen left open, asking for the status every few seconds.
      for (let i = 0; i < 60; i++) {
        await vi.advanceTimersByTimeAsync(3_000);
        if (!router.isUnlocked()) break;
        await router.handle('group.status', {});
        await router.handle('group.charter', {});
      }
      await vi.waitFor(() => expect(router.isUnlocked()).toBe(false));
    } finally {
      vi.useRealTimers();
    }
  });
});
